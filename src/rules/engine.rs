//! Applies the base rules and a destination's pack to a report. Generic:
//! every country difference comes from the pack.

use jiff::Timestamp;
use serde_json::Value;

use super::checklist::{self, Checklist};
use super::clocks::{self, Clock};
use super::finding::{Finding, Severity};
use super::lookup::{all_ip_events, rule_missing};
use super::pack::{FieldRule, RulePack};
use super::{Printable, Rules};
use crate::domain::country::CountryCode;
use crate::domain::email::{EmailAddress, MAX_CC};
use crate::domain::national_id;
use crate::domain::phone::PhoneNumber;
use crate::domain::report::{
    FileAnnotation, HashProblem, IpProblem, Relevance, Report, ReportedFile,
};
use crate::i18n::Msg;

/// NCMEC's limit on its long free-text fields.
const MAX_TEXT: usize = 3000;
/// Clocks on users' machines drift; a time this far ahead is a typo.
const FUTURE_TOLERANCE_SECONDS: i64 = 300;

/// What the rules make of a report for one destination.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub pack_version: String,
    pub base_version: String,
    pub taxonomy_version: String,
    pub errors: Vec<Finding>,
    pub warnings: Vec<Finding>,
    pub checklist: Checklist,
    pub clocks: Vec<Clock>,
}

impl Outcome {
    /// No errors: the report may go (warnings are for the author to weigh).
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }
}

pub fn validate(
    report: &Report,
    pack: &RulePack,
    rules: &Rules,
    now: Timestamp,
    printable: &dyn Printable,
) -> Outcome {
    let doc = report.to_value();
    let mut found = Vec::new();
    let ncmec = (report.destination.also_to_ncmec == Some(true)).then_some(&rules.ncmec);
    for p in [&rules.base, pack].into_iter().chain(ncmec) {
        field_rules(&doc, &p.required, Severity::Error, &mut found);
        field_rules(&doc, &p.recommended, Severity::Warning, &mut found);
    }
    times(&doc, String::new(), now, &mut found);
    national_ids(report, &doc, &mut found);
    // Characters the PDF cannot draw: the JSON keeps them, people reading
    // the PDF would see U+FFFD.
    for (path, chars) in printable.unprintable_in(&doc) {
        found.push(Finding::warning(
            path,
            "unprintable_in_pdf",
            Msg::new("report-unprintable").arg("chars", chars.into_iter().collect::<String>()),
        ));
    }
    ip_events(report, &mut found);
    files(report, rules, &mut found);
    incident(report, rules, &mut found);
    destination(report, pack, &mut found);
    contacts(report, pack, &mut found);
    people(report, &mut found);

    for f in &mut found {
        f.step = step_for(&f.path);
    }
    let (errors, warnings) = found
        .into_iter()
        .partition(|f| f.severity == Severity::Error);
    Outcome {
        pack_version: pack.version.clone(),
        base_version: rules.base.version.clone(),
        taxonomy_version: rules.taxonomy.version.clone(),
        errors,
        warnings,
        checklist: checklist::assess(report, &doc, pack, rules),
        clocks: clocks::for_report(report, &rules.base, pack, now),
    }
}

