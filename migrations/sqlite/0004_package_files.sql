-- A package keeps each of its three artifacts, so every download gives the
-- same bytes the hashes were computed over.
ALTER TABLE packages ADD COLUMN json_bytes BLOB NOT NULL DEFAULT x'';
ALTER TABLE packages ADD COLUMN pdf_bytes BLOB NOT NULL DEFAULT x'';
CREATE INDEX packages_document ON packages (document_id);
