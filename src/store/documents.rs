//! Requests and reports, drafts and finished, as versioned JSON. Every read
//! and write names the organisation in the query itself, so no caller can
//! reach another organisation's documents by forgetting a check.

use super::{Result, Store, on_pool};
use crate::domain::time;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DocumentSummary {
    pub public_id: String,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub training: bool,
    pub updated_at: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Document {
    pub id: i64,
    pub public_id: String,
    pub kind: String,
    pub status: String,
    pub schema_version: i64,
    pub version: i64,
    pub owner_id: i64,
    pub org_id: i64,
    pub training: bool,
    pub title: String,
    pub body: String,
    pub created_at: String,
    pub updated_at: String,
}

pub struct NewDocument<'a> {
    pub kind: &'a str,
    pub schema_version: i64,
    pub owner_id: i64,
    pub org_id: i64,
    pub training: bool,
    pub title: &'a str,
    pub body: &'a str,
}

const DOCUMENT_COLUMNS: &str = "id, public_id, kind, status, schema_version, version, owner_id, org_id, \
     training, title, body, created_at, updated_at";

impl Store {
    /// The organisation's documents, newest first.
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

    /// Creates a draft and returns its public id.
    pub async fn create_draft(&self, new: &NewDocument<'_>) -> Result<String> {
        Ok(self.insert_document(new, "draft", None).await?.0)
    }

    /// The one INSERT every way of creating a document goes through: a new
    /// public id, both timestamps now, version 1 unless it follows
    /// `previous`. Returns the public id and the row id.
    async fn insert_document(
        &self,
        new: &NewDocument<'_>,
        status: &str,
        previous: Option<&Document>,
    ) -> Result<(String, i64)> {
        let public_id = uuid::Uuid::new_v4().to_string();
        let now = time::to_db(time::now());
        let id = on_pool!(self, p => sqlx::query_scalar::<_, i64>(
            "INSERT INTO documents (public_id, kind, status, schema_version, version, supersedes_id,
                                    owner_id, org_id, training, title, body, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
        )
        .bind(&public_id)
        .bind(new.kind)
        .bind(status)
        .bind(new.schema_version)
        .bind(previous.map_or(1, |d| d.version + 1))
        .bind(previous.map(|d| d.id))
        .bind(new.owner_id)
        .bind(new.org_id)
        .bind(new.training)
        .bind(new.title)
        .bind(new.body)
        .bind(&now)
        .fetch_one(p)
        .await)?;
        Ok((public_id, id))
    }

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

    /// Saves a draft's body. Returns false when no draft of the organisation
    /// has that id (finished documents never change).
    pub async fn save_draft(
        &self,
        public_id: &str,
        org_id: i64,
        title: &str,
        body: &str,
    ) -> Result<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE documents SET title = $1, body = $2, updated_at = $3
             WHERE public_id = $4 AND org_id = $5 AND status = 'draft'",
        )
        .bind(title)
        .bind(body)
        .bind(time::to_db(time::now()))
        .bind(public_id)
        .bind(org_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n == 1)
    }

    /// Makes a draft final with its last body: from then on it never
    /// changes. False when no draft of the organisation has that id.
    pub async fn finalise(
        &self,
        public_id: &str,
        org_id: i64,
        title: &str,
        body: &str,
    ) -> Result<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE documents SET status = 'final', title = $1, body = $2, updated_at = $3
             WHERE public_id = $4 AND org_id = $5 AND status = 'draft'",
        )
        .bind(title)
        .bind(body)
        .bind(time::to_db(time::now()))
        .bind(public_id)
        .bind(org_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n == 1)
    }

    /// Stores a document that arrives finished (through the API) with its
    /// final `status`, in one statement so there is never a half-written
    /// record. Returns the public id and the row id.
    pub async fn create_finished(
        &self,
        new: &NewDocument<'_>,
        status: &str,
    ) -> Result<(String, i64)> {
        self.insert_document(new, status, None).await
    }

    /// Starts the next version of a final document as a draft that
    /// references it, and returns the new public id.
    pub async fn create_version(
        &self,
        new: &NewDocument<'_>,
        previous: &Document,
    ) -> Result<String> {
        Ok(self.insert_document(new, "draft", Some(previous)).await?.0)
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

    /// Deletes a report draft its author wrote and nobody has reviewed yet;
    /// false otherwise (a returned report keeps its review history).
    pub async fn delete_unreviewed_report(
        &self,
        public_id: &str,
        org_id: i64,
        owner_id: i64,
    ) -> Result<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "DELETE FROM documents
             WHERE public_id = $1 AND org_id = $2 AND owner_id = $3 AND status = 'draft'
               AND kind = 'report'
               AND NOT EXISTS (SELECT 1 FROM report_reviews r WHERE r.document_id = documents.id)",
        )
        .bind(public_id)
        .bind(org_id)
        .bind(owner_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n == 1)
    }

    /// Deletes a draft of the organisation; false when there was none.
    pub async fn delete_draft(&self, public_id: &str, org_id: i64) -> Result<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "DELETE FROM documents WHERE public_id = $1 AND org_id = $2 AND status = 'draft'",
        )
        .bind(public_id)
        .bind(org_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n == 1)
    }
}
