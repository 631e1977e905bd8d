-- OpenPGP public keys admins record for recipients (a company, or a report
-- authority as `authority:<jurisdiction>:<id>`). The newest row of a
-- recipient is its key; older rows are its history. Keep in step with
-- postgres/0008.
CREATE TABLE recipient_keys (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient    TEXT    NOT NULL,
    armored      TEXT    NOT NULL,
    fingerprint  TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    checked      TEXT    NOT NULL,
    recorded_by  INTEGER NOT NULL REFERENCES users (id),
    recorded_at  TEXT    NOT NULL
);
CREATE INDEX recipient_keys_recipient ON recipient_keys (recipient, id);
