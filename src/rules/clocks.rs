//! Deadline clocks: when each of the destination's duties falls due, in the
//! destination's zone and in UTC.

use jiff::tz::TimeZone;
use jiff::{Span, Timestamp, ToSpan};
use serde::Serialize;

use super::pack::{ClockStart, Duty, DutyKind, Period, RulePack};
use crate::directory::Status;
use crate::domain::report::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockStatus {
    /// Due in the future.
    Running,
    /// Due time has passed.
    Overdue,
    /// What starts the clock has not been recorded yet.
    NotStarted,
    /// The law sets no fixed time ("within a reasonable time").
    NoFixedTime,
    /// Recorded as done: by the member, or by the report's delivery.
    Done,
}

/// That a duty was done, when and by whom.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Done {
    pub at: Timestamp,
    /// The person who recorded it; empty when a delivery did it.
    pub by: String,
    pub note: String,
    /// The duty to report was done by delivering the report.
    pub by_delivery: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Clock {
    pub duty: String,
    pub kind: DutyKind,
    pub summary: String,
    pub starts: ClockStart,
    pub verified: bool,
    pub status: ClockStatus,
    pub started_at: Option<Timestamp>,
    pub due_utc: Option<Timestamp>,
    /// The due time on the destination's wall clock, with offset and zone
    /// (`2026-11-21T16:15:30+08:00[Asia/Manila]`).
    pub due_local: Option<String>,
    pub zone: String,
    /// Due the moment it starts ("immediately"): done later is not "late".
    pub immediate: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<Done>,
}

impl Clock {
    /// The clock stopped by `done`.
    pub fn mark_done(&mut self, done: Done) {
        self.status = ClockStatus::Done;
        self.done = Some(done);
    }

    /// Done after it fell due: a fixed period that was missed.
    pub fn done_late(&self) -> bool {
        match (&self.done, self.due_utc) {
            (Some(d), Some(due)) => !self.immediate && d.at > due,
            _ => false,
        }
    }
}

/// When a duty falls due, from its start, counted in `tz`: hours are exact
/// elapsed time; days and months are calendar steps on the destination's
/// wall clock, so a daylight-saving change does not shift the hour.
pub fn due(start: Timestamp, period: Period, tz: &TimeZone) -> Option<jiff::Zoned> {
    let local = start.to_zoned(tz.clone());
    if period.immediate {
        return Some(local);
    }
    let calendar: Span = i64::from(period.months)
        .months()
        .days(i64::from(period.days));
    let after_calendar = local.checked_add(calendar).ok()?;
    after_calendar
        .checked_add(i64::from(period.hours).hours())
        .ok()
}

/// The clocks of `duties` for a given start of each kind.
pub fn deadline_clocks(
    duties: &[Duty],
    start_of: impl Fn(ClockStart) -> Option<Timestamp>,
    zone: &str,
    now: Timestamp,
) -> Vec<Clock> {
    let tz = crate::domain::time::zone(zone).unwrap_or(TimeZone::UTC);
    duties
        .iter()
        .map(|d| {
            let started_at = start_of(d.starts);
            let due_at = match (started_at, d.period) {
                (Some(s), Some(p)) => due(s, p, &tz),
                _ => None,
            };
            let status = match (d.period, started_at, &due_at) {
                (None, _, _) => ClockStatus::NoFixedTime,
                (Some(_), None, _) => ClockStatus::NotStarted,
                (Some(_), Some(_), Some(z)) if z.timestamp() <= now => ClockStatus::Overdue,
                (Some(_), Some(_), _) => ClockStatus::Running,
            };
            Clock {
                duty: d.id.clone(),
                kind: d.kind,
                summary: d.summary.clone(),
                starts: d.starts,
                verified: d.provenance.status == Status::Verified,
                status,
                started_at,
                due_utc: due_at.as_ref().map(|z| z.timestamp()),
                due_local: due_at.as_ref().map(|z| z.to_string()),
                zone: zone.to_string(),
                immediate: d.period.is_some_and(|p| p.immediate),
                done: None,
            }
        })
        .collect()
}

