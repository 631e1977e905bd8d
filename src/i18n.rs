//! Every string a user sees comes from a Fluent key in `locales/<lang>/`.
//!
//! The locale is chosen per request (see [`negotiate`]) and passed along
//! explicitly; nothing here is global mutable state.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Isolation marks help right-to-left scripts, which no casebridge
        // locale uses; in PDFs and subjects they would show as boxes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language casebridge speaks: an index into [`SUPPORTED`], then into
/// [`PDF_LABELS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(usize);

/// Parsed once: every translated string needs one.
static LANGIDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    SUPPORTED
        .iter()
        .chain(PDF_LABELS)
        .map(|l| l.tag.parse().unwrap_or_default())
        .collect()
});

#[derive(Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the folder name under `locales/`.
    pub tag: &'static str,
    /// The language's name in itself, for the language switcher.
    pub native_name: &'static str,
}

/// The complete locales, in the order the language switcher lists them.
pub const SUPPORTED: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en",
        native_name: "English",
    },
    LocaleInfo {
        tag: "ko",
        native_name: "한국어",
    },
];

/// Languages package PDFs print their own labels in (`package.ftl`) beside
/// English, for recipients who read them. They are not interface languages:
/// the language switcher and request negotiation never offer them.
pub const PDF_LABELS: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "ne",
        native_name: "नेपाली",
    },
    LocaleInfo {
        tag: "hi",
        native_name: "हिन्दी",
    },
    LocaleInfo {
        tag: "bn",
        native_name: "বাংলা",
    },
    LocaleInfo {
        tag: "si",
        native_name: "සිංහල",
    },
    LocaleInfo {
        tag: "ta",
        native_name: "தமிழ்",
    },
    LocaleInfo {
        tag: "km",
        native_name: "ខ្មែរ",
    },
    LocaleInfo {
        tag: "ur",
        native_name: "اردو",
    },
];

impl Locale {
    pub const ENGLISH: Locale = Locale(0);

    pub fn all() -> impl Iterator<Item = Locale> {
        (0..SUPPORTED.len()).map(Locale)
    }

    /// The PDF-label locales, which only package PDFs use.
    pub fn pdf_labels() -> impl Iterator<Item = Locale> {
        (SUPPORTED.len()..SUPPORTED.len() + PDF_LABELS.len()).map(Locale)
    }

    /// Whether this is a complete interface locale, not a PDF-label one.
    pub fn is_complete(self) -> bool {
        self.0 < SUPPORTED.len()
    }

    fn info(self) -> &'static LocaleInfo {
        match self.0.checked_sub(SUPPORTED.len()) {
            None => &SUPPORTED[self.0],
            Some(i) => &PDF_LABELS[i],
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::all().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The locale a reader of these languages (BCP 47 tags, most used
    /// first) gets beside English on a package PDF: the first casebridge
    /// has, complete or PDF labels only, if any.
    pub fn reader_of(languages: &[String]) -> Option<Locale> {
        languages
            .iter()
            .filter_map(|l| {
                Locale::best_match(l).or_else(|| {
                    let primary = l.trim().split(['-', '_']).next().unwrap_or_default();
                    Locale::pdf_labels().find(|p| p.tag().eq_ignore_ascii_case(primary))
                })
            })
            .find(|l| *l != Locale::ENGLISH)
    }

    /// Maps a tag from a browser or a link to the closest locale we have:
    /// `ko-KR` → `ko`; `zh-TW`/`zh-HK` → `zh-Hant`, `zh-CN`/`zh-SG` → `zh-Hans`.
    pub fn best_match(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        if let Some(l) = Locale::from_tag(tag) {
            return Some(l);
        }
        let lower = tag.to_ascii_lowercase();
        let mut parts = lower.split(['-', '_']);
        let primary = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        if primary == "zh" {
            let traditional = rest
                .iter()
                .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
            return Locale::from_tag(if traditional { "zh-Hant" } else { "zh-Hans" });
        }
        if primary == "tl" {
            return Locale::from_tag("fil");
        }
        Locale::from_tag(primary)
    }

    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    pub fn native_name(self) -> &'static str {
        self.info().native_name
    }

    fn langid(self) -> &'static LanguageIdentifier {
        &LANGIDS[self.0]
    }

