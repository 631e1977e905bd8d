//! Reminders: what the jobs home finds due (urgent cases nobody
//! acknowledged, preservations about to run out) and the record that each
//! reminder went, written with its notices and audit entry in one
//! transaction so several instances send each one once.

use super::audit::insert_audit;
use super::cases::insert_notices;
use super::{NewAudit, NewNotice, Result, Store, on_pool};

/// A preservation request that reached its company, and when.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeliveredPreservation {
    pub document_id: i64,
    pub public_id: String,
    pub reference: String,
    pub org_id: i64,
    pub owner_id: i64,
    pub package_id: i64,
    pub company_id: Option<String>,
    pub delivered_at: String,
}

/// The first time a document reached its recipient: into an inbox, by
/// email, or by a recorded portal upload.
const DELIVERED_AT: &str = "(SELECT MIN(t) FROM (
        SELECT c.received_at AS t FROM cases c WHERE c.first_document_id = d.id OR c.document_id = d.id
        UNION ALL
        SELECT COALESCE(x.sent_at, x.uploaded_at) AS t FROM deliveries x
        WHERE x.document_id = d.id AND x.purpose = 'package' AND x.status IN ('sent', 'uploaded')
    ) firsts)";

impl Store {
    /// Final, real (not training) preservation requests that were
    /// delivered, with when.
    pub async fn delivered_preservations(&self) -> Result<Vec<DeliveredPreservation>> {
        let sql = format!(
            "SELECT * FROM (
                 SELECT d.id AS document_id, d.public_id, d.reference, d.org_id, d.owner_id, p.id AS package_id,
                        f.company_id, {DELIVERED_AT} AS delivered_at
                 FROM documents d
                 JOIN document_facts f ON f.document_id = d.id
                 JOIN packages p ON p.document_id = d.id
                 WHERE d.kind = 'request' AND d.status = 'final' AND NOT d.training
                   AND f.request_type = 'preservation'
             ) delivered WHERE delivered_at IS NOT NULL"
        );
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, DeliveredPreservation>(sqlx::AssertSqlSafe(sql))
            .fetch_all(p)
            .await)?,
        )
    }

    /// When a document of the organisation first reached its recipient.
    pub async fn delivered_at(&self, document_id: i64, org_id: i64) -> Result<Option<String>> {
        let sql =
            format!("SELECT {DELIVERED_AT} FROM documents d WHERE d.id = $1 AND d.org_id = $2");
        Ok(
            on_pool!(self, p => sqlx::query_scalar::<_, Option<String>>(sqlx::AssertSqlSafe(sql))
            .bind(document_id)
            .bind(org_id)
            .fetch_optional(p)
            .await)?
            .flatten(),
        )
    }

    /// Urgent cases still only received at `before`, none reminded yet.
    pub async fn unacknowledged_urgent(&self, before: &str) -> Result<Vec<i64>> {
        Ok(on_pool!(self, p => sqlx::query_scalar::<_, i64>(
            "SELECT c.id FROM cases c
             WHERE c.urgent AND c.status = 'received' AND c.received_at <= $1
               AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.document_id = c.document_id
                               AND r.kind = 'unacknowledged:' || CAST(c.id AS TEXT))
             ORDER BY c.id",
        )
        .bind(before)
        .fetch_all(p)
        .await)?)
    }

    /// The reminders already sent for a document.
    pub async fn reminders(&self, document_id: i64) -> Result<Vec<String>> {
        Ok(on_pool!(self, p => sqlx::query_scalar::<_, String>(
            "SELECT kind FROM reminders WHERE document_id = $1 ORDER BY kind",
        )
        .bind(document_id)
        .fetch_all(p)
        .await)?)
    }

    /// Records the reminders `kinds` of a document with the notices and the
    /// audit entry. `false`, and nothing written, when the first was already
    /// recorded (another instance sent it).
    pub async fn record_reminder(
        &self,
        document_id: i64,
        kinds: &[String],
        notices: &[NewNotice],
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<bool> {
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let mut first = true;
            let mut fresh = false;
            for kind in kinds {
                let n = sqlx::query(
                    "INSERT INTO reminders (document_id, kind, sent_at) VALUES ($1, $2, $3)
                     ON CONFLICT (document_id, kind) DO NOTHING",
                )
                .bind(document_id)
                .bind(kind)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if first {
                    fresh = n == 1;
                    first = false;
                }
            }
            if fresh {
                insert_notices!(tx, notices, None::<i64>, now);
                insert_audit!(&mut *tx, audit, now);
                tx.commit().await?;
            } else {
                tx.rollback().await?;
            }
            fresh
        }))
    }
}
