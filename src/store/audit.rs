//! The audit log: who did what, when. Entries name people by account id, never
//! by what they typed.

use super::{Result, Store, on_pool};
use crate::domain::time;

pub struct NewAudit<'a> {
    pub actor_user_id: Option<i64>,
    pub org_id: Option<i64>,
    pub action: &'a str,
    pub subject: &'a str,
    pub ip: Option<&'a str>,
    pub detail: serde_json::Value,
}

/// Writes `$audit` (a `&NewAudit`) at `$now` on `$exec`, inside the
/// caller's transaction.
macro_rules! insert_audit {
    ($exec:expr, $audit:expr, $now:expr) => {{
        let a: &$crate::store::NewAudit<'_> = $audit;
        sqlx::query(
            "INSERT INTO audit_log (at, actor_user_id, org_id, action, subject, ip, detail)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind($now)
        .bind(a.actor_user_id)
        .bind(a.org_id)
        .bind(a.action)
        .bind(a.subject)
        .bind(a.ip)
        .bind(a.detail.to_string())
        .execute($exec)
        .await?;
    }};
}
pub(crate) use insert_audit;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor_user_id: Option<i64>,
    pub org_id: Option<i64>,
    pub action: String,
    pub subject: String,
    pub ip: Option<String>,
    pub detail: String,
}

impl Store {
    pub async fn audit(&self, e: NewAudit<'_>) -> Result<()> {
        on_pool!(self, p => sqlx::query(
            "INSERT INTO audit_log (at, actor_user_id, org_id, action, subject, ip, detail)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(time::to_db(time::now()))
        .bind(e.actor_user_id)
        .bind(e.org_id)
        .bind(e.action)
        .bind(e.subject)
        .bind(e.ip)
        .bind(e.detail.to_string())
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// The newest entries first.
    pub async fn recent_audit(&self, limit: i64) -> Result<Vec<AuditEntry>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, AuditEntry>(
            "SELECT id, at, actor_user_id, org_id, action, subject, ip, detail
             FROM audit_log ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(p)
        .await)?)
    }
}
