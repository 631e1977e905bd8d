-- Foundation schema (PostgreSQL). Timestamps are UTC RFC 3339 text with whole seconds,
-- so they sort and compare as text. Keep in step with migrations/sqlite/0001.

CREATE TABLE orgs (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL CHECK (kind IN ('agency', 'member', 'authority', 'operator')),
    name        TEXT    NOT NULL,
    country     TEXT    NOT NULL,
    is_demo     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TEXT    NOT NULL
);

CREATE TABLE users (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id         BIGINT NOT NULL REFERENCES orgs (id),
    email          TEXT    NOT NULL UNIQUE,
    display_name   TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('officer', 'member_analyst', 'member_reviewer', 'trainer', 'admin')),
    password_hash  TEXT    NOT NULL,
    disabled       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     TEXT    NOT NULL
);
CREATE INDEX users_org ON users (org_id);

CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    data        TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE api_tokens (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES users (id),
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at    TEXT    NOT NULL,
    last_used_at  TEXT
);

CREATE TABLE login_attempts (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           TEXT    NOT NULL,
    account_key  TEXT    NOT NULL,
    ip           TEXT    NOT NULL,
    succeeded    BOOLEAN NOT NULL
);
CREATE INDEX login_attempts_account ON login_attempts (account_key, at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);

-- Requests and reports, drafts and finished, as versioned JSON.
CREATE TABLE documents (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id      TEXT    NOT NULL UNIQUE,
    kind           TEXT    NOT NULL CHECK (kind IN ('request', 'report')),
    status         TEXT    NOT NULL,
    schema_version BIGINT  NOT NULL,
    version        BIGINT  NOT NULL DEFAULT 1,
    supersedes_id  BIGINT REFERENCES documents (id),
    owner_id       BIGINT NOT NULL REFERENCES users (id),
    org_id         BIGINT NOT NULL REFERENCES orgs (id),
    training       BOOLEAN NOT NULL DEFAULT FALSE,
    title          TEXT    NOT NULL DEFAULT '',
    body           TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE INDEX documents_org ON documents (org_id, updated_at);

CREATE TABLE packages (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id      TEXT    NOT NULL UNIQUE,
    document_id    BIGINT NOT NULL REFERENCES documents (id),
    org_id         BIGINT NOT NULL REFERENCES orgs (id),
    training       BOOLEAN NOT NULL DEFAULT FALSE,
    json_sha256    TEXT    NOT NULL,
    pdf_sha256     TEXT    NOT NULL,
    zip_sha256     TEXT    NOT NULL,
    zip_bytes      BYTEA   NOT NULL,
    created_at     TEXT    NOT NULL
);

CREATE TABLE outbox (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    package_id       BIGINT NOT NULL REFERENCES packages (id),
    recipient        TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts         BIGINT  NOT NULL DEFAULT 0,
    next_attempt_at  TEXT    NOT NULL,
    last_error       TEXT,
    message_id       TEXT,
    sent_at          TEXT,
    created_at       TEXT    NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

CREATE TABLE audit_log (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             TEXT    NOT NULL,
    actor_user_id  BIGINT REFERENCES users (id),
    org_id         BIGINT REFERENCES orgs (id),
    action         TEXT    NOT NULL,
    subject        TEXT    NOT NULL DEFAULT '',
    ip             TEXT,
    detail         TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_org ON audit_log (org_id, at);