/// The clocks of a report: the base duties and the destination's, in the
/// destination's chosen zone, or the jurisdiction's first.
pub fn for_report(report: &Report, base: &RulePack, pack: &RulePack, now: Timestamp) -> Vec<Clock> {
    let zone = report
        .destination
        .zone
        .as_ref()
        .map(|z| z.as_str().to_string())
        .or_else(|| pack.zones.first().cloned())
        .unwrap_or_else(|| "UTC".to_string());
    let start_of = |s: ClockStart| {
        let m = match s {
            ClockStart::Awareness => report.aware_at.as_ref(),
            ClockStart::Notice => report.preservation.notice_received_at.as_ref(),
            ClockStart::Incident => report.incident.occurred_at.as_ref(),
        };
        m.map(|m| m.at)
    };
    let duties: Vec<Duty> = pack.duties.iter().chain(&base.duties).cloned().collect();
    deadline_clocks(&duties, start_of, &zone, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Provenance;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn period(hours: u32, days: u32, months: u32) -> Period {
        Period {
            immediate: false,
            hours,
            days,
            months,
        }
    }

    fn duty(id: &str, starts: ClockStart, p: Option<Period>) -> Duty {
        Duty {
            id: id.into(),
            kind: DutyKind::Takedown,
            summary: String::new(),
            starts,
            period: p,
            provenance: Provenance {
                source: "test".into(),
                checked: "2026-11-23".parse().unwrap(),
                status: Status::Verified,
                note: String::new(),
            },
        }
    }

    #[test]
    fn twenty_four_hours_in_kathmandu_and_kolkata() {
        let aware = ts("2026-11-20T10:00:00Z");
        let np = due(
            aware,
            period(24, 0, 0),
            &TimeZone::get("Asia/Kathmandu").unwrap(),
        )
        .unwrap();
        assert_eq!(np.timestamp(), ts("2026-11-21T10:00:00Z"));
        assert_eq!(np.to_string(), "2026-11-21T15:45:00+05:45[Asia/Kathmandu]");
        let ind = due(
            aware,
            period(36, 0, 0),
            &TimeZone::get("Asia/Kolkata").unwrap(),
        )
        .unwrap();
        assert_eq!(ind.to_string(), "2026-11-22T03:30:00+05:30[Asia/Kolkata]");
    }

    #[test]
    fn months_and_days_are_calendar_steps_across_australian_zones() {
        // Aware at 09:00 in Sydney on 1 Sep 2026 (AEST, +10). Six months on
        // is 1 Mar 2027, 09:00 local, when Sydney is on daylight time (+11):
        // the wall-clock hour holds and the UTC instant moves by an hour.
        let aware = ts("2026-08-31T23:00:00Z");
        let sydney = TimeZone::get("Australia/Sydney").unwrap();
        let z = due(aware, period(0, 0, 6), &sydney).unwrap();
        assert_eq!(z.to_string(), "2027-03-01T09:00:00+11:00[Australia/Sydney]");
        assert_eq!(z.timestamp(), ts("2027-02-28T22:00:00Z"));
        // Brisbane keeps no daylight saving: the offset stays +10.
        let brisbane = TimeZone::get("Australia/Brisbane").unwrap();
        let z = due(aware, period(0, 0, 6), &brisbane).unwrap();
        assert_eq!(
            z.to_string(),
            "2027-03-01T09:00:00+10:00[Australia/Brisbane]"
        );
        // Perth (+08) sees the start as 07:00; 180 days on is 28 Feb.
        let perth = TimeZone::get("Australia/Perth").unwrap();
        let z = due(aware, period(0, 180, 0), &perth).unwrap();
        assert_eq!(z.to_string(), "2027-02-28T07:00:00+08:00[Australia/Perth]");
    }

    #[test]
    fn statuses_follow_the_start_and_the_period() {
        let duties = [
            duty("a", ClockStart::Awareness, Some(period(24, 0, 0))),
            duty("b", ClockStart::Notice, Some(period(24, 0, 0))),
            duty("c", ClockStart::Awareness, None),
            duty(
                "d",
                ClockStart::Awareness,
                Some(Period {
                    immediate: true,
                    ..period(0, 0, 0)
                }),
            ),
        ];
        let aware = ts("2026-11-20T10:00:00Z");
        let start = |s| (s == ClockStart::Awareness).then_some(aware);
        let now = ts("2026-11-20T12:00:00Z");
        let clocks = deadline_clocks(&duties, start, "Asia/Manila", now);
        let status: Vec<ClockStatus> = clocks.iter().map(|c| c.status).collect();
        assert_eq!(
            status,
            [
                ClockStatus::Running,
                ClockStatus::NotStarted,
                ClockStatus::NoFixedTime,
                ClockStatus::Overdue
            ]
        );
        assert_eq!(clocks[0].due_utc, Some(ts("2026-11-21T10:00:00Z")));
        assert_eq!(
            clocks[0].due_local.as_deref(),
            Some("2026-11-21T18:00:00+08:00[Asia/Manila]")
        );
        let later = deadline_clocks(&duties, start, "Asia/Manila", ts("2026-11-21T10:00:01Z"));
        assert_eq!(later[0].status, ClockStatus::Overdue);
    }

    #[test]
    fn a_done_clock_is_late_only_when_a_fixed_period_was_missed() {
        let immediately = Period {
            immediate: true,
            ..period(0, 0, 0)
        };
        let duties = [
            duty("now", ClockStart::Awareness, Some(immediately)),
            duty("day", ClockStart::Awareness, Some(period(24, 0, 0))),
        ];
        let aware = ts("2026-11-20T10:00:00Z");
        let start = |_| Some(aware);
        let mut clocks = deadline_clocks(&duties, start, "Asia/Seoul", ts("2026-11-22T00:00:00Z"));
        assert!(clocks.iter().all(|c| c.status == ClockStatus::Overdue));
        let done = |at: &str| Done {
            at: ts(at),
            by: "A. Analyst".into(),
            note: String::new(),
            by_delivery: false,
        };
        // Deleted two hours after awareness: "immediately" is met as well as
        // it can be; a day's period that ended yesterday was missed.
        clocks[0].mark_done(done("2026-11-20T12:00:00Z"));
        clocks[1].mark_done(done("2026-11-21T10:00:01Z"));
        assert_eq!(clocks[0].status, ClockStatus::Done);
        assert!(!clocks[0].done_late());
        assert!(clocks[1].done_late());
        clocks[1].mark_done(done("2026-11-21T09:59:59Z"));
        assert!(!clocks[1].done_late());
    }
}
