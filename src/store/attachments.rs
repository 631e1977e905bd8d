//! Files kept with a document: today only the signed legal process of a
//! records request. Reads and writes name the organisation in the query.

use super::{Result, Store, on_pool};
use crate::domain::time;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Attachment {
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub bytes: Vec<u8>,
}

pub struct NewAttachment<'a> {
    pub document_id: i64,
    pub org_id: i64,
    pub role: &'a str,
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub sha256: &'a str,
    pub bytes: &'a [u8],
}

impl Store {
    /// Stores the file in `role`, replacing any earlier one, while the
    /// document is still a draft of the organisation. False otherwise.
    pub async fn put_attachment(&self, a: &NewAttachment<'_>) -> Result<bool> {
        let now = time::to_db(time::now());
        let size = i64::try_from(a.bytes.len()).unwrap_or(i64::MAX);
        let n = on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(
                "DELETE FROM attachments WHERE document_id = $1 AND org_id = $2 AND role = $3",
            )
            .bind(a.document_id)
            .bind(a.org_id)
            .bind(a.role)
            .execute(&mut *tx)
            .await?;
            let n = sqlx::query(
                "INSERT INTO attachments (document_id, org_id, role, file_name, content_type,
                                          size, sha256, bytes, created_at)
                 SELECT id, org_id, $3, $4, $5, $6, $7, $8, $9 FROM documents
                 WHERE id = $1 AND org_id = $2 AND status = 'draft'",
            )
            .bind(a.document_id)
            .bind(a.org_id)
            .bind(a.role)
            .bind(a.file_name)
            .bind(a.content_type)
            .bind(size)
            .bind(a.sha256)
            .bind(a.bytes)
            .bind(&now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            tx.commit().await?;
            Ok::<u64, sqlx::Error>(n)
        })?;
        Ok(n == 1)
    }

    pub async fn attachment(
        &self,
        document_id: i64,
        org_id: i64,
        role: &str,
    ) -> Result<Option<Attachment>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, Attachment>(
            "SELECT file_name, content_type, size, sha256, bytes FROM attachments
             WHERE document_id = $1 AND org_id = $2 AND role = $3",
        )
        .bind(document_id)
        .bind(org_id)
        .bind(role)
        .fetch_optional(p)
        .await)?)
    }

    /// Copies every file of one document to another of the same
    /// organisation (duplicates and new versions keep their legal process).
    pub async fn copy_attachments(&self, from_id: i64, to_id: i64, org_id: i64) -> Result<()> {
        on_pool!(self, p => sqlx::query(
            "INSERT INTO attachments (document_id, org_id, role, file_name, content_type,
                                      size, sha256, bytes, created_at)
             SELECT $2, org_id, role, file_name, content_type, size, sha256, bytes, created_at
             FROM attachments WHERE document_id = $1 AND org_id = $3",
        )
        .bind(from_id)
        .bind(to_id)
        .bind(org_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(())
    }
}
