//! Reading documents for an actor: only their organisation's, only of the
//! kind asked for, only by the roles that work with that kind.

use super::error::{Refusal, Result};
use super::status::{DocumentKind, ReportStatus, RequestStatus};
use super::{Actor, App};
use crate::domain::report::Report;
use crate::domain::request::RecordsRequest;
use crate::domain::role::Role;
use crate::store::{Document, ReviewEntry, StoredPackage};

/// A stored document with its body parsed.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub doc: Document,
    pub body: T,
}

impl Loaded<RecordsRequest> {
    pub fn status(&self) -> RequestStatus {
        RequestStatus::parse(&self.doc.status).unwrap_or(RequestStatus::Draft)
    }
}

impl Loaded<Report> {
    pub fn status(&self) -> ReportStatus {
        ReportStatus::parse(&self.doc.status).unwrap_or(ReportStatus::Draft)
    }
}

/// One step of a report's four-eyes history.
pub type ReviewStep = ReviewEntry;

pub(super) const OFFICERS: &[Role] = &[Role::Officer];
pub(super) const MEMBERS: &[Role] = &[Role::MemberAnalyst, Role::MemberReviewer];
pub(super) const REVIEWERS: &[Role] = &[Role::MemberReviewer];

/// Refuses an actor whose role is not among `roles`, naming who may.
pub(super) fn require(actor: &Actor<'_>, roles: &'static [Role], code: &'static str) -> Result<()> {
    if actor.has_role(roles) {
        Ok(())
    } else {
        Err(Refusal::Role(code).into())
    }
}

impl App {
    async fn document(&self, actor: &Actor<'_>, id: &str, kind: DocumentKind) -> Result<Document> {
        self.store
            .document_for_org(id, actor.user.org.id)
            .await?
            .filter(|d| d.kind == kind.as_str())
            .ok_or_else(|| Refusal::NotFound.into())
    }

    /// A request of the officer's agency, whatever its state.
    pub async fn request(&self, actor: &Actor<'_>, id: &str) -> Result<Loaded<RecordsRequest>> {
        // Another organisation's document is not found, whoever asks.
        let doc = self.document(actor, id, DocumentKind::Request).await?;
        require(actor, OFFICERS, "officers_only")?;
        let body = RecordsRequest::from_json(&doc.body).map_err(super::Error::internal)?;
        Ok(Loaded { doc, body })
    }

    /// A report of the member's organisation, whatever its state.
    pub async fn report(&self, actor: &Actor<'_>, id: &str) -> Result<Loaded<Report>> {
        let doc = self.document(actor, id, DocumentKind::Report).await?;
        require(actor, MEMBERS, "members_only")?;
        let body = Report::from_json(&doc.body).map_err(super::Error::internal)?;
        Ok(Loaded { doc, body })
    }

    /// A report's four-eyes history, oldest first.
    pub async fn review_history(&self, doc: &Document) -> Result<Vec<ReviewStep>> {
        Ok(self.store.report_reviews(doc.id, doc.org_id).await?)
    }

    /// The stored package of a document, if it has one yet.
    pub async fn stored_package(&self, doc: &Document) -> Result<Option<StoredPackage>> {
        Ok(self.store.package_for_document(doc.id, doc.org_id).await?)
    }
}
