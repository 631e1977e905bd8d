//! Finding past work: what a document is found by, kept by the transitions
//! that save it, and the search over one organisation's documents.

use super::error::Result;
use super::{Actor, App};
use crate::domain::reference::Reference;
use crate::domain::report::Report;
use crate::domain::request::{Preservation, RecordsRequest};
use crate::store::{DocumentQuery, DocumentSummary, SearchKeys, SortBy};

/// A page of search results: 50, like every list.
pub const PAGE_SIZE: i64 = 50;

/// What someone asked for, already read from the form: dates as
/// `YYYY-MM-DD`, the rest as typed.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub text: Option<String>,
    pub target: Option<String>,
    pub status: Option<String>,
    pub kind: Option<String>,
    pub created_from: Option<jiff::civil::Date>,
    /// Inclusive: documents created on this day are found.
    pub created_to: Option<jiff::civil::Date>,
    pub sort: SortBy,
    /// From 1.
    pub page: i64,
}

/// Statuses a document can be found in.
pub const DOCUMENT_STATUSES: &[&str] = &[
    "draft",
    "final",
    "superseded",
    "in_review",
    "returned",
    "approved",
];

impl Search {
    /// The store's query: text split into what it can be (a whole
    /// reference, part of one, words), values normalised as stored.
    pub fn query(&self) -> DocumentQuery {
        let text = self
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let whole = text.and_then(|t| Reference::parse(t).ok());
        let page = self.page.clamp(1, 1_000_000);
        DocumentQuery {
            reference: whole.map(|r| r.to_string()),
            text: text.filter(|_| whole.is_none()).map(SearchKeys::key),
            reference_part: text
                .filter(|_| whole.is_none())
                .and_then(Reference::fragment),
            target: self
                .target
                .as_deref()
                .map(SearchKeys::key)
                .filter(|t| !t.is_empty()),
            status: self
                .status
                .clone()
                .filter(|s| DOCUMENT_STATUSES.contains(&s.as_str())),
            kind: self
                .kind
                .clone()
                .filter(|k| k == "request" || k == "report"),
            created_from: self.created_from.map(|d| d.to_string()),
            created_before: self
                .created_to
                .and_then(|d| d.tomorrow().ok())
                .map(|d| d.to_string()),
            sort: self.sort,
            limit: PAGE_SIZE,
            offset: (page - 1) * PAGE_SIZE,
        }
    }
}

impl App {
    /// A page of the actor's organisation's documents matching `search`,
    /// and how many match. Every signed-in role sees its organisation's
    /// list, as on the dashboard; opening a document checks the role.
    pub async fn find_documents(
        &self,
        actor: &Actor<'_>,
        search: &Search,
    ) -> Result<(Vec<DocumentSummary>, i64)> {
        Ok(self
            .store
            .find_documents(actor.user.org.id, &search.query())
            .await?)
    }

    /// What a request is found by.
    pub(super) fn request_keys(&self, r: &RecordsRequest) -> SearchKeys {
        let company = r
            .company_id
            .as_deref()
            .and_then(|id| self.directory.company(id))
            .map(|c| c.name.as_str());
        let destination = [r.company_id.as_deref(), company, r.entity.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let mut targets: Vec<String> = r
            .targets
            .iter()
            .map(|t| SearchKeys::key(&t.value))
            .filter(|t| !t.is_empty())
            .collect();
        targets.sort();
        targets.dedup();
        // An extension is due when the original preservation runs out.
        let due_at = match &r.preservation {
            Some(Preservation::Extension {
                original_expiry, ..
            }) => Some(format!("{original_expiry}T00:00:00Z")),
            _ => None,
        };
        SearchKeys {
            case_number: r
                .requester
                .as_ref()
                .map(|q| SearchKeys::key(&q.case_number))
                .unwrap_or_default(),
            destination: SearchKeys::key(&destination),
            due_at,
            targets,
        }
    }

    /// What a report is found by: its destination and its first deadline.
    pub(super) fn report_keys(&self, r: &Report) -> SearchKeys {
        let d = &r.destination;
        let authority = d
            .jurisdiction
            .and_then(|j| self.rules.pack(j))
            .and_then(|p| p.authority(&d.authority))
            .map(|a| a.name.clone());
        let destination = [
            d.jurisdiction.map(|j| j.to_string()),
            Some(d.authority.clone()),
            authority,
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let due_at = self
            .check_report(r)
            .ok()
            .and_then(|o| o.clocks.iter().filter_map(|c| c.due_utc).min())
            .map(crate::domain::time::to_db);
        SearchKeys {
            case_number: String::new(),
            destination: SearchKeys::key(&destination),
            due_at,
            targets: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_reference_is_looked_up_as_one() {
        let s = Search {
            text: Some(" cb-2026-000123 ".into()),
            page: 1,
            ..Search::default()
        };
        let q = s.query();
        assert_eq!(q.reference.as_deref(), Some("CB-2026-000123"));
        assert!(q.text.is_none() && q.reference_part.is_none());
    }

    #[test]
    fn words_and_parts_are_normalised_and_dates_inclusive() {
        let s = Search {
            text: Some("2026-0001".into()),
            target: Some(" User@Example.TEST ".into()),
            status: Some("nonsense".into()),
            created_to: Some(jiff::civil::date(2026, 2, 28)),
            page: 3,
            ..Search::default()
        };
        let q = s.query();
        assert_eq!(q.reference_part.as_deref(), Some("2026-0001"));
        assert_eq!(q.text.as_deref(), Some("2026-0001"));
        assert_eq!(q.target.as_deref(), Some("user@example.test"));
        assert_eq!(q.status, None);
        assert_eq!(q.created_before.as_deref(), Some("2026-03-01"));
        assert_eq!(q.offset, 100);
    }
}
