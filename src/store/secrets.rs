//! Secrets the server makes for itself, kept so that restarts and other
//! instances use the same ones.

use super::{Result, Store, on_pool};
use crate::domain::time;

impl Store {
    /// The secret named `name`; `candidate` becomes it if there is none yet.
    /// Several instances starting at once all end up with the first one
    /// written.
    pub async fn server_secret(
        &self,
        name: &str,
        candidate: &str,
        now: &jiff::Timestamp,
    ) -> Result<String> {
        on_pool!(self, p => sqlx::query(
            "INSERT INTO server_secrets (name, value, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(candidate)
        .bind(time::to_db(*now))
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        let value: String = on_pool!(self, p => sqlx::query_scalar(
            "SELECT value FROM server_secrets WHERE name = $1",
        )
        .bind(name)
        .fetch_one(p)
        .await)?;
        Ok(value)
    }
}
