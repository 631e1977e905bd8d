//! The package of an approved APAC report: JSON envelope (with the
//! rule-pack version it was checked against), bilingual PDF (labels in
//! English and the destination's language where casebridge has it, and
//! the four-eyes trace: who submitted and who approved, when), ZIP bundle.

use crate::app::projection::report::{Context, parts};
use crate::directory::Directory;
use crate::domain::report::Report;
use crate::i18n::Locale;
use crate::package::{
    self, Block, EnvelopeMeta, Label, Package, PackageError, PdfInput, Section, Table,
};
use crate::rules::{Outcome, Rules};
use crate::store::ReviewEntry;

pub const SCHEMA_ID: &str = "casebridge.apac-report";

/// The NCMEC CyberTipline form of the report, when NCMEC is a destination
/// too; it names the local authority the same incident went to.
fn ncmec_form(rules: &Rules, report: &Report) -> Vec<package::Generated> {
    if report.destination.also_to_ncmec != Some(true) {
        return Vec::new();
    }
    let d = &report.destination;
    let local = d
        .jurisdiction
        .and_then(|cc| {
            let a = rules.pack(cc)?.authority(&d.authority)?;
            Some(format!("{cc}: {}", a.name))
        })
        .unwrap_or_default();
    crate::ncmec::entries(report, &local)
        .into_iter()
        .map(|(name, bytes)| package::Generated { name, bytes })
        .collect()
}

/// Who sends the package, whether it is a training one, and when it is made.
pub struct Cover {
    pub sender: String,
    pub training: bool,
    pub at: jiff::Timestamp,
    /// The document's reference, printed on the cover and in the envelope.
    pub reference: String,
}

/// The destination's language where casebridge has it, other than English.
fn recipient_locale(rules: &Rules, report: &Report) -> Option<Locale> {
    Locale::reader_of(&rules.pack(report.destination.jurisdiction?)?.languages)
}

/// The report laid out for the PDF: the projection with English values and
/// bilingual labels, then the actionability checklist and the deadline
/// clocks the rules found.
fn pdf_input(
    rules: &Rules,
    directory: &Directory,
    report: &Report,
    outcome: &Outcome,
    history: &[ReviewEntry],
    sender: String,
    training: bool,
) -> PdfInput {
    let local = recipient_locale(rules, report);
    let label = |key: &str| Label::from_key(key, local);
    let mut sections: Vec<Section> = super::sections(
        |values| {
            let cx = Context {
                rules,
                directory,
                values,
            };
            parts(&cx, report, history)
        },
        local,
    );
    sections.retain(|s| !s.blocks.is_empty());
    let items = outcome
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
    sections.push(Section {
        heading: Label::en(format!(
            "{} {}/100",
            Locale::ENGLISH.t("package-report-actionability"),
            outcome.checklist.score
        )),
        blocks: vec![Block::Table(Table {
            columns: vec![
                label("package-report-col-item"),
                label("package-report-col-status"),
                label("package-report-col-weight"),
            ],
            rows: items,
        })],
    });
    let clocks: Vec<Vec<String>> = outcome
        .clocks
        .iter()
        .map(|c| {
            vec![
                c.summary.clone(),
                c.due_utc
                    .map(|t| local_time(t, &c.zone))
                    .unwrap_or_default(),
                c.due_utc
                    .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    if !clocks.is_empty() {
        sections.push(Section {
            heading: label("package-report-clocks"),
            blocks: vec![Block::Table(Table {
                columns: vec![
                    label("package-report-col-duty"),
                    label("package-report-col-due-local"),
                    label("package-report-col-due-utc"),
                ],
                rows: clocks,
            })],
        });
    }
    let d = &report.destination;
    let pack = d.jurisdiction.and_then(|c| rules.pack(c));
    let authority = pack.and_then(|p| p.authorities.iter().find(|a| a.id == d.authority));
    let recipient = authority
        .map(|a| match a.intake.address.as_str() {
            "" => a.name.clone(),
            address => format!("{} ({address})", a.name),
        })
        .unwrap_or_else(|| d.authority.clone());
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
        document_reference: None,
        sender,
        recipient,
        created: jiff::Timestamp::UNIX_EPOCH,
        recipient_zone: zone,
        json_sha256: String::new(),
        sections,
        cover_alert: None,
        training,
        recipient_locale: local,
        content_language: pack.and_then(|p| p.languages.first().cloned()),
    }
}

/// `t` on the wall clock of `zone`, as a person reads it:
/// "2026-11-28 23:05 (+09:00) Asia/Seoul".
fn local_time(t: jiff::Timestamp, zone: &str) -> String {
    let tz = crate::domain::time::zone(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    format!("{} {zone}", t.to_zoned(tz).strftime("%Y-%m-%d %H:%M (%:z)"))
}

/// Builds the package of a report checked against `outcome`'s rule pack
/// and approved as `history` records, at `at`. A few milliseconds of CPU:
/// callers run it off the async workers.
pub fn build(
    rules: &Rules,
    directory: &Directory,
    report: &Report,
    outcome: &Outcome,
    history: &[ReviewEntry],
    cover: Cover,
) -> Result<Package, PackageError> {
    let Cover {
        sender,
        training,
        at,
        reference,
    } = cover;
    let meta = EnvelopeMeta {
        schema_id: SCHEMA_ID.into(),
        schema_version: crate::domain::report::SCHEMA_VERSION,
        package_id: uuid::Uuid::new_v4(),
        document_reference: Some(reference),
        created_at: at,
        rule_pack_version: Some(outcome.pack_version.clone()),
        language: "en".into(),
        training,
    };
    let pdf = pdf_input(rules, directory, report, outcome, history, sender, training);
    package::build_package(
        &meta,
        &report.to_value(),
        pdf,
        &ncmec_form(rules, report),
        &[],
    )
}
