//! The package of an approved APAC report: JSON envelope (with the
//! rule-pack version it was checked against), bilingual PDF (labels in
//! English and the destination's language where casebridge has it, and
//! the four-eyes trace: who submitted and who approved, when), ZIP bundle.

use serde::Serialize;

use crate::domain::report::{Account, IpEvent, Moment, Report};
use crate::i18n::Locale;
use crate::i18n::{enum_key, enum_str};
use crate::package::{
    self, Block, EnvelopeMeta, Label, Package, PackageError, PdfInput, Section, Table,
};
use crate::rules::{Outcome, Rules};
use crate::store::ReviewEntry;

pub const SCHEMA_ID: &str = "casebridge.apac-report";

/// A choice as its data value in words: `child_pornography` → "child pornography".
fn words<T: Serialize>(value: &T) -> String {
    enum_str(value).replace('_', " ")
}

/// A choice as the wizard labels it, in English like every value; its data
/// value in words where the wizard has no label.
fn labelled<T: Serialize>(prefix: &'static str) -> impl Fn(&T) -> String {
    move |value: &T| {
        let key = enum_key(prefix, value);
        if Locale::ENGLISH.has_key(&key) {
            Locale::ENGLISH.t(&key)
        } else {
            words(value)
        }
    }
}

fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => Locale::ENGLISH.t("yes"),
        Some(false) => Locale::ENGLISH.t("no"),
        None => String::new(),
    }
}

/// "2026-11-01 18:15 Asia/Manila (10:15 UTC)", or UTC alone without a zone.
fn moment(m: &Option<Moment>) -> String {
    let Some(m) = m else { return String::new() };
    let utc = m.at.strftime("%Y-%m-%d %H:%M:%S UTC").to_string();
    match (m.local(), &m.zone) {
        (Some(z), Some(name)) => format!(
            "{} {} ({utc})",
            z.strftime("%Y-%m-%d %H:%M:%S"),
            name.as_str()
        ),
        _ => utc,
    }
}

/// The destination's language where casebridge has it, other than English.
fn recipient_locale(rules: &Rules, report: &Report) -> Option<Locale> {
    Locale::reader_of(&rules.pack(report.destination.jurisdiction?)?.languages)
}

struct Layout {
    local: Option<Locale>,
    sections: Vec<Section>,
}

impl Layout {
    fn label(&self, key: &str) -> Label {
        Label::from_key(key, self.local)
    }

    /// A section of labelled rows; rows with empty values are left out, and
    /// so is a section left with none.
    fn rows(&mut self, heading: &str, rows: Vec<(&str, String)>) {
        let blocks: Vec<Block> = rows
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, value)| Block::Row {
                label: self.label(k),
                value,
            })
            .collect();
        if !blocks.is_empty() {
            self.sections.push(Section {
                heading: self.label(heading),
                blocks,
            });
        }
    }

    /// Who submitted the report and who approved it, when: police see that
    /// a second person checked it.
    fn review_trace(&mut self, history: &[ReviewEntry]) {
        let rows = history
            .iter()
            .filter(|e| e.action != "returned")
            .map(|e| {
                let at = crate::domain::time::from_db(&e.at)
                    .map(|t| t.strftime("%Y-%m-%d %H:%M:%S UTC").to_string())
                    .unwrap_or_else(|| e.at.clone());
                let key = if e.action == "approved" {
                    "review-trace-approved-by"
                } else {
                    "review-trace-submitted-by"
                };
                (key, format!("{} – {at}", e.actor_name))
            })
            .collect();
        self.rows("review-trace", rows);
    }

    fn table(&mut self, heading: &str, columns: &[&str], rows: Vec<Vec<String>>) {
        if rows.is_empty() {
            return;
        }
        let columns = columns.iter().map(|c| self.label(c)).collect();
        self.sections.push(Section {
            heading: self.label(heading),
            blocks: vec![Block::Table(Table { columns, rows })],
        });
    }
}

