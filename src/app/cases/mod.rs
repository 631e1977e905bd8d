//! Follow-up: a case is a document delivered into the inbox of the
//! organisation that answers for its recipient. Both sides see one status
//! lifecycle ([`lifecycle`]), one history, messages, a request's outcome
//! per target and an authority's feedback on a report. Every change goes
//! through here: the case row, its history event, the notices to the other
//! side and the audit entry, in one transaction.

pub mod lifecycle;
mod notice;
pub mod reminders;

use serde_json::json;

pub use lifecycle::{
    CaseStatus, FEEDBACK, Move, NOT_ACTIONABLE_REASONS, OUTCOMES, REJECT_REASONS, Side,
};

use super::documents::{MEMBERS, OFFICERS};
use super::error::{Error, Refusal, Result};
use super::{Actor, App, DocumentKind};
use crate::domain::country::CountryCode;
use crate::domain::org::OrgKind;
use crate::domain::report::Report;
use crate::domain::request::RecordsRequest;
use crate::domain::role::Role;
use crate::domain::time;
use crate::i18n::{Locale, Msg};
use crate::store::{
    Case, CaseChange, CaseEvent, CaseFilter, CaseOutcome, CaseScope, CaseSet, NewCaseEvent,
    NewNotice, NewOutcome, Org, StoredPackage,
};

/// Everyone who sends or receives cases.
const CASE_WORKERS: &[Role] = &[Role::Officer, Role::MemberAnalyst, Role::MemberReviewer];

/// Longer than this is not a message on a case.
const MAX_TEXT: usize = 4000;

/// The directory entry an organisation answers for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A company in the directory, by id: requests to any of its entities.
    Company(String),
    /// A rule pack's authority: reports to it.
    Authority(CountryCode, String),
}

impl LinkTarget {
    /// `example-social` for a company; `PH:pnp-wcpc` for an authority.
    pub fn parse_authority(s: &str) -> Option<LinkTarget> {
        let (cc, id) = s.trim().split_once(':')?;
        Some(LinkTarget::Authority(
            CountryCode::parse(cc)?,
            id.trim().to_string(),
        ))
    }

    /// The id the entry's keys and link are recorded under.
    pub fn key_id(&self) -> String {
        match self {
            LinkTarget::Company(id) => super::delivery::channel::company_key_id(id),
            LinkTarget::Authority(cc, id) => {
                super::delivery::channel::authority_key_id(&crate::i18n::enum_str(cc), id)
            }
        }
    }
}

/// A case as one of its sides sees it.
#[derive(Debug, Clone)]
pub struct CaseView {
    pub case: Case,
    pub side: Side,
    pub status: CaseStatus,
    pub events: Vec<CaseEvent>,
    pub outcomes: Vec<CaseOutcome>,
    /// The moves this side may make now.
    pub moves: Vec<Move>,
    /// A request's targets, as listed in it: what outcomes are given for.
    pub targets: Vec<String>,
    /// A report's legal clocks, with what the member recorded as done.
    pub clocks: Vec<crate::rules::Clock>,
}

/// One target's outcome as a recipient gives it.
#[derive(Debug, Clone, Default)]
pub struct OutcomeInput {
    /// Its position in the request's list, from 0.
    pub target: usize,
    pub outcome: String,
    /// When the records went (produced), as `YYYY-MM-DD`.
    pub produced_on: String,
    /// How they went (produced): "secure portal", "encrypted email" …
    pub channel: String,
    pub reason: String,
}

/// Who is on a case, to tell one side what the other did.
pub(crate) struct Parties {
    pub case_id: String,
    pub kind: DocumentKind,
    pub sender: Org,
    pub recipient: Org,
    pub owner_id: i64,
    pub document_id: i64,
    pub document_public_id: String,
    /// `CB-2026-000123`: what notices name instead of ids.
    pub document_reference: String,
    pub package_row: i64,
    pub urgent: bool,
}

/// One entry of a case's history, as a change writes it.
struct Entry<'a> {
    kind: &'a str,
    status: Option<&'a str>,
    reason: Option<&'a str>,
    body: &'a str,
    outcomes: &'a [NewOutcome<'a>],
    /// The Fluent key of the notice the other side gets.
    what: &'a str,
}

