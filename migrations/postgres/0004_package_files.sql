-- A package keeps each of its three artifacts, so every download gives the
-- same bytes the hashes were computed over.
ALTER TABLE packages ADD COLUMN json_bytes BYTEA NOT NULL DEFAULT ''::bytea;
ALTER TABLE packages ADD COLUMN pdf_bytes BYTEA NOT NULL DEFAULT ''::bytea;
CREATE INDEX packages_document ON packages (document_id);
