//! Packages: what leaves casebridge at the end of every flow. A bilingual
//! PDF for people ([`render_pdf`]), a JSON envelope for machines
//! ([`envelope`]) and a ZIP bundle holding both with a manifest of hashes
//! ([`bundle`]).
//!
//! The flows describe their document with the neutral model in [`layout`];
//! this module knows nothing about requests or reports.

pub mod fonts;
pub mod layout;
pub mod pdf;
pub mod samples;
pub mod text;
pub mod wrap;

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
