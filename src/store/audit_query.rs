//! Reading the audit log for people and for a SIEM: filtered pages, newest
//! first, and the whole (filtered) log oldest first in batches for export.
//! Every filter is optional; one SQL text serves every combination, each
//! condition switched off by a NULL parameter.

use super::{AuditEntry, Result, Store, on_pool};

/// What an admin narrowed the log to. Times are the stored RFC 3339 text,
/// compared as text (every stored time has the same shape).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub org_id: Option<i64>,
    /// Entries whose action starts with this (`report.` or `report.approved`).
    pub action_prefix: Option<String>,
    pub actor_user_id: Option<i64>,
    /// Entries whose subject contains this (a document, package or case id).
    pub subject: Option<String>,
    /// At or after this time.
    pub from: Option<String>,
    /// Strictly before this time.
    pub until: Option<String>,
}

/// Which page of a filtered log, newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditCursor {
    /// The newest entries.
    Newest,
    /// The entries just older than this id.
    Before(i64),
    /// The entries just newer than this id.
    After(i64),
}

/// One page: its entries (newest first) and whether there is more on
/// either side.
#[derive(Debug, Clone, Default)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub has_older: bool,
    pub has_newer: bool,
}

/// One entry as it is exported, with its links, so a SIEM can check the
/// chain itself.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct ExportedEntry {
    pub id: i64,
    pub at: String,
    pub actor_user_id: Option<i64>,
    pub org_id: Option<i64>,
    pub org_slug: Option<String>,
    pub action: String,
    pub subject: String,
    pub ip: Option<String>,
    /// The stored detail text (JSON).
    #[serde(skip)]
    pub detail: String,
    pub prev_hash: String,
    pub entry_hash: String,
}

/// The filter conditions on `a` (the audit log), parameters $1 to $6;
/// $7 and $8 bound the id range (exclusive), $9 is the limit.
macro_rules! filtered {
    ($columns:literal, $order:literal) => {
        concat!(
            "SELECT ",
            $columns,
            " FROM audit_log a LEFT JOIN orgs o ON o.id = a.org_id
             WHERE ($1 IS NULL OR a.org_id = $1)
               AND ($2 IS NULL OR substr(a.action, 1, length($2)) = $2)
               AND ($3 IS NULL OR a.actor_user_id = $3)
               AND ($4 IS NULL OR a.subject LIKE $4 ESCAPE '\\')
               AND ($5 IS NULL OR a.at >= $5)
               AND ($6 IS NULL OR a.at < $6)
               AND a.id > $7 AND a.id < $8
             ORDER BY a.id ",
            $order,
            " LIMIT $9"
        )
    };
}

/// `%text%` with LIKE's own characters escaped, so a subject search means
/// the literal text.
fn contains_pattern(text: &str) -> String {
    let mut p = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

impl Store {
    /// Up to `limit` entries matching `f` with ids strictly between
    /// `after` and `before`, newest first or (`oldest_first`) oldest first.
    async fn audit_slice(
        &self,
        f: &AuditFilter,
        after: i64,
        before: i64,
        limit: i64,
        oldest_first: bool,
    ) -> Result<Vec<AuditEntry>> {
        let subject = f.subject.as_deref().map(contains_pattern);
        macro_rules! run {
            ($sql:expr) => {
                on_pool!(self, p => sqlx::query_as::<_, AuditEntry>($sql)
                    .bind(f.org_id)
                    .bind(f.action_prefix.as_deref())
                    .bind(f.actor_user_id)
                    .bind(subject.as_deref())
                    .bind(f.from.as_deref())
                    .bind(f.until.as_deref())
                    .bind(after)
                    .bind(before)
                    .bind(limit)
                    .fetch_all(p)
                    .await)
            };
        }
        Ok(if oldest_first {
            run!(filtered!(
                "a.id, a.at, a.actor_user_id, a.org_id, a.action, a.subject, a.ip, a.detail",
                "ASC"
            ))?
        } else {
            run!(filtered!(
                "a.id, a.at, a.actor_user_id, a.org_id, a.action, a.subject, a.ip, a.detail",
                "DESC"
            ))?
        })
    }

    /// One page of `size` entries of the filtered log, newest first.
    pub async fn audit_page(
        &self,
        f: &AuditFilter,
        cursor: AuditCursor,
        size: i64,
    ) -> Result<AuditPage> {
        let mut page = AuditPage::default();
        match cursor {
            AuditCursor::Newest | AuditCursor::Before(_) => {
                let before = match cursor {
                    AuditCursor::Before(id) => id,
                    _ => i64::MAX,
                };
                let mut rows = self.audit_slice(f, 0, before, size + 1, false).await?;
                page.has_older = rows.len() as i64 > size;
                rows.truncate(size as usize);
                page.has_newer = match (cursor, rows.first()) {
                    (AuditCursor::Before(_), Some(first)) => !self
                        .audit_slice(f, first.id, i64::MAX, 1, true)
                        .await?
                        .is_empty(),
                    _ => false,
                };
                page.entries = rows;
            }
            AuditCursor::After(after) => {
                let mut rows = self.audit_slice(f, after, i64::MAX, size + 1, true).await?;
                page.has_newer = rows.len() as i64 > size;
                rows.truncate(size as usize);
                rows.reverse();
                page.has_older = match rows.last() {
                    Some(last) => !self.audit_slice(f, 0, last.id, 1, false).await?.is_empty(),
                    None => false,
                };
                page.entries = rows;
            }
        }
        Ok(page)
    }

    /// Up to `limit` entries of the filtered log with ids after `after` and
    /// at most `through`, oldest first, with their links: one batch of an
    /// export.
    pub async fn audit_export_batch(
        &self,
        f: &AuditFilter,
        after: i64,
        through: i64,
        limit: i64,
    ) -> Result<Vec<ExportedEntry>> {
        let subject = f.subject.as_deref().map(contains_pattern);
        Ok(
            on_pool!(self, p => sqlx::query_as::<_, ExportedEntry>(filtered!(
            "a.id, a.at, a.actor_user_id, a.org_id, o.slug AS org_slug, a.action, a.subject,
             a.ip, a.detail, a.prev_hash, a.entry_hash",
            "ASC"
        ))
        .bind(f.org_id)
        .bind(f.action_prefix.as_deref())
        .bind(f.actor_user_id)
        .bind(subject.as_deref())
        .bind(f.from.as_deref())
        .bind(f.until.as_deref())
        .bind(after)
        .bind(through.saturating_add(1))
        .bind(limit)
        .fetch_all(p)
        .await)?,
        )
    }

    /// The id of the newest entry (0 when the log is empty).
    pub async fn last_audit_id(&self) -> Result<i64> {
        let (id,): (Option<i64>,) = on_pool!(self, p => sqlx::query_as(
            "SELECT MAX(id) FROM audit_log"
        )
        .fetch_one(p)
        .await)?;
        Ok(id.unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_subject_search_means_the_literal_text() {
        assert_eq!(super::contains_pattern("a_b%c"), "%a\\_b\\%c%");
    }
}
