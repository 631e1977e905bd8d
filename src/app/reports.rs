//! APAC reports and four eyes: the author drafts and submits; a reviewer of
//! the same organisation who is not the author approves (the package is
//! built then) or returns it with comments; a returned report is the
//! author's to change and submit again.

use serde_json::json;

use super::documents::{MEMBERS, REVIEWERS, require};
use super::error::{Refusal, Result};
use super::packaging::files;
use super::status::ReportStatus;
use super::{Actor, App, Loaded, facts};
use crate::domain::country::CountryCode;
use crate::domain::report::{HumanReview, Moment, Report, SCHEMA_VERSION};
use crate::i18n::{Locale, Msg};
use crate::rules::{DestinationError, Outcome};
use crate::store::{Change, Commit, Committed, Create, Delete, ReviewEntry, ReviewLine, Update};

/// The rules of a report's destination applied now, or why they cannot be.
pub type ReportChecks = std::result::Result<Outcome, DestinationError>;

/// What the author accepts when submitting: the warnings they read.
#[derive(Debug, Clone, Default)]
pub struct Submission {
    /// Acknowledgement keys of warnings; `None` keeps the ones the draft has.
    pub acknowledged: Option<Vec<String>>,
}

const IN_REVIEW: &[&str] = &["in_review"];

/// A reviewer's comment is at most this long.
const MAX_COMMENT: usize = 3000;

fn subject(id: &str) -> String {
    format!("report:{id}")
}

/// "PH – Sextortion – shadow_tiger_88": where, what and whom, for lists.
fn title(app: &App, locale: Locale, r: &Report) -> String {
    let mut parts = Vec::new();
    if let Some(j) = r.destination.jurisdiction {
        parts.push(j.to_string());
    }
    if let Some(h) = app.rules.taxonomy.harm(&r.incident.harm) {
        parts.push(locale.t(&h.label_key));
    }
    if let Some(a) = r.reported_persons.first() {
        let name = [&a.screen_name, &a.esp_identifier]
            .into_iter()
            .find(|s| !s.trim().is_empty());
        if let Some(n) = name {
            parts.push(n.clone());
        }
    }
    parts.join(" – ")
}

impl App {
    /// The destination's rules over `r`, now.
    pub fn check_report(&self, r: &Report) -> ReportChecks {
        self.rules
            .check(r, self.now(), &super::packaging::PdfText)
            .map(|(_, o)| o)
    }

    pub fn report_title(&self, locale: Locale, r: &Report) -> String {
        title(self, locale, r)
    }

    /// Why `actor` may not approve or return `loaded`, if they may not.
    pub fn decision_refusal(&self, actor: &Actor<'_>, loaded: &Loaded<Report>) -> Option<Refusal> {
        if !actor.has_role(REVIEWERS) {
            Some(Refusal::Role("reviewers_only"))
        } else if actor.user.id == loaded.doc.owner_id {
            Some(Refusal::FourEyes)
        } else if loaded.status() != ReportStatus::InReview {
            Some(Refusal::WrongState(loaded.doc.status.clone()))
        } else {
            None
        }
    }

    fn author_edits(&self, actor: &Actor<'_>, loaded: &Loaded<Report>) -> Result<()> {
        require(actor, MEMBERS, "members_only")?;
        if !loaded.status().is_editable() {
            return Err(Refusal::WrongState(loaded.doc.status.clone()).into());
        }
        if loaded.doc.owner_id != actor.user.id {
            return Err(Refusal::NotAuthor.into());
        }
        Ok(())
    }

    /// Starts a draft report with `body` (prefilled by the wizard, a whole
    /// document from the API).
    pub async fn create_report(&self, actor: &Actor<'_>, body: Report) -> Result<Committed> {
        require(actor, MEMBERS, "members_only")?;
        super::text::plain_text_only(&body)?;
        self.insert_report(actor, &body, false, None).await
    }

