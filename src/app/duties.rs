//! A report's legal clocks after approval. Each duty of the destination's
//! rule pack runs until the member records it done (a takedown, a
//! preservation, a cooperation), or, for the duty to report, until the
//! report reaches its destination. A clock that can never be closed would
//! say *Overdue* for ever (Korea's "delete immediately").

use serde_json::json;

use super::documents::{MEMBERS, require};
use super::error::{Refusal, Result};
use super::{Actor, App, Loaded, ReportStatus};
use crate::domain::country::CountryCode;
use crate::domain::report::Report;
use crate::domain::time;
use crate::i18n::Msg;
use crate::rules::{Clock, ClockStatus, Done, DutyKind};
use crate::store::{Document, NewDutyRecord};

/// A note on a done duty is at most this long.
const MAX_NOTE: usize = 1000;

/// Clocks drift; a done time further ahead than this is a typo.
const FUTURE_TOLERANCE_SECONDS: i64 = 300;

fn invalid(field: &'static str, key: &'static str) -> super::Error {
    Refusal::Invalid(vec![(field, Msg::new(key))]).into()
}

impl App {
    /// The clocks of a stored report now, each stopped by what was
    /// recorded or delivered. Empty while it has no destination.
    pub async fn report_clocks(&self, doc: &Document, body: &Report) -> Result<Vec<Clock>> {
        let Ok(outcome) = self.check_report(body) else {
            return Ok(Vec::new());
        };
        let mut clocks = outcome.clocks;
        let records = self.store.duty_records(doc.id, doc.org_id).await?;
        let delivered = match doc.status == ReportStatus::Approved.as_str() {
            true => self.store.delivered_at(doc.id, doc.org_id).await?,
            false => None,
        };
        for c in &mut clocks {
            if let Some(r) = records.iter().find(|r| r.duty == c.duty) {
                if let Some(at) = time::from_db(&r.done_at) {
                    c.mark_done(Done {
                        at,
                        by: r.done_by.clone(),
                        note: r.note.clone(),
                        by_delivery: false,
                    });
                }
            } else if c.kind == DutyKind::Report
                && let Some(at) = delivered.as_deref().and_then(time::from_db)
            {
                c.mark_done(Done {
                    at,
                    by: String::new(),
                    note: String::new(),
                    by_delivery: true,
                });
            }
        }
        Ok(clocks)
    }

    /// Records that the member did `duty` of an approved report at `at`
    /// (now, when not given), with an optional note. Recording it again
    /// corrects the record; both are audited, and the recipient sees it in
    /// the case's history.
    pub async fn record_duty_done(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<Report>,
        duty: &str,
        at: Option<jiff::Timestamp>,
        note: &str,
    ) -> Result<Vec<Clock>> {
        require(actor, MEMBERS, "members_only")?;
        if loaded.status() != ReportStatus::Approved {
            return Err(Refusal::WrongState(loaded.doc.status.clone()).into());
        }
        let clocks = self.report_clocks(&loaded.doc, &loaded.body).await?;
        let clock = clocks
            .iter()
            .find(|c| c.duty == duty)
            .ok_or(Refusal::NotFound)?;
        if clock.status == ClockStatus::NotStarted {
            return Err(invalid("done_at", "duty-error-not-started"));
        }
        let now = self.now();
        let at = at.unwrap_or(now);
        if at.as_second() > now.as_second() + FUTURE_TOLERANCE_SECONDS {
            return Err(invalid("done_at", "duty-error-future"));
        }
        let note = self.duty_note(actor, &loaded.body, note)?;
        let subject = format!("report:{}", loaded.doc.public_id);
        let done_at = time::to_db(at);
        let audit = actor.audit(
            match clock.done.as_ref().is_some_and(|d| !d.by_delivery) {
                true => "report.duty_corrected",
                false => "report.duty_done",
            },
            &subject,
            json!({ "duty": duty, "done_at": done_at }),
        );
        let record = NewDutyRecord {
            document_id: loaded.doc.id,
            duty,
            done_at: &done_at,
            done_by: actor.user.id,
            note: &note,
        };
        self.store
            .record_duty(&record, &audit, &time::to_db(now))
            .await?;
        self.report_clocks(&loaded.doc, &loaded.body).await
    }

    /// A note on a done duty: plain text, short, no national ID.
    fn duty_note(&self, actor: &Actor<'_>, body: &Report, note: &str) -> Result<String> {
        let note = note.trim();
        if note.chars().count() > MAX_NOTE {
            return Err(invalid("note", "error-text-too-long"));
        }
        super::text::plain_text_only(&note)
            .map_err(|_| invalid("note", "error-text-control-character"))?;
        let mut countries: Vec<CountryCode> = vec![actor.user.org.country];
        countries.extend(body.destination.jurisdiction);
        if let Some(m) = super::requests::national_id_problem(actor.locale, note, &countries) {
            return Err(Refusal::Invalid(vec![("note", m)]).into());
        }
        Ok(note.to_string())
    }
}
