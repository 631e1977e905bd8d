//! Cases: what a sender delivered into a recipient's casebridge inbox, with
//! its status, history, per-target outcomes and feedback. Every read names
//! the organisation (sender or recipient) in the query; every change is one
//! transaction with its history event, its notices and its audit entry.

use super::audit::insert_audit;
use super::{NewAudit, Result, Store, on_pool};

/// A case as both sides' pages show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Case {
    pub id: i64,
    pub public_id: String,
    pub kind: String,
    pub document_id: i64,
    pub package_id: i64,
    pub first_document_id: i64,
    pub sender_org_id: i64,
    pub recipient_org_id: i64,
    pub recipient: String,
    pub recipient_name: String,
    pub status: String,
    pub reason: Option<String>,
    pub reason_text: String,
    pub urgent: bool,
    pub feedback: Option<String>,
    pub feedback_reason: Option<String>,
    pub feedback_text: String,
    pub received_at: String,
    pub acknowledged_at: Option<String>,
    pub closed_at: Option<String>,
    pub updated_at: String,
    pub sender_org_name: String,
    pub sender_country: String,
    pub recipient_org_name: String,
    pub document_public_id: String,
    /// The document's `CB-2026-000123`.
    pub document_reference: String,
    pub title: String,
    pub package_public_id: String,
}

const COLUMNS: &str = "c.id, c.public_id, c.kind, c.document_id, c.package_id, \
     c.first_document_id, c.sender_org_id, c.recipient_org_id, c.recipient, c.recipient_name, \
     c.status, c.reason, c.reason_text, c.urgent, c.feedback, c.feedback_reason, \
     c.feedback_text, c.received_at, c.acknowledged_at, c.closed_at, c.updated_at, \
     s.name AS sender_org_name, s.country AS sender_country, r.name AS recipient_org_name, \
     d.public_id AS document_public_id, d.reference AS document_reference, d.title, \
     p.public_id AS package_public_id";

const FROM: &str = "FROM cases c JOIN orgs s ON s.id = c.sender_org_id \
     JOIN orgs r ON r.id = c.recipient_org_id JOIN documents d ON d.id = c.document_id \
     JOIN packages p ON p.id = c.package_id";

/// One step of a case's history.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CaseEvent {
    pub id: i64,
    pub at: String,
    pub side: String,
    pub actor_name: Option<String>,
    pub kind: String,
    pub status: Option<String>,
    pub reason: Option<String>,
    pub body: String,
    pub document_public_id: Option<String>,
}

/// What became of one target of a request.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CaseOutcome {
    pub target: i64,
    pub outcome: String,
    pub produced_on: Option<String>,
    pub channel: String,
    pub reason: Option<String>,
    pub at: String,
}

pub struct NewCase<'a> {
    pub public_id: &'a str,
    pub kind: &'a str,
    pub document_id: i64,
    pub package_id: i64,
    pub sender_org_id: i64,
    pub recipient_org_id: i64,
    pub recipient: &'a str,
    pub recipient_name: &'a str,
    pub urgent: bool,
}

pub struct NewCaseEvent<'a> {
    pub side: &'a str,
    pub actor_user_id: Option<i64>,
    pub kind: &'a str,
    pub status: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub body: &'a str,
    pub document_id: Option<i64>,
}

/// An email about a case to one person, queued in the outbox.
pub struct NewNotice {
    pub public_id: String,
    pub package_id: i64,
    pub document_id: i64,
    /// The organisation of the person told.
    pub org_id: i64,
    pub recipient: String,
    pub recipient_name: String,
    pub transport: &'static str,
    pub message_id: String,
    pub envelope_from: String,
    pub message: Vec<u8>,
}

/// What a change sets on the case; `None` leaves a column as it is.
#[derive(Default)]
pub struct CaseSet<'a> {
    pub status: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub reason_text: Option<&'a str>,
    pub feedback: Option<&'a str>,
    pub feedback_reason: Option<&'a str>,
    pub feedback_text: Option<&'a str>,
    /// A new version of the document and its package.
    pub version: Option<(i64, i64)>,
}

