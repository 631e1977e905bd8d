//! What a report holds where the rules look: the fields a rule names, and
//! every IP event wherever it sits. The engine and the checklist both read
//! the report through these.

use serde_json::Value;

use super::pack::FieldRule;
use crate::domain::report::{InternetDetail, IpEvent, Report};

/// Whether a rule is met, and if not, where its first alternative is missing.
pub(super) fn rule_missing(doc: &Value, rule: &FieldRule) -> Vec<String> {
    let paths = rule.paths();
    let mut first: Option<Vec<String>> = None;
    for p in &paths {
        let missing = p.missing_in(doc);
        if missing.is_empty() {
            return Vec::new();
        }
        first.get_or_insert(missing);
    }
    first.unwrap_or_default()
}

/// Every IP event in the report, with its path.
pub(super) fn all_ip_events(report: &Report) -> Vec<(String, &IpEvent)> {
    fn list<'a>(out: &mut Vec<(String, &'a IpEvent)>, prefix: String, events: &'a [IpEvent]) {
        for (i, e) in events.iter().enumerate() {
            out.push((format!("{prefix}[{i}]"), e));
        }
    }
    let mut out = Vec::new();
    for (i, a) in report.reported_persons.iter().enumerate() {
        list(
            &mut out,
            format!("reported_persons[{i}].ip_events"),
            &a.ip_events,
        );
    }
    for (i, a) in report.intended_recipients.iter().enumerate() {
        list(
            &mut out,
            format!("intended_recipients[{i}].ip_events"),
            &a.ip_events,
        );
    }
    for (i, v) in report.victims.iter().enumerate() {
        list(&mut out, format!("victims[{i}].ip_events"), &v.ip_events);
    }
    for (i, d) in report.internet_details.iter().enumerate() {
        if let InternetDetail::PeerToPeer { ip_events, .. } = d {
            list(
                &mut out,
                format!("internet_details[{i}].ip_events"),
                ip_events,
            );
        }
    }
    for (i, f) in report.files.iter().enumerate() {
        if let Some(e) = &f.ip_event {
            out.push((format!("files[{i}].ip_event"), e));
        }
    }
    out
}
