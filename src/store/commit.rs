//! The one write path of the workflow layer: a document's change together
//! with everything that must never exist without it — its audit entry, its
//! review row, its package, its statistics facts, its files — in one
//! transaction. Either all of it is written or none of it.

use jiff::Timestamp;

use super::{NewAudit, Store, StoreError, on_pool};
use crate::domain::time;

/// Inserts a package unless its document has one already.
macro_rules! insert_package {
    ($exec:expr, $document_id:expr, $org_id:expr, $p:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO packages (public_id, document_id, org_id, training, json_sha256,
                                   pdf_sha256, zip_sha256, json_bytes, pdf_bytes, zip_bytes,
                                   created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (document_id) DO NOTHING",
        )
        .bind($p.public_id)
        .bind($document_id)
        .bind($org_id)
        .bind($p.training)
        .bind($p.json_sha256)
        .bind($p.pdf_sha256)
        .bind($p.zip_sha256)
        .bind($p.json)
        .bind($p.pdf)
        .bind($p.zip)
        .bind($now)
        .execute($exec)
        .await?
    };
}

/// A document as it is first written.
pub struct Create<'a> {
    /// Chosen by the caller, so the audit entry can name it.
    pub public_id: &'a str,
    pub kind: &'a str,
    pub status: &'a str,
    pub schema_version: i64,
    pub owner_id: i64,
    pub org_id: i64,
    pub training: bool,
    pub title: &'a str,
    pub body: &'a str,
    /// The final version this one replaces: `(row id, version)`.
    pub follows: Option<(i64, i64)>,
}

/// A change to a stored document: only from one of the statuses in `from`
/// and only when nobody changed it since `revision`.
pub struct Update<'a> {
    pub id: i64,
    pub org_id: i64,
    pub revision: i64,
    pub from: &'a [&'a str],
    pub to: &'a str,
    pub title: &'a str,
    pub body: &'a str,
}

/// Removes a document in one of the statuses in `from`; with `unreviewed`,
/// only one that has never been through review.
pub struct Delete<'a> {
    pub id: i64,
    pub org_id: i64,
    pub from: &'a [&'a str],
    pub unreviewed: bool,
}

pub enum Change<'a> {
    Create(Create<'a>),
    Update(Update<'a>),
    Delete(Delete<'a>),
}

/// One step of a report's four-eyes history.
pub struct ReviewLine<'a> {
    pub actor_user_id: i64,
    pub actor_name: &'a str,
    /// `submitted`, `returned` or `approved`.
    pub action: &'a str,
    pub comment: &'a str,
    pub pack_version: &'a str,
}

/// The three artifacts of a package and their hashes.
pub struct PackageFiles<'a> {
    pub public_id: &'a str,
    pub training: bool,
    pub json_sha256: &'a str,
    pub pdf_sha256: &'a str,
    pub zip_sha256: &'a str,
    pub json: &'a [u8],
    pub pdf: &'a [u8],
    pub zip: &'a [u8],
}

/// A file kept with the document, replacing any earlier one of its role.
pub struct FileLine<'a> {
    pub role: &'a str,
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub sha256: &'a str,
    pub bytes: &'a [u8],
}

/// What statistics count about a finished document; never parsed from its
/// JSON again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub kind: String,
    pub training: bool,
    pub company_id: Option<String>,
    pub entity: Option<String>,
    pub request_type: Option<String>,
    pub jurisdiction: Option<String>,
    pub authority: Option<String>,
    pub harm: Option<String>,
    pub incident_type: Option<String>,
    pub annotations: Vec<String>,
    pub urgent: bool,
    pub created_at: String,
    pub occurred_at: Option<String>,
    pub aware_at: Option<String>,
    pub submitted_at: Option<String>,
    pub finalised_at: String,
    pub score: Option<i64>,
    pub pack_version: Option<String>,
}

pub struct Commit<'a> {
    pub at: Timestamp,
    pub change: Change<'a>,
    pub audit: NewAudit<'a>,
    pub review: Option<ReviewLine<'a>>,
    pub package: Option<PackageFiles<'a>>,
    pub facts: Option<&'a Facts>,
    pub file: Option<FileLine<'a>>,
    /// Another document whose files the changed one gets (duplicates and
    /// new versions keep their legal process).
    pub copy_files_from: Option<i64>,
    /// The final version a newly finished one replaces.
    pub supersede: Option<i64>,
    /// What the document is found by, written whenever its body is.
    pub search: Option<SearchKeys>,
}

