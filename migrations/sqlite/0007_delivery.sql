-- Delivery: each package reaches each recipient once. A delivery row is the
-- durable outbox entry: the worker claims due rows with a lease that runs out
-- if the worker dies, sends the message kept in the row (so a resend carries
-- the same bytes and Message-ID), and records the server's reply. Portal
-- recipients get a row when the user records the upload. Keep in step with
-- postgres/0007.

-- The first schema's outbox was never used.
DROP INDEX outbox_due;
DROP TABLE outbox;

CREATE TABLE deliveries (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id         TEXT    NOT NULL UNIQUE,
    package_id        INTEGER NOT NULL REFERENCES packages (id),
    document_id       INTEGER NOT NULL REFERENCES documents (id),
    org_id            INTEGER NOT NULL REFERENCES orgs (id),
    channel           TEXT    NOT NULL CHECK (channel IN ('email', 'portal')),
    -- The address (email) or the portal URL.
    recipient         TEXT    NOT NULL,
    recipient_name    TEXT    NOT NULL DEFAULT '',
    -- How the message leaves: an SMTP server, or .eml files in the outbox
    -- folder (always for demo and training organisations).
    transport         TEXT    NOT NULL CHECK (transport IN ('smtp', 'file', 'portal')),
    status            TEXT    NOT NULL
                      CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'uploaded')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    lease_until       TEXT,
    message_id        TEXT    NOT NULL DEFAULT '',
    envelope_from     TEXT    NOT NULL DEFAULT '',
    -- Recipient and copies, one address a line.
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
    UNIQUE (package_id, recipient)
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_document ON deliveries (document_id);
