-- Submissions of an approved report's NCMEC form to the CyberTipline API:
-- who asked and when, the report id NCMEC returned, and each step's
-- response code (JSON, in order). A row is written 'started' before the
-- first request, so a second submission of the same package waits for the
-- first; once one is 'finished' no other may start. Keep in step with
-- sqlite/0014.

CREATE TABLE ncmec_submissions (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id        TEXT    NOT NULL UNIQUE,
    package_id       BIGINT  NOT NULL REFERENCES packages (id),
    document_id      BIGINT  NOT NULL REFERENCES documents (id),
    org_id           BIGINT  NOT NULL REFERENCES orgs (id),
    submitted_by     BIGINT  NOT NULL REFERENCES users (id),
    base_url         TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('started', 'finished', 'retracted', 'failed')),
    ncmec_report_id  TEXT,
    steps            TEXT    NOT NULL DEFAULT '[]',
    error            TEXT    NOT NULL DEFAULT '',
    started_at       TEXT    NOT NULL,
    ended_at         TEXT
);
CREATE INDEX ncmec_submissions_document ON ncmec_submissions (document_id, id);
-- At most one submission of a package is under way or finished.
CREATE UNIQUE INDEX ncmec_submissions_open ON ncmec_submissions (package_id)
    WHERE status IN ('started', 'finished');