    async fn insert_report(
        &self,
        actor: &Actor<'_>,
        body: &Report,
        training: bool,
        copy_of: Option<&Loaded<Report>>,
    ) -> Result<Committed> {
        let public_id = uuid::Uuid::new_v4().to_string();
        let subject = subject(&public_id);
        let title = title(self, actor.locale, body);
        let json = body.to_json();
        let detail = match copy_of {
            Some(o) => json!({ "copy_of": o.doc.public_id }),
            None => json!({}),
        };
        let mut commit = Commit::new(
            self.now(),
            Change::Create(Create {
                public_id: &public_id,
                kind: "report",
                status: ReportStatus::Draft.as_str(),
                schema_version: i64::from(SCHEMA_VERSION),
                owner_id: actor.user.id,
                org_id: actor.user.org.id,
                training,
                title: &title,
                body: &json,
                follows: None,
            }),
            actor.audit("report.draft_created", &subject, detail),
        );
        commit.search = Some(self.report_keys(body));
        Ok(self.store.commit(&commit).await?)
    }

    /// Saves the author's draft as `body`, if nobody changed it since
    /// `revision`. A returned report becomes a draft again. Returns the new
    /// revision.
    pub async fn save_report(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<Report>,
        revision: i64,
        body: &Report,
    ) -> Result<i64> {
        self.author_edits(actor, loaded)?;
        super::text::plain_text_only(body)?;
        let subject = subject(&loaded.doc.public_id);
        let title = title(self, actor.locale, body);
        let json = body.to_json();
        // The author's own attestation that they viewed a file is audited
        // as such; reopening a returned report too. Compared with the
        // report as stored: callers may have changed `loaded.body`.
        let stored = Report::from_json(&loaded.doc.body).unwrap_or_default();
        let attested: Vec<usize> = body
            .files
            .iter()
            .enumerate()
            .filter(|(i, f)| {
                let who = |f: &crate::domain::report::ReportedFile| {
                    f.review
                        .as_ref()
                        .map(|r| (r.reviewer.clone(), r.at.clone()))
                };
                f.review_attested() && stored.files.get(*i).is_none_or(|old| who(old) != who(f))
            })
            .map(|(i, _)| i)
            .collect();
        let action = match (attested.first(), loaded.status()) {
            (Some(_), _) => "report.file_attested",
            (None, ReportStatus::Returned) => "report.reopened",
            (None, _) => "report.draft_saved",
        };
        let detail = match attested.first() {
            Some(i) => json!({ "file": i, "revision": revision + 1 }),
            None => json!({ "revision": revision + 1 }),
        };
        let mut commit = Commit::new(
            self.now(),
            Change::Update(Update {
                id: loaded.doc.id,
                org_id: actor.user.org.id,
                revision,
                from: ReportStatus::EDITABLE,
                to: ReportStatus::Draft.as_str(),
                title: &title,
                body: &json,
            }),
            actor.audit(action, &subject, detail),
        );
        commit.search = Some(self.report_keys(body));
        Ok(self.store.commit(&commit).await?.revision)
    }

    /// Sends the author's draft to review: it must pass its destination's
    /// rules with every warning acknowledged. It is frozen from then on.
    pub async fn submit_report(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<Report>,
        revision: Option<i64>,
        submission: Submission,
    ) -> Result<Committed> {
        self.author_edits(actor, loaded)?;
        let mut body = loaded.body.clone();
        let outcome = self.check_report(&body).map_err(|_| Refusal::NotReady {
            path: Some("destination.jurisdiction"),
        })?;
        if let Some(acks) = submission.acknowledged {
            body.acknowledged = outcome
                .warnings
                .iter()
                .map(|w| w.ack_key())
                .filter(|k| acks.contains(k))
                .collect();
        }
        let unacknowledged = outcome
            .warnings
            .iter()
            .any(|w| !body.acknowledged.contains(&w.ack_key()));
        if !outcome.errors.is_empty() || unacknowledged {
            return Err(Refusal::NotReady { path: None }.into());
        }
        let subject = subject(&loaded.doc.public_id);
        let title = title(self, actor.locale, &body);
        let json = body.to_json();
        let mut commit = Commit::new(
            self.now(),
            Change::Update(Update {
                id: loaded.doc.id,
                org_id: actor.user.org.id,
                revision: revision.unwrap_or(loaded.doc.revision),
                from: ReportStatus::EDITABLE,
                to: ReportStatus::InReview.as_str(),
                title: &title,
                body: &json,
            }),
            actor.audit(
                "report.submitted",
                &subject,
                json!({
                    "pack_version": outcome.pack_version,
                    "score": outcome.checklist.score,
                    "acknowledged": body.acknowledged,
                }),
            ),
        );
        commit.review = Some(ReviewLine {
            actor_user_id: actor.user.id,
            actor_name: &actor.user.display_name,
            action: "submitted",
            comment: "",
            pack_version: &outcome.pack_version,
        });
        Ok(self.store.commit(&commit).await?)
    }

