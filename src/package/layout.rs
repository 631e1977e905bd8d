//! The neutral layout model the records-request and report flows fill in.
//! Nothing here knows what a request or a report is.

use crate::i18n::Locale;

/// A label in English and, where casebridge speaks the recipient's
/// language, in that language too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub en: String,
    /// The recipient's language; `None` for English-only recipients or
    /// languages casebridge has no locale for.
    pub local: Option<String>,
}

impl Label {
    /// An English-only label.
    pub fn en(en: impl Into<String>) -> Label {
        Label {
            en: en.into(),
            local: None,
        }
    }

    /// The Fluent message `key` in English and in `recipient`'s language.
    /// The local text is left out when it is English or the same words.
    pub fn from_key(key: &str, recipient: Option<Locale>) -> Label {
        Label::from_messages(|l| l.t(key), recipient)
    }

    /// Like [`Label::from_key`] for a message with arguments.
    pub fn from_key_args(key: &str, args: &[(&str, &str)], recipient: Option<Locale>) -> Label {
        Label::from_messages(|l| l.t_args(key, args), recipient)
    }

    fn from_messages(text: impl Fn(Locale) -> String, recipient: Option<Locale>) -> Label {
        let en = text(Locale::ENGLISH);
        let local = recipient
            .filter(|l| *l != Locale::ENGLISH)
            .map(text)
            .filter(|s| *s != en);
        Label { en, local }
    }
}

/// One section of check-your-answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: Label,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A labelled answer; the value is printed as entered (line ends kept).
    Row { label: Label, value: String },
    /// Identifiers, IP events, hashes…: one row per item. A row with fewer
    /// cells than columns is padded with empty cells; cells beyond the
    /// labelled columns get columns without a label.
    Table(Table),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Label>,
    pub rows: Vec<Vec<String>>,
}

/// Everything the PDF shows.
#[derive(Debug, Clone)]
pub struct PdfInput {
    /// "Records request: preservation", "Report to …".
    pub document_kind: Label,
    pub package_id: uuid::Uuid,
    /// The document's reference (`CB-2026-000123`), set from the envelope.
    pub document_reference: Option<String>,
    pub sender: String,
    pub recipient: String,
    pub created: jiff::Timestamp,
    /// The recipient's zone: the cover shows the time in UTC and here.
    pub recipient_zone: jiff::tz::TimeZone,
    /// SHA-256 of `document.json`, lowercase hex.
    pub json_sha256: String,
    pub sections: Vec<Section>,
    /// Printed on the cover in the alert colour, before anything else: an
    /// emergency request's banner and the facts a duty officer acts on.
    pub cover_alert: Option<Section>,
    pub training: bool,
    /// The recipient's language when casebridge has it: the engine's own
    /// labels are printed in it beside English.
    pub recipient_locale: Option<Locale>,
    /// BCP 47 tag of the values' language, if known (`ja`, `zh-Hant`…):
    /// decides how Han characters are drawn when the recipient's locale
    /// does not.
    pub content_language: Option<String>,
}

impl PdfInput {
    /// Characters in the input that no shipped font can draw; the PDF shows
    /// U+FFFD in their place. Empty for anything in Latin, Vietnamese,
    /// Korean, Japanese, Chinese or Thai.
    pub fn unprintable_characters(&self) -> Result<Vec<char>, super::PackageError> {
        let mut texts: Vec<&str> = vec![&self.document_kind.en, &self.sender, &self.recipient];
        texts.extend(self.document_kind.local.as_deref());
        for section in self.sections.iter().chain(&self.cover_alert) {
            texts.push(&section.heading.en);
            texts.extend(section.heading.local.as_deref());
            for block in &section.blocks {
                match block {
                    Block::Row { label, value } => {
                        texts.push(&label.en);
                        texts.extend(label.local.as_deref());
                        texts.push(value);
                    }
                    Block::Table(t) => {
                        for c in &t.columns {
                            texts.push(&c.en);
                            texts.extend(c.local.as_deref());
                        }
                        texts.extend(t.rows.iter().flatten().map(String::as_str));
                    }
                }
            }
        }
        let mut out: Vec<char> = Vec::new();
        for t in texts {
            for c in super::text::unprintable(t)? {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(tag: &str) -> Locale {
        Locale::reader_of(&[tag.to_string()]).unwrap()
    }

    #[test]
    fn a_label_falls_back_to_english_alone_key_by_key() {
        // The same reader: one key translated, one not (the interface's
        // sign-in title exists in English and Korean only).
        let ne = locale("ne");
        let translated = Label::from_key("report-section-incident", Some(ne));
        assert_eq!(translated.en, "Incident");
        assert_eq!(translated.local.as_deref(), Some("घटना"));
        let untranslated = Label::from_key("login-title", Some(ne));
        assert_eq!(untranslated.en, Locale::ENGLISH.t("login-title"));
        assert_eq!(untranslated.local, None, "English is not repeated");
        // Hindi falls back to English, not to the other Devanagari locale.
        assert_eq!(
            locale("hi").t("login-title"),
            Locale::ENGLISH.t("login-title")
        );
        // With arguments, both languages get them.
        let kind = Label::from_key_args(
            "package-request-kind",
            &[("kind", "Preservation")],
            Some(locale("ur")),
        );
        assert_eq!(kind.en, "Records request: Preservation");
        assert!(kind.local.unwrap().contains("Preservation"));
    }
}