/// The columns and targets a search reads instead of the JSON body. Values
/// are lower-cased and trimmed by [`SearchKeys::key`] before they get here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchKeys {
    pub case_number: String,
    pub destination: String,
    /// RFC 3339 UTC, or `None` when nothing falls due.
    pub due_at: Option<String>,
    pub targets: Vec<String>,
}

impl SearchKeys {
    /// How a value is kept and searched: trimmed, lower-case.
    pub fn key(s: &str) -> String {
        s.trim().to_lowercase()
    }
}

impl<'a> Commit<'a> {
    pub fn new(at: Timestamp, change: Change<'a>, audit: NewAudit<'a>) -> Self {
        Commit {
            at,
            change,
            audit,
            review: None,
            package: None,
            facts: None,
            file: None,
            copy_files_from: None,
            supersede: None,
            search: None,
        }
    }
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Committed {
    pub id: i64,
    pub public_id: String,
    pub revision: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    #[error("the document does not exist (any more)")]
    Missing,
    #[error("the document is {0}")]
    State(String),
    #[error("the document changed since revision; it is at revision {0}")]
    Stale(i64),
    #[error(transparent)]
    Db(#[from] StoreError),
}

impl From<sqlx::Error> for CommitError {
    fn from(e: sqlx::Error) -> Self {
        CommitError::Db(StoreError::Sqlx(e))
    }
}

/// What `due_at` holds when nothing falls due: sorts after every date.
pub const NOTHING_DUE: &str = "9999";

/// A reference as stored; numbers from the counter are never out of range,
/// and a year outside four digits cannot come from the clock in use.
fn reference_text(year: i64, number: i64) -> String {
    match (u16::try_from(year), u32::try_from(number)) {
        (Ok(y), Ok(n)) => crate::domain::reference::Reference::new(y, n)
            .map(|r| r.to_string())
            .unwrap_or_else(|| format!("CB-{year:04}-{number:06}")),
        _ => format!("CB-{year:04}-{number:06}"),
    }
}

/// `status IN ($n, $n+1, …)` for `count` statuses bound from `first`.
fn status_in(first: usize, count: usize) -> String {
    let marks: Vec<String> = (first..first + count.max(1))
        .map(|i| format!("${i}"))
        .collect();
    format!("status IN ({})", marks.join(", "))
}

/// Writes the document's own change; refusals return from the caller.
macro_rules! write_change {
    ($tx:ident, $c:expr, $now:expr) => {
        match &$c.change {
                Change::Create(new) => {
                    // The year's next number; the row lock on the counter
                    // makes two creations at once wait for each other.
                    let year = i64::from($c.at.to_zoned(jiff::tz::TimeZone::UTC).year());
                    let number: i64 = sqlx::query_scalar(
                        "INSERT INTO reference_counters (year, last) VALUES ($1, 1)
                         ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1
                         RETURNING last",
                    )
                    .bind(year)
                    .fetch_one(&mut *$tx)
                    .await?;
                    let reference = reference_text(year, number);
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO documents (public_id, kind, status, schema_version, version,
                                                supersedes_id, owner_id, org_id, training, title,
                                                body, created_at, updated_at, revision, reference)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, 1, $13)
                         RETURNING id",
                    )
                    .bind(new.public_id)
                    .bind(new.kind)
                    .bind(new.status)
                    .bind(new.schema_version)
                    .bind(new.follows.map_or(1, |(_, v)| v + 1))
                    .bind(new.follows.map(|(id, _)| id))
                    .bind(new.owner_id)
                    .bind(new.org_id)
                    .bind(new.training)
                    .bind(new.title)
                    .bind(new.body)
                    .bind($now)
                    .bind(&reference)
                    .fetch_one(&mut *$tx)
                    .await?;
                    Committed { id, public_id: new.public_id.to_string(), revision: 1 }
                }
                Change::Update(u) => {
                    let sql = format!(
                        "UPDATE documents SET status = $1, title = $2, body = $3, updated_at = $4,
                                revision = revision + 1
                         WHERE id = $5 AND org_id = $6 AND revision = $7 AND {}
                         RETURNING public_id, revision",
                        status_in(8, u.from.len())
                    );
                    let mut q = sqlx::query_as::<_, (String, i64)>(sqlx::AssertSqlSafe(sql))
                        .bind(u.to)
                        .bind(u.title)
                        .bind(u.body)
                        .bind($now)
                        .bind(u.id)
                        .bind(u.org_id)
                        .bind(u.revision);
                    for s in u.from {
                        q = q.bind(*s);
                    }
                    match q.fetch_optional(&mut *$tx).await? {
                        Some((public_id, revision)) => Committed { id: u.id, public_id, revision },
                        None => {
                            // Why not: read the row as it is now.
                            let row: Option<(String, i64)> = sqlx::query_as(
                                "SELECT status, revision FROM documents WHERE id = $1 AND org_id = $2",
                            )
                            .bind(u.id)
                            .bind(u.org_id)
                            .fetch_optional(&mut *$tx)
                            .await?;
                            return Err(match row {
                                None => CommitError::Missing,
                                Some((status, _)) if !u.from.contains(&status.as_str()) => {
                                    CommitError::State(status)
                                }
                                Some((_, revision)) => CommitError::Stale(revision),
                            });
                        }
                    }
                }
                Change::Delete(d) => {
                    let reviewed = if d.unreviewed {
                        " AND NOT EXISTS (SELECT 1 FROM report_reviews r WHERE r.document_id = documents.id)"
                    } else {
                        ""
                    };
                    let sql = format!(
                        "DELETE FROM documents WHERE id = $1 AND org_id = $2 AND {}{reviewed}
                         RETURNING public_id, revision",
                        status_in(3, d.from.len())
                    );
                    let mut q = sqlx::query_as::<_, (String, i64)>(sqlx::AssertSqlSafe(sql))
                        .bind(d.id)
                        .bind(d.org_id);
                    for s in d.from {
                        q = q.bind(*s);
                    }
                    match q.fetch_optional(&mut *$tx).await? {
                        Some((public_id, revision)) => Committed { id: d.id, public_id, revision },
                        None => {
                            let row: Option<String> = sqlx::query_scalar(
                                "SELECT status FROM documents WHERE id = $1 AND org_id = $2",
                            )
                            .bind(d.id)
                            .bind(d.org_id)
                            .fetch_optional(&mut *$tx)
                            .await?;
                            return Err(match row {
                                None => CommitError::Missing,
                                Some(status) => CommitError::State(status),
                            });
                        }
                    }
                }
            }
    };
}