pub struct NewOutcome<'a> {
    pub target: i64,
    pub outcome: &'a str,
    pub produced_on: Option<&'a str>,
    pub channel: &'a str,
    pub reason: Option<&'a str>,
}

/// One change of a case: applied only while the case is still in
/// `expected_status`, so two people deciding at once cannot both win.
pub struct CaseChange<'a> {
    pub case_id: i64,
    pub expected_status: &'a str,
    pub set: CaseSet<'a>,
    pub event: NewCaseEvent<'a>,
    pub outcomes: &'a [NewOutcome<'a>],
    pub notices: &'a [NewNotice],
    pub audit: &'a NewAudit<'a>,
    pub by_user_id: Option<i64>,
}

/// Whose cases a list shows.
#[derive(Debug, Clone, Copy)]
pub enum CaseScope {
    Recipient(i64),
    Sender(i64),
}

/// A page of a case list.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub status: Option<String>,
    pub kind: Option<String>,
    pub sender_country: Option<String>,
    /// Open cases only.
    pub open: bool,
    /// A case or document id, (part of) a reference, a case number, words
    /// of the title, company or destination.
    pub q: Option<String>,
    /// A target's identifier, whole, as stored (lower-case).
    pub target: Option<String>,
    /// Received on or after / before (RFC 3339 prefixes).
    pub received_from: Option<String>,
    pub received_before: Option<String>,
    /// `None`: urgent open cases first, then the oldest received.
    pub sort: Option<super::SortBy>,
    pub limit: i64,
    pub offset: i64,
}

macro_rules! insert_notices {
    ($tx:expr, $notices:expr, $case_id:expr, $now:expr) => {{
        for n in $notices {
            sqlx::query(
                "INSERT INTO deliveries (public_id, package_id, document_id, org_id, channel,
                     recipient, recipient_name, transport, status, attempts, next_attempt_at,
                     message_id, envelope_from, envelope_to, message, created_at, updated_at,
                     purpose, case_id)
                 VALUES ($1, $2, $3, $4, 'email', $5, $6, $7, 'queued', 0, $8, $9, $10, $5,
                         $11, $8, $8, 'notice', $12)",
            )
            .bind(&n.public_id)
            .bind(n.package_id)
            .bind(n.document_id)
            .bind(n.org_id)
            .bind(&n.recipient)
            .bind(&n.recipient_name)
            .bind(n.transport)
            .bind($now)
            .bind(&n.message_id)
            .bind(&n.envelope_from)
            .bind(&n.message)
            .bind($case_id)
            .execute(&mut *$tx)
            .await?;
        }
    }};
}

pub(crate) use insert_notices;