/// Whom a notice goes to and what it says.
pub(crate) struct Tell<'a> {
    pub org: &'a Org,
    /// The roles told; `only` narrows it to one person.
    pub roles: &'a [Role],
    pub only: Option<i64>,
    /// The Fluent key of what happened (`case-notice-…`).
    pub what: &'a str,
    /// The message's `case`, `reference` and `org` arguments.
    pub case: &'a str,
    pub reference: &'a str,
    pub other: &'a str,
    pub urgent: bool,
    /// The page to read it on.
    pub path: String,
    pub package_row: i64,
    pub document_id: i64,
    pub file_only: bool,
}

fn invalid(field: &'static str, key: &'static str) -> Error {
    Refusal::Invalid(vec![(field, Msg::new(key))]).into()
}

/// The roles that work a case on `side`: a recipient member's safety
/// team, an authority's officers; the sender's authors of that kind.
fn roles_for(side: Side, kind: &str, org: &Org) -> &'static [Role] {
    match side {
        Side::Recipient if org.kind == OrgKind::Member => MEMBERS,
        Side::Recipient => OFFICERS,
        Side::Sender if kind == "request" => OFFICERS,
        Side::Sender => MEMBERS,
    }
}

/// The status a stored case is in; a value the schema does not allow is a
/// fault, not a state.
fn status_of(c: &Case) -> Result<CaseStatus> {
    CaseStatus::parse(&c.status).ok_or_else(|| Error::internal("a case has an unknown status"))
}

impl App {
    /// Links an organisation to the directory entry it answers for (`None`
    /// unlinks it). A member answers for a company, an authority for a
    /// rule pack's authority. Admins (or the command line, `actor` `None`).
    pub async fn link_org(
        &self,
        actor: Option<&Actor<'_>>,
        slug: &str,
        target: Option<&LinkTarget>,
    ) -> Result<Org> {
        if let Some(a) = actor {
            super::documents::require(a, &[Role::Admin], "admins_only")?;
        }
        let org = self
            .store
            .org_by_slug(slug)
            .await?
            .ok_or_else(|| invalid("org", "case-error-unknown-org"))?;
        match (target, org.kind) {
            (None, _) => {}
            (Some(LinkTarget::Company(id)), OrgKind::Member) => {
                self.directory
                    .get()
                    .company(id)
                    .ok_or_else(|| invalid("company", "case-error-unknown-company"))?;
            }
            (Some(LinkTarget::Authority(cc, id)), OrgKind::Authority) => {
                self.rules
                    .pack(*cc)
                    .and_then(|p| p.authority(id))
                    .ok_or_else(|| invalid("authority", "case-error-unknown-authority"))?;
            }
            (Some(_), _) => return Err(invalid("org", "case-error-link-kind")),
        }
        let key = target.map(LinkTarget::key_id);
        let subject = format!("org:{}", org.slug);
        let detail = json!({ "recipient": key, "previous": org.recipient });
        let audit = match actor {
            Some(a) => a.audit("org.linked", &subject, detail),
            None => crate::store::NewAudit {
                actor_user_id: None,
                org_id: Some(org.id),
                action: "org.linked",
                subject: &subject,
                ip: None,
                detail: json!({ "recipient": key, "previous": org.recipient, "via": "cli" }),
            },
        };
        self.store
            .link_org(org.id, key.as_deref(), &audit, &time::to_db(self.now()))
            .await
            .map_err(|e| match e {
                crate::store::StoreError::Conflict(_) => invalid("org", "case-error-link-taken"),
                other => other.into(),
            })?;
        Ok(Org {
            recipient: key,
            ..org
        })
    }

    /// A case of the actor's organisation, on whichever side it is.
    async fn case_for(&self, actor: &Actor<'_>, id: &str) -> Result<(Case, Side)> {
        let org = &actor.user.org;
        let c = self
            .store
            .case_for_org(id, org.id)
            .await?
            .ok_or(Refusal::NotFound)?;
        let side = if c.recipient_org_id == org.id {
            Side::Recipient
        } else {
            Side::Sender
        };
        super::documents::require(actor, roles_for(side, &c.kind, org), "case_roles")?;
        Ok((c, side))
    }

