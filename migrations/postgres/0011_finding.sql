-- Finding past work: every document gets a short human reference
-- (`CB-2026-000123`: the year it was created and a per-installation
-- sequence for that year), and the things people search by are kept in
-- indexed columns and a side table written by the workflow layer when a
-- document is saved, so that a search never reads the JSON bodies.
-- Keep in step with sqlite/0011.

ALTER TABLE documents ADD COLUMN reference TEXT;
-- Lower-cased, trimmed: the agency's case number of a request.
ALTER TABLE documents ADD COLUMN case_number TEXT NOT NULL DEFAULT '';
-- Lower-cased words naming where it goes: company id, name and entity, or
-- the report's jurisdiction and authority.
ALTER TABLE documents ADD COLUMN destination TEXT NOT NULL DEFAULT '';
-- When it falls due (RFC 3339, UTC); '9999' when nothing is due, so the
-- column sorts with an index in both databases without NULL handling.
ALTER TABLE documents ADD COLUMN due_at TEXT NOT NULL DEFAULT '9999';

-- The last number given out per year.
CREATE TABLE reference_counters (
    year  BIGINT PRIMARY KEY,
    last  BIGINT NOT NULL
);

-- The identifiers a request targets, lower-cased and trimmed.
CREATE TABLE document_targets (
    document_id  BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    org_id       BIGINT NOT NULL REFERENCES orgs (id),
    value        TEXT   NOT NULL,
    PRIMARY KEY (document_id, value)
);
-- By identifier: the sender's search names its organisation, an inbox's does not.
CREATE INDEX document_targets_value ON document_targets (value, org_id);

-- Existing documents, numbered per year in the order they were created.
UPDATE documents d SET reference = 'CB-' || substr(d.created_at, 1, 4) || '-' || lpad(n.seq::text, 6, '0')
FROM (SELECT id, row_number() OVER (PARTITION BY substr(created_at, 1, 4)
                                    ORDER BY created_at, id) AS seq
      FROM documents) n
WHERE n.id = d.id;
INSERT INTO reference_counters (year, last)
SELECT CAST(substr(created_at, 1, 4) AS BIGINT), COUNT(*) FROM documents
GROUP BY substr(created_at, 1, 4);

UPDATE documents SET
    case_number = LOWER(TRIM(COALESCE(body::jsonb -> 'requester' ->> 'case_number', ''))),
    destination = LOWER(TRIM(COALESCE(body::jsonb ->> 'company_id', '') || ' '
                  || COALESCE(body::jsonb ->> 'entity', '') || ' ' || title))
WHERE kind = 'request';
UPDATE documents SET
    destination = LOWER(TRIM(COALESCE(body::jsonb -> 'destination' ->> 'jurisdiction', '') || ' '
                  || COALESCE(body::jsonb -> 'destination' ->> 'authority', '')))
WHERE kind = 'report';
INSERT INTO document_targets (document_id, org_id, value)
SELECT d.id, d.org_id, LOWER(TRIM(t ->> 'value'))
FROM documents d, jsonb_array_elements(COALESCE(d.body::jsonb -> 'targets', '[]'::jsonb)) t
WHERE d.kind = 'request' AND TRIM(COALESCE(t ->> 'value', '')) <> ''
ON CONFLICT DO NOTHING;

ALTER TABLE documents ALTER COLUMN reference SET NOT NULL;
CREATE UNIQUE INDEX documents_reference ON documents (reference);
-- A page of 50 of one organisation, newest first / by creation / by due.
CREATE INDEX documents_org_updated ON documents (org_id, updated_at, id);
CREATE INDEX documents_org_created ON documents (org_id, created_at, id);
CREATE INDEX documents_org_due ON documents (org_id, due_at, id);
CREATE INDEX documents_org_case ON documents (org_id, case_number);
-- Every filtered column but the targets, so a search and its count are
-- answered from the index without reading the organisation's rows.
CREATE INDEX documents_org_find ON documents (org_id, status, kind, created_at, reference,
                                              case_number, destination);
DROP INDEX documents_org;
