-- Accounts for a real deployment: sign-up with a verified address, approval
-- by the organisation's admin (a new role) or the operator, a second factor
-- (TOTP with recovery codes), password reset, sessions a user can see, and
-- the officer's profile. Keep in step with sqlite/0013.

ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('officer', 'member_analyst',
    'member_reviewer', 'trainer', 'admin', 'org_admin'));
-- Where the account stands: made by sign-up and not yet verified, verified
-- and waiting for approval, or active (made by an admin, or approved).
ALTER TABLE users ADD COLUMN state TEXT NOT NULL DEFAULT 'active'
    CHECK (state IN ('unverified', 'awaiting_approval', 'active', 'refused'));
ALTER TABLE users ADD COLUMN verified_at TEXT;
ALTER TABLE users ADD COLUMN approved_at TEXT;
ALTER TABLE users ADD COLUMN approved_by BIGINT REFERENCES users (id);
-- The TOTP secret (base32) once enrolled, and the last time step a code was
-- accepted for, so that no code is accepted twice.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
-- The officer's profile, prefilled into requests.
ALTER TABLE users ADD COLUMN rank TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN badge_number TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT '';

-- Single-use links sent by email: verify a sign-up, reset a password, accept
-- an invitation. Only a hash of the link's secret is kept.
CREATE TABLE account_links (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT  NOT NULL REFERENCES users (id),
    purpose     TEXT    NOT NULL CHECK (purpose IN ('verify', 'reset', 'invite')),
    token_hash  TEXT    NOT NULL UNIQUE,
    expires_at  TEXT    NOT NULL,
    used_at     TEXT,
    created_at  TEXT    NOT NULL
);
CREATE INDEX account_links_user ON account_links (user_id, purpose);

-- Ten single-use recovery codes per enrolment, hashed.
CREATE TABLE recovery_codes (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT  NOT NULL REFERENCES users (id),
    code_hash   TEXT    NOT NULL,
    used_at     TEXT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- Email domains an organisation declares: a member's staff sign up on them.
CREATE TABLE org_domains (
    org_id      BIGINT  NOT NULL REFERENCES orgs (id),
    domain      TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL
);

-- A session knows whose it is, so that a user sees theirs and disabling a
-- user or resetting a factor ends them at once on every instance.
ALTER TABLE sessions ADD COLUMN user_id BIGINT;
CREATE INDEX sessions_user ON sessions (user_id);

-- Account emails (a sign-up's link, a reset, a notice) go through the
-- outbox too: deliveries gain the purpose 'account', with no package.
ALTER TABLE deliveries ALTER COLUMN package_id DROP NOT NULL;
ALTER TABLE deliveries ALTER COLUMN document_id DROP NOT NULL;
ALTER TABLE deliveries DROP CONSTRAINT deliveries_purpose_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_purpose_check
    CHECK (purpose IN ('package', 'notice', 'account'));
ALTER TABLE deliveries ADD CONSTRAINT deliveries_package_unless_account
    CHECK (purpose = 'account' OR (package_id IS NOT NULL AND document_id IS NOT NULL));

-- API tokens made in the app: a name, a scope (validate, documents,
-- delivery: each allows what the one before does and more), an expiry, and
-- revocation. Tokens made on the command line keep the widest scope and no
-- expiry.
ALTER TABLE api_tokens ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'delivery'
    CHECK (scope IN ('validate', 'documents', 'delivery'));
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
ALTER TABLE api_tokens ADD COLUMN revoked_at TEXT;