    /// A case with its history, outcomes and the moves open to the actor.
    pub async fn case(&self, actor: &Actor<'_>, id: &str) -> Result<CaseView> {
        let (case, side) = self.case_for(actor, id).await?;
        self.view(case, side).await
    }

    async fn view(&self, case: Case, side: Side) -> Result<CaseView> {
        let status = status_of(&case)?;
        let events = self.store.case_events(case.id).await?;
        let outcomes = self.store.case_outcomes(case.id).await?;
        let doc = self
            .store
            .document_by_row(case.document_id, case.sender_org_id)
            .await?
            .ok_or(Refusal::NotFound)?;
        let (targets, clocks) = if case.kind == "request" {
            let targets = RecordsRequest::from_json(&doc.body)
                .map_err(Error::internal)?
                .targets
                .iter()
                .map(|t| format!("{}: {}", crate::i18n::enum_str(&t.kind), t.value))
                .collect();
            (targets, Vec::new())
        } else {
            let body = Report::from_json(&doc.body).map_err(Error::internal)?;
            (Vec::new(), self.report_clocks(&doc, &body).await?)
        };
        Ok(CaseView {
            moves: Move::open_to(side, status),
            case,
            side,
            status,
            events,
            outcomes,
            targets,
            clocks,
        })
    }

    /// The actor organisation's cases on `side`: its inbox (recipient) or
    /// what it sent (sender).
    pub async fn cases(
        &self,
        actor: &Actor<'_>,
        side: Side,
        filter: &CaseFilter,
    ) -> Result<(Vec<Case>, i64)> {
        let org = &actor.user.org;
        let scope = match side {
            Side::Recipient => {
                if org.recipient.is_none() {
                    return Err(Refusal::Role("inbox_linked_only").into());
                }
                super::documents::require(actor, roles_for(side, "", org), "case_roles")?;
                CaseScope::Recipient(org.id)
            }
            Side::Sender => {
                super::documents::require(actor, CASE_WORKERS, "case_roles")?;
                CaseScope::Sender(org.id)
            }
        };
        Ok(self.store.list_cases(scope, filter).await?)
    }

    /// The package a case carries now, for either side.
    pub async fn case_package(&self, actor: &Actor<'_>, id: &str) -> Result<StoredPackage> {
        let (c, _) = self.case_for(actor, id).await?;
        self.store
            .package_for_org(&c.package_public_id, c.sender_org_id)
            .await?
            .ok_or_else(|| Refusal::NotFound.into())
    }

    /// Words typed on a case: plain text, not too long, no national ID.
    fn case_text(&self, actor: &Actor<'_>, c: &Case, text: &str, required: bool) -> Result<String> {
        let text = text.trim();
        if text.is_empty() {
            return match required {
                true => Err(invalid("text", "case-error-text-empty")),
                false => Ok(String::new()),
            };
        }
        if text.chars().count() > MAX_TEXT {
            return Err(invalid("text", "error-text-too-long"));
        }
        super::text::plain_text_only(&text)
            .map_err(|_| invalid("text", "error-text-control-character"))?;
        let mut countries = vec![actor.user.org.country];
        if let Some(cc) = CountryCode::parse(&c.sender_country) {
            countries.push(cc);
        }
        if let Some(m) = super::requests::national_id_problem(actor.locale, text, &countries) {
            return Err(Refusal::Invalid(vec![("text", m)]).into());
        }
        Ok(text.to_string())
    }

