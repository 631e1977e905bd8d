//! Finding past work: one organisation's documents, a page at a time,
//! filtered by what people remember (a reference, a case number, a company,
//! a target's identifier, a status, when it was created) and sorted. Reads
//! only indexed columns and the `document_targets` side table, never the
//! JSON bodies.

use super::{DocumentSummary, Result, Store, on_pool};

/// How a list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Most recently changed first.
    #[default]
    Updated,
    /// Most recently created first.
    Created,
    /// Soonest due first; nothing due last.
    Due,
}

impl SortBy {
    pub const ALL: [SortBy; 3] = [SortBy::Updated, SortBy::Created, SortBy::Due];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SortBy::Updated => "updated",
            SortBy::Created => "created",
            SortBy::Due => "due",
        }
    }
}

/// A search over documents. Text values arrive already normalised by the
/// workflow layer: `reference` upper-case, the others lower-case.
#[derive(Debug, Clone, Default)]
pub struct DocumentQuery {
    /// A whole reference: found through its unique index.
    pub reference: Option<String>,
    /// Words from the search box: part of a case number, a company or
    /// destination.
    pub text: Option<String>,
    /// Part of a reference as typed (`CB-2026-0001`, `000123`).
    pub reference_part: Option<String>,
    /// A target's identifier, whole.
    pub target: Option<String>,
    pub status: Option<String>,
    pub kind: Option<String>,
    /// Created on or after (RFC 3339 prefix such as `2026-03-01`).
    pub created_from: Option<String>,
    /// Created before.
    pub created_before: Option<String>,
    pub sort: SortBy,
    pub limit: i64,
    pub offset: i64,
}

/// `%…%` for LIKE, with the wildcards of the value itself escaped.
pub fn like_pattern(s: &str) -> String {
    let escaped = s
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

const SUMMARY: &str = "d.public_id, d.reference, d.kind, d.status, d.title, d.training, \
     d.updated_at, d.created_at, d.due_at,
     (SELECT x.status FROM deliveries x WHERE x.document_id = d.id AND x.purpose = 'package'
      ORDER BY x.id DESC LIMIT 1) AS delivery_status,
     (SELECT c.status FROM cases c WHERE c.sender_org_id = d.org_id
        AND (c.document_id = d.id OR c.first_document_id = d.id)
      ORDER BY c.id DESC LIMIT 1) AS case_status,
     d.version,
     (SELECT r.action FROM report_reviews r WHERE r.document_id = d.id
      ORDER BY r.id DESC LIMIT 1) AS last_action,
     (SELECT p.reference FROM documents p WHERE p.id = d.supersedes_id AND p.org_id = d.org_id)
      AS corrects";

/// The WHERE clause for the filters that are set, and their values in
/// the order of their placeholders (`$1` is the organisation). Only the
/// clauses in use are written, so each search gets the plan that suits it:
/// a whole reference is one lookup in its unique index, and the other
/// filters are evaluated on `documents_org_find` without reading rows.
fn filter(q: &DocumentQuery) -> (String, Vec<String>) {
    let mut sql = String::from("WHERE d.org_id = $1");
    let mut values: Vec<String> = Vec::new();
    let mut add = |clause: &str, value: &str| {
        values.push(value.to_string());
        sql.push_str(&clause.replace('?', &format!("${}", values.len() + 1)));
    };
    if let Some(r) = &q.reference {
        add(" AND d.reference = ?", r);
    }
    match (q.reference_part.as_deref(), q.text.as_deref()) {
        (Some(part), Some(words)) => {
            add(" AND (d.reference LIKE ? ESCAPE '\\'", &like_pattern(part));
            add(" OR d.case_number LIKE ? ESCAPE '\\'", &like_pattern(words));
            add(
                " OR d.destination LIKE ? ESCAPE '\\')",
                &like_pattern(words),
            );
        }
        (None, Some(words)) => {
            add(
                " AND (d.case_number LIKE ? ESCAPE '\\'",
                &like_pattern(words),
            );
            add(
                " OR d.destination LIKE ? ESCAPE '\\')",
                &like_pattern(words),
            );
        }
        (Some(part), None) => add(" AND d.reference LIKE ? ESCAPE '\\'", &like_pattern(part)),
        (None, None) => {}
    }
    if let Some(t) = &q.target {
        add(
            " AND d.id IN (SELECT t.document_id FROM document_targets t
                          WHERE t.org_id = $1 AND t.value = ?)",
            t,
        );
    }
    if let Some(s) = &q.status {
        add(" AND d.status = ?", s);
    }
    if let Some(k) = &q.kind {
        add(" AND d.kind = ?", k);
    }
    if let Some(f) = &q.created_from {
        add(" AND d.created_at >= ?", f);
    }
    if let Some(b) = &q.created_before {
        add(" AND d.created_at < ?", b);
    }
    (sql, values)
}

impl Store {
    /// A page of the organisation's documents and how many match in all.
    pub async fn find_documents(
        &self,
        org_id: i64,
        q: &DocumentQuery,
    ) -> Result<(Vec<DocumentSummary>, i64)> {
        // Each order matches an index on (org_id, column, id).
        let order = match q.sort {
            SortBy::Updated => "d.updated_at DESC, d.id DESC",
            SortBy::Created => "d.created_at DESC, d.id DESC",
            SortBy::Due => "d.due_at, d.id",
        };
        let (filter, values) = filter(q);
        let n = values.len();
        let page = format!(
            "SELECT {SUMMARY} FROM documents d {filter} ORDER BY {order} LIMIT ${} OFFSET ${}",
            n + 2,
            n + 3
        );
        let count = format!("SELECT COUNT(*) FROM documents d {filter}");
        Ok(on_pool!(self, p => {
            let mut rows = sqlx::query_as::<_, DocumentSummary>(sqlx::AssertSqlSafe(page))
                .bind(org_id);
            let mut total = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count)).bind(org_id);
            for v in &values {
                rows = rows.bind(v.clone());
                total = total.bind(v.clone());
            }
            let rows = rows.bind(q.limit).bind(q.offset).fetch_all(p).await?;
            (rows, total.fetch_one(p).await?)
        }))
    }
}
