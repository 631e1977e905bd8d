-- The workflow layer. Every document carries a revision that each change
-- raises, so a save made from an older page is refused instead of
-- overwriting someone's work; a document version has at most one package;
-- and the facts statistics count are kept in columns, written by the
-- transition that finalises a document. Keep in step with sqlite/0006.

ALTER TABLE documents ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;

-- Racing builds could leave several packages for one document. Keep the
-- first: it is the one every download has served.
DELETE FROM packages WHERE id NOT IN (SELECT MIN(id) FROM packages GROUP BY document_id);
DROP INDEX packages_document;
CREATE UNIQUE INDEX packages_document ON packages (document_id);

-- One row per finished document (an attested request, an approved report).
CREATE TABLE document_facts (
    document_id    BIGINT  PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    org_id         BIGINT  NOT NULL REFERENCES orgs (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('request', 'report')),
    training       BOOLEAN NOT NULL DEFAULT FALSE,
    company_id     TEXT,
    entity         TEXT,
    request_type   TEXT,
    jurisdiction   TEXT,
    authority      TEXT,
    harm           TEXT,
    incident_type  TEXT,
    -- An emergency request, or a report of a child at imminent risk.
    urgent         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     TEXT    NOT NULL,
    occurred_at    TEXT,
    aware_at       TEXT,
    submitted_at   TEXT,
    -- Attested (requests) or approved (reports).
    finalised_at   TEXT    NOT NULL,
    score          BIGINT,
    pack_version   TEXT
);
CREATE INDEX document_facts_org ON document_facts (org_id, kind, finalised_at);

CREATE TABLE document_fact_annotations (
    document_id  BIGINT NOT NULL REFERENCES document_facts (document_id) ON DELETE CASCADE,
    annotation   TEXT   NOT NULL,
    PRIMARY KEY (document_id, annotation)
);

-- Facts of the documents finished before this migration.
INSERT INTO document_facts (document_id, org_id, kind, training, company_id, entity,
                            request_type, urgent, created_at, submitted_at, finalised_at)
SELECT id, org_id, 'request', training,
       body::jsonb ->> 'company_id', body::jsonb ->> 'entity',
       body::jsonb ->> 'request_type',
       COALESCE(body::jsonb ->> 'request_type' = 'emergency', FALSE),
       created_at,
       COALESCE(body::jsonb -> 'attestation' ->> 'at', updated_at),
       COALESCE(body::jsonb -> 'attestation' ->> 'at', updated_at)
FROM documents WHERE kind = 'request' AND status = 'final';

INSERT INTO document_facts (document_id, org_id, kind, training, jurisdiction, authority, harm,
                            incident_type, urgent, created_at, occurred_at, aware_at,
                            submitted_at, finalised_at, score, pack_version)
SELECT d.id, d.org_id, 'report', d.training,
       d.body::jsonb -> 'destination' ->> 'jurisdiction',
       d.body::jsonb -> 'destination' ->> 'authority',
       d.body::jsonb -> 'incident' ->> 'harm',
       d.body::jsonb -> 'incident' ->> 'incident_type',
       COALESCE((d.body::jsonb -> 'incident' ->> 'child_at_imminent_risk')::boolean, FALSE),
       d.created_at,
       d.body::jsonb -> 'incident' -> 'occurred_at' ->> 'at',
       d.body::jsonb -> 'aware_at' ->> 'at',
       (SELECT MAX(r.at) FROM report_reviews r WHERE r.document_id = d.id AND r.action = 'submitted'),
       COALESCE((SELECT MAX(r.at) FROM report_reviews r
                 WHERE r.document_id = d.id AND r.action = 'approved'), d.updated_at),
       (SELECT (a.detail::jsonb ->> 'score')::bigint FROM audit_log a
        WHERE a.subject = 'report:' || d.public_id AND a.action IN ('report.approved', 'report.packaged')
        ORDER BY a.id DESC LIMIT 1),
       (SELECT r.pack_version FROM report_reviews r
        WHERE r.document_id = d.id AND r.action = 'approved' ORDER BY r.id DESC LIMIT 1)
FROM documents d WHERE d.kind = 'report' AND d.status = 'approved';

INSERT INTO document_fact_annotations (document_id, annotation)
SELECT DISTINCT d.id, j.value
FROM documents d,
     jsonb_array_elements_text(CASE
         WHEN jsonb_typeof(d.body::jsonb -> 'incident' -> 'report_annotations') = 'array'
         THEN d.body::jsonb -> 'incident' -> 'report_annotations' ELSE '[]'::jsonb END) j(value)
WHERE d.kind = 'report' AND d.status = 'approved';