    /// Makes `mv` on the case: a recipient's acknowledgement, start,
    /// question, completion or rejection; a sender's answer or withdrawal.
    pub async fn move_case(
        &self,
        actor: &Actor<'_>,
        id: &str,
        mv: Move,
        reason: Option<&str>,
        text: &str,
    ) -> Result<CaseView> {
        let (c, side) = self.case_for(actor, id).await?;
        let status = status_of(&c)?;
        if mv.side() != side {
            return Err(Refusal::Role(match side {
                Side::Sender => "case_recipient_only",
                Side::Recipient => "case_sender_only",
            })
            .into());
        }
        if !mv.allowed(side, status) {
            return Err(Refusal::WrongState(c.status.clone()).into());
        }
        let reason = match mv {
            Move::Reject => Some(
                reason
                    .filter(|r| REJECT_REASONS.contains(r))
                    .ok_or_else(|| invalid("reason", "case-error-reason"))?,
            ),
            _ => None,
        };
        let text = self.case_text(actor, &c, text, mv.needs_text() || reason == Some("other"))?;
        let target = mv.target().as_str();
        let set = CaseSet {
            status: Some(target),
            reason,
            reason_text: matches!(mv, Move::Reject | Move::Withdraw).then_some(text.as_str()),
            ..CaseSet::default()
        };
        let what = format!("case-notice-{}", target.replace('_', "-"));
        let entry = Entry {
            kind: "status",
            status: Some(target),
            reason,
            body: &text,
            outcomes: &[],
            what: &what,
        };
        self.change(actor, &c, side, set, entry).await
    }

    /// A message on the case to the other side.
    pub async fn case_message(&self, actor: &Actor<'_>, id: &str, text: &str) -> Result<CaseView> {
        let (c, side) = self.case_for(actor, id).await?;
        if status_of(&c)?.is_closed() {
            return Err(Refusal::WrongState(c.status.clone()).into());
        }
        let text = self.case_text(actor, &c, text, true)?;
        let entry = Entry {
            kind: "message",
            status: None,
            reason: None,
            body: &text,
            outcomes: &[],
            what: "case-notice-message",
        };
        self.change(actor, &c, side, CaseSet::default(), entry)
            .await
    }

    /// A recipient's outcome for targets of a request.
    pub async fn case_outcomes(
        &self,
        actor: &Actor<'_>,
        id: &str,
        given: &[OutcomeInput],
    ) -> Result<CaseView> {
        let (c, side) = self.case_for(actor, id).await?;
        let status = status_of(&c)?;
        if side != Side::Recipient {
            return Err(Refusal::Role("case_recipient_only").into());
        }
        if c.kind != "request" {
            return Err(invalid("outcome", "case-error-outcome-kind"));
        }
        if !matches!(
            status,
            CaseStatus::Acknowledged | CaseStatus::InProgress | CaseStatus::Answered
        ) {
            return Err(Refusal::WrongState(c.status.clone()).into());
        }
        let view = self.view(c.clone(), side).await?;
        let mut rows = Vec::new();
        let mut summary = Vec::new();
        for g in given {
            if g.target >= view.targets.len() {
                return Err(invalid("outcome", "case-error-outcome-target"));
            }
            let outcome = OUTCOMES
                .iter()
                .copied()
                .find(|o| *o == g.outcome)
                .ok_or_else(|| invalid("outcome", "case-error-outcome"))?;
            let produced_on = match outcome {
                "produced" => Some(
                    jiff::civil::Date::strptime("%Y-%m-%d", g.produced_on.trim())
                        .ok()
                        .filter(|d| *d <= self.today())
                        .ok_or_else(|| invalid("produced_on", "case-error-produced-on"))?
                        .to_string(),
                ),
                _ => None,
            };
            let reason = match outcome {
                "rejected" => Some(
                    REJECT_REASONS
                        .iter()
                        .copied()
                        .find(|r| *r == g.reason)
                        .ok_or_else(|| invalid("reason", "case-error-reason"))?,
                ),
                _ => None,
            };
            let channel = self.case_text(actor, &c, &g.channel, false)?;
            summary.push(format!("{}:{outcome}", g.target + 1));
            rows.push((g.target, outcome, produced_on, channel, reason));
        }
        if rows.is_empty() {
            return Err(invalid("outcome", "case-error-outcome"));
        }
        let outcomes: Vec<NewOutcome<'_>> = rows
            .iter()
            .map(|(t, o, p, ch, r)| NewOutcome {
                target: *t as i64,
                outcome: o,
                produced_on: p.as_deref(),
                channel: ch,
                reason: *r,
            })
            .collect();
        let body = summary.join(" ");
        let entry = Entry {
            kind: "outcome",
            status: None,
            reason: None,
            body: &body,
            outcomes: &outcomes,
            what: "case-notice-outcome",
        };
        self.change(actor, &c, side, CaseSet::default(), entry)
            .await
    }

