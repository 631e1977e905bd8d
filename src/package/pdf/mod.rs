//! The bilingual A4 PDF: [`compose`] lays the document out, [`emit`] writes
//! it with subset fonts.

mod compose;
mod emit;

use super::PackageError;
use super::layout::PdfInput;
use super::text::HanStyle;

/// Renders the package PDF.
pub fn render_pdf(input: &PdfInput) -> Result<Vec<u8>, PackageError> {
    let han = input
        .content_language
        .as_deref()
        .and_then(HanStyle::from_language)
        .or_else(|| {
            input
                .recipient_locale
                .and_then(|l| HanStyle::from_language(l.tag()))
        })
        .unwrap_or_default();
    let pages = compose::compose(input, han)?;
    let mut identity = input.package_id.as_bytes().to_vec();
    identity.extend_from_slice(input.json_sha256.as_bytes());
    emit::emit(
        &pages,
        &emit::Meta {
            title: &input.document_kind.en,
            created: input.created,
            identity: &identity,
        },
    )
}
