//! The outbox: one row per package and recipient. Rows are queued with the
//! audit entry of whoever asked, claimed by a worker with a lease, and end
//! sent, failed or (portal recipients) uploaded. Every step writes its audit
//! entry in the same transaction as the row's change.

use super::audit::insert_audit;
use super::{Backend, NewAudit, Result, Store, on_pool};

/// A delivery as pages, the API and the command line show it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Delivery {
    pub id: i64,
    pub public_id: String,
    pub package_id: Option<i64>,
    pub document_id: Option<i64>,
    pub org_id: i64,
    pub channel: String,
    pub recipient: String,
    pub recipient_name: String,
    pub transport: String,
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: Option<String>,
    pub lease_until: Option<String>,
    pub message_id: String,
    pub last_reply: String,
    pub sent_at: Option<String>,
    pub portal_reference: Option<String>,
    pub uploaded_at: Option<String>,
    pub uploaded_by: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
    /// A message is stored: false when none could be built (the
    /// recipient's key could not be used), so none can be sent.
    pub sendable: bool,
}

const COLUMNS: &str = "id, public_id, package_id, document_id, org_id, channel, recipient, \
     recipient_name, transport, status, attempts, next_attempt_at, lease_until, message_id, \
     last_reply, sent_at, portal_reference, uploaded_at, uploaded_by, created_at, updated_at, \
     (message IS NOT NULL) AS sendable";

/// A claimed row with what the worker sends.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub public_id: String,
    pub org_id: i64,
    pub transport: String,
    pub attempts: i64,
    pub lease_until: String,
    pub message_id: String,
    pub envelope_from: String,
    pub envelope_to: String,
    pub message: Vec<u8>,
}

/// A new email delivery, its message already built.
pub struct NewDelivery<'a> {
    pub public_id: &'a str,
    pub package_id: i64,
    pub document_id: i64,
    pub org_id: i64,
    pub recipient: &'a str,
    pub recipient_name: &'a str,
    pub transport: &'a str,
    pub message_id: &'a str,
    pub envelope_from: &'a str,
    pub envelope_to: &'a str,
    /// `None` when no message could be built: the row is then recorded
    /// failed with `reason`, and nothing is ever sent for it.
    pub message: Option<&'a [u8]>,
    pub reason: &'a str,
    pub requested_by: i64,
}

/// A portal upload the user reports.
pub struct NewUpload<'a> {
    pub public_id: &'a str,
    pub package_id: i64,
    pub document_id: i64,
    pub org_id: i64,
    pub recipient: &'a str,
    pub recipient_name: &'a str,
    pub reference: &'a str,
    pub uploaded_at: &'a str,
    pub uploaded_by: i64,
}

/// How a claimed attempt ended.
pub enum Outcome<'a> {
    Sent {
        reply: &'a str,
    },
    /// Try again at `next`.
    Retry {
        reply: &'a str,
        next: &'a str,
    },
    Failed {
        reply: &'a str,
    },
}

