//! What the check and review pages both show of a report: its checklist,
//! its deadline clocks and its four-eyes history.

use super::*;
use crate::rules::{Clock, ClockStatus, DutyKind};
use crate::store::ReviewEntry;
use crate::web::findings::ViewItem;

pub(super) struct ViewClock {
    pub summary: String,
    pub kind: String,
    pub status: String,
    pub tag: &'static str,
    pub due_local: String,
    pub due_utc: String,
    pub verified: bool,
}

pub(super) fn view_checklist(ctx: &Ctx, id: &str, o: &Outcome) -> Vec<ViewItem> {
    let base = format!("/reports/{id}");
    o.checklist
        .items
        .iter()
        .map(|i| ViewItem {
            title: ctx.t(i.id.label_key()),
            why: ctx.t(i.id.why_key()),
            weight: i.weight,
            ..ViewItem::new(ctx, &base, i.id.step(), i.status)
        })
        .collect()
}

fn duty_key(k: DutyKind) -> &'static str {
    match k {
        DutyKind::Report => "report-duty-report",
        DutyKind::Takedown => "report-duty-takedown",
        DutyKind::Preservation => "report-duty-preservation",
        DutyKind::Cooperation => "report-duty-cooperation",
    }
}

pub(super) fn view_clocks(ctx: &Ctx, clocks: &[Clock]) -> Vec<ViewClock> {
    clocks
        .iter()
        .map(|c| {
            let (status, tag) = match c.status {
                ClockStatus::Running => ("clock-status-running", "blue"),
                ClockStatus::Overdue => ("clock-status-overdue", "red"),
                ClockStatus::NotStarted => ("clock-status-not-started", "grey"),
                ClockStatus::NoFixedTime => ("clock-status-no-fixed-time", "grey"),
            };
            let due_local = c
                .due_local
                .as_deref()
                .and_then(|s| s.parse::<jiff::Zoned>().ok())
                .map(|z| format!("{} {}", z.strftime("%Y-%m-%d %H:%M (%:z)"), c.zone))
                .unwrap_or_default();
            ViewClock {
                summary: c.summary.clone(),
                kind: ctx.t(duty_key(c.kind)),
                status: ctx.t(status),
                tag,
                due_local,
                due_utc: c
                    .due_utc
                    .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
                    .unwrap_or_default(),
                verified: c.verified,
            }
        })
        .collect()
}

pub(super) struct ViewEntry {
    pub who: String,
    pub action: String,
    pub at: String,
    pub comment: String,
    pub pack_version: String,
    pub returned: bool,
}

pub(super) fn view_history(ctx: &Ctx, entries: &[ReviewEntry]) -> Vec<ViewEntry> {
    entries
        .iter()
        .map(|e| ViewEntry {
            who: e.actor_name.clone(),
            action: ctx.t(match e.action.as_str() {
                "submitted" => "report-review-action-submitted",
                "returned" => "report-review-action-returned",
                _ => "report-review-action-approved",
            }),
            at: crate::domain::time::from_db(&e.at)
                .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
                .unwrap_or_else(|| e.at.clone()),
            comment: e.comment.clone(),
            pack_version: e.pack_version.clone(),
            returned: e.action == "returned",
        })
        .collect()
}
