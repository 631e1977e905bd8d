//! The actionability checklist: what police need to act on a report without
//! writing back, item by item, with a weight and a status, and a score.
//!
//! Score = the sum of weight × credit over the items that apply, divided by
//! the sum of their weights, as a whole percentage. Credit is 1 for met,
//! 1/2 for partly met and 0 for missing; items that do not apply count
//! neither way. README.md explains it for users.

use serde::Serialize;
use serde_json::Value;

use super::Rules;
use super::lookup::{all_ip_events, rule_missing};
use super::pack::RulePack;
use crate::domain::report::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemId {
    ReportedAccount,
    IpPortTime,
    Location,
    VictimAge,
    HumanReview,
    Escalation,
    PriorReports,
    Contact247,
    JurisdictionFields,
}

impl ItemId {
    pub const ALL: [ItemId; 9] = [
        ItemId::ReportedAccount,
        ItemId::IpPortTime,
        ItemId::Location,
        ItemId::VictimAge,
        ItemId::HumanReview,
        ItemId::Escalation,
        ItemId::PriorReports,
        ItemId::Contact247,
        ItemId::JurisdictionFields,
    ];

    /// How much the item counts. Identifiers and a traceable IP lead police
    /// to a person; the rest speeds triage or follow-up.
    pub fn weight(self) -> u32 {
        match self {
            ItemId::ReportedAccount => 20,
            ItemId::IpPortTime => 20,
            ItemId::Location => 10,
            ItemId::VictimAge => 10,
            ItemId::HumanReview => 10,
            ItemId::Escalation => 10,
            ItemId::PriorReports => 5,
            ItemId::Contact247 => 5,
            ItemId::JurisdictionFields => 10,
        }
    }

    /// The builder page that improves the item, under the report's address.
    pub fn step(self) -> &'static str {
        match self {
            ItemId::ReportedAccount | ItemId::IpPortTime | ItemId::Location => "accounts",
            ItemId::VictimAge => "victims",
            ItemId::HumanReview => "files",
            ItemId::Escalation => "incident",
            ItemId::PriorReports => "prior",
            ItemId::Contact247 => "reporter",
            ItemId::JurisdictionFields => "check",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            ItemId::ReportedAccount => "report-checklist-reported-account",
            ItemId::IpPortTime => "report-checklist-ip-port-time",
            ItemId::Location => "report-checklist-location",
            ItemId::VictimAge => "report-checklist-victim-age",
            ItemId::HumanReview => "report-checklist-human-review",
            ItemId::Escalation => "report-checklist-escalation",
            ItemId::PriorReports => "report-checklist-prior-reports",
            ItemId::Contact247 => "report-checklist-contact-247",
            ItemId::JurisdictionFields => "report-checklist-jurisdiction-fields",
        }
    }

    /// Why the item matters to police.
    pub fn why_key(self) -> &'static str {
        match self {
            ItemId::ReportedAccount => "report-checklist-reported-account-why",
            ItemId::IpPortTime => "report-checklist-ip-port-time-why",
            ItemId::Location => "report-checklist-location-why",
            ItemId::VictimAge => "report-checklist-victim-age-why",
            ItemId::HumanReview => "report-checklist-human-review-why",
            ItemId::Escalation => "report-checklist-escalation-why",
            ItemId::PriorReports => "report-checklist-prior-reports-why",
            ItemId::Contact247 => "report-checklist-contact-247-why",
            ItemId::JurisdictionFields => "report-checklist-jurisdiction-fields-why",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Met,
    Partly,
    Missing,
    NotApplicable,
}

