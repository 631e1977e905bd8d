//! Four eyes on APAC reports: status changes (draft → in review → approved,
//! or back to draft) and the history of who did each, with comments and the
//! rule-pack version. A status change and its history row are written in one
//! transaction, so neither exists without the other.

use super::{Result, Store, on_pool};
use crate::domain::time;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReviewEntry {
    pub actor_user_id: i64,
    pub actor_name: String,
    pub action: String,
    pub comment: String,
    pub pack_version: String,
    pub at: String,
}

/// One step of the review: the report moves from `from` to `to`.
pub struct Transition<'a> {
    pub public_id: &'a str,
    pub org_id: i64,
    pub from: &'a str,
    pub to: &'a str,
    pub actor_user_id: i64,
    pub actor_name: &'a str,
    /// `submitted`, `returned` or `approved`.
    pub action: &'a str,
    pub comment: &'a str,
    pub pack_version: &'a str,
    /// The report as it stands at this step; `None` keeps the body.
    pub body: Option<&'a str>,
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
    /// Moves a report of the organisation from one status to another and
    /// records who did it. False when the report is not in status `from`
    /// (someone else acted first, or it is not the organisation's).
    pub async fn transition_report(&self, t: &Transition<'_>) -> Result<bool> {
        let now = time::to_db(time::now());
        let done = on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let doc: Option<i64> = sqlx::query_scalar(
                "UPDATE documents SET status = $1, body = COALESCE($2, body), updated_at = $3
                 WHERE public_id = $4 AND org_id = $5 AND status = $6 AND kind = 'report'
                 RETURNING id",
            )
            .bind(t.to)
            .bind(t.body)
            .bind(&now)
            .bind(t.public_id)
            .bind(t.org_id)
            .bind(t.from)
            .fetch_optional(&mut *tx)
            .await?;
            match doc {
                Some(id) => {
                    sqlx::query(
                        "INSERT INTO report_reviews (document_id, org_id, actor_user_id, actor_name,
                                                     action, comment, pack_version, at)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    )
                    .bind(id)
                    .bind(t.org_id)
                    .bind(t.actor_user_id)
                    .bind(t.actor_name)
                    .bind(t.action)
                    .bind(t.comment)
                    .bind(t.pack_version)
                    .bind(&now)
                    .execute(&mut *tx)
                    .await?;
                    tx.commit().await?;
                    true
                }
                None => false,
            }
        });
        Ok(done)
    }

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

    /// Replaces the body of a report that is in review, for the one change
    /// a reviewer makes then: attesting that they viewed a file.
    pub async fn save_in_review(&self, public_id: &str, org_id: i64, body: &str) -> Result<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE documents SET body = $1, updated_at = $2
             WHERE public_id = $3 AND org_id = $4 AND status = 'in_review' AND kind = 'report'",
        )
        .bind(body)
        .bind(time::to_db(time::now()))
        .bind(public_id)
        .bind(org_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n == 1)
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