    /// An authority's feedback on a report: could it act, and if not, why.
    pub async fn case_feedback(
        &self,
        actor: &Actor<'_>,
        id: &str,
        feedback: &str,
        reason: Option<&str>,
        text: &str,
    ) -> Result<CaseView> {
        let (c, side) = self.case_for(actor, id).await?;
        if side != Side::Recipient {
            return Err(Refusal::Role("case_recipient_only").into());
        }
        if c.kind != "report" {
            return Err(invalid("feedback", "case-error-feedback-kind"));
        }
        if c.status == "withdrawn" {
            return Err(Refusal::WrongState(c.status.clone()).into());
        }
        let feedback = FEEDBACK
            .iter()
            .copied()
            .find(|f| *f == feedback)
            .ok_or_else(|| invalid("feedback", "case-error-feedback"))?;
        let reason = match feedback {
            "not_actionable" => Some(
                reason
                    .filter(|r| NOT_ACTIONABLE_REASONS.contains(r))
                    .ok_or_else(|| invalid("reason", "case-error-feedback-reason"))?,
            ),
            _ => None,
        };
        // Forwarded: to which unit; other: why.
        let required = feedback == "forwarded" || reason == Some("other");
        let text = self.case_text(actor, &c, text, required)?;
        let set = CaseSet {
            feedback: Some(feedback),
            feedback_reason: reason,
            feedback_text: Some(&text),
            ..CaseSet::default()
        };
        let entry = Entry {
            kind: "feedback",
            status: Some(feedback),
            reason,
            body: &text,
            outcomes: &[],
            what: "case-notice-feedback",
        };
        self.change(actor, &c, side, set, entry).await
    }