macro_rules! insert_event {
    ($tx:expr, $e:expr, $case_id:expr, $now:expr) => {{
        let e: &NewCaseEvent<'_> = $e;
        sqlx::query(
            "INSERT INTO case_events (case_id, at, side, actor_user_id, kind, status, reason,
                 body, document_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind($case_id)
        .bind($now)
        .bind(e.side)
        .bind(e.actor_user_id)
        .bind(e.kind)
        .bind(e.status)
        .bind(e.reason)
        .bind(e.body)
        .bind(e.document_id)
        .execute(&mut *$tx)
        .await?;
    }};
}

impl Store {
    /// Opens a case with its first event, notices and audit entry, unless
    /// the document was already delivered to that organisation: then
    /// nothing is written. The case's id, and whether this call opened it.
    pub async fn open_case(
        &self,
        c: &NewCase<'_>,
        event: &NewCaseEvent<'_>,
        notices: &[NewNotice],
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<(String, bool)> {
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO cases (public_id, kind, document_id, package_id, first_document_id,
                     sender_org_id, recipient_org_id, recipient, recipient_name, status, urgent,
                     received_at, updated_at)
                 VALUES ($1, $2, $3, $4, $3, $5, $6, $7, $8, 'received', $9, $10, $10)
                 ON CONFLICT (first_document_id, recipient_org_id) DO NOTHING
                 RETURNING id",
            )
            .bind(c.public_id)
            .bind(c.kind)
            .bind(c.document_id)
            .bind(c.package_id)
            .bind(c.sender_org_id)
            .bind(c.recipient_org_id)
            .bind(c.recipient)
            .bind(c.recipient_name)
            .bind(c.urgent)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let out = match id {
                Some(id) => {
                    insert_event!(tx, event, id, now);
                    insert_notices!(tx, notices, id, now);
                    insert_audit!(&mut *tx, audit, now);
                    (c.public_id.to_string(), true)
                }
                None => {
                    let existing: String = sqlx::query_scalar(
                        "SELECT public_id FROM cases
                         WHERE first_document_id = $1 AND recipient_org_id = $2",
                    )
                    .bind(c.document_id)
                    .bind(c.recipient_org_id)
                    .fetch_one(&mut *tx)
                    .await?;
                    (existing, false)
                }
            };
            tx.commit().await?;
            out
        }))
    }

    /// Applies `ch` in one transaction. `false` (and nothing written) when
    /// the case has left `expected_status` meanwhile.
    pub async fn change_case(&self, ch: &CaseChange<'_>, now: &str) -> Result<bool> {
        let s = &ch.set;
        let (doc, pkg) = s.version.map_or((None, None), |(d, p)| (Some(d), Some(p)));
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let changed = sqlx::query(
                "UPDATE cases SET
                     status = COALESCE($3, status),
                     reason = COALESCE($4, reason),
                     reason_text = COALESCE($5, reason_text),
                     feedback = COALESCE($6, feedback),
                     feedback_reason = CASE WHEN $6 IS NULL THEN feedback_reason ELSE $7 END,
                     feedback_text = COALESCE($8, feedback_text),
                     document_id = COALESCE($9, document_id),
                     package_id = COALESCE($10, package_id),
                     acknowledged_at = CASE WHEN $3 = 'acknowledged' THEN $11
                                            ELSE acknowledged_at END,
                     closed_at = CASE WHEN $3 IN ('completed', 'rejected', 'withdrawn') THEN $11
                                      ELSE closed_at END,
                     revision = revision + 1,
                     updated_at = $11
                 WHERE id = $1 AND status = $2",
            )
            .bind(ch.case_id)
            .bind(ch.expected_status)
            .bind(s.status)
            .bind(s.reason)
            .bind(s.reason_text)
            .bind(s.feedback)
            .bind(s.feedback_reason)
            .bind(s.feedback_text)
            .bind(doc)
            .bind(pkg)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if changed {
                insert_event!(tx, &ch.event, ch.case_id, now);
                for o in ch.outcomes {
                    sqlx::query(
                        "INSERT INTO case_outcomes (case_id, target, outcome, produced_on,
                             channel, reason, at, by_user_id)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                         ON CONFLICT (case_id, target) DO UPDATE SET
                             outcome = excluded.outcome, produced_on = excluded.produced_on,
                             channel = excluded.channel, reason = excluded.reason,
                             at = excluded.at, by_user_id = excluded.by_user_id",
                    )
                    .bind(ch.case_id)
                    .bind(o.target)
                    .bind(o.outcome)
                    .bind(o.produced_on)
                    .bind(o.channel)
                    .bind(o.reason)
                    .bind(now)
                    .bind(ch.by_user_id)
                    .execute(&mut *tx)
                    .await?;
                }
                insert_notices!(tx, ch.notices, ch.case_id, now);
                insert_audit!(&mut *tx, ch.audit, now);
                tx.commit().await?;
            } else {
                tx.rollback().await?;
            }
            changed
        }))
    }

    /// A case the organisation sent or received, with the side it is on
    /// (`true`: it received it). `None` for anyone else's.
    pub async fn case_for_org(&self, public_id: &str, org_id: i64) -> Result<Option<Case>> {
        let sql = format!(
            "SELECT {COLUMNS} {FROM}
             WHERE c.public_id = $1 AND (c.sender_org_id = $2 OR c.recipient_org_id = $2)"
        );
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Case>(sqlx::AssertSqlSafe(sql))
            .bind(public_id)
            .bind(org_id)
            .fetch_optional(p)
            .await)?,
        )
    }

    /// A case by its row id (for the jobs home, which acts for nobody).
    pub async fn case_by_row(&self, id: i64) -> Result<Option<Case>> {
        let sql = format!("SELECT {COLUMNS} {FROM} WHERE c.id = $1");
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Case>(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(p)
            .await)?,
        )
    }

    /// The cases of the sender organisation about a document, any version.
    pub async fn cases_for_document(&self, document_id: i64, org_id: i64) -> Result<Vec<Case>> {
        let sql = format!(
            "SELECT {COLUMNS} {FROM}
             WHERE c.sender_org_id = $2 AND (c.document_id = $1 OR c.first_document_id = $1)
             ORDER BY c.id"
        );
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Case>(sqlx::AssertSqlSafe(sql))
            .bind(document_id)
            .bind(org_id)
            .fetch_all(p)
            .await)?,
        )
    }

    /// An open case of the recipient organisation about an earlier version
    /// of a document (its supersedes chain), to carry a new version on.
    pub async fn open_case_for_versions(
        &self,
        versions: &[i64],
        recipient_org_id: i64,
    ) -> Result<Option<Case>> {
        let list = versions
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        if list.is_empty() {
            return Ok(None);
        }
        // The ids are integers from the database, never user input.
        let sql = format!(
            "SELECT {COLUMNS} {FROM}
             WHERE c.recipient_org_id = $1 AND c.document_id IN ({list})
               AND c.status NOT IN ('completed', 'rejected', 'withdrawn')
             ORDER BY c.id DESC LIMIT 1"
        );
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, Case>(sqlx::AssertSqlSafe(sql))
            .bind(recipient_org_id)
            .fetch_optional(p)
            .await)?,
        )
    }

    /// A page of cases, urgent ones first, then the oldest received, and
    /// the number of cases the filter matches.
    pub async fn list_cases(&self, scope: CaseScope, f: &CaseFilter) -> Result<(Vec<Case>, i64)> {
        let (side, org) = match scope {
            CaseScope::Recipient(o) => ("c.recipient_org_id", o),
            CaseScope::Sender(o) => ("c.sender_org_id", o),
        };
        let q =
            f.q.as_deref()
                .map(|q| super::like_pattern(&q.trim().to_lowercase()));
        // `side` is one of two literals; every value is bound.
        let filter = format!(
            "WHERE {side} = $1
               AND ($2 IS NULL OR c.status = $2)
               AND ($3 IS NULL OR c.kind = $3)
               AND ($4 IS NULL OR s.country = $4)
               AND ($5 = FALSE OR c.status NOT IN ('completed', 'rejected', 'withdrawn'))
               AND ($6 IS NULL OR LOWER(c.public_id) LIKE $6 ESCAPE '\\'
                    OR LOWER(d.public_id) LIKE $6 ESCAPE '\\' OR LOWER(d.reference) LIKE $6 ESCAPE '\\'
                    OR d.case_number LIKE $6 ESCAPE '\\' OR d.destination LIKE $6 ESCAPE '\\'
                    OR LOWER(c.recipient_name) LIKE $6 ESCAPE '\\' OR LOWER(d.title) LIKE $6 ESCAPE '\\')
               AND ($9 IS NULL OR c.document_id IN (SELECT t.document_id FROM document_targets t
                                                    WHERE t.value = $9))
               AND ($10 IS NULL OR c.received_at >= $10)
               AND ($11 IS NULL OR c.received_at < $11)"
        );
        let order = match f.sort {
            None => {
                "CASE WHEN c.urgent AND c.status NOT IN ('completed', 'rejected', 'withdrawn')
                           THEN 0 ELSE 1 END,
                      CASE WHEN c.status IN ('completed', 'rejected', 'withdrawn') THEN 1 ELSE 0 END,
                      c.received_at, c.id"
            }
            Some(super::SortBy::Updated) => "c.updated_at DESC, c.id DESC",
            Some(super::SortBy::Created) => "c.received_at DESC, c.id DESC",
            Some(super::SortBy::Due) => "d.due_at, c.id",
        };
        let page = format!(
            "SELECT {COLUMNS} {FROM} {filter}
             ORDER BY {order}
             LIMIT $7 OFFSET $8"
        );
        let count = format!("SELECT COUNT(*) {FROM} {filter} AND $7 = $7 AND $8 = $8");
        Ok(on_pool!(self, p => {
            let rows = sqlx::query_as::<_, Case>(sqlx::AssertSqlSafe(page))
                .bind(org)
                .bind(f.status.as_deref())
                .bind(f.kind.as_deref())
                .bind(f.sender_country.as_deref())
                .bind(f.open)
                .bind(q.as_deref())
                .bind(f.limit)
                .bind(f.offset)
                .bind(f.target.as_deref())
                .bind(f.received_from.as_deref())
                .bind(f.received_before.as_deref())
                .fetch_all(p)
                .await?;
            let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(count))
                .bind(org)
                .bind(f.status.as_deref())
                .bind(f.kind.as_deref())
                .bind(f.sender_country.as_deref())
                .bind(f.open)
                .bind(q.as_deref())
                .bind(f.limit)
                .bind(f.offset)
                .bind(f.target.as_deref())
                .bind(f.received_from.as_deref())
                .bind(f.received_before.as_deref())
                .fetch_one(p)
                .await?;
            (rows, total)
        }))
    }

    /// A case's history, oldest first.
    pub async fn case_events(&self, case_id: i64) -> Result<Vec<CaseEvent>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, CaseEvent>(
            "SELECT e.id, e.at, e.side, u.display_name AS actor_name, e.kind, e.status, e.reason,
                    e.body, d.public_id AS document_public_id
             FROM case_events e
             LEFT JOIN users u ON u.id = e.actor_user_id
             LEFT JOIN documents d ON d.id = e.document_id
             WHERE e.case_id = $1 ORDER BY e.id",
        )
        .bind(case_id)
        .fetch_all(p)
        .await)?)
    }

    /// A request case's outcomes, by target.
    pub async fn case_outcomes(&self, case_id: i64) -> Result<Vec<CaseOutcome>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, CaseOutcome>(
            "SELECT target, outcome, produced_on, channel, reason, at
             FROM case_outcomes WHERE case_id = $1 ORDER BY target",
        )
        .bind(case_id)
        .fetch_all(p)
        .await)?)
    }

    /// The package a case carries now, whoever of its two sides reads it.
    pub async fn case_package(
        &self,
        case_public_id: &str,
        org_id: i64,
    ) -> Result<Option<super::StoredPackage>> {
        let Some(c) = self.case_for_org(case_public_id, org_id).await? else {
            return Ok(None);
        };
        self.package_for_org(&c.package_public_id, c.sender_org_id)
            .await
    }

    /// The active users of an organisation, to tell about a case.
    pub async fn org_users(&self, org_id: i64) -> Result<Vec<(i64, String, String, String)>> {
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, (i64, String, String, String)>(
            "SELECT id, email, display_name, role FROM users
             WHERE org_id = $1 AND NOT disabled AND state = 'active' ORDER BY id",
        )
        .bind(org_id)
        .fetch_all(p)
        .await)?,
        )
    }
}
