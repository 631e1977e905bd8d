-- Secrets the server makes for itself at first start (the key of the login
-- throttle and of the pre-sign-in CSRF cookie), shared by every instance
-- on the same database. A configured secret takes precedence.
CREATE TABLE server_secrets (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Attempts refused by a throttle, without their password being checked:
-- they do not count as guesses, so waiting out a throttle is enough.
ALTER TABLE login_attempts ADD COLUMN unchecked BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX login_attempts_pair ON login_attempts (account_key, ip, at);