    /// Writes one change of `c` with its event, the notices to the other
    /// side and the audit entry. A case that moved meanwhile is stale.
    async fn change(
        &self,
        actor: &Actor<'_>,
        c: &Case,
        side: Side,
        set: CaseSet<'_>,
        e: Entry<'_>,
    ) -> Result<CaseView> {
        let Entry {
            kind,
            status,
            reason,
            body,
            outcomes,
            what,
        } = e;
        let parties = self.parties(c).await?;
        let notices = self.notices(&parties, side.other(), what).await?;
        let subject = format!("case:{}", c.public_id);
        let action = format!("case.{kind}");
        let audit = actor.audit(
            &action,
            &subject,
            json!({
                "document": c.document_public_id,
                "side": side.as_str(),
                "status": status,
                "reason": reason,
                "notices": notices.len(),
            }),
        );
        let change = CaseChange {
            case_id: c.id,
            expected_status: &c.status,
            set,
            event: NewCaseEvent {
                side: side.as_str(),
                actor_user_id: Some(actor.user.id),
                kind,
                status,
                reason,
                body,
                document_id: None,
            },
            outcomes,
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
        self.case(actor, &c.public_id).await
    }

    pub(crate) async fn parties(&self, c: &Case) -> Result<Parties> {
        let org = |id| async move {
            self.store
                .org_by_id(id)
                .await?
                .ok_or_else(|| Error::internal("a case names a missing organisation"))
        };
        let doc = self
            .store
            .document_by_row(c.document_id, c.sender_org_id)
            .await?
            .ok_or_else(|| Error::internal("a case names a missing document"))?;
        Ok(Parties {
            case_id: c.public_id.clone(),
            kind: reminders::kind_of(&c.kind),
            sender: org(c.sender_org_id).await?,
            recipient: org(c.recipient_org_id).await?,
            owner_id: doc.owner_id,
            document_id: doc.id,
            document_public_id: doc.public_id,
            document_reference: doc.reference,
            package_row: c.package_id,
            urgent: c.urgent,
        })
    }

    /// The emails that tell `to`'s people about `what`: every person of a
    /// recipient organisation who works cases, or the document's author.
    pub(crate) async fn notices(
        &self,
        p: &Parties,
        to: Side,
        what: &str,
    ) -> Result<Vec<NewNotice>> {
        let (org, other) = match to {
            Side::Recipient => (&p.recipient, &p.sender),
            Side::Sender => (&p.sender, &p.recipient),
        };
        self.tell(&Tell {
            org,
            roles: roles_for(to, p.kind.as_str(), org),
            only: (to == Side::Sender).then_some(p.owner_id),
            what,
            // People read the document's short reference; the link
            // carries the case's id.
            case: &p.document_reference,
            reference: &p.document_reference,
            other: &other.name,
            urgent: p.urgent,
            path: format!("/cases/{}", p.case_id),
            package_row: p.package_row,
            document_id: p.document_id,
            file_only: p.sender.is_demo || p.recipient.is_demo,
        })
        .await
    }

    /// The notices of `t`, one per person told. Demo organisations'
    /// notices, and any without an SMTP server, go to the outbox folder.
    pub(crate) async fn tell(&self, t: &Tell<'_>) -> Result<Vec<NewNotice>> {
        let people: Vec<(String, String)> = self
            .store
            .org_users(t.org.id)
            .await?
            .into_iter()
            .filter(|(id, _, _, role)| {
                let works = role.parse::<Role>().is_ok_and(|r| t.roles.contains(&r));
                works && t.only.is_none_or(|only| only == *id)
            })
            .map(|(_, email, name, _)| (email, name))
            .collect();
        let file_only = t.file_only || self.config.smtp.is_none();
        let from = self
            .config
            .smtp
            .as_ref()
            .map_or(super::delivery::OUTBOX_FROM, |s| s.from.as_str());
        let locale = self
            .directory
            .get()
            .jurisdiction(t.org.country)
            .and_then(|j| Locale::reader_of(&j.languages))
            .filter(|l| l.is_complete());
        let base = self.config.public_url.as_deref().unwrap_or("");
        let link = format!("{}{}", base.trim_end_matches('/'), t.path);
        let mut out = Vec::new();
        for (email, name) in people {
            let id = uuid::Uuid::new_v4().to_string();
            let Some(message) = notice::build(&notice::Notice {
                id: &id,
                at: self.now(),
                from,
                to: &email,
                to_name: &name,
                what: t.what,
                case: t.case,
                reference: t.reference,
                other: t.other,
                urgent: t.urgent,
                path: &link,
                locale,
            }) else {
                continue;
            };
            out.push(NewNotice {
                message_id: notice::message_id(&id, from),
                public_id: id,
                package_id: t.package_row,
                document_id: t.document_id,
                org_id: t.org.id,
                recipient: email,
                recipient_name: name,
                transport: if file_only { "file" } else { "smtp" },
                envelope_from: from.to_string(),
                message,
            });
        }
        Ok(out)
    }
}

impl App {
    /// Withdraws every open case of a document of the actor's organisation
    /// (any version of it), with the reason. Nothing delivered and open is
    /// a refusal.
    pub async fn withdraw(
        &self,
        actor: &Actor<'_>,
        kind: DocumentKind,
        document_id: &str,
        text: &str,
    ) -> Result<Vec<CaseView>> {
        let doc = match kind {
            DocumentKind::Request => self.request(actor, document_id).await?.doc,
            DocumentKind::Report => self.report(actor, document_id).await?.doc,
        };
        let open: Vec<Case> = self
            .store
            .cases_for_document(doc.id, actor.user.org.id)
            .await?
            .into_iter()
            .filter(|c| CaseStatus::parse(&c.status).is_some_and(|s| !s.is_closed()))
            .collect();
        if open.is_empty() {
            return Err(invalid("document", "case-error-nothing-to-withdraw"));
        }
        let mut out = Vec::new();
        for c in open {
            out.push(
                self.move_case(actor, &c.public_id, Move::Withdraw, None, text)
                    .await?,
            );
        }
        Ok(out)
    }
}