impl Store {
    /// The internal id and document of a package of the organisation.
    pub async fn package_row(&self, public_id: &str, org_id: i64) -> Result<Option<(i64, i64)>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, (i64, i64)>(
            "SELECT id, document_id FROM packages WHERE public_id = $1 AND org_id = $2",
        )
        .bind(public_id)
        .bind(org_id)
        .fetch_optional(p)
        .await)?)
    }

    /// Queues `d` with its audit entry, unless the package already has a
    /// delivery to that recipient: then that one is returned and nothing is
    /// written. `true` when this call queued it.
    pub async fn queue_delivery(
        &self,
        d: &NewDelivery<'_>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<(Delivery, bool)> {
        let sql = format!(
            "SELECT {COLUMNS} FROM deliveries WHERE package_id = $1 AND recipient = $2 AND purpose = 'package'"
        );
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let inserted = sqlx::query(
                "INSERT INTO deliveries (public_id, package_id, document_id, org_id, channel,
                     recipient, recipient_name, transport, status, attempts, next_attempt_at,
                     message_id, envelope_from, envelope_to, message, requested_by, created_at,
                     updated_at, last_reply)
                 VALUES ($1, $2, $3, $4, 'email', $5, $6, $7,
                         CASE WHEN $12 IS NULL THEN 'failed' ELSE 'queued' END, 0, $8, $9, $10,
                         $11, $12, $13, $8, $8, $14)
                 ON CONFLICT (package_id, recipient) WHERE purpose = 'package' DO NOTHING",
            )
            .bind(d.public_id)
            .bind(d.package_id)
            .bind(d.document_id)
            .bind(d.org_id)
            .bind(d.recipient)
            .bind(d.recipient_name)
            .bind(d.transport)
            .bind(now)
            .bind(d.message_id)
            .bind(d.envelope_from)
            .bind(d.envelope_to)
            .bind(d.message)
            .bind(d.requested_by)
            .bind(d.reason)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if inserted {
                insert_audit!(&mut *tx, audit, now);
            }
            let row = sqlx::query_as::<_, Delivery>(sqlx::AssertSqlSafe(sql))
                .bind(d.package_id)
                .bind(d.recipient)
                .fetch_one(&mut *tx)
                .await?;
            tx.commit().await?;
            (row, inserted)
        }))
    }

    /// Records a portal upload with its audit entry; a second report for
    /// the same package and portal returns the first.
    pub async fn record_upload(
        &self,
        u: &NewUpload<'_>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<(Delivery, bool)> {
        let sql = format!(
            "SELECT {COLUMNS} FROM deliveries WHERE package_id = $1 AND recipient = $2 AND purpose = 'package'"
        );
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let inserted = sqlx::query(
                "INSERT INTO deliveries (public_id, package_id, document_id, org_id, channel,
                     recipient, recipient_name, transport, status, portal_reference, uploaded_at,
                     uploaded_by, requested_by, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, 'portal', $5, $6, 'portal', 'uploaded', $7, $8, $9, $9,
                         $10, $10)
                 ON CONFLICT (package_id, recipient) WHERE purpose = 'package' DO NOTHING",
            )
            .bind(u.public_id)
            .bind(u.package_id)
            .bind(u.document_id)
            .bind(u.org_id)
            .bind(u.recipient)
            .bind(u.recipient_name)
            .bind(u.reference)
            .bind(u.uploaded_at)
            .bind(u.uploaded_by)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if inserted {
                insert_audit!(&mut *tx, audit, now);
            }
            let row = sqlx::query_as::<_, Delivery>(sqlx::AssertSqlSafe(sql))
                .bind(u.package_id)
                .bind(u.recipient)
                .fetch_one(&mut *tx)
                .await?;
            tx.commit().await?;
            (row, inserted)
        }))
    }

    /// The deliveries of a document of the organisation, oldest first.
    pub async fn deliveries_for_document(
        &self,
        document_id: i64,
        org_id: i64,
    ) -> Result<Vec<Delivery>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM deliveries WHERE document_id = $1 AND org_id = $2 AND purpose = 'package' ORDER BY id"
        );
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Delivery>(sqlx::AssertSqlSafe(sql))
            .bind(document_id)
            .bind(org_id)
            .fetch_all(p)
            .await)?,
        )
    }

    /// Every delivery, newest first (for the operator's command line).
    pub async fn recent_deliveries(&self, limit: i64) -> Result<Vec<Delivery>> {
        let sql = format!("SELECT {COLUMNS} FROM deliveries ORDER BY id DESC LIMIT $1");
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Delivery>(sqlx::AssertSqlSafe(sql))
            .bind(limit)
            .fetch_all(p)
            .await)?,
        )
    }

    /// A delivery by its public id; of the organisation unless `org_id` is
    /// `None` (the operator).
    pub async fn delivery(&self, public_id: &str, org_id: Option<i64>) -> Result<Option<Delivery>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM deliveries WHERE public_id = $1 AND ($2 IS NULL OR org_id = $2)"
        );
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Delivery>(sqlx::AssertSqlSafe(sql))
            .bind(public_id)
            .bind(org_id)
            .fetch_optional(p)
            .await)?,
        )
    }

    /// Claims up to `limit` rows that are due: queued ones whose time has
    /// come, and ones being sent whose lease ran out (their worker died).
    /// Each claim counts as an attempt and holds the row until `lease_until`.
    pub async fn claim_deliveries(
        &self,
        now: &str,
        lease_until: &str,
        limit: i64,
    ) -> Result<Vec<Claimed>> {
        // PostgreSQL lets concurrent workers skip each other's rows; SQLite
        // has one writer at a time, so the UPDATE alone is enough there.
        let lock = match self.backend {
            Backend::Sqlite(_) => "",
            Backend::Postgres(_) => "FOR UPDATE SKIP LOCKED",
        };
        let sql = format!(
            "UPDATE deliveries SET status = 'sending', attempts = attempts + 1,
                    lease_until = $2, updated_at = $1
             WHERE id IN (
                 SELECT id FROM deliveries
                 WHERE (status = 'queued' AND next_attempt_at <= $1)
                    OR (status = 'sending' AND lease_until <= $1)
                 ORDER BY next_attempt_at, id
                 LIMIT $3 {lock})
             RETURNING id, public_id, org_id, transport, attempts, lease_until, message_id,
                       envelope_from, envelope_to, COALESCE(message, $4) AS message"
        );
        let empty: &[u8] = &[];
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Claimed>(sqlx::AssertSqlSafe(sql))
            .bind(now)
            .bind(lease_until)
            .bind(limit)
            .bind(empty)
            .fetch_all(p)
            .await)?,
        )
    }

    /// Records how a claimed attempt ended, with its audit entry. Nothing is
    /// written when the claim is no longer this worker's (its lease ran out
    /// and another worker took the row): `false` then.
    pub async fn finish_attempt(
        &self,
        c: &Claimed,
        outcome: &Outcome<'_>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<bool> {
        let (status, reply, next, sent_at) = match outcome {
            Outcome::Sent { reply } => ("sent", *reply, None, Some(now)),
            Outcome::Retry { reply, next } => ("queued", *reply, Some(*next), None),
            Outcome::Failed { reply } => ("failed", *reply, None, None),
        };
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let mine = sqlx::query(
                "UPDATE deliveries SET status = $1, last_reply = $2, next_attempt_at = $3,
                        sent_at = COALESCE($4, sent_at), lease_until = NULL, updated_at = $5
                 WHERE id = $6 AND status = 'sending' AND lease_until = $7 AND attempts = $8",
            )
            .bind(status)
            .bind(reply)
            .bind(next)
            .bind(sent_at)
            .bind(now)
            .bind(c.id)
            .bind(&c.lease_until)
            .bind(c.attempts)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if mine {
                insert_audit!(&mut *tx, audit, now);
            }
            tx.commit().await?;
            mine
        }))
    }

    /// Puts a failed delivery back in the queue, due now, with its audit
    /// entry. `None` when there is no such delivery; `Some(false)` when it
    /// has not failed.
    pub async fn requeue_delivery(
        &self,
        public_id: &str,
        org_id: Option<i64>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<Option<(Delivery, bool)>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM deliveries WHERE public_id = $1 AND ($2 IS NULL OR org_id = $2)"
        );
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let changed = sqlx::query(
                "UPDATE deliveries SET status = 'queued', next_attempt_at = $1, attempts = 0,
                        updated_at = $1
                 WHERE public_id = $2 AND ($3 IS NULL OR org_id = $3) AND status = 'failed'
                   AND message IS NOT NULL",
            )
            .bind(now)
            .bind(public_id)
            .bind(org_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if changed {
                insert_audit!(&mut *tx, audit, now);
            }
            let row = sqlx::query_as::<_, Delivery>(sqlx::AssertSqlSafe(sql))
                .bind(public_id)
                .bind(org_id)
                .fetch_optional(&mut *tx)
                .await?;
            tx.commit().await?;
            row.map(|r| (r, changed))
        }))
    }

    /// Gives a delivery recorded without a message (its key could not be
    /// used) the message built now, or records the new reason it still
    /// cannot have one; with the audit entry. `false` when the row had a
    /// message already.
    pub async fn rebuild_delivery(
        &self,
        id: i64,
        message: Option<&[u8]>,
        envelope_to: &str,
        reason: &str,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<bool> {
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let changed = sqlx::query(
                "UPDATE deliveries SET message = $1, envelope_to = $2, last_reply = $3,
                        status = CASE WHEN $1 IS NULL THEN 'failed' ELSE 'queued' END,
                        attempts = 0, next_attempt_at = $4, updated_at = $4
                 WHERE id = $5 AND status = 'failed' AND message IS NULL",
            )
            .bind(message)
            .bind(envelope_to)
            .bind(reason)
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if changed {
                insert_audit!(&mut *tx, audit, now);
            }
            tx.commit().await?;
            changed
        }))
    }
}
