-- Corrections admins make to the company directory in the app. The latest
-- edit of a company replaces its shipped record; older ones are its history.
CREATE TABLE company_edits (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id  TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    edited_by   INTEGER NOT NULL REFERENCES users (id),
    edited_at   TEXT    NOT NULL
);
CREATE INDEX company_edits_company ON company_edits (company_id, id);
