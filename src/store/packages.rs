//! Packages as built: the three artifacts and their hashes, never changed
//! after they are written. Reads name the organisation in the query.

use super::{Result, Store, on_pool};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredPackage {
    pub public_id: String,
    pub document_id: i64,
    pub training: bool,
    pub json_sha256: String,
    pub pdf_sha256: String,
    pub zip_sha256: String,
    pub json_bytes: Vec<u8>,
    pub pdf_bytes: Vec<u8>,
    pub zip_bytes: Vec<u8>,
    pub created_at: String,
}

const COLUMNS: &str = "public_id, document_id, training, json_sha256, pdf_sha256, zip_sha256, \
     json_bytes, pdf_bytes, zip_bytes, created_at";

impl Store {
    /// The package of a document of the organisation (there is at most one).
    pub async fn package_for_document(
        &self,
        document_id: i64,
        org_id: i64,
    ) -> Result<Option<StoredPackage>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM packages WHERE document_id = $1 AND org_id = $2 ORDER BY id LIMIT 1"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as::<_, StoredPackage>(sqlx::AssertSqlSafe(sql))
            .bind(document_id)
            .bind(org_id)
            .fetch_optional(pool)
            .await)?,
        )
    }

    /// A package of the organisation by its public id.
    pub async fn package_for_org(
        &self,
        public_id: &str,
        org_id: i64,
    ) -> Result<Option<StoredPackage>> {
        let sql = format!("SELECT {COLUMNS} FROM packages WHERE public_id = $1 AND org_id = $2");
        Ok(
            on_pool!(self, pool => sqlx::query_as::<_, StoredPackage>(sqlx::AssertSqlSafe(sql))
            .bind(public_id)
            .bind(org_id)
            .fetch_optional(pool)
            .await)?,
        )
    }
}