fn account_row(n: usize, a: &Account) -> Vec<String> {
    let emails: Vec<String> = a
        .emails
        .iter()
        .map(|e| {
            format!(
                "{}{}",
                e.address,
                if e.verified == Some(true) { " ✓" } else { "" }
            )
        })
        .collect();
    let phones: Vec<String> = a
        .phones
        .iter()
        .map(|p| {
            format!(
                "{}{}",
                p.number,
                if p.verified == Some(true) { " ✓" } else { "" }
            )
        })
        .collect();
    let devices: Vec<String> = a
        .device_ids
        .iter()
        .map(|d| format!("{}: {}", d.kind, d.value))
        .collect();
    let location = a
        .estimated_location
        .as_ref()
        .map(|l| {
            [
                l.city.as_str(),
                l.region.as_str(),
                l.country_code.as_ref().map(|c| c.as_str()).unwrap_or(""),
            ]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
        })
        .unwrap_or_default();
    vec![
        n.to_string(),
        [a.service.as_str(), a.esp_identifier.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n"),
        [a.screen_name.as_str(), a.display_name.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n"),
        a.profile_urls.join("\n"),
        emails
            .into_iter()
            .chain(phones)
            .collect::<Vec<_>>()
            .join("\n"),
        devices.join("\n"),
        location,
    ]
}

fn ip_row(who: &str, e: &IpEvent) -> Vec<String> {
    let port = match e.port {
        Some(p) => p.to_string(),
        None if !e.port_missing_reason.is_empty() => format!("— ({})", e.port_missing_reason),
        None => "—".into(),
    };
    vec![
        who.to_string(),
        e.address.map(|a| a.to_string()).unwrap_or_default(),
        port,
        e.event
            .as_ref()
            .map(labelled("report-ip-event"))
            .unwrap_or_default(),
        moment(&e.at),
        yes_no(e.possible_proxy),
    ]
}

/// The report laid out for the PDF.
fn pdf_input(
    rules: &Rules,
    report: &Report,
    outcome: Option<&Outcome>,
    history: &[ReviewEntry],
    sender: String,
    training: bool,
) -> PdfInput {
    let local = recipient_locale(rules, report);
    let mut l = Layout {
        local,
        sections: Vec::new(),
    };
    let d = &report.destination;
    let pack = d.jurisdiction.and_then(|c| rules.pack(c));
    let authority = pack.and_then(|p| p.authorities.iter().find(|a| a.id == d.authority));
    let recipient = authority
        .map(|a| format!("{} ({})", a.name, a.intake.address))
        .unwrap_or_else(|| d.authority.clone());
    l.rows(
        "package-report-destination",
        vec![
            (
                "package-report-jurisdiction",
                d.jurisdiction.map(|c| c.to_string()).unwrap_or_default(),
            ),
            (
                "package-report-authority",
                authority
                    .map(|a| a.name.clone())
                    .unwrap_or_else(|| d.authority.clone()),
            ),
            ("package-report-also-ncmec", yes_no(d.also_to_ncmec)),
        ],
    );
    let i = &report.incident;
    let harm = rules
        .taxonomy
        .harms
        .iter()
        .find(|h| h.id == i.harm)
        .map(|h| Locale::ENGLISH.t(&h.label_key))
        .unwrap_or_else(|| i.harm.clone());
    l.rows(
        "package-report-incident",
        vec![
            ("package-report-harm", harm),
            (
                "package-report-incident-type",
                i.incident_type.as_ref().map(words).unwrap_or_default(),
            ),
            (
                "package-report-annotations",
                i.report_annotations
                    .iter()
                    .map(words)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("package-report-platform", i.platform.clone()),
            ("package-report-occurred", moment(&i.occurred_at)),
            ("package-report-time-meaning", i.time_description.clone()),
            ("package-report-imminent", yes_no(i.child_at_imminent_risk)),
            ("package-report-escalation", i.escalation_reason.clone()),
            ("package-report-aware", moment(&report.aware_at)),
        ],
    );
    let account_columns = [
        "package-report-col-number",
        "package-report-col-service",
        "package-report-col-names",
        "package-report-col-urls",
        "package-report-col-contacts",
        "package-report-col-devices",
        "package-report-col-location",
    ];
    l.table(
        "package-report-reported-persons",
        &account_columns,
        report
            .reported_persons
            .iter()
            .enumerate()
            .map(|(n, a)| account_row(n + 1, a))
            .collect(),
    );
    let mut ip_rows = Vec::new();
    for (n, a) in report.reported_persons.iter().enumerate() {
        for e in &a.ip_events {
            ip_rows.push(ip_row(&format!("#{}", n + 1), e));
        }
    }
    l.table(
        "package-report-ip-events",
        &[
            "package-report-col-account",
            "package-report-col-address",
            "package-report-col-port",
            "package-report-col-event",
            "package-report-col-time",
            "package-report-col-proxy",
        ],
        ip_rows,
    );
    l.table(
        "package-report-victims",
        &[
            "package-report-col-number",
            "package-report-col-names",
            "package-report-col-age",
            "package-report-col-location",
        ],
        report
            .victims
            .iter()
            .enumerate()
            .map(|(n, v)| {
                let age = &v.age;
                let mut parts = Vec::new();
                if let Some(s) = age.stated {
                    parts.push(s.to_string());
                }
                if let (Some(lo), Some(hi)) = (age.estimated_min, age.estimated_max) {
                    parts.push(format!("{lo}–{hi}"));
                }
                let basis: Vec<String> =
                    age.basis.iter().map(labelled("report-age-basis")).collect();
                if !basis.is_empty() {
                    parts.push(basis.join(", "));
                }
                let location = v
                    .estimated_location
                    .as_ref()
                    .map(|x| format!("{} {}", x.city, x.region).trim().to_string())
                    .unwrap_or_default();
                vec![
                    (n + 1).to_string(),
                    [v.screen_name.as_str(), v.esp_identifier.as_str()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join("\n"),
                    parts.join("\n"),
                    location,
                ]
            })
            .collect(),
    );
    l.table(
        "package-report-files",
        &[
            "package-report-col-number",
            "package-report-col-hashes",
            "package-report-col-review",
            "package-report-col-details",
        ],
        report
            .files
            .iter()
            .enumerate()
            .map(|(n, f)| {
                let hashes: Vec<String> = f
                    .hashes
                    .iter()
                    .map(|h| format!("{}: {}", words(&h.kind), h.value))
                    .collect();
                let review = match (&f.viewed_by_person, &f.review) {
                    (Some(true), Some(r)) => format!(
                        "{} {}\n{}",
                        Locale::ENGLISH.t("yes"),
                        r.reviewer,
                        moment(&r.at)
                    ),
                    (v, _) => yes_no(*v),
                };
                let mut details = Vec::new();
                if let Some(r) = &f.relevance {
                    details.push(labelled("report-file-relevance")(r));
                }
                if let Some(c) = &f.industry_classification {
                    details.push(labelled("report-file-class")(c));
                }
                details.extend(f.annotations.iter().map(labelled("report-file-annotation")));
                if f.publicly_available == Some(true) {
                    details.push(Locale::ENGLISH.t("package-report-public"));
                }
                vec![
                    (n + 1).to_string(),
                    hashes.join("\n"),
                    review,
                    details.join(", "),
                ]
            })
            .collect(),
    );
    if let Some(s) = &report.livestream {
        l.rows(
            "package-report-livestream",
            vec![
                ("package-report-session", s.session_id.clone()),
                ("package-report-started", moment(&s.started_at)),
                ("package-report-ended", moment(&s.ended_at)),
                (
                    "package-report-viewers",
                    s.viewer_count.map(|v| v.to_string()).unwrap_or_default(),
                ),
                (
                    "package-report-anonymisation",
                    s.anonymisation_services.join(", "),
                ),
            ],
        );
    }
    let p = &report.preservation;
    l.rows(
        "package-report-legal",
        vec![
            (
                "package-report-provision",
                report.legal_basis.provision.clone(),
            ),
            ("package-report-preserved", yes_no(p.preserved)),
            ("package-report-preserved-at", moment(&p.preserved_at)),
            ("package-report-preservation-ref", p.reference.clone()),
            (
                "package-report-prior",
                report
                    .prior_reports
                    .iter()
                    .map(|r| {
                        format!(
                            "{} ({})",
                            r.reference,
                            r.kind
                                .as_ref()
                                .map(labelled("report-prior-kind"))
                                .unwrap_or_default()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ],
    );
    let r = &report.reporter;
    l.rows(
        "package-report-reporter",
        vec![
            ("package-report-organisation", r.organisation.clone()),
            ("package-report-name", r.name.clone()),
            ("package-report-email", r.email.clone()),
            ("package-report-phone", r.phone.clone()),
            (
                "package-report-le-contact",
                format!(
                    "{} {} {}",
                    r.le_contact.name, r.le_contact.email, r.le_contact.phone
                )
                .trim()
                .to_string(),
            ),
            (
                "package-report-around-clock",
                yes_no(r.le_contact.around_the_clock),
            ),
            (
                "package-report-retention",
                r.retention_days.map(|d| d.to_string()).unwrap_or_default(),
            ),
            ("package-report-additional", report.additional_info.clone()),
        ],
    );
    l.review_trace(history);
    if let Some(o) = outcome {
        let items = o
            .checklist
            .items
            .iter()
            .map(|i| {
                vec![
                    Locale::ENGLISH.t(i.id.label_key()),
                    Locale::ENGLISH.t(i.status.label_key()),
                    i.weight.to_string(),
                ]
            })
            .collect();
        let heading = format!(
            "{} {}/100",
            Locale::ENGLISH.t("package-report-actionability"),
            o.checklist.score
        );
        l.sections.push(Section {
            heading: Label {
                en: heading,
                local: None,
            },
            blocks: vec![Block::Table(Table {
                columns: vec![
                    l.label("package-report-col-item"),
                    l.label("package-report-col-status"),
                    l.label("package-report-col-weight"),
                ],
                rows: items,
            })],
        });
        let clocks: Vec<Vec<String>> = o
            .clocks
            .iter()
            .map(|c| {
                vec![
                    c.summary.clone(),
                    c.due_local.clone().unwrap_or_default(),
                    c.due_utc
                        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
                        .unwrap_or_default(),
                ]
            })
            .collect();
        l.table(
            "package-report-clocks",
            &[
                "package-report-col-duty",
                "package-report-col-due-local",
                "package-report-col-due-utc",
            ],
            clocks,
        );
    }
    let zone = d
        .zone
        .as_ref()
        .map(|z| z.tz().clone())
        .or_else(|| {
            pack.and_then(|p| p.zones.first())
                .and_then(|z| jiff::tz::TimeZone::get(z).ok())
        })
        .unwrap_or(jiff::tz::TimeZone::UTC);
    PdfInput {
        document_kind: Label::from_key("package-report-kind", local),
        package_id: uuid::Uuid::nil(),
        sender,
        recipient,
        created: jiff::Timestamp::UNIX_EPOCH,
        recipient_zone: zone,
        json_sha256: String::new(),
        sections: l.sections,
        training,
        recipient_locale: local,
        content_language: pack.and_then(|p| p.languages.first().cloned()),
    }
}

/// Builds the package of a report checked against `outcome`'s rule pack
/// and approved as `history` records, at `at`. A few milliseconds of CPU:
/// callers run it off the async workers.
pub fn build(
    rules: &Rules,
    report: &Report,
    outcome: &Outcome,
    history: &[ReviewEntry],
    sender: String,
    training: bool,
    at: jiff::Timestamp,
) -> Result<Package, PackageError> {
    let meta = EnvelopeMeta {
        schema_id: SCHEMA_ID.into(),
        schema_version: crate::domain::report::SCHEMA_VERSION,
        package_id: uuid::Uuid::new_v4(),
        created_at: at,
        rule_pack_version: Some(outcome.pack_version.clone()),
        language: "en".into(),
        training,
    };
    let pdf = pdf_input(rules, report, Some(outcome), history, sender, training);
    package::build_package(&meta, &report.to_value(), pdf, &[])
}