impl ItemStatus {
    pub fn label_key(self) -> &'static str {
        match self {
            ItemStatus::Met => "report-checklist-status-met",
            ItemStatus::Partly => "report-checklist-status-partly",
            ItemStatus::Missing => "report-checklist-status-missing",
            ItemStatus::NotApplicable => "report-checklist-status-not-applicable",
        }
    }

    /// Credit in halves, so the arithmetic stays in integers.
    fn halves(self) -> u32 {
        match self {
            ItemStatus::Met => 2,
            ItemStatus::Partly => 1,
            ItemStatus::Missing | ItemStatus::NotApplicable => 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    pub id: ItemId,
    pub weight: u32,
    pub status: ItemStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checklist {
    pub items: Vec<ChecklistItem>,
    /// 0–100.
    pub score: u32,
}

/// Met when every element passes, partly when some do, missing when none
/// do or there are none.
fn share(passing: usize, total: usize) -> ItemStatus {
    match (passing, total) {
        (_, 0) | (0, _) => ItemStatus::Missing,
        (p, t) if p >= t => ItemStatus::Met,
        _ => ItemStatus::Partly,
    }
}

pub(super) fn assess(report: &Report, doc: &Value, pack: &RulePack, rules: &Rules) -> Checklist {
    let harm = rules.taxonomy.harm(&report.incident.harm);
    let items = ItemId::ALL
        .into_iter()
        .map(|id| {
            let status = match id {
                ItemId::ReportedAccount => reported_account(report),
                ItemId::IpPortTime => {
                    let events = all_ip_events(report);
                    let traceable = events.iter().filter(|(_, e)| e.is_traceable()).count();
                    share(traceable, events.len())
                }
                ItemId::Location => location(report),
                ItemId::VictimAge => {
                    if harm.is_some_and(|h| !h.victim_expected) {
                        ItemStatus::NotApplicable
                    } else {
                        let aged = report.victims.iter().filter(|v| !v.age.is_empty()).count();
                        share(aged, report.victims.len())
                    }
                }
                ItemId::HumanReview => {
                    if report.files.is_empty() {
                        ItemStatus::NotApplicable
                    } else {
                        let attested = report.files.iter().filter(|f| f.review_attested()).count();
                        share(attested, report.files.len())
                    }
                }
                ItemId::Escalation => match report.incident.child_at_imminent_risk {
                    Some(false) => ItemStatus::NotApplicable,
                    Some(true) if !report.incident.escalation_reason.trim().is_empty() => {
                        ItemStatus::Met
                    }
                    _ => ItemStatus::Missing,
                },
                ItemId::PriorReports => {
                    let given = report
                        .prior_reports
                        .iter()
                        .any(|p| !p.reference.trim().is_empty());
                    match (given, report.no_prior_reports) {
                        (true, _) => ItemStatus::Met,
                        (false, Some(true)) => ItemStatus::NotApplicable,
                        _ => ItemStatus::Missing,
                    }
                }
                ItemId::Contact247 => {
                    let c = &report.reporter.le_contact;
                    let phone = !c.phone.trim().is_empty();
                    let name = !c.name.trim().is_empty();
                    match (phone, name, c.around_the_clock) {
                        (true, true, Some(true)) => ItemStatus::Met,
                        (false, false, _) => ItemStatus::Missing,
                        _ => ItemStatus::Partly,
                    }
                }
                ItemId::JurisdictionFields => {
                    let all: Vec<_> = rules.base.required.iter().chain(&pack.required).collect();
                    let met = all
                        .iter()
                        .filter(|r| rule_missing(doc, r).is_empty())
                        .count();
                    share(met, all.len())
                }
            };
            ChecklistItem {
                id,
                weight: id.weight(),
                status,
            }
        })
        .collect::<Vec<_>>();
    Checklist {
        score: score(&items),
        items,
    }
}

pub fn score(items: &[ChecklistItem]) -> u32 {
    let applicable = items
        .iter()
        .filter(|i| i.status != ItemStatus::NotApplicable);
    let possible: u32 = applicable.clone().map(|i| i.weight * 2).sum();
    let earned: u32 = applicable.map(|i| i.weight * i.status.halves()).sum();
    if possible == 0 {
        return 0;
    }
    // Rounded to the nearest whole percent.
    (earned * 100 + possible / 2) / possible
}

/// Met: every reported account has an internal id, a name or URL, and a
/// verified email or phone. Partly: some identifier on some account.
fn reported_account(report: &Report) -> ItemStatus {
    let accounts = &report.reported_persons;
    if accounts.is_empty() {
        return ItemStatus::Missing;
    }
    let full = accounts
        .iter()
        .filter(|a| {
            let id = !a.esp_identifier.trim().is_empty();
            let name = !a.screen_name.trim().is_empty() || !a.profile_urls.is_empty();
            let verified = a.emails.iter().any(|e| e.verified == Some(true))
                || a.phones.iter().any(|p| p.verified == Some(true));
            id && name && verified
        })
        .count();
    if full == accounts.len() {
        ItemStatus::Met
    } else if accounts.iter().any(|a| a.has_identifier()) {
        ItemStatus::Partly
    } else {
        ItemStatus::Missing
    }
}

/// Met: a country for every reported account. Partly: any location at all.
fn location(report: &Report) -> ItemStatus {
    let accounts = &report.reported_persons;
    let with_country = accounts
        .iter()
        .filter(|a| {
            a.estimated_location
                .as_ref()
                .is_some_and(|l| l.country_code.is_some())
        })
        .count();
    if !accounts.is_empty() && with_country == accounts.len() {
        return ItemStatus::Met;
    }
    let any = accounts
        .iter()
        .filter_map(|a| a.estimated_location.as_ref())
        .chain(
            report
                .victims
                .iter()
                .filter_map(|v| v.estimated_location.as_ref()),
        )
        .any(|l| !l.is_empty());
    if any {
        ItemStatus::Partly
    } else {
        ItemStatus::Missing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: ItemId, status: ItemStatus) -> ChecklistItem {
        ChecklistItem {
            id,
            weight: id.weight(),
            status,
        }
    }

    #[test]
    fn weights_sum_to_one_hundred() {
        assert_eq!(ItemId::ALL.iter().map(|i| i.weight()).sum::<u32>(), 100);
    }

    #[test]
    fn score_counts_halves_and_skips_what_does_not_apply() {
        let all_met: Vec<_> = ItemId::ALL
            .into_iter()
            .map(|i| item(i, ItemStatus::Met))
            .collect();
        assert_eq!(score(&all_met), 100);
        let none: Vec<_> = ItemId::ALL
            .into_iter()
            .map(|i| item(i, ItemStatus::Missing))
            .collect();
        assert_eq!(score(&none), 0);
        // Account met (20), IP partly (10 of 20), the rest missing, and
        // escalation not applicable: 30 of 90 = 33%.
        let mut mixed = none.clone();
        mixed[0].status = ItemStatus::Met;
        mixed[1].status = ItemStatus::Partly;
        mixed[5].status = ItemStatus::NotApplicable;
        assert_eq!(score(&mixed), 33);
    }
}