fn field_rules(doc: &Value, rules: &[FieldRule], severity: Severity, out: &mut Vec<Finding>) {
    for rule in rules {
        let missing = rule_missing(doc, rule);
        if missing.is_empty() {
            continue;
        }
        let (code, key) = match (severity, rule.any_of.is_empty()) {
            (Severity::Error, true) => ("required_field", "report-required-field"),
            (Severity::Error, false) => ("required_field", "report-required-any"),
            (Severity::Warning, true) => ("recommended_field", "report-recommended-field"),
            (Severity::Warning, false) => ("recommended_field", "report-recommended-any"),
        };
        // Fields by the names people read (every pack path has one, checked
        // at load); the raw path only if that check was bypassed.
        let paths: Vec<&str> = match &rule.path {
            Some(p) if rule.any_of.is_empty() => vec![p.as_str()],
            _ => rule.any_of.iter().map(String::as_str).collect(),
        };
        let names: Option<Vec<&'static str>> =
            paths.iter().map(|p| super::field_labels::key(p)).collect();
        let arg = if rule.any_of.is_empty() {
            "field"
        } else {
            "fields"
        };
        let sentence = match (severity, paths.as_slice()) {
            (Severity::Warning, [one]) => super::field_labels::recommendation(one),
            _ => None,
        };
        let message = match (sentence, names) {
            (Some(sentence), _) => Msg::new(sentence),
            (None, Some(keys)) => Msg::new(key).arg_names(arg, keys),
            (None, None) => Msg::new(key).arg(arg, paths.join(", ")),
        };
        // One finding per rule is enough when a list is missing altogether;
        // per element otherwise, so the form can point at each one.
        for path in missing {
            let f = Finding {
                severity,
                path,
                code,
                message: message.clone(),
                rule: Some(rule.id.clone()),
                step: String::new(),
            };
            out.push(f);
        }
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Every moment (an object whose `at` is a time) needs its zone and may
/// not lie in the future.
fn times(v: &Value, here: String, now: Timestamp, out: &mut Vec<Finding>) {
    match v {
        Value::Object(o) => {
            if let Some(Value::String(at)) = o.get("at") {
                if o.get("zone").is_none_or(Value::is_null) {
                    out.push(Finding::error(
                        join(&here, "zone"),
                        "time_zone_missing",
                        Msg::new("report-time-zone-missing"),
                    ));
                }
                if let Ok(t) = at.parse::<Timestamp>()
                    && t.as_second() > now.as_second() + FUTURE_TOLERANCE_SECONDS
                {
                    out.push(Finding::error(
                        join(&here, "at"),
                        "time_in_future",
                        Msg::new("report-time-in-future"),
                    ));
                }
                return;
            }
            for (k, child) in o {
                times(child, join(&here, k), now, out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                times(child, format!("{here}[{i}]"), now, out);
            }
        }
        _ => {}
    }
}

/// Fields of a report that hold typed identifiers, times and references:
/// the national-ID guard looks in them for letter-and-checksum kinds only.
const IDENTIFIER_FIELDS: [&str; 30] = [
    "destination.jurisdiction",
    "destination.authority",
    "incident.harm",
    "*.at",
    "*.zone",
    "*.esp_identifier",
    "*.profile_urls[]",
    "*.emails[].address",
    "*.phones[].number",
    "*.device_ids[].kind",
    "*.device_ids[].value",
    "*.country_code",
    "*.ip_events[].address",
    "files[].ip_event.address",
    "internet_details[].urls[]",
    "internet_details[].addresses[]",
    "internet_details[].phone",
    "internet_details[].file_names[]",
    "files[].file_name",
    "files[].hashes[].value",
    "files[].location_url",
    "livestream.session_id",
    "livestream.viewer_accounts[]",
    "preservation.reference",
    "prior_reports[].reference",
    "reporter.email",
    "reporter.phone",
    "reporter.le_contact.email",
    "reporter.le_contact.phone",
    "reporter.legal_process_url",
];

/// What the guard reads in a report: every string, each field as what it
/// holds.
const NATIONAL_ID_FIELDS: national_id::Fields<'static> = national_id::Fields {
    identifiers: &IDENTIFIER_FIELDS,
    skipped: &[],
};

/// The countries whose identity numbers a report is likely to meet: the
/// destination's and those where its people are believed to be.
pub fn national_id_jurisdictions(report: &Report) -> Vec<CountryCode> {
    let people = report
        .reported_persons
        .iter()
        .chain(&report.intended_recipients)
        .map(|a| &a.estimated_location)
        .chain(report.victims.iter().map(|v| &v.estimated_location));
    let mut out: Vec<CountryCode> = report.destination.jurisdiction.into_iter().collect();
    out.extend(people.filter_map(|l| l.as_ref()?.country_code));
    out.sort();
    out.dedup();
    out
}

/// Every text in the report is judged (DESIGN invariant 3): a number that
/// is certain is an error, one that may be something else (an account id,
/// an order number) a warning the member acknowledges.
fn national_ids(report: &Report, doc: &Value, out: &mut Vec<Finding>) {
    let jurisdictions = national_id_jurisdictions(report);
    for stopped in national_id::judge_document(doc, &NATIONAL_ID_FIELDS, &jurisdictions) {
        let names = stopped.name_keys();
        let finding = match stopped.severity {
            national_id::Severity::Error => {
                Finding::error(stopped.path, "national_id", Msg::new("report-national-id"))
            }
            national_id::Severity::Warning => Finding::warning(
                stopped.path,
                "possible_national_id",
                Msg::new("warning-possible-national-id"),
            ),
        };
        out.push(finding.with_named("id_type", names));
    }
}

fn ip_events(report: &Report, out: &mut Vec<Finding>) {
    for (path, event) in all_ip_events(report) {
        for (field, problem) in event.problems() {
            let at = format!("{path}.{field}");
            out.push(match problem {
                IpProblem::AddressMissing => Finding::error(
                    at,
                    "ip_address_missing",
                    Msg::new("report-ip-address-missing"),
                ),
                IpProblem::NotPublic => {
                    Finding::warning(at, "ip_not_public", Msg::new("report-ip-not-public"))
                }
                IpProblem::PortRange => {
                    Finding::error(at, "port_range", Msg::new("report-port-range"))
                }
                IpProblem::PortMissingNoReason => Finding::error(
                    at,
                    "missing_port_reason",
                    Msg::new("report-missing-port-reason"),
                ),
                IpProblem::PortMissingWithReason => {
                    Finding::warning(at, "port_missing", Msg::new("report-port-missing"))
                }
                IpProblem::TimeMissing => {
                    Finding::error(at, "ip_time_missing", Msg::new("report-ip-time-missing"))
                }
                IpProblem::EventMissing => {
                    Finding::warning(at, "ip_event_missing", Msg::new("report-ip-event-missing"))
                }
            });
        }
        // Behind carrier-grade NAT the access provider matches the second:
        // a time on the full minute was most likely copied without it.
        if let Some(m) = &event.at
            && m.at.as_second().rem_euclid(60) == 0
            && m.at.subsec_nanosecond() == 0
        {
            out.push(Finding::warning(
                format!("{path}.at"),
                "ip_time_to_minute",
                Msg::new("report-ip-time-to-minute"),
            ));
        }
    }
}

fn files(report: &Report, rules: &Rules, out: &mut Vec<Finding>) {
    let needs_review = rules
        .taxonomy
        .harm(&report.incident.harm)
        .is_some_and(|h| h.needs_human_review);
    for (i, file) in report.files.iter().enumerate() {
        let here = format!("files[{i}]");
        if file.hashes.is_empty() {
            out.push(Finding::error(
                format!("{here}.hashes"),
                "file_hash_missing",
                Msg::new("report-file-hash-missing"),
            ));
        }
        for (j, h) in file.hashes.iter().enumerate() {
            if let Err(problem) = h.check() {
                let path = format!("{here}.hashes[{j}].value");
                let msg = match problem {
                    HashProblem::Length { expected, found } => Msg::new("report-hash-length")
                        .arg("kind", h.kind.ncmec_name())
                        .arg("expected", expected)
                        .arg("found", found),
                    HashProblem::Alphabet => {
                        Msg::new("report-hash-alphabet").arg("kind", h.kind.ncmec_name())
                    }
                    HashProblem::Empty => Msg::new("report-hash-empty"),
                };
                out.push(Finding::error(path, problem.code(), msg));
            }
        }
        review(file, &here, needs_review, out);
        if file.relevance == Some(Relevance::SupplementalReported)
            && (file.industry_classification.is_some()
                || file.annotations.contains(&FileAnnotation::PotentialMeme))
        {
            out.push(Finding::error(
                format!("{here}.relevance"),
                "supplemental_classified",
                Msg::new("report-supplemental-classified"),
            ));
        }
    }
}

fn review(file: &ReportedFile, here: &str, needs_review: bool, out: &mut Vec<Finding>) {
    match file.viewed_by_person {
        None => out.push(Finding::warning(
            format!("{here}.viewed_by_person"),
            "viewed_unanswered",
            Msg::new("report-viewed-unanswered"),
        )),
        Some(true) if !file.review_attested() => out.push(Finding::error(
            format!("{here}.review"),
            "review_attestation_missing",
            Msg::new("report-review-attestation-missing"),
        )),
        _ => {}
    }
    if needs_review && file.viewed_by_person != Some(true) {
        out.push(Finding::error(
            format!("{here}.viewed_by_person"),
            "human_review_required",
            Msg::new("report-human-review-required"),
        ));
    }
}

fn too_long(path: &str, text: &str, out: &mut Vec<Finding>) {
    let n = text.chars().count();
    if n > MAX_TEXT {
        out.push(Finding::error(
            path,
            "too_long",
            Msg::new("report-too-long")
                .arg("max", MAX_TEXT)
                .arg("found", n),
        ));
    }
}

fn incident(report: &Report, rules: &Rules, out: &mut Vec<Finding>) {
    let inc = &report.incident;
    // Nobody becomes aware of material before it exists; one of the two
    // times is wrong, and the deadlines run from awareness.
    if let (Some(aware), Some(occurred)) = (&report.aware_at, &inc.occurred_at)
        && aware.at < occurred.at
    {
        out.push(Finding::error(
            "aware_at.at",
            "aware_before_incident",
            Msg::new("report-aware-before-incident"),
        ));
    }
    if inc.child_at_imminent_risk == Some(true) && inc.escalation_reason.trim().is_empty() {
        out.push(Finding::error(
            "incident.escalation_reason",
            "escalation_reason_missing",
            Msg::new("report-escalation-reason-missing"),
        ));
    }
    too_long("incident.escalation_reason", &inc.escalation_reason, out);
    too_long("incident.time_description", &inc.time_description, out);
    too_long("additional_info", &report.additional_info, out);
    if inc.harm.trim().is_empty() {
        return;
    }
    match rules.taxonomy.harm(&inc.harm) {
        None => out.push(Finding::error(
            "incident.harm",
            "unknown_harm",
            Msg::new("report-unknown-harm").arg("harm", &inc.harm),
        )),
        Some(h) => {
            if inc.incident_type.is_some_and(|t| t != h.incident_type) {
                out.push(Finding::warning(
                    "incident.incident_type",
                    "incident_type_mismatch",
                    Msg::new("report-incident-type-mismatch")
                        .arg("expected", h.incident_type.ncmec_value()),
                ));
            }
        }
    }
}

fn destination(report: &Report, pack: &RulePack, out: &mut Vec<Finding>) {
    let d = &report.destination;
    let chosen = d.authority.trim();
    // A replaced authority no longer receives reports: say who does.
    let replaced = pack.former_authority(chosen);
    if let Some((former, now)) = replaced {
        out.push(Finding::error(
            "destination.authority",
            "authority_replaced",
            Msg::new("report-authority-replaced")
                .arg("former", &former.name)
                .arg(
                    "authority",
                    now.map(|a| a.name.as_str()).unwrap_or_default(),
                )
                .arg("date", former.until),
        ));
    }
    match pack.authority(chosen) {
        None if !chosen.is_empty() && replaced.is_none() => {
            let known: Vec<&str> = pack.authorities.iter().map(|a| a.id.as_str()).collect();
            out.push(Finding::error(
                "destination.authority",
                "unknown_authority",
                Msg::new("report-unknown-authority").arg("known", known.join(", ")),
            ));
        }
        // Nobody could confirm how this authority takes reports: the member
        // must find out before relying on the package reaching it.
        Some(a) if !a.intake.provenance.is_verified() => out.push(Finding::warning(
            "destination.authority",
            "intake_unverified",
            Msg::new("report-intake-unverified").arg("authority", &a.name),
        )),
        _ => {}
    }
    if let Some(z) = &d.zone
        && !pack.zones.iter().any(|p| p == z.as_str())
    {
        out.push(Finding::warning(
            "destination.zone",
            "zone_outside_jurisdiction",
            Msg::new("report-zone-outside-jurisdiction").arg("zones", pack.zones.join(", ")),
        ));
    }
}

/// Colleagues copied on the delivery: at most [`MAX_CC`], each at the
/// member's own email domain (the reporter's address), so a report's copy
/// stays inside the member.
fn cc(r: &crate::domain::report::Reporter, out: &mut Vec<Finding>) {
    if r.cc.len() > MAX_CC {
        out.push(Finding::error(
            "reporter.cc",
            "too_many_cc",
            Msg::new("error-cc-too-many").arg("max", MAX_CC),
        ));
    }
    let own = EmailAddress::parse(&r.email).ok();
    for cc in &r.cc {
        let key = match EmailAddress::parse(cc) {
            Err(e) => Some(e.message_key()),
            Ok(a) if own.as_ref().is_some_and(|o| o.domain() != a.domain()) => {
                Some("error-cc-other-domain")
            }
            Ok(_) => None,
        };
        if let Some(key) = key {
            out.push(Finding::error(
                "reporter.cc",
                "cc_invalid",
                Msg::new("error-cc-address")
                    .arg("address", cc)
                    .arg_names("problem", vec![key]),
            ));
        }
    }
}

/// The member's own contact details must work: police will use them.
fn contacts(report: &Report, pack: &RulePack, out: &mut Vec<Finding>) {
    let r = &report.reporter;
    cc(r, out);
    for (path, email) in [
        ("reporter.email", &r.email),
        ("reporter.le_contact.email", &r.le_contact.email),
    ] {
        if !email.trim().is_empty() && EmailAddress::parse(email).is_err() {
            out.push(Finding::error(
                path,
                "email_format",
                Msg::new("report-email-format"),
            ));
        }
    }
    for (path, phone) in [
        ("reporter.phone", &r.phone),
        ("reporter.le_contact.phone", &r.le_contact.phone),
    ] {
        let usable = phone.trim().starts_with('+')
            && pack
                .jurisdiction
                .is_some_and(|c| PhoneNumber::parse(phone, c).is_ok());
        if !phone.trim().is_empty() && !usable {
            out.push(Finding::error(
                path,
                "phone_format",
                Msg::new("report-phone-format"),
            ));
        }
    }
}

/// NCMEC's limit on a person's age.
const MAX_AGE: u8 = 150;

fn people(report: &Report, out: &mut Vec<Finding>) {
    for (i, v) in report.victims.iter().enumerate() {
        let age = &v.age;
        if let (Some(lo), Some(hi)) = (age.estimated_min, age.estimated_max)
            && lo > hi
        {
            out.push(Finding::error(
                format!("victims[{i}].age.estimated_min"),
                "age_range",
                Msg::new("report-age-range"),
            ));
        }
        for (field, value) in [
            ("stated", age.stated),
            ("estimated_min", age.estimated_min),
            ("estimated_max", age.estimated_max),
        ] {
            if value.is_some_and(|a| a > MAX_AGE) {
                out.push(Finding::error(
                    format!("victims[{i}].age.{field}"),
                    "age_out_of_range",
                    Msg::new("report-age-out-of-range").arg("max", MAX_AGE),
                ));
            }
        }
        // Children claim to be adults: the stated age is kept as given,
        // and police need the estimate that shows a child.
        let child_estimated = age.estimated_max.is_some_and(|a| a < 18);
        if age.stated.is_some_and(|a| (18..=MAX_AGE).contains(&a)) && !child_estimated {
            out.push(Finding::warning(
                format!("victims[{i}].age.stated"),
                "stated_age_adult",
                Msg::new("report-stated-age-adult"),
            ));
        }
    }
    if let Some(l) = &report.livestream
        && let (Some(a), Some(b)) = (&l.started_at, &l.ended_at)
        && b.at < a.at
    {
        out.push(Finding::error(
            "livestream.ended_at",
            "time_order",
            Msg::new("report-time-order"),
        ));
    }
    let accounts = report
        .reported_persons
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("reported_persons[{i}]"), &a.phones));
    for (here, phones) in accounts {
        for (j, p) in phones.iter().enumerate() {
            if !p.number.trim().is_empty() && !p.number.trim().starts_with('+') {
                out.push(Finding::warning(
                    format!("{here}.phones[{j}].number"),
                    "phone_not_international",
                    Msg::new("report-phone-not-international"),
                ));
            }
        }
    }
}

