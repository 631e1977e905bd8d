//! Submissions of a package's NCMEC form to the CyberTipline API, each with
//! its audit entry in the same transaction.

use super::audit::insert_audit;
use super::{NewAudit, Result, Store, on_pool};

/// One submission as the review page and the command line show it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NcmecSubmission {
    pub id: i64,
    pub public_id: String,
    pub package_id: i64,
    pub document_id: i64,
    pub org_id: i64,
    pub submitted_by: i64,
    /// The name of who asked, from the users table.
    pub submitted_by_name: String,
    pub base_url: String,
    /// `started`, `finished`, `retracted` or `failed`.
    pub status: String,
    pub ncmec_report_id: Option<String>,
    /// Each request's step and response code, as JSON, in order.
    pub steps: String,
    pub error: String,
    pub started_at: String,
    pub ended_at: Option<String>,
}

pub struct NewNcmecSubmission<'a> {
    pub public_id: &'a str,
    pub package_id: i64,
    pub document_id: i64,
    pub org_id: i64,
    pub submitted_by: i64,
    pub base_url: &'a str,
}

/// How a submission ended.
pub struct NcmecEnd<'a> {
    pub status: &'a str,
    pub ncmec_report_id: Option<&'a str>,
    pub steps: &'a str,
    pub error: &'a str,
}

const COLUMNS: &str = "s.id, s.public_id, s.package_id, s.document_id, s.org_id, s.submitted_by, \
     u.display_name AS submitted_by_name, s.base_url, s.status, s.ncmec_report_id, s.steps, \
     s.error, s.started_at, s.ended_at";

impl Store {
    /// Records that a submission starts, with its audit entry. `false`, and
    /// nothing written, when the package already has one under way or
    /// finished.
    pub async fn start_ncmec_submission(
        &self,
        s: &NewNcmecSubmission<'_>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<bool> {
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let inserted = sqlx::query(
                "INSERT INTO ncmec_submissions (public_id, package_id, document_id, org_id,
                     submitted_by, base_url, status, started_at)
                 VALUES ($1, $2, $3, $4, $5, $6, 'started', $7)
                 ON CONFLICT DO NOTHING",
            )
            .bind(s.public_id)
            .bind(s.package_id)
            .bind(s.document_id)
            .bind(s.org_id)
            .bind(s.submitted_by)
            .bind(s.base_url)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if inserted {
                insert_audit!(&mut *tx, audit, now);
            }
            tx.commit().await?;
            inserted
        }))
    }

    /// Records how a started submission ended, with its audit entry.
    pub async fn end_ncmec_submission(
        &self,
        public_id: &str,
        end: &NcmecEnd<'_>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(
                "UPDATE ncmec_submissions
                 SET status = $2, ncmec_report_id = $3, steps = $4, error = $5, ended_at = $6
                 WHERE public_id = $1 AND status = 'started'",
            )
            .bind(public_id)
            .bind(end.status)
            .bind(end.ncmec_report_id)
            .bind(end.steps)
            .bind(end.error)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            insert_audit!(&mut *tx, audit, now);
            tx.commit().await?;
        });
        Ok(())
    }

    /// The submissions of a document of the organisation, newest first.
    pub async fn ncmec_submissions(
        &self,
        document_id: i64,
        org_id: i64,
    ) -> Result<Vec<NcmecSubmission>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM ncmec_submissions s JOIN users u ON u.id = s.submitted_by
             WHERE s.document_id = $1 AND s.org_id = $2 ORDER BY s.id DESC"
        );
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, NcmecSubmission>(sqlx::AssertSqlSafe(sql))
            .bind(document_id)
            .bind(org_id)
            .fetch_all(p)
            .await)?,
        )
    }
}