/// Writes what goes with the change: audit, review, package, facts, files.
macro_rules! write_extras {
    ($tx:ident, $done:expr, $c:expr, $now:expr) => {{
            let org_id = $c.audit.org_id;
            if let Some(previous) = $c.supersede {
                sqlx::query(
                    "UPDATE documents SET status = 'superseded', revision = revision + 1,
                            updated_at = $1
                     WHERE id = $2 AND org_id = $3 AND status = 'final'",
                )
                .bind($now)
                .bind(previous)
                .bind(org_id)
                .execute(&mut *$tx)
                .await?;
            }
            if let Some(from) = $c.copy_files_from {
                sqlx::query(
                    "INSERT INTO attachments (document_id, org_id, role, file_name, content_type,
                                              size, sha256, bytes, created_at)
                     SELECT $2, org_id, role, file_name, content_type, size, sha256, bytes, created_at
                     FROM attachments WHERE document_id = $1 AND org_id = $3",
                )
                .bind(from)
                .bind($done.id)
                .bind(org_id)
                .execute(&mut *$tx)
                .await?;
            }
            if let Some(f) = &$c.file {
                sqlx::query("DELETE FROM attachments WHERE document_id = $1 AND role = $2")
                    .bind($done.id)
                    .bind(f.role)
                    .execute(&mut *$tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO attachments (document_id, org_id, role, file_name, content_type,
                                              size, sha256, bytes, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind($done.id)
                .bind(org_id)
                .bind(f.role)
                .bind(f.file_name)
                .bind(f.content_type)
                .bind(i64::try_from(f.bytes.len()).unwrap_or(i64::MAX))
                .bind(f.sha256)
                .bind(f.bytes)
                .bind($now)
                .execute(&mut *$tx)
                .await?;
            }
            if let Some(k) = &$c.search {
                sqlx::query(
                    "UPDATE documents SET case_number = $1, destination = $2, due_at = $3
                     WHERE id = $4 AND org_id = $5",
                )
                .bind(&k.case_number)
                .bind(&k.destination)
                .bind(k.due_at.as_deref().unwrap_or(NOTHING_DUE))
                .bind($done.id)
                .bind(org_id)
                .execute(&mut *$tx)
                .await?;
                sqlx::query("DELETE FROM document_targets WHERE document_id = $1")
                    .bind($done.id)
                    .execute(&mut *$tx)
                    .await?;
                for t in &k.targets {
                    sqlx::query(
                        "INSERT INTO document_targets (document_id, org_id, value)
                         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    )
                    .bind($done.id)
                    .bind(org_id)
                    .bind(t)
                    .execute(&mut *$tx)
                    .await?;
                }
            }
            super::audit::insert_audit!(&mut *$tx, &$c.audit, $now);
            if let Some(r) = &$c.review {
                sqlx::query(
                    "INSERT INTO report_reviews (document_id, org_id, actor_user_id, actor_name,
                                                 action, comment, pack_version, at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind($done.id)
                .bind(org_id)
                .bind(r.actor_user_id)
                .bind(r.actor_name)
                .bind(r.action)
                .bind(r.comment)
                .bind(r.pack_version)
                .bind($now)
                .execute(&mut *$tx)
                .await?;
            }
            if let Some(p) = &$c.package {
                insert_package!(&mut *$tx, $done.id, org_id, p, $now);
            }
            if let Some(f) = $c.facts {
                sqlx::query(
                    "INSERT INTO document_facts (document_id, org_id, kind, training, company_id,
                         entity, request_type, jurisdiction, authority, harm, incident_type, urgent,
                         created_at, occurred_at, aware_at, submitted_at, finalised_at, score,
                         pack_version)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                             $17, $18, $19)",
                )
                .bind($done.id)
                .bind(org_id)
                .bind(&f.kind)
                .bind(f.training)
                .bind(&f.company_id)
                .bind(&f.entity)
                .bind(&f.request_type)
                .bind(&f.jurisdiction)
                .bind(&f.authority)
                .bind(&f.harm)
                .bind(&f.incident_type)
                .bind(f.urgent)
                .bind(&f.created_at)
                .bind(&f.occurred_at)
                .bind(&f.aware_at)
                .bind(&f.submitted_at)
                .bind(&f.finalised_at)
                .bind(f.score)
                .bind(&f.pack_version)
                .execute(&mut *$tx)
                .await?;
                for a in &f.annotations {
                    sqlx::query(
                        "INSERT INTO document_fact_annotations (document_id, annotation)
                         VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    )
                    .bind($done.id)
                    .bind(a)
                    .execute(&mut *$tx)
                    .await?;
                }
            }
    }};
}

impl Store {
    /// Writes a transition. A refused change (wrong status, stale revision,
    /// gone) writes nothing at all.
    pub async fn commit(&self, c: &Commit<'_>) -> Result<Committed, CommitError> {
        let now = time::to_db(c.at);
        let done = on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let done: Committed = write_change!(tx, c, &now);
            write_extras!(tx, done, c, &now);
            tx.commit().await?;
            done
        });
        Ok(done)
    }

    /// Stores the package of a finished document that has none yet (one
    /// finished before packages were built with their transition). When
    /// another request stored one first, that one stays: a document
    /// version has one package.
    pub async fn add_package_once(
        &self,
        document_id: i64,
        org_id: i64,
        p: &PackageFiles<'_>,
    ) -> Result<(), StoreError> {
        let now = time::to_db(time::now());
        on_pool!(self, pool => {
            let mut conn = pool.acquire().await?;
            insert_package!(&mut *conn, document_id, org_id, p, &now);
        });
        Ok(())
    }
}