/// The wizard page a finding's path points into (`reported_persons[1]
/// .ip_events[0].port` → the account's IP events).
fn step_for(path: &str) -> String {
    fn index_of(path: &str, list: &str) -> Option<usize> {
        let rest = path.strip_prefix(list)?.strip_prefix('[')?;
        rest.split(']').next()?.parse().ok()
    }
    let top = path.split(['.', '[']).next().unwrap_or(path);
    match top {
        "destination" if path.starts_with("destination.jurisdiction") => "destination".into(),
        "destination" => "authority".into(),
        "incident" | "aware_at" => "incident".into(),
        "reported_persons" => match index_of(path, "reported_persons") {
            Some(n) if path.contains("ip_events") => format!("accounts/{n}/ip-events"),
            Some(n) => format!("accounts/{n}"),
            None => "accounts".into(),
        },
        "victims" => match index_of(path, "victims") {
            Some(n) => format!("victims/{n}"),
            None => "victims".into(),
        },
        "files" => match index_of(path, "files") {
            Some(n) => format!("files/{n}"),
            None => "files".into(),
        },
        "internet_details" => "online".into(),
        "livestream" => "livestream".into(),
        "prior_reports" | "no_prior_reports" => "prior".into(),
        "reporter" | "preservation" => "reporter".into(),
        _ => "check".into(),
    }
}
