-- Tamper evidence for the audit log: each entry stores the hash of the entry
-- before it (prev_hash) and its own (entry_hash), both lowercase hex SHA-256.
-- The single-row head holds the newest hash; every insert updates it first,
-- which serialises concurrent writers on the chain. Entries written before
-- this migration are chained by the application when it next opens the store.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN entry_hash TEXT NOT NULL DEFAULT '';

CREATE TABLE audit_chain_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    last_hash  TEXT    NOT NULL DEFAULT '',
    entries    BIGINT  NOT NULL DEFAULT 0
);
INSERT INTO audit_chain_head (id, last_hash, entries) VALUES (1, '', 0);
CREATE INDEX audit_log_action ON audit_log (action, id);
