-- HTTP sessions kept in the database (Spring Session JDBC), so that several app instances behind a load
-- balancer can each serve any request of a signed-in person. Only the postgres profile stores sessions
-- here; with the embedded H2 database they stay in memory and these tables stay empty.
-- The names and columns are the ones Spring Session's JdbcIndexedSessionRepository reads and writes.
-- Times are epoch milliseconds. BYTEA holds the serialized attribute: PostgreSQL's binary type, which
-- H2 also accepts (as BINARY VARYING), so the script runs unchanged on both.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT pk_spring_session PRIMARY KEY (primary_id)
);
-- looked up by the id in the cookie; expired sessions are deleted by expiry time; sessions by principal
CREATE UNIQUE INDEX uk_spring_session_id ON spring_session (session_id);
CREATE INDEX ix_spring_session_expiry ON spring_session (expiry_time);
CREATE INDEX ix_spring_session_principal ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT pk_spring_session_attributes PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT fk_spring_session_attributes FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
