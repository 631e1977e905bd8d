//! The records request as labelled parts, the same for every reader: check
//! your answers (with Change links that come back there), the confirmation
//! page and the package's PDF. Labels stay message keys so each reader
//! renders them in its own language(s); values that are choices are
//! rendered in `values`.

use crate::directory::Directory;
use crate::domain::identifier::IdentifierKind;
use crate::domain::request::{Preservation, RecordsRequest, ZonedTime};
use crate::domain::request_type::RequestType;
use crate::i18n::Locale;
use crate::rules::request as request_rules;

pub use super::{Answer, Part, Records};

/// Shows `t` as "2026-11-01 18:15 Asia/Manila (2026-11-01 10:15 UTC)",
/// with the seconds when they are known.
pub fn both_times(t: &ZonedTime) -> String {
    let clock = if t.to_the_second() {
        "%Y-%m-%d %H:%M:%S"
    } else {
        "%Y-%m-%d %H:%M"
    };
    let utc = format!("{} UTC", t.utc.strftime(clock));
    match t.local() {
        Some(z) => format!("{} {} ({utc})", z.strftime(clock), t.zone),
        None => utc,
    }
}

/// Every part of the request, in the order of the builder's steps.
pub fn parts(directory: &Directory, values: Locale, r: &RecordsRequest) -> Vec<Part> {
    let tr = |key: &str| values.t(key);
    let mut out = Vec::new();
    let mut section = |title: &'static str, step: &'static str, fill: &dyn Fn(&mut Part)| {
        let mut b = Part::new(title, step);
        fill(&mut b);
        if !b.answers.is_empty() || b.records.is_some() {
            out.push(b);
        }
    };
    let company = r.company_id.as_deref().and_then(|c| directory.company(c));
    section("request-step-company", "company", &|b| {
        b.row(
            "check-company",
            company.map(|c| c.name.clone()).unwrap_or_default(),
        );
        // A company with one legal entity leaves nothing to choose.
        let entity = r.entity.clone().unwrap_or_default();
        match company.is_some_and(|c| c.entities.len() == 1) {
            true => b.derived("check-entity", entity),
            false => b.row("check-entity", entity),
        }
        if let Some(c) = company {
            // Never an address nobody published: the channel says "none".
            let intake = match c.intake.published() {
                Some(address) => address.to_string(),
                None => tr("channel-none-published"),
            };
            b.derived("check-intake", intake);
        }
    });
    section("request-step-type", "type", &|b| {
        b.row(
            "check-type",
            r.request_type
                .map(|t| tr(t.label_key()))
                .unwrap_or_default(),
        );
    });
    if r.request_type == Some(RequestType::Preservation) {
        section(
            "request-step-preservation",
            "preservation",
            &|b| match &r.preservation {
                Some(Preservation::Original) => {
                    b.row("check-preservation", tr("request-preservation-original"))
                }
                Some(Preservation::Extension {
                    original_reference,
                    original_expiry,
                }) => {
                    b.row("check-preservation", tr("request-preservation-extension"));
                    b.row("request-preservation-reference", original_reference.clone());
                    b.row("answer-preservation-expiry", original_expiry.to_string());
                }
                None => b.row("check-preservation", String::new()),
            },
        );
    }
    section("request-step-basis", "basis", &|b| {
        let basis = r.legal_basis.as_ref();
        b.row(
            "check-basis",
            basis.map(|x| tr(x.kind.summary_key())).unwrap_or_default(),
        );
        // The provision is shown whenever one is cited, required or not.
        if let Some(x) = basis.filter(|x| x.kind.needs_provision() || !x.provision.is_empty()) {
            b.row("check-provision", x.provision.clone());
        }
        if let Some(x) = basis.filter(|x| x.kind.needs_provision() || !x.reference.is_empty()) {
            b.row("check-reference", x.reference.clone());
        }
    });
    section("request-step-requester", "requester", &|b| {
        let q = r.requester.clone().unwrap_or_default();
        b.row("request-requester-name", q.name);
        b.row("request-requester-rank", q.rank);
        b.row("request-requester-badge", q.badge);
        b.row("request-requester-email", q.email);
        b.row("request-requester-phone", q.phone);
        b.row("request-requester-agency", q.agency);
        if !q.unit.is_empty() {
            b.row("request-requester-unit", q.unit);
        }
        b.row("request-requester-case", q.case_number);
        b.row("request-requester-offence", q.offence);
        if !q.cc.is_empty() {
            b.row("requester-cc", q.cc.join(", "));
        }
    });
    section("request-step-targets", "targets", &|b| {
        if r.targets.is_empty() {
            b.row("check-targets", String::new());
        } else {
            b.records = Some(targets(directory, values, r));
        }
    });
    section("request-step-data", "data", &|b| match &r.data {
        Some(d) => {
            let cats: Vec<String> = d.categories.iter().map(|c| tr(c.label_key())).collect();
            b.row("request-data-categories", cats.join(", "));
            b.row("request-data-start", both_times(&d.start));
            b.row("request-data-end", both_times(&d.end));
            if !d.details.is_empty() {
                b.row("answer-data-details", d.details.clone());
            }
        }
        None => b.row("request-data-categories", String::new()),
    });
    if r.request_type == Some(RequestType::Emergency) {
        section("request-step-emergency", "emergency", &|b| {
            let e = r.emergency.clone().unwrap_or_default();
            b.row(
                "request-emergency-nature",
                e.nature.map(|n| tr(n.label_key())).unwrap_or_default(),
            );
            b.row("answer-emergency-imminence", e.imminence);
            b.row("answer-emergency-person", e.person_at_risk);
            b.row("answer-emergency-why", e.why_urgent);
            b.row("request-emergency-callback", e.callback);
            b.row("request-emergency-supervisor", e.supervisor_name);
            b.row("request-emergency-supervisor-contact", e.supervisor_contact);
        });
    }
    section(
        "request-step-non-disclosure",
        "non-disclosure",
        &|b| match &r.non_disclosure {
            Some(n) => {
                b.row(
                    "answer-ndo-requested",
                    tr(if n.requested { "yes" } else { "no" }),
                );
                if n.requested {
                    b.row("request-ndo-basis", n.basis.clone());
                    b.row(
                        "answer-ndo-until",
                        n.until.map(|d| d.to_string()).unwrap_or_default(),
                    );
                }
            }
            None => b.row("answer-ndo-requested", String::new()),
        },
    );
    let needs_process = r
        .request_type
        .is_some_and(request_rules::needs_legal_process);
    if needs_process || r.legal_process.is_some() {
        section(
            "request-step-legal-process",
            "legal-process",
            &|b| match &r.legal_process {
                Some(f) => {
                    b.row(
                        "check-legal-process-file",
                        format!("{} ({})", f.file_name, f.size_text()),
                    );
                    b.derived("check-sha256", f.sha256.clone());
                    b.row(
                        "request-legal-process-signed",
                        f.signed_on.map(|d| d.to_string()).unwrap_or_default(),
                    );
                    b.row("request-legal-process-signatory", f.signatory.clone());
                    b.row(
                        "answer-legal-process-english",
                        tr(if f.english { "yes" } else { "no" }),
                    );
                }
                None => b.row("check-legal-process-file", String::new()),
            },
        );
    }
    out
}

