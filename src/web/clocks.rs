//! A report's deadline clocks as pages show them: on check-your-answers,
//! the review page and both sides' case pages, each with its due time in
//! the destination's zone and in UTC, and what stopped it.

use jiff::Timestamp;

use super::page::Ctx;
use crate::rules::{Clock, ClockStatus, DutyKind};

pub struct ViewClock {
    pub summary: String,
    pub kind: String,
    pub status: String,
    pub tag: &'static str,
    pub due_local: String,
    pub due_utc: String,
    pub verified: bool,
    /// When and by whom it was done ("Done 2026-11-20 14:05 (+08:00) …").
    pub done: String,
    pub note: String,
}

pub fn duty_key(k: DutyKind) -> &'static str {
    match k {
        DutyKind::Report => "report-duty-report",
        DutyKind::Takedown => "report-duty-takedown",
        DutyKind::Preservation => "report-duty-preservation",
        DutyKind::Cooperation => "report-duty-cooperation",
    }
}

/// `t` on the wall clock of `zone`, with its offset and the zone's name.
fn local(t: Timestamp, zone: &str) -> String {
    let tz = crate::domain::time::zone(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    format!("{} {zone}", t.to_zoned(tz).strftime("%Y-%m-%d %H:%M (%:z)"))
}

fn utc(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

fn status(c: &Clock) -> (&'static str, &'static str) {
    match c.status {
        ClockStatus::Running => ("clock-status-running", "blue"),
        ClockStatus::Overdue => ("clock-status-overdue", "red"),
        ClockStatus::NotStarted => ("clock-status-not-started", "grey"),
        ClockStatus::NoFixedTime => ("clock-status-no-fixed-time", "grey"),
        ClockStatus::Done if c.done_late() => ("clock-status-done-late", "orange"),
        ClockStatus::Done => ("clock-status-done", "green"),
    }
}

fn done_line(ctx: &Ctx, c: &Clock) -> String {
    let Some(d) = &c.done else {
        return String::new();
    };
    let at = format!("{} ({})", local(d.at, &c.zone), utc(d.at));
    match d.by_delivery {
        true => ctx.t1("clock-done-by-delivery", "at", at),
        false => ctx.t_args("clock-done-by", &[("at", &at), ("who", &d.by)]),
    }
}

pub fn view_clocks(ctx: &Ctx, clocks: &[Clock]) -> Vec<ViewClock> {
    clocks
        .iter()
        .map(|c| {
            let (key, tag) = status(c);
            ViewClock {
                summary: c.summary.clone(),
                kind: ctx.t(duty_key(c.kind)),
                status: ctx.t(key),
                tag,
                due_local: c.due_utc.map(|t| local(t, &c.zone)).unwrap_or_default(),
                due_utc: c.due_utc.map(utc).unwrap_or_default(),
                verified: c.verified,
                done: done_line(ctx, c),
                note: c.done.as_ref().map(|d| d.note.clone()).unwrap_or_default(),
            }
        })
        .collect()
}
