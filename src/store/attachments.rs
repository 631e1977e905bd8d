//! Files kept with a document: today only the signed legal process of a
//! records request. Reads and writes name the organisation in the query.

use super::{Result, Store, on_pool};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Attachment {
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub bytes: Vec<u8>,
}

impl Store {
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
}