/// One row per identifier: type, value, period (UTC and local), IP details.
fn targets(directory: &Directory, values: Locale, r: &RecordsRequest) -> Records {
    let rows = r
        .targets
        .iter()
        .map(|t| {
            let window = t
                .window
                .as_ref()
                .map(|w| format!("{}\n– {}", both_times(&w.start), both_times(&w.end)))
                .unwrap_or_default();
            let seen = t.observed_at.as_ref().map(both_times).unwrap_or_default();
            let port = match (t.kind, t.port) {
                (_, Some(p)) => p.to_string(),
                (IdentifierKind::Ip, None) => values.t("package-request-no-port"),
                _ => String::new(),
            };
            let mut note = t.note.clone();
            if let Some(c) = t.country {
                // The country by name, as everywhere else ("Korea", not "KR").
                let name = directory
                    .jurisdiction(c)
                    .map(|j| j.name_en.clone())
                    .unwrap_or_else(|| c.to_string());
                note = if note.is_empty() {
                    name
                } else {
                    format!("{name} · {note}")
                };
            }
            vec![
                values.t(t.kind.label_key()),
                t.value.clone(),
                window,
                seen,
                port,
                note,
            ]
        })
        .collect();
    Records {
        columns: vec![
            "target-kind",
            "request-target-value",
            "target-window",
            "target-observed",
            "target-port",
            "target-note",
        ],
        rows,
    }
}
