-- Failed sign-ins (and wrong current passwords on the password page) and new accounts, counted in the
-- database so that every app instance sees the same counts. The key is a SHA-256 (hex) of what is
-- counted, such as a username with an address, so names and addresses are not kept in plain text. Times are epoch
-- milliseconds. Rows nobody added to for a day are deleted by the app.
CREATE TABLE throttle (
    throttle_key VARCHAR(64) NOT NULL,
    failures     INT         NOT NULL,
    first_at     BIGINT      NOT NULL,
    last_at      BIGINT      NOT NULL,
    wait_until   BIGINT      NOT NULL,
    CONSTRAINT pk_throttle PRIMARY KEY (throttle_key)
);
CREATE INDEX ix_throttle_last_at ON throttle (last_at);

