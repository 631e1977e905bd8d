//! Requests and reports. The builders that fill this table come with their own
//! issues; the dashboard already lists what an organisation has.

use super::{Result, Store, on_pool};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DocumentSummary {
    pub public_id: String,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub training: bool,
    pub updated_at: String,
}

impl Store {
    /// The organisation's documents, newest first. Scoped by organisation here,
    /// in the query, so no caller can forget it.
    pub async fn documents_for_org(&self, org_id: i64, limit: i64) -> Result<Vec<DocumentSummary>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, DocumentSummary>(
            "SELECT public_id, kind, status, title, training, updated_at
             FROM documents WHERE org_id = $1 ORDER BY updated_at DESC, id DESC LIMIT $2",
        )
        .bind(org_id)
        .bind(limit)
        .fetch_all(p)
        .await)?)
    }
}
