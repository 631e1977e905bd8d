//! Requests and reports, drafts and finished, as versioned JSON. Every read
//! names the organisation in the query itself, so no caller can reach
//! another organisation's documents by forgetting a check. Writes go
//! through [`Store::commit`].

use super::{Result, Store, on_pool};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DocumentSummary {
    pub public_id: String,
    /// `CB-2026-000123`.
    pub reference: String,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub training: bool,
    pub updated_at: String,
    pub created_at: String,
    /// `9999` when nothing falls due.
    pub due_at: String,
    /// The status of the document's newest package delivery, if it has one.
    pub delivery_status: Option<String>,
    /// The status of the newest case the document (any version of it as
    /// sent) opened in a recipient's casebridge inbox.
    pub case_status: Option<String>,
    pub version: i64,
    /// A report's latest review step (`submitted`, `returned`, `approved`).
    pub last_action: Option<String>,
    /// The reference of the version this one corrects.
    pub corrects: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Document {
    pub id: i64,
    pub public_id: String,
    /// `CB-2026-000123`: what people read and say.
    pub reference: String,
    pub kind: String,
    pub status: String,
    pub schema_version: i64,
    pub version: i64,
    /// Raised by every change: a save based on an older one is refused.
    pub revision: i64,
    /// The final version this one replaces, if any.
    pub supersedes_id: Option<i64>,
    pub owner_id: i64,
    pub org_id: i64,
    pub training: bool,
    pub title: String,
    pub body: String,
    pub created_at: String,
    pub updated_at: String,
}

const DOCUMENT_COLUMNS: &str = "id, public_id, reference, kind, status, schema_version, version, revision, \
     supersedes_id, owner_id, org_id, training, title, body, created_at, updated_at";

impl Store {
    /// A document of the organisation, or `None` — also when it belongs to
    /// another organisation, which callers show as "not found".
    pub async fn document_for_org(&self, public_id: &str, org_id: i64) -> Result<Option<Document>> {
        let sql = format!(
            "SELECT {DOCUMENT_COLUMNS} FROM documents WHERE public_id = $1 AND org_id = $2"
        );
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Document>(sqlx::AssertSqlSafe(sql))
            .bind(public_id)
            .bind(org_id)
            .fetch_optional(p)
            .await)?,
        )
    }

    /// A document of the organisation by its row id.
    pub async fn document_by_row(&self, id: i64, org_id: i64) -> Result<Option<Document>> {
        let sql = format!("SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = $1 AND org_id = $2");
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Document>(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(org_id)
            .fetch_optional(p)
            .await)?,
        )
    }

    /// The public id of the document a version replaced, if any.
    pub async fn previous_version(&self, doc: &Document) -> Result<Option<String>> {
        Ok(on_pool!(self, p => sqlx::query_scalar::<_, String>(
            "SELECT prev.public_id FROM documents d JOIN documents prev ON prev.id = d.supersedes_id
             WHERE d.id = $1 AND prev.org_id = $2",
        )
        .bind(doc.id)
        .bind(doc.org_id)
        .fetch_optional(p)
        .await)?)
    }

    /// The reference of the document a version corrects, if any.
    pub async fn corrected_reference(&self, doc: &Document) -> Result<Option<String>> {
        Ok(on_pool!(self, p => sqlx::query_scalar::<_, String>(
            "SELECT prev.reference FROM documents d JOIN documents prev ON prev.id = d.supersedes_id
             WHERE d.id = $1 AND prev.org_id = $2",
        )
        .bind(doc.id)
        .bind(doc.org_id)
        .fetch_optional(p)
        .await)?)
    }

    /// The public id of the version that replaced this one, if any.
    pub async fn next_version(&self, doc: &Document) -> Result<Option<String>> {
        Ok(on_pool!(self, p => sqlx::query_scalar::<_, String>(
            "SELECT public_id FROM documents WHERE supersedes_id = $1 AND org_id = $2
             ORDER BY id LIMIT 1",
        )
        .bind(doc.id)
        .bind(doc.org_id)
        .fetch_optional(p)
        .await)?)
    }
}
