-- Passkeys (WebAuthn), the staff's preferred second sign-in step, kept by Spring Security's own JDBC
-- repositories (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository): their documented
-- schema, with BYTEA for the binary columns (PostgreSQL's type; H2 takes it as BINARY VARYING), so one
-- script serves both databases. Every instance reads the same rows.

-- One row per account that has registered a passkey: name is the account's username; id is the random
-- WebAuthn user handle (Base64url) that passkeys carry, never the account id.
CREATE TABLE user_entities (
    id           VARCHAR(1000) NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    display_name VARCHAR(200),
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_user_entities_name ON user_entities (name);

-- One row per passkey: its public key (never a secret), signature counter and label.
CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) NOT NULL,
    user_entity_user_id          VARCHAR(1000) NOT NULL,
    public_key                   BYTEA         NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP,
    last_used                    TIMESTAMP,
    label                        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (credential_id)
);
CREATE INDEX ix_user_credentials_user ON user_credentials (user_entity_user_id);
