//! Four eyes on APAC reports: the history of who submitted, returned and
//! approved a report, with comments and the rule-pack version. Each row is
//! written with its status change by [`Store::commit`].

use super::{Result, Store, on_pool};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReviewEntry {
    pub actor_user_id: i64,
    pub actor_name: String,
    pub action: String,
    pub comment: String,
    pub pack_version: String,
    pub at: String,
}

/// A report of the organisation with its author, for the dashboard.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportSummary {
    pub public_id: String,
    pub status: String,
    pub title: String,
    pub owner_id: i64,
    pub owner_name: String,
    pub updated_at: String,
    /// The latest review step (`submitted`, `returned`, `approved`), if any:
    /// a draft whose latest step is `returned` waits for its author.
    pub last_action: Option<String>,
}

impl Store {
    /// A report's review history, oldest first.
    pub async fn report_reviews(&self, document_id: i64, org_id: i64) -> Result<Vec<ReviewEntry>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, ReviewEntry>(
            "SELECT actor_user_id, actor_name, action, comment, pack_version, at
             FROM report_reviews WHERE document_id = $1 AND org_id = $2 ORDER BY id",
        )
        .bind(document_id)
        .bind(org_id)
        .fetch_all(p)
        .await)?)
    }

    /// The organisation's reports with their authors, newest first.
    pub async fn reports_for_org(&self, org_id: i64, limit: i64) -> Result<Vec<ReportSummary>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, ReportSummary>(
            "SELECT d.public_id, d.status, d.title, d.owner_id, u.display_name AS owner_name,
                    d.updated_at,
                    (SELECT r.action FROM report_reviews r WHERE r.document_id = d.id
                     ORDER BY r.id DESC LIMIT 1) AS last_action
             FROM documents d JOIN users u ON u.id = d.owner_id
             WHERE d.org_id = $1 AND d.kind = 'report'
             ORDER BY d.updated_at DESC, d.id DESC LIMIT $2",
        )
        .bind(org_id)
        .bind(limit)
        .fetch_all(p)
        .await)?)
    }
}
