//! What a member recorded as done of a report's legal duties (a takedown,
//! a preservation), one row per duty; written with the case's history
//! event and the audit entry in one transaction.

use super::audit::insert_audit;
use super::{NewAudit, Result, Store, on_pool};

/// A duty recorded as done.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DutyRecord {
    pub duty: String,
    pub done_at: String,
    /// The display name of who recorded it.
    pub done_by: String,
    pub note: String,
}

/// A duty being recorded as done.
pub struct NewDutyRecord<'a> {
    pub document_id: i64,
    pub duty: &'a str,
    pub done_at: &'a str,
    pub done_by: i64,
    pub note: &'a str,
}

impl Store {
    /// The duties recorded as done on a document of the organisation.
    pub async fn duty_records(&self, document_id: i64, org_id: i64) -> Result<Vec<DutyRecord>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, DutyRecord>(
            "SELECT r.duty, r.done_at, COALESCE(u.display_name, '') AS done_by, r.note
             FROM duty_records r
             JOIN documents d ON d.id = r.document_id
             LEFT JOIN users u ON u.id = r.done_by
             WHERE r.document_id = $1 AND d.org_id = $2
             ORDER BY r.duty",
        )
        .bind(document_id)
        .bind(org_id)
        .fetch_all(p)
        .await)?)
    }

    /// Records a duty as done (again, correcting an earlier record), tells
    /// every case of the document in its history (the duty as the event's
    /// reason, when it was done as its body), and audits it.
    pub async fn record_duty(
        &self,
        r: &NewDutyRecord<'_>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<()> {
        on_pool!(self, p => async {
            let mut tx = p.begin().await?;
            sqlx::query(
                "INSERT INTO duty_records (document_id, duty, done_at, done_by, note)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (document_id, duty)
                 DO UPDATE SET done_at = excluded.done_at, done_by = excluded.done_by,
                               note = excluded.note",
            )
            .bind(r.document_id)
            .bind(r.duty)
            .bind(r.done_at)
            .bind(r.done_by)
            .bind(r.note)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO case_events
                     (case_id, at, side, actor_user_id, kind, reason, body, document_id)
                 SELECT c.id, $1, 'sender', $2, 'duty', $3, $4, c.document_id
                 FROM cases c WHERE c.document_id = $5",
            )
            .bind(now)
            .bind(r.done_by)
            .bind(r.duty)
            .bind(r.done_at)
            .bind(r.document_id)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE cases SET updated_at = $1 WHERE document_id = $2")
                .bind(now)
                .bind(r.document_id)
                .execute(&mut *tx)
                .await?;
            insert_audit!(&mut *tx, audit, now);
            tx.commit().await?;
            Ok::<(), sqlx::Error>(())
        }
        .await)?;
        Ok(())
    }
}
