//! The audit log: who did what, when. Entries name people by account id, never
//! by what they typed.

use super::{Result, Store, on_pool};
use crate::domain::time;

#[derive(Clone)]
pub struct NewAudit<'a> {
    pub actor_user_id: Option<i64>,
    pub org_id: Option<i64>,
    pub action: &'a str,
    pub subject: &'a str,
    pub ip: Option<&'a str>,
    pub detail: serde_json::Value,
}

/// Writes `$audit` (a `&NewAudit`) at `$now` on `$exec`, inside the
/// caller's transaction, as the next link of the hash chain. Touching the
/// chain head first takes its row lock (PostgreSQL) or the write lock
/// (SQLite), so concurrent writers link one after another, never to the same
/// predecessor.
macro_rules! insert_audit {
    ($exec:expr, $audit:expr, $now:expr) => {{
        let a: &$crate::store::NewAudit<'_> = $audit;
        let at: &str = &$now;
        let (prev,): (String,) = sqlx::query_as(
            "UPDATE audit_chain_head SET entries = entries + 1 WHERE id = 1 RETURNING last_hash",
        )
        .fetch_one($exec)
        .await?;
        let detail = a.detail.to_string();
        let hash = $crate::store::audit::chain_hash(
            &prev,
            &$crate::store::audit::Linked {
                at,
                actor_user_id: a.actor_user_id,
                org_id: a.org_id,
                action: a.action,
                subject: a.subject,
                ip: a.ip,
                detail: &detail,
            },
        );
        sqlx::query(
            "INSERT INTO audit_log
                 (at, actor_user_id, org_id, action, subject, ip, detail, prev_hash, entry_hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(at)
        .bind(a.actor_user_id)
        .bind(a.org_id)
        .bind(a.action)
        .bind(a.subject)
        .bind(a.ip)
        .bind(&detail)
        .bind(&prev)
        .bind(&hash)
        .execute($exec)
        .await?;
        sqlx::query("UPDATE audit_chain_head SET last_hash = $1 WHERE id = 1")
            .bind(&hash)
            .execute($exec)
            .await?;
    }};
}
pub(crate) use insert_audit;

/// The fields of one entry that its hash covers. The row id is not among
/// them (the database assigns it after the hash is computed); the order of
/// the chain is the order of ids, and a deleted row breaks the next link.
pub struct Linked<'a> {
    pub at: &'a str,
    pub actor_user_id: Option<i64>,
    pub org_id: Option<i64>,
    pub action: &'a str,
    pub subject: &'a str,
    pub ip: Option<&'a str>,
    pub detail: &'a str,
}

/// SHA-256, in lowercase hex, of an entry's canonical bytes: a version tag,
/// then the previous entry's hash and each field in a fixed order, every one
/// written as `<byte length>:<bytes>;` and an absent value as `-;`. Length
/// prefixes keep two different entries from ever sharing bytes (no field can
/// swallow its neighbour), and the text forms are exactly what the database
/// stores, so a verifier needs nothing but the rows.
pub fn chain_hash(prev: &str, e: &Linked<'_>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(b"casebridge-audit-v1;");
    let mut field = |v: Option<&str>| match v {
        Some(v) => {
            h.update(v.len().to_string().as_bytes());
            h.update(b":");
            h.update(v.as_bytes());
            h.update(b";");
        }
        None => h.update(b"-;"),
    };
    let actor = e.actor_user_id.map(|n| n.to_string());
    let org = e.org_id.map(|n| n.to_string());
    field(Some(prev));
    field(Some(e.at));
    field(actor.as_deref());
    field(org.as_deref());
    field(Some(e.action));
    field(Some(e.subject));
    field(e.ip);
    field(Some(e.detail));
    hex::encode(h.finalize())
}

/// Why an entry breaks the chain: its stored link is not the hash of the
/// entry before it.
pub const LINK_BROKEN: &str = "its link to the entry before does not match (that entry was removed, or this one was inserted or edited)";
/// Why an entry breaks the chain: its fields no longer give its hash.
pub const CONTENT_CHANGED: &str = "its content no longer matches its hash (the entry was edited)";

/// What `audit verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainCheck {
    /// Every entry links to the one before and the head names the last.
    Intact { entries: i64 },
    /// The first entry whose link does not hold, and why.
    Broken { id: i64, reason: &'static str },
    /// The entries all link but the head disagrees: entries were removed
    /// from the end, or the head was edited.
    HeadMismatch { entries: i64 },
}

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

#[derive(sqlx::FromRow)]
struct ChainedRow {
    id: i64,
    at: String,
    actor_user_id: Option<i64>,
    org_id: Option<i64>,
    action: String,
    subject: String,
    ip: Option<String>,
    detail: String,
    prev_hash: String,
    entry_hash: String,
}

impl ChainedRow {
    fn recomputed(&self, prev: &str) -> String {
        chain_hash(
            prev,
            &Linked {
                at: &self.at,
                actor_user_id: self.actor_user_id,
                org_id: self.org_id,
                action: &self.action,
                subject: &self.subject,
                ip: self.ip.as_deref(),
                detail: &self.detail,
            },
        )
    }
}

/// `SELECT <every chained column> FROM audit_log <tail>`, as a literal.
macro_rules! select_chained {
    ($tail:literal) => {
        concat!(
            "SELECT id, at, actor_user_id, org_id, action, subject, ip, detail, prev_hash, entry_hash
             FROM audit_log ",
            $tail
        )
    };
}

impl Store {
    /// Writes one entry on its own, in its own transaction.
    pub async fn audit(&self, e: NewAudit<'_>) -> Result<()> {
        self.audit_at(e, time::now()).await
    }

    /// Writes one entry on its own at `at` (the app's clock).
    pub async fn audit_at(&self, e: NewAudit<'_>, at: jiff::Timestamp) -> Result<()> {
        let now = time::to_db(at);
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            insert_audit!(&mut *tx, &e, now);
            tx.commit().await
        })?;
        Ok(())
    }

    /// Links entries written before the chain existed (migration 0009), once:
    /// only while the chain head has never moved.
    pub(super) async fn seal_unchained_audit(&self) -> Result<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let (mut prev, entries): (String, i64) = sqlx::query_as(
                "UPDATE audit_chain_head SET entries = entries WHERE id = 1
                 RETURNING last_hash, entries",
            )
            .fetch_one(&mut *tx)
            .await?;
            if entries == 0 {
                let rows: Vec<ChainedRow> = sqlx::query_as(select_chained!("ORDER BY id"))
                .fetch_all(&mut *tx)
                .await?;
                for row in &rows {
                    let hash = row.recomputed(&prev);
                    sqlx::query("UPDATE audit_log SET prev_hash = $1, entry_hash = $2 WHERE id = $3")
                        .bind(&prev)
                        .bind(&hash)
                        .bind(row.id)
                        .execute(&mut *tx)
                        .await?;
                    prev = hash;
                }
                sqlx::query("UPDATE audit_chain_head SET last_hash = $1, entries = $2 WHERE id = 1")
                    .bind(&prev)
                    .bind(rows.len() as i64)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await
        })?;
        Ok(())
    }

    /// Walks the whole chain in id order, a page at a time, and reports the
    /// first entry that was changed, removed before, or inserted out of turn.
    pub async fn verify_audit_chain(&self) -> Result<ChainCheck> {
        const PAGE: i64 = 1000;
        let mut prev = String::new();
        let mut after = 0_i64;
        let mut entries = 0_i64;
        loop {
            let rows: Vec<ChainedRow> = on_pool!(self, p => sqlx::query_as(
                select_chained!("WHERE id > $1 ORDER BY id LIMIT $2")
            )
            .bind(after)
            .bind(PAGE)
            .fetch_all(p)
            .await)?;
            for row in &rows {
                if row.prev_hash != prev {
                    let reason = LINK_BROKEN;
                    return Ok(ChainCheck::Broken { id: row.id, reason });
                }
                if row.recomputed(&prev) != row.entry_hash {
                    let reason = CONTENT_CHANGED;
                    return Ok(ChainCheck::Broken { id: row.id, reason });
                }
                prev = row.entry_hash.clone();
                entries += 1;
            }
            match rows.last() {
                Some(last) if rows.len() as i64 == PAGE => after = last.id,
                _ => break,
            }
        }
        let (head, counted): (String, i64) = on_pool!(self, p => sqlx::query_as(
            "SELECT last_hash, entries FROM audit_chain_head WHERE id = 1",
        )
        .fetch_one(p)
        .await)?;
        if head != prev || counted != entries {
            return Ok(ChainCheck::HeadMismatch { entries });
        }
        Ok(ChainCheck::Intact { entries })
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