    /// A reviewer who is not the author sends the report back with
    /// comments; it becomes the author's to change again.
    pub async fn return_report(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<Report>,
        comment: &str,
    ) -> Result<Committed> {
        if let Some(r) = self.decision_refusal(actor, loaded) {
            return Err(r.into());
        }
        let comment = comment.trim();
        let countries = crate::rules::national_id_jurisdictions(&loaded.body);
        check_comment(actor.locale, comment, &countries)?;
        let pack_version = self
            .check_report(&loaded.body)
            .map(|o| o.pack_version)
            .unwrap_or_default();
        let subject = subject(&loaded.doc.public_id);
        let mut commit = Commit::new(
            self.now(),
            Change::Update(Update {
                id: loaded.doc.id,
                org_id: actor.user.org.id,
                revision: loaded.doc.revision,
                from: IN_REVIEW,
                to: ReportStatus::Returned.as_str(),
                title: &loaded.doc.title,
                body: &loaded.doc.body,
            }),
            actor.audit("report.returned", &subject, json!({})),
        );
        commit.review = Some(ReviewLine {
            actor_user_id: actor.user.id,
            actor_name: &actor.user.display_name,
            action: "returned",
            comment,
            pack_version: &pack_version,
        });
        Ok(self.store.commit(&commit).await?)
    }

    /// A reviewer who is not the author approves the report as it passes
    /// the rules now; its package is built with the four-eyes trace and
    /// stored in the same transaction.
    pub async fn approve_report(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<Report>,
    ) -> Result<Committed> {
        if let Some(r) = self.decision_refusal(actor, loaded) {
            return Err(r.into());
        }
        // The packs may have changed since submission: approve only what
        // passes the rules now.
        let outcome = self
            .check_report(&loaded.body)
            .map_err(|_| Refusal::NotReady {
                path: Some("destination.jurisdiction"),
            })?;
        if !outcome.errors.is_empty() {
            return Err(Refusal::NotReady { path: None }.into());
        }
        let at = self.now();
        let mut history = self.review_history(&loaded.doc).await?;
        let submitted = history
            .iter()
            .rev()
            .find(|e| e.action == "submitted")
            .map(|e| e.at.clone());
        history.push(ReviewEntry {
            actor_user_id: actor.user.id,
            actor_name: actor.user.display_name.clone(),
            action: "approved".into(),
            comment: String::new(),
            pack_version: outcome.pack_version.clone(),
            at: crate::domain::time::to_db(at),
        });
        let package = self
            .build_report_package(
                &loaded.doc,
                &loaded.body,
                &outcome,
                history,
                &actor.user.org.name,
                at,
            )
            .await?;
        let package_id = package.package_id.to_string();
        let facts = facts::of_report(&loaded.doc, &loaded.body, &outcome, submitted, at);
        let subject = subject(&loaded.doc.public_id);
        let mut commit = Commit::new(
            at,
            Change::Update(Update {
                id: loaded.doc.id,
                org_id: actor.user.org.id,
                revision: loaded.doc.revision,
                from: IN_REVIEW,
                to: ReportStatus::Approved.as_str(),
                title: &loaded.doc.title,
                body: &loaded.doc.body,
            }),
            actor.audit(
                "report.approved",
                &subject,
                json!({
                    "pack_version": outcome.pack_version,
                    "score": outcome.checklist.score,
                    "package": package_id,
                }),
            ),
        );
        commit.review = Some(ReviewLine {
            actor_user_id: actor.user.id,
            actor_name: &actor.user.display_name,
            action: "approved",
            comment: "",
            pack_version: &outcome.pack_version,
        });
        commit.package = Some(files(&package, loaded.doc.training, &package_id));
        commit.facts = Some(&facts);
        Ok(self.store.commit(&commit).await?)
    }