    /// The message for `key`.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(self.langid(), key)
    }

    /// The message for `key` with named arguments.
    pub fn t_args(self, key: &str, args: &[(&str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.to_string())))
            .collect();
        LOCALES.lookup_with_args(self.langid(), key, &args)
    }

    /// Renders a message built without knowing the reader's language.
    pub fn msg(self, m: &Msg) -> String {
        let named: Vec<(&str, String)> = m
            .named
            .iter()
            .map(|(k, keys)| {
                let names: Vec<String> = keys.iter().map(|key| self.t(key)).collect();
                (*k, names.join(" / "))
            })
            .collect();
        let args: Vec<(&str, &str)> = m
            .args
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .chain(named.iter().map(|(k, v)| (*k, v.as_str())))
            .collect();
        self.t_args(m.key, &args)
    }

    /// Whether `key` exists in this locale itself (no fallback to English).
    pub fn has_key(self, key: &str) -> bool {
        LOCALES
            .try_lookup_complete(self.langid(), key, None)
            .is_some()
    }
}

/// A message to show later, in whatever language the reader uses: domain code
/// produces these, handlers render them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Arguments that are themselves messages (names of ID types, data
    /// categories), rendered in the reader's language and joined.
    pub named: Vec<(&'static str, Vec<&'static str>)>,
}

impl Msg {
    pub fn new(key: &'static str) -> Self {
        Msg {
            key,
            args: Vec::new(),
            named: Vec::new(),
        }
    }

    /// An argument given as message keys, translated when rendered.
    pub fn arg_names(mut self, name: &'static str, keys: Vec<&'static str>) -> Self {
        self.named.push((name, keys));
        self
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// Chooses the locale for a request: an explicit `?lang=`, then the cookie
/// set by the language switcher, then the browser's Accept-Language, then
/// English.
pub fn negotiate(
    query_lang: Option<&str>,
    cookie_lang: Option<&str>,
    accept_language: Option<&str>,
) -> Locale {
    query_lang
        .and_then(Locale::best_match)
        .or_else(|| cookie_lang.and_then(Locale::from_tag))
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or(Locale::ENGLISH)
}

/// The best supported locale in an Accept-Language header, by quality.
fn from_accept_language(header: &str) -> Option<Locale> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, i, tag))
        })
        .collect();
    // Highest quality first; the header's own order breaks ties.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .into_iter()
        .find_map(|(_, _, tag)| Locale::best_match(tag))
}

/// The snake-case name an enum value has in a document (`ip_logs`).
pub fn enum_str<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The Fluent key of an enum value's label: `{prefix}-{value}` with
/// hyphens (`report-ip-event-login`). Forms and package PDFs share it.
pub fn enum_key<T: serde::Serialize>(prefix: &str, v: &T) -> String {
    format!("{prefix}-{}", enum_str(v).replace('_', "-")).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ko() -> Locale {
        Locale::from_tag("ko").unwrap()
    }

    #[test]
    fn query_beats_cookie_beats_header() {
        assert_eq!(negotiate(Some("ko"), Some("en"), Some("en")), ko());
        assert_eq!(negotiate(None, Some("ko"), Some("en")), ko());
        assert_eq!(negotiate(None, None, Some("ko-KR,ko;q=0.9,en;q=0.8")), ko());
        assert_eq!(negotiate(None, None, None), Locale::ENGLISH);
        // Unknown values fall through to the next source.
        assert_eq!(negotiate(Some("xx"), Some("ko"), None), ko());
        assert_eq!(negotiate(None, Some("xx"), Some("de, ko;q=0.5")), ko());
    }

    #[test]
    fn accept_language_respects_quality() {
        assert_eq!(from_accept_language("en;q=0.3, ko;q=0.9"), Some(ko()));
        assert_eq!(from_accept_language("ko;q=0, en"), Some(Locale::ENGLISH));
        assert_eq!(from_accept_language("de-DE, fr"), None);
        assert_eq!(from_accept_language(""), None);
    }

    #[test]
    fn pdf_label_locales_serve_packages_but_not_the_interface() {
        let ne = Locale::reader_of(&["ne".to_string()]).unwrap();
        assert_eq!(ne.tag(), "ne");
        assert!(!ne.is_complete());
        assert_eq!(ne.t("package-sender"), "पठाउने");
        // English first in the list: the other language is still chosen.
        let ur = Locale::reader_of(&["en".into(), "ur-PK".into()]).unwrap();
        assert_eq!(ur.tag(), "ur");
        // Keys without a translation fall back to English.
        assert_eq!(ne.t("login-title"), Locale::ENGLISH.t("login-title"));
        // Nobody browses in them.
        assert!(Locale::all().all(Locale::is_complete));
        assert_eq!(negotiate(Some("ne"), None, Some("hi, ur")), Locale::ENGLISH);
        assert_eq!(Locale::pdf_labels().count(), PDF_LABELS.len());
    }

    #[test]
    fn messages_take_arguments() {
        let s = Locale::ENGLISH.t_args("step-indicator", &[("current", "3"), ("total", "9")]);
        assert_eq!(s, "Step 3 of 9");
        assert!(!s.contains('\u{2068}'), "no isolation marks");
    }
}
