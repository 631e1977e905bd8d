//! Delivery into a casebridge inbox: when an organisation on this
//! installation answers for the recipient, the package becomes a case it
//! follows with the sender. A new version of a document carries on the open
//! case of an earlier one (an answer to a question keeps its thread).

use serde_json::json;

use super::{Target, invalid};
use crate::app::cases::{CaseStatus, Parties, Side};
use crate::app::error::{Refusal, Result};
use crate::app::{Actor, App, DocumentKind};
use crate::domain::report::Report;
use crate::domain::request::RecordsRequest;
use crate::domain::request_type::RequestType;
use crate::domain::time;
use crate::store::{CaseChange, CaseSet, Document, NewCase, NewCaseEvent, Org};

/// Versions followed back at most: more is a fault, not a history.
const MAX_VERSIONS: usize = 100;

/// A delivery into an inbox: the case, and whether this call made it.
#[derive(Debug, Clone)]
pub struct Delivered {
    pub case_id: String,
    pub new: bool,
}

fn urgent(doc: &Document) -> bool {
    match doc.kind.as_str() {
        "request" => RecordsRequest::from_json(&doc.body)
            .is_ok_and(|r| r.request_type == Some(RequestType::Emergency)),
        _ => Report::from_json(&doc.body)
            .is_ok_and(|r| r.incident.child_at_imminent_risk == Some(true)),
    }
}

impl App {
    /// The organisation on this installation that answers for the
    /// recipient of `package_id`, if one does.
    pub async fn inbox_for(&self, actor: &Actor<'_>, package_id: &str) -> Result<Option<Org>> {
        let t = self.target(actor, package_id).await?;
        let Some(r) = &t.recipient else {
            return Ok(None);
        };
        Ok(self.store.org_by_recipient(&r.key_id).await?)
    }

    /// Delivers a finished document's package into the inbox of the
    /// organisation that answers for its recipient. Asking again returns
    /// the same case. Training documents never leave their workspace, and
    /// a demo organisation reaches only demo recipients.
    pub async fn deliver_to_inbox(&self, actor: &Actor<'_>, package_id: &str) -> Result<Delivered> {
        let t = self.target(actor, package_id).await?;
        let finished = match t.kind {
            DocumentKind::Request => t.doc.status == "final",
            DocumentKind::Report => t.doc.status == "approved",
        };
        if !finished {
            return Err(Refusal::WrongState(t.doc.status.clone()).into());
        }
        if t.doc.training {
            return Err(invalid("channel", "case-error-training"));
        }
        let to = t
            .recipient
            .as_ref()
            .ok_or_else(|| invalid("channel", "case-error-not-linked"))?;
        let org = self
            .store
            .org_by_recipient(&to.key_id)
            .await?
            .ok_or_else(|| invalid("channel", "case-error-not-linked"))?;
        // Demo data never meets real data, in either direction.
        if actor.user.org.is_demo != org.is_demo {
            return Err(invalid("channel", "case-error-demo-to-real"));
        }
        if org.id == actor.user.org.id {
            return Err(invalid("channel", "case-error-not-linked"));
        }
        let versions = self.earlier_versions(&t.doc).await?;
        if let Some(open) = self.store.open_case_for_versions(&versions, org.id).await? {
            return self.carry_version(actor, &t, open).await;
        }
        let parties = Parties {
            case_id: uuid::Uuid::new_v4().to_string(),
            kind: t.kind,
            sender: actor.user.org.clone(),
            recipient: org,
            owner_id: t.doc.owner_id,
            document_id: t.doc.id,
            document_public_id: t.doc.public_id.clone(),
            document_reference: t.doc.reference.clone(),
            package_row: t.package_row,
            urgent: urgent(&t.doc),
        };
        let notices = self
            .notices(&parties, Side::Recipient, "case-notice-delivered")
            .await?;
        let subject = format!("case:{}", parties.case_id);
        let audit = actor.audit(
            "case.delivered",
            &subject,
            json!({
                "document": t.doc.public_id,
                "package": t.package.public_id,
                "recipient": to.key_id,
                "recipient_org": parties.recipient.slug,
                "notices": notices.len(),
            }),
        );
        let (case_id, new) = self
            .store
            .open_case(
                &NewCase {
                    public_id: &parties.case_id,
                    kind: t.kind.as_str(),
                    document_id: t.doc.id,
                    package_id: t.package_row,
                    sender_org_id: actor.user.org.id,
                    recipient_org_id: parties.recipient.id,
                    recipient: &to.key_id,
                    recipient_name: &to.name,
                    urgent: parties.urgent,
                },
                &NewCaseEvent {
                    side: Side::Sender.as_str(),
                    actor_user_id: Some(actor.user.id),
                    kind: "delivered",
                    status: Some(CaseStatus::Received.as_str()),
                    reason: None,
                    body: "",
                    document_id: Some(t.doc.id),
                },
                &notices,
                &audit,
                &time::to_db(self.now()),
            )
            .await?;
        Ok(Delivered { case_id, new })
    }

    /// The ids of the versions `doc` replaces, newest first, itself first.
    async fn earlier_versions(&self, doc: &Document) -> Result<Vec<i64>> {
        let mut out = vec![doc.id];
        let mut next = doc.supersedes_id;
        while let Some(id) = next {
            if out.len() > MAX_VERSIONS || out.contains(&id) {
                break;
            }
            out.push(id);
            next = self
                .store
                .document_by_row(id, doc.org_id)
                .await?
                .and_then(|d| d.supersedes_id);
        }
        Ok(out)
    }

    /// A new version on an open case: it replaces the one the recipient
    /// has, and answers the recipient's question if one is open.
    async fn carry_version(
        &self,
        actor: &Actor<'_>,
        t: &Target,
        open: crate::store::Case,
    ) -> Result<Delivered> {
        if open.document_id == t.doc.id {
            return Ok(Delivered {
                case_id: open.public_id,
                new: false,
            });
        }
        let answers = open.status == CaseStatus::NeedsClarification.as_str();
        let status = answers.then_some(CaseStatus::Answered.as_str());
        let mut parties = self.parties(&open).await?;
        parties.document_public_id = t.doc.public_id.clone();
        let notices = self
            .notices(&parties, Side::Recipient, "case-notice-version")
            .await?;
        let subject = format!("case:{}", open.public_id);
        let audit = actor.audit(
            "case.version",
            &subject,
            json!({
                "document": t.doc.public_id,
                "replaces": open.document_public_id,
                "package": t.package.public_id,
                "answers": answers,
                "notices": notices.len(),
            }),
        );
        let change = CaseChange {
            case_id: open.id,
            expected_status: &open.status,
            set: CaseSet {
                status,
                version: Some((t.doc.id, t.package_row)),
                ..CaseSet::default()
            },
            event: NewCaseEvent {
                side: Side::Sender.as_str(),
                actor_user_id: Some(actor.user.id),
                kind: "version",
                status,
                reason: None,
                body: "",
                document_id: Some(t.doc.id),
            },
            outcomes: &[],
            notices: &notices,
            audit: &audit,
            by_user_id: Some(actor.user.id),
        };
        if !self
            .store
            .change_case(&change, &time::to_db(self.now()))
            .await?
        {
            return Err(Refusal::Stale { current: 0 }.into());
        }
        Ok(Delivered {
            case_id: open.public_id,
            new: false,
        })
    }
}
