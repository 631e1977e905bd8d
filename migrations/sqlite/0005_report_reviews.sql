-- The four-eyes history of APAC reports: who submitted, returned or
-- approved a report, with the reviewer's comments and the rule-pack version
-- the report was validated against at that moment.
CREATE TABLE report_reviews (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id    INTEGER NOT NULL REFERENCES documents (id),
    org_id         INTEGER NOT NULL REFERENCES orgs (id),
    actor_user_id  INTEGER NOT NULL REFERENCES users (id),
    actor_name     TEXT    NOT NULL,
    action         TEXT    NOT NULL CHECK (action IN ('submitted', 'returned', 'approved')),
    comment        TEXT    NOT NULL DEFAULT '',
    pack_version   TEXT    NOT NULL DEFAULT '',
    at             TEXT    NOT NULL
);
CREATE INDEX report_reviews_document ON report_reviews (document_id, id);
