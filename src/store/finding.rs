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
    /// Words from the search box: part of a reference, a case number, a
    /// company or destination, a title.
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
      ORDER BY c.id DESC LIMIT 1) AS case_status";

/// The filter, with every value bound: `$1` the organisation, `$2`..`$9`
/// the optional filters (NULL: not filtering).
const FILTER: &str = "WHERE d.org_id = $1
       AND ($2 IS NULL OR d.reference = $2)
       AND (($3 IS NULL AND $4 IS NULL) OR d.reference LIKE $3 ESCAPE '\\' OR d.case_number LIKE $4 ESCAPE '\\'
            OR d.destination LIKE $4 ESCAPE '\\' OR LOWER(d.title) LIKE $4 ESCAPE '\\')
       AND ($5 IS NULL OR d.id IN (SELECT t.document_id FROM document_targets t
                                   WHERE t.org_id = $1 AND t.value = $5))
       AND ($6 IS NULL OR d.status = $6)
       AND ($7 IS NULL OR d.kind = $7)
       AND ($8 IS NULL OR d.created_at >= $8)
       AND ($9 IS NULL OR d.created_at < $9)";

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
        let page = format!(
            "SELECT {SUMMARY} FROM documents d {FILTER} ORDER BY {order} LIMIT $10 OFFSET $11"
        );
        let count = format!("SELECT COUNT(*) FROM documents d {FILTER}");
        // Words match anywhere; a reference part only when the words
        // could be one.
        let reference_part = q.reference_part.as_deref().map(like_pattern);
        let words = q.text.as_deref().map(like_pattern);
        macro_rules! bind_filter {
            ($query:expr) => {
                $query
                    .bind(org_id)
                    .bind(q.reference.as_deref())
                    .bind(reference_part.as_deref())
                    .bind(words.as_deref())
                    .bind(q.target.as_deref())
                    .bind(q.status.as_deref())
                    .bind(q.kind.as_deref())
                    .bind(q.created_from.as_deref())
                    .bind(q.created_before.as_deref())
            };
        }
        Ok(on_pool!(self, p => {
            let rows = bind_filter!(sqlx::query_as::<_, DocumentSummary>(sqlx::AssertSqlSafe(page)))
                .bind(q.limit)
                .bind(q.offset)
                .fetch_all(p)
                .await?;
            let total: i64 = bind_filter!(sqlx::query_scalar(sqlx::AssertSqlSafe(count)))
                .fetch_one(p)
                .await?;
            (rows, total)
        }))
    }
}
