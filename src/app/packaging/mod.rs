//! Building packages: what the workflow hands the package engine for each
//! kind of document, built off the async workers, and stored with the
//! transition that finishes the document — or on first need for a document
//! finished before packages were built that way.

mod report;
mod request;

pub use report::SCHEMA_ID as REPORT_SCHEMA_ID;
pub use request::{SCHEMA_ID as REQUEST_SCHEMA_ID, recipient_locale};

use super::error::{Error, Result};
use super::{App, Loaded};
use crate::app::projection::Part;
use crate::domain::report::Report;
use crate::domain::request::RecordsRequest;
use crate::i18n::Locale;
use crate::package::{Attachment, Block, Label, Package, Section, Table};
use crate::rules::Outcome;
use crate::store::{Document, PackageFiles, ReviewEntry, StoredPackage, User};

/// What the package PDF can print, as the rules ask it: the shipped fonts.
pub struct PdfText;

impl crate::rules::Printable for PdfText {
    fn unprintable_in(&self, doc: &serde_json::Value) -> Vec<(String, Vec<char>)> {
        crate::package::text::unprintable_in(doc)
    }
}

/// A part of the projection as a PDF section: labels in English and the
/// recipient's language, answers without a value left out, records as a
/// table. `translated` is the same part with its values in the recipient's
/// language: a choice that reads differently there is printed in both.
pub(super) fn section(part: &Part, translated: Option<&Part>, local: Option<Locale>) -> Section {
    let mut heading = Label::from_key(part.title, local);
    if !part.subtitle.is_empty() {
        heading.en = format!("{}: {}", heading.en, part.subtitle);
        heading.local = heading.local.map(|l| format!("{l}: {}", part.subtitle));
    }
    let mut blocks: Vec<Block> = part
        .answers
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.value.trim().is_empty())
        .map(|(i, a)| Block::Row {
            label: Label::from_key(a.label, local),
            value: both(
                &a.value,
                translated
                    .and_then(|t| t.answers.get(i))
                    .filter(|t| t.label == a.label)
                    .map(|t| t.value.as_str()),
            ),
        })
        .collect();
    if let Some(r) = &part.records {
        let local_rows = translated.and_then(|t| t.records.as_ref()).map(|t| &t.rows);
        let rows = r
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                row.iter()
                    .enumerate()
                    .map(|(j, cell)| {
                        both(
                            cell,
                            local_rows
                                .and_then(|rows| rows.get(i))
                                .and_then(|row| row.get(j))
                                .map(String::as_str),
                        )
                    })
                    .collect()
            })
            .collect();
        blocks.push(Block::Table(Table {
            columns: r
                .columns
                .iter()
                .map(|c| Label::from_key(c, local))
                .collect(),
            rows,
        }));
    }
    Section { heading, blocks }
}

/// The English value, and below it the recipient's where it differs (a
/// choice casebridge translates; what a person typed reads the same).
fn both(en: &str, local: Option<&str>) -> String {
    match local {
        Some(l) if !l.trim().is_empty() && l != en => format!("{en}\n{l}"),
        _ => en.to_string(),
    }
}

/// The parts of a document in English and, for a recipient who reads
/// another language casebridge has, in that language too, as PDF sections.
pub(super) fn sections(parts: impl Fn(Locale) -> Vec<Part>, local: Option<Locale>) -> Vec<Section> {
    let en = parts(Locale::ENGLISH);
    let translated = local.filter(|l| *l != Locale::ENGLISH).map(&parts);
    en.iter()
        .enumerate()
        .map(|(i, p)| {
            let t = translated
                .as_ref()
                .and_then(|t| t.get(i))
                .filter(|t| t.title == p.title && t.step == p.step);
            section(p, t, local)
        })
        .collect()
}

/// A built package as the store keeps it.
pub(super) fn files<'a>(p: &'a Package, training: bool, public_id: &'a str) -> PackageFiles<'a> {
    PackageFiles {
        public_id,
        training,
        json_sha256: &p.json_sha256,
        pdf_sha256: &p.pdf_sha256,
        zip_sha256: &p.zip_sha256,
        json: &p.json,
        pdf: &p.pdf,
        zip: &p.zip,
    }
}

