//! Clocks that act: a preservation runs out a company's stated period after
//! it reached the company, and the officer is reminded 30, 14 and 7 days
//! before; an urgent case that nobody acknowledged in time is flagged on
//! both sides and both are told again. The jobs home calls
//! [`App::send_reminders`]; times come from the app's clock.

use jiff::{SignedDuration, Timestamp, ToSpan};
use serde_json::json;

use super::{Side, Tell};
use crate::app::error::Result;
use crate::app::{App, DocumentKind};
use crate::domain::role::Role;
use crate::domain::time;
use crate::store::{Document, NewAudit};

/// Days before a preservation runs out that the officer is reminded.
pub const PRESERVATION_REMINDERS: [i64; 3] = [30, 14, 7];

/// A delivered preservation and when it runs out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreservationClock {
    pub delivered_at: Timestamp,
    /// The company's stated period, in days.
    pub days: u32,
    pub expires_at: Timestamp,
    /// Whole days left, 0 on the last day; negative once it ran out.
    pub days_left: i64,
    /// The company lets a preservation be extended.
    pub renewable: Option<bool>,
}

impl App {
    /// When a preservation delivered at `delivered_at` to `company_id`
    /// runs out, from the directory's stated period; `None` when the
    /// directory states none.
    pub fn preservation_clock(
        &self,
        company_id: Option<&str>,
        delivered_at: Timestamp,
    ) -> Option<PreservationClock> {
        let directory = self.directory.get();
        let company = directory.company(company_id?)?;
        let days = company.limits.preservation_days?;
        let expires_at = delivered_at
            .to_zoned(jiff::tz::TimeZone::UTC)
            .checked_add(i64::from(days).days())
            .ok()?
            .timestamp();
        let left = expires_at.duration_since(self.now());
        Some(PreservationClock {
            delivered_at,
            days,
            expires_at,
            days_left: left.as_secs().div_euclid(86_400),
            renewable: company.limits.preservation_renewable,
        })
    }

    /// The preservation clock of a final request of the actor's agency,
    /// once it has been delivered.
    pub async fn preservation_of(&self, doc: &Document) -> Result<Option<PreservationClock>> {
        if doc.kind != "request" {
            return Ok(None);
        }
        let body = crate::domain::request::RecordsRequest::from_json(&doc.body)
            .map_err(crate::app::Error::internal)?;
        if body.request_type != Some(crate::domain::request_type::RequestType::Preservation)
            || doc.status != "final"
        {
            return Ok(None);
        }
        let Some(at) = self
            .store
            .delivered_at(doc.id, doc.org_id)
            .await?
            .and_then(|t| time::from_db(&t))
        else {
            return Ok(None);
        };
        Ok(self.preservation_clock(body.company_id.as_deref(), at))
    }

    /// Sends every reminder that is due: returns how many went.
    pub async fn send_reminders(&self) -> Result<usize> {
        Ok(self.remind_preservations().await? + self.remind_unacknowledged().await?)
    }

    async fn remind_preservations(&self) -> Result<usize> {
        let now = self.now();
        let mut sent = 0;
        for p in self.store.delivered_preservations().await? {
            let Some(at) = time::from_db(&p.delivered_at) else {
                continue;
            };
            let Some(clock) = self.preservation_clock(p.company_id.as_deref(), at) else {
                continue;
            };
            if now >= clock.expires_at {
                continue;
            }
            // Every threshold passed is recorded; the nearest one is told.
            let passed: Vec<i64> = PRESERVATION_REMINDERS
                .into_iter()
                .filter(|d| now >= clock.expires_at - SignedDuration::from_hours(24 * d))
                .collect();
            let Some(nearest) = passed.last().copied() else {
                continue;
            };
            let done = self.store.reminders(p.document_id).await?;
            let kinds: Vec<String> = passed
                .iter()
                .rev()
                .map(|d| format!("preservation-{d}"))
                .filter(|k| !done.contains(k))
                .collect();
            if kinds
                .first()
                .is_none_or(|k| *k != format!("preservation-{nearest}"))
            {
                continue;
            }
            let Some(org) = self.store.org_by_id(p.org_id).await? else {
                continue;
            };
            let expires = clock.expires_at.strftime("%Y-%m-%d %H:%M UTC").to_string();
            let notices = self
                .tell(&Tell {
                    org: &org,
                    roles: &[Role::Officer],
                    only: Some(p.owner_id),
                    what: "case-notice-preservation",
                    case: &expires,
                    reference: &p.public_id,
                    other: &nearest.to_string(),
                    urgent: nearest <= 7,
                    path: format!("/requests/{}/done", p.public_id),
                    package_row: p.package_id,
                    document_id: p.document_id,
                    file_only: org.is_demo,
                })
                .await?;
            let subject = format!("request:{}", p.public_id);
            let audit = NewAudit {
                actor_user_id: None,
                org_id: Some(p.org_id),
                action: "reminder.preservation",
                subject: &subject,
                ip: None,
                detail: json!({ "days_before": nearest, "expires_at": time::to_db(clock.expires_at), "notices": notices.len() }),
            };
            if self
                .store
                .record_reminder(p.document_id, &kinds, &notices, &audit, &time::to_db(now))
                .await?
            {
                sent += 1;
            }
        }
        Ok(sent)
    }

    async fn remind_unacknowledged(&self) -> Result<usize> {
        let now = self.now();
        let wait = SignedDuration::from_mins(i64::from(self.config.delivery.emergency_ack_minutes));
        let before = time::to_db(now - wait);
        let mut sent = 0;
        for id in self.store.unacknowledged_urgent(&before).await? {
            let Some(c) = self.store.case_by_row(id).await? else {
                continue;
            };
            let parties = self.parties(&c).await?;
            let mut notices = self
                .notices(&parties, Side::Recipient, "case-notice-unacknowledged")
                .await?;
            notices.extend(
                self.notices(&parties, Side::Sender, "case-notice-unacknowledged-sender")
                    .await?,
            );
            let subject = format!("case:{}", c.public_id);
            let audit = NewAudit {
                actor_user_id: None,
                org_id: Some(c.recipient_org_id),
                action: "reminder.unacknowledged",
                subject: &subject,
                ip: None,
                detail: json!({ "minutes": wait.as_mins(), "notices": notices.len() }),
            };
            let kinds = [format!("unacknowledged:{}", c.id)];
            if self
                .store
                .record_reminder(c.document_id, &kinds, &notices, &audit, &time::to_db(now))
                .await?
            {
                sent += 1;
            }
        }
        Ok(sent)
    }

    /// An urgent case waits unacknowledged past the configured time.
    pub fn overdue_acknowledgement(&self, c: &crate::store::Case) -> bool {
        let wait = SignedDuration::from_mins(i64::from(self.config.delivery.emergency_ack_minutes));
        c.urgent
            && c.status == "received"
            && time::from_db(&c.received_at).is_some_and(|t| self.now() >= t + wait)
    }
}

/// The kind of a case as its notices name it.
pub(super) fn kind_of(kind: &str) -> DocumentKind {
    if kind == "request" {
        DocumentKind::Request
    } else {
        DocumentKind::Report
    }
}
