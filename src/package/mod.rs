//! Packages: what leaves casebridge at the end of every flow. A bilingual
//! PDF for people ([`render_pdf`]), a JSON envelope for machines
//! ([`envelope_json`]) and a ZIP bundle holding both with a manifest of
//! hashes ([`bundle_zip`]). [`build_package`] makes all three, consistent
//! with each other.
//!
//! The flows describe their document with the neutral model in [`layout`];
//! this module knows nothing about requests or reports.

pub mod bundle;
pub mod envelope;
pub mod fonts;
pub mod layout;
pub mod pdf;
pub mod samples;
pub mod text;
pub mod wrap;

pub use bundle::{Attachment, BundleInput, Generated, bundle_zip, read_entry};
pub use envelope::{ENVELOPE_SCHEMA, EnvelopeMeta, envelope_for, envelope_json, sha256_hex};
pub use layout::{Block, Label, PdfInput, Section, Table};
pub use pdf::render_pdf;

#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    #[error("font: {0}")]
    Font(String),
    #[error("PDF: {0}")]
    Pdf(String),
    #[error("JSON: {0}")]
    Json(String),
    #[error("bundle: {0}")]
    Bundle(String),
}

/// The three artifacts of one package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub package_id: uuid::Uuid,
    /// `document.json`.
    pub json: Vec<u8>,
    pub json_sha256: String,
    /// `document.pdf`.
    pub pdf: Vec<u8>,
    pub pdf_sha256: String,
    /// The ZIP bundle.
    pub zip: Vec<u8>,
    pub zip_sha256: String,
}

/// Builds the JSON envelope, the PDF and the ZIP bundle. The PDF's package
/// id, creation time, training flag and JSON hash are taken from `meta` and
/// the JSON just built, whatever `pdf` says, so the three always agree.
pub fn build_package(
    meta: &EnvelopeMeta,
    document: &serde_json::Value,
    mut pdf: PdfInput,
    generated: &[Generated],
    attachments: &[Attachment],
) -> Result<Package, PackageError> {
    let json = envelope_json(meta, document)?;
    let json_sha256 = sha256_hex(&json);
    pdf.package_id = meta.package_id;
    pdf.document_reference = meta.document_reference.clone();
    pdf.created = meta.created_at;
    pdf.training = meta.training;
    pdf.json_sha256 = json_sha256.clone();
    let pdf_bytes = render_pdf(&pdf)?;
    let zip = bundle_zip(&BundleInput {
        package_id: meta.package_id,
        created: meta.created_at,
        json: &json,
        pdf: &pdf_bytes,
        generated,
        attachments,
    })?;
    Ok(Package {
        package_id: meta.package_id,
        json_sha256,
        pdf_sha256: sha256_hex(&pdf_bytes),
        zip_sha256: sha256_hex(&zip),
        json,
        pdf: pdf_bytes,
        zip,
    })
}
