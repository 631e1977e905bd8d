-- no-transaction
-- Accounts for a real deployment: sign-up with a verified address, approval
-- by the organisation's admin (a new role) or the operator, a second factor
-- (TOTP with recovery codes), password reset, sessions a user can see, and
-- the officer's profile. Keep in step with postgres/0013.
--
-- SQLite cannot change a column's CHECK, so `users` is rebuilt; thirteen
-- tables refer to it, so foreign keys are off for the rebuild (which only a
-- migration outside sqlx's transaction can do) and checked before commit.
PRAGMA foreign_keys = OFF;
BEGIN;

CREATE TABLE users_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id         INTEGER NOT NULL REFERENCES orgs (id),
    email          TEXT    NOT NULL UNIQUE,
    display_name   TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('officer', 'member_analyst', 'member_reviewer',
                       'trainer', 'admin', 'org_admin')),
    password_hash  TEXT    NOT NULL,
    disabled       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     TEXT    NOT NULL,
    -- Where the account stands: made by sign-up and not yet verified, verified
    -- and waiting for approval, or active (made by an admin, or approved).
    state          TEXT    NOT NULL DEFAULT 'active'
                       CHECK (state IN ('unverified', 'awaiting_approval', 'active', 'refused')),
    verified_at    TEXT,
    approved_at    TEXT,
    approved_by    INTEGER REFERENCES users (id),
    -- The TOTP secret (base32) once enrolled, and the last time step a code
    -- was accepted for, so that no code is accepted twice.
    totp_secret    TEXT,
    totp_last_step INTEGER,
    -- The officer's profile, prefilled into requests.
    rank           TEXT    NOT NULL DEFAULT '',
    badge_number   TEXT    NOT NULL DEFAULT '',
    phone          TEXT    NOT NULL DEFAULT ''
);
INSERT INTO users_new (id, org_id, email, display_name, role, password_hash, disabled, created_at)
SELECT id, org_id, email, display_name, role, password_hash, disabled, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE INDEX users_org ON users (org_id);

-- Single-use links sent by email: verify a sign-up, reset a password, accept
-- an invitation. Only a hash of the link's secret is kept.
CREATE TABLE account_links (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    purpose     TEXT    NOT NULL CHECK (purpose IN ('verify', 'reset', 'invite')),
    token_hash  TEXT    NOT NULL UNIQUE,
    expires_at  TEXT    NOT NULL,
    used_at     TEXT,
    created_at  TEXT    NOT NULL
);
CREATE INDEX account_links_user ON account_links (user_id, purpose);

-- Ten single-use recovery codes per enrolment, hashed.
CREATE TABLE recovery_codes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    code_hash   TEXT    NOT NULL,
    used_at     TEXT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- Email domains an organisation declares: a member's staff sign up on them.
CREATE TABLE org_domains (
    org_id      INTEGER NOT NULL REFERENCES orgs (id),
    domain      TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL
);

-- A session knows whose it is, so that a user sees theirs and disabling a
-- user or resetting a factor ends them at once on every instance.
ALTER TABLE sessions ADD COLUMN user_id INTEGER;
CREATE INDEX sessions_user ON sessions (user_id);

-- Account emails (a sign-up's link, a reset, a notice) go through the
-- outbox too: deliveries gain the purpose 'account', with no package.
CREATE TABLE deliveries_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id         TEXT    NOT NULL UNIQUE,
    package_id        INTEGER REFERENCES packages (id),
    document_id       INTEGER REFERENCES documents (id),
    org_id            INTEGER NOT NULL REFERENCES orgs (id),
    channel           TEXT    NOT NULL CHECK (channel IN ('email', 'portal')),
    recipient         TEXT    NOT NULL,
    recipient_name    TEXT    NOT NULL DEFAULT '',
    transport         TEXT    NOT NULL CHECK (transport IN ('smtp', 'file', 'portal')),
    status            TEXT    NOT NULL
                      CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'uploaded')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    lease_until       TEXT,
    message_id        TEXT    NOT NULL DEFAULT '',
    envelope_from     TEXT    NOT NULL DEFAULT '',
    envelope_to       TEXT    NOT NULL DEFAULT '',
    message           BLOB,
    last_reply        TEXT    NOT NULL DEFAULT '',
    sent_at           TEXT,
    portal_reference  TEXT,
    uploaded_at       TEXT,
    uploaded_by       INTEGER REFERENCES users (id),
    requested_by      INTEGER REFERENCES users (id),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    purpose           TEXT    NOT NULL DEFAULT 'package'
                      CHECK (purpose IN ('package', 'notice', 'account')),
    case_id           INTEGER REFERENCES cases (id),
    CHECK (purpose = 'account' OR (package_id IS NOT NULL AND document_id IS NOT NULL))
);
INSERT INTO deliveries_new (id, public_id, package_id, document_id, org_id, channel, recipient,
    recipient_name, transport, status, attempts, next_attempt_at, lease_until, message_id,
    envelope_from, envelope_to, message, last_reply, sent_at, portal_reference, uploaded_at,
    uploaded_by, requested_by, created_at, updated_at, purpose, case_id)
SELECT id, public_id, package_id, document_id, org_id, channel, recipient,
    recipient_name, transport, status, attempts, next_attempt_at, lease_until, message_id,
    envelope_from, envelope_to, message, last_reply, sent_at, portal_reference, uploaded_at,
    uploaded_by, requested_by, created_at, updated_at, purpose, case_id
FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE UNIQUE INDEX deliveries_package_recipient ON deliveries (package_id, recipient)
    WHERE purpose = 'package';
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_document ON deliveries (document_id);


-- API tokens made in the app: a name, a scope (validate, documents,
-- delivery: each allows what the one before does and more), an expiry, and
-- revocation. Tokens made on the command line keep the widest scope and no
-- expiry.
ALTER TABLE api_tokens ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'delivery';
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
ALTER TABLE api_tokens ADD COLUMN revoked_at TEXT;

COMMIT;
PRAGMA foreign_keys = ON;
