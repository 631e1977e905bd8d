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
    // Labels are English first; the values are in the content language.
    let language = input
        .content_language
        .clone()
        .filter(|l| l.is_ascii() && !l.is_empty())
        .unwrap_or_else(|| "en".to_string());
    let mut identity = input.package_id.as_bytes().to_vec();
    identity.extend_from_slice(input.json_sha256.as_bytes());
    emit::emit(
        &pages,
        &emit::Meta {
            title: &input.document_kind.en,
            created: input.created,
            identity: &identity,
            language: &language,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::package::layout::{Block, Label, Section, Table};
    use crate::package::samples;

    #[test]
    fn hostile_text_renders_without_error() {
        let mut input = samples::reference_request();
        let nasty = [
            "\u{0}\u{7}\u{1b}[31m control characters",
            "\u{0301}\u{0E49} marks with nothing to sit on",
            "emoji 😀👩‍👩‍👧 and Arabic مرحبا and Devanagari नमस्ते and Gujarati ગુજરાત",
            "\u{200D}\u{FE0F}\u{0301} joiners with nothing to join",
            "zero\u{200B}width\u{200D}joiners\u{FEFF}",
            &"x".repeat(5_000),
            &"กขค".repeat(800),
            "\n\n\n",
            "",
        ];
        input.sections = vec![Section {
            heading: Label::en("Hostile"),
            blocks: nasty
                .iter()
                .map(|v| Block::Row {
                    label: Label::en(*v),
                    value: (*v).to_string(),
                })
                .chain([Block::Table(Table {
                    columns: vec![],
                    rows: vec![nasty.iter().map(|s| s.to_string()).collect(), vec![]],
                })])
                .collect(),
        }];
        let pdf = render_pdf(&input).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let missing = input.unprintable_characters().unwrap();
        assert!(missing.contains(&'ગ'), "{missing:?}");
        for printable in ['x', 'ก', '😀', 'م', 'न', '\u{200D}'] {
            assert!(!missing.contains(&printable), "{missing:?}");
        }
    }
}
