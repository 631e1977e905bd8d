-- Legal-process documents uploaded with records requests (PDF only). The
-- bytes live here so a package can include them unchanged; the SHA-256 is
-- what the request and its PDF show.
CREATE TABLE attachments (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    org_id       BIGINT  NOT NULL REFERENCES orgs (id),
    role         TEXT    NOT NULL CHECK (role IN ('legal_process')),
    file_name    TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    size         BIGINT  NOT NULL,
    sha256       TEXT    NOT NULL,
    bytes        BYTEA   NOT NULL,
    created_at   TEXT    NOT NULL,
    UNIQUE (document_id, role)
);
CREATE INDEX attachments_org ON attachments (org_id);