/// Runs a package build on the blocking pool.
async fn off_thread<F>(build: F) -> Result<Package>
where
    F: FnOnce() -> Result<Package, crate::package::PackageError> + Send + 'static,
{
    tokio::task::spawn_blocking(build)
        .await
        .map_err(Error::internal)?
        .map_err(Error::internal)
}

/// Who sends the report, as the cover shows it.
pub(super) fn report_sender(org_name: &str, r: &Report) -> String {
    let who = [r.reporter.name.as_str(), r.reporter.email.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if who.is_empty() {
        org_name.to_string()
    } else {
        format!("{org_name} ({who})")
    }
}

impl App {
    /// The package of a request as it stands now (finished: attested).
    pub(super) async fn build_request_package(
        &self,
        doc: &Document,
        body: &RecordsRequest,
        officer: &User,
        at: jiff::Timestamp,
    ) -> Result<Package> {
        let attachment = self
            .store
            .attachment(doc.id, doc.org_id, "legal_process")
            .await?
            .map(|a| Attachment {
                file_name: a.file_name,
                bytes: a.bytes,
            });
        let directory = self.directory.get();
        let body = body.clone();
        let country = officer.org.country;
        let training = doc.training;
        let reference = doc.reference.clone();
        off_thread(move || {
            request::build(
                directory, &body, country, training, at, attachment, reference,
            )
        })
        .await
    }

    /// The package of a report approved as `history` records.
    pub(super) async fn build_report_package(
        &self,
        doc: &Document,
        body: &Report,
        outcome: &Outcome,
        history: Vec<ReviewEntry>,
        org_name: &str,
        at: jiff::Timestamp,
    ) -> Result<Package> {
        let rules = self.rules.clone();
        let directory = self.directory.get();
        let body = body.clone();
        let outcome = outcome.clone();
        let sender = report_sender(org_name, &body);
        let training = doc.training;
        let reference = doc.reference.clone();
        off_thread(move || {
            report::build(
                &rules,
                directory,
                &body,
                &outcome,
                &history,
                report::Cover {
                    sender,
                    training,
                    at,
                    reference,
                },
            )
        })
        .await
    }

    /// The stored package of a finished request (built and stored first if
    /// it was finished without one).
    pub async fn request_package(
        &self,
        user: &User,
        loaded: &Loaded<RecordsRequest>,
    ) -> Result<StoredPackage> {
        if !loaded.status().is_finished() {
            return Err(super::Refusal::WrongState(loaded.doc.status.clone()).into());
        }
        if let Some(p) = self.stored_package(&loaded.doc).await? {
            return Ok(p);
        }
        let built = self
            .build_request_package(&loaded.doc, &loaded.body, user, self.now())
            .await?;
        self.keep_package(&loaded.doc, &built).await
    }

    /// The stored package of an approved report (built and stored first if
    /// it was approved without one).
    pub async fn report_package(
        &self,
        user: &User,
        loaded: &Loaded<Report>,
    ) -> Result<StoredPackage> {
        if loaded.status() != super::ReportStatus::Approved {
            return Err(super::Refusal::WrongState(loaded.doc.status.clone()).into());
        }
        if let Some(p) = self.stored_package(&loaded.doc).await? {
            return Ok(p);
        }
        let (_, outcome) = self
            .rules
            .check(&loaded.body, self.now(), &PdfText)
            .map_err(|_| Error::internal("an approved report has no destination"))?;
        let history = self.review_history(&loaded.doc).await?;
        let built = self
            .build_report_package(
                &loaded.doc,
                &loaded.body,
                &outcome,
                history,
                &user.org.name,
                self.now(),
            )
            .await?;
        self.keep_package(&loaded.doc, &built).await
    }

    /// Stores `built` unless another request stored a package first, and
    /// returns the one that is kept.
    async fn keep_package(&self, doc: &Document, built: &Package) -> Result<StoredPackage> {
        let id = built.package_id.to_string();
        self.store
            .add_package_once(doc.id, doc.org_id, &files(built, doc.training, &id))
            .await?;
        self.stored_package(doc)
            .await?
            .ok_or_else(|| Error::internal("the package just stored is missing"))
    }
}