    /// The deciding reviewer viewed file `index` during review and attests
    /// it: their name and the time go into the otherwise frozen report.
    pub async fn attest_file_review(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<Report>,
        index: usize,
        zone: &str,
    ) -> Result<Committed> {
        if let Some(r) = self.decision_refusal(actor, loaded) {
            return Err(r.into());
        }
        let mut body = loaded.body.clone();
        let file = body.files.get_mut(index).ok_or(Refusal::NotFound)?;
        let hash_list = file
            .review
            .as_ref()
            .map(|r| r.hash_list.clone())
            .unwrap_or_default();
        file.viewed_by_person = Some(true);
        file.review = Some(HumanReview {
            reviewer: actor.user.display_name.clone(),
            at: Moment::new(self.now(), zone),
            hash_list,
        });
        let subject = subject(&loaded.doc.public_id);
        let json = body.to_json();
        let commit = Commit::new(
            self.now(),
            Change::Update(Update {
                id: loaded.doc.id,
                org_id: actor.user.org.id,
                revision: loaded.doc.revision,
                from: IN_REVIEW,
                to: ReportStatus::InReview.as_str(),
                title: &loaded.doc.title,
                body: &json,
            }),
            actor.audit("report.file_attested", &subject, json!({ "file": index })),
        );
        Ok(self.store.commit(&commit).await?)
    }

    /// A new draft of the member's own with a copy of any report of the
    /// organisation; nobody has acknowledged its warnings yet.
    pub async fn duplicate_report(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<Report>,
    ) -> Result<String> {
        require(actor, MEMBERS, "members_only")?;
        let mut body = loaded.body.clone();
        body.acknowledged.clear();
        let done = self
            .insert_report(actor, &body, loaded.doc.training, Some(loaded))
            .await?;
        Ok(done.public_id)
    }

    /// Deletes the author's draft, only if it has never been through review
    /// (a returned report keeps its four-eyes history).
    pub async fn delete_report(&self, actor: &Actor<'_>, loaded: &Loaded<Report>) -> Result<()> {
        self.author_edits(actor, loaded)?;
        let subject = subject(&loaded.doc.public_id);
        let commit = Commit::new(
            self.now(),
            Change::Delete(Delete {
                id: loaded.doc.id,
                org_id: actor.user.org.id,
                from: &["draft"],
                unreviewed: true,
            }),
            actor.audit("report.draft_deleted", &subject, json!({})),
        );
        match self.store.commit(&commit).await {
            Ok(_) => Ok(()),
            // Still a draft, so it was refused for its review history.
            Err(crate::store::CommitError::State(s)) if s == "draft" => {
                Err(Refusal::WrongState("reviewed".into()).into())
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// A reviewer's comment: given, not too long, no national ID.
fn check_comment(locale: Locale, comment: &str, countries: &[CountryCode]) -> Result<()> {
    let problem = if comment.is_empty() {
        Some(Msg::new("report-error-comment-empty"))
    } else if comment.chars().count() > MAX_COMMENT {
        Some(Msg::new("report-error-too-long"))
    } else {
        super::requests::national_id_problem(locale, comment, countries)
    };
    match problem {
        Some(m) => Err(Refusal::Invalid(vec![("comment", m)]).into()),
        None => Ok(()),
    }
}
