//! Text as it goes onto a page: cleaned, split into runs of one face each,
//! and shaped.

use unicode_normalization::UnicodeNormalization;

use super::PackageError;
use super::fonts::{self, Face, Shaped};

/// Which regional CJK face draws Han characters that no kana or Hangul in
/// the same value decides for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HanStyle {
    Japanese,
    Korean,
    #[default]
    SimplifiedChinese,
    TraditionalChinese,
}

impl HanStyle {
    /// From a BCP 47 tag: `ko`, `ja`, `zh-Hant`, `zh-TW`, `zh-HK`, `zh-Hans`,
    /// `zh-CN`, `zh`… Other languages say nothing about Han.
    pub fn from_language(tag: &str) -> Option<HanStyle> {
        let lower = tag.to_ascii_lowercase();
        let mut parts = lower.split(['-', '_']);
        match parts.next()? {
            "ko" => Some(HanStyle::Korean),
            "ja" => Some(HanStyle::Japanese),
            "zh" => {
                let traditional = parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo"));
                Some(if traditional {
                    HanStyle::TraditionalChinese
                } else {
                    HanStyle::SimplifiedChinese
                })
            }
            _ => None,
        }
    }

    fn face(self) -> Face {
        match self {
            HanStyle::Japanese => Face::CjkJp,
            HanStyle::Korean => Face::CjkKr,
            HanStyle::SimplifiedChinese => Face::CjkSc,
            HanStyle::TraditionalChinese => Face::CjkTc,
        }
    }
}

/// NFC, without Fluent's isolation marks (U+2068, U+2069) and other
/// invisible bidi controls, with tabs as spaces and line ends as `\n`.
pub fn clean(s: &str) -> String {
    let unified = s.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .nfc()
        .filter_map(|c| match c {
            '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' => None,
            // Byte-order mark and variation selectors: invisible, and no
            // shipped font maps them.
            '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' => None,
            '\t' => Some(' '),
            '\n' => Some('\n'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

fn is_thai(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{D7B0}'..='\u{D7FF}')
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

fn is_han_or_cjk_punctuation(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}' | '\u{3000}'..='\u{303F}' | '\u{3190}'..='\u{31EF}'
        | '\u{3200}'..='\u{33FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF65}'
        | '\u{FFE0}'..='\u{FFEF}' | '\u{20000}'..='\u{3FFFF}')
}

/// The face for Han characters in `text`: kana means Japanese, Hangul means
/// Korean, otherwise the document's preference.
fn han_face(text: &str, preferred: HanStyle) -> Face {
    if text.chars().any(is_kana) {
        Face::CjkJp
    } else if text.chars().any(is_hangul) {
        Face::CjkKr
    } else {
        preferred.face()
    }
}

/// The face that draws `c`, falling back to any shipped face that has it.
/// `None` when no face has it.
fn face_for(c: char, bold: bool, han: Face) -> Result<Option<Face>, PackageError> {
    let first = if is_thai(c) {
        Face::Thai.bold(bold)
    } else if is_hangul(c) {
        Face::CjkKr
    } else if is_kana(c) {
        Face::CjkJp
    } else if is_han_or_cjk_punctuation(c) {
        han
    } else {
        Face::Sans.bold(bold)
    };
    if fonts::has_glyph(first, c)? {
        return Ok(Some(first));
    }
    for other in [Face::Sans.bold(bold), han, Face::Thai.bold(bold)] {
        if other != first && fonts::has_glyph(other, c)? {
            return Ok(Some(other));
        }
    }
    Ok(None)
}

/// Splits a line of cleaned text into (face, text) runs. Spaces and
/// combining marks stay with the run before them, so a Thai or Korean
/// phrase with spaces is one run.
pub fn runs(text: &str, bold: bool, han: HanStyle) -> Result<Vec<(Face, String)>, PackageError> {
    let han = han_face(text, han);
    let mut out: Vec<(Face, String)> = Vec::new();
    for c in text.chars() {
        let joins = c == ' ' || unicode_normalization::char::is_combining_mark(c);
        if joins && let Some((_, s)) = out.last_mut() {
            s.push(c);
            continue;
        }
        let (face, c) = match face_for(c, bold, han)? {
            Some(f) => (f, c),
            // Nothing ships this character: show the replacement character
            // rather than an empty box that looks like a real glyph.
            None => (Face::Sans.bold(bold), '\u{FFFD}'),
        };
        match out.last_mut() {
            Some((f, s)) if *f == face => s.push(c),
            _ => out.push((face, c.to_string())),
        }
    }
    Ok(out)
}

/// Characters of `text` that no shipped font can draw: the PDF shows U+FFFD
/// for them (the JSON keeps them). Flows can warn before packaging.
pub fn unprintable(text: &str) -> Result<Vec<char>, PackageError> {
    let mut out = Vec::new();
    for c in clean(text).chars() {
        if c != '\n' && !out.contains(&c) && face_for(c, false, Face::CjkSc)?.is_none() {
            out.push(c);
        }
    }
    Ok(out)
}

/// Every string in a JSON document holding characters no shipped font can
/// draw, by path (`targets[0].note`), with those characters. The flows warn
/// about them: the JSON keeps them, but the PDF would show U+FFFD.
pub fn unprintable_in(value: &serde_json::Value) -> Vec<(String, Vec<char>)> {
    fn walk(v: &serde_json::Value, here: String, out: &mut Vec<(String, Vec<char>)>) {
        match v {
            serde_json::Value::String(s) => {
                // A font that cannot load prints nothing at all; that is
                // the package's error to report, not this warning's.
                if let Ok(chars) = unprintable(s)
                    && !chars.is_empty()
                {
                    out.push((here, chars));
                }
            }
            serde_json::Value::Object(o) => {
                for (k, child) in o {
                    let path = if here.is_empty() {
                        k.clone()
                    } else {
                        format!("{here}.{k}")
                    };
                    walk(child, path, out);
                }
            }
            serde_json::Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    walk(child, format!("{here}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out
}

/// Shapes a line of cleaned text, run by run.
pub fn shape_line(text: &str, bold: bool, han: HanStyle) -> Result<Vec<Shaped>, PackageError> {
    runs(text, bold, han)?
        .into_iter()
        .map(|(face, s)| fonts::shape(face, &s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_strips_isolation_marks_and_composes() {
        assert_eq!(
            clean("Step \u{2068}3\u{2069} of \u{2068}9\u{2069}"),
            "Step 3 of 9"
        );
        // e + combining circumflex + combining tilde → ễ (one code point).
        let cleaned = clean("Nguye\u{0302}\u{0303}n");
        assert_eq!(cleaned, "Nguy\u{1EC5}n");
        assert_eq!(cleaned.chars().count(), 6);
        assert_eq!(clean("a\r\nb\tc\u{0007}"), "a\nb c");
    }

    #[test]
    fn runs_pick_a_face_per_script() {
        let r = runs(
            "Kim 김민서 ก้าว 東京 とうきょう",
            false,
            HanStyle::SimplifiedChinese,
        )
        .unwrap();
        let faces: Vec<Face> = r.iter().map(|(f, _)| *f).collect();
        // Kana in the value makes its Han Japanese.
        assert_eq!(
            faces,
            vec![Face::Sans, Face::CjkKr, Face::Thai, Face::CjkJp]
        );
        let zh = runs("台北市", false, HanStyle::TraditionalChinese).unwrap();
        assert_eq!(zh[0].0, Face::CjkTc);
        let ko = runs("서울 江南", false, HanStyle::SimplifiedChinese).unwrap();
        assert!(ko.iter().all(|(f, _)| *f == Face::CjkKr));
    }

    #[test]
    fn a_character_no_font_has_becomes_the_replacement_character() {
        let r = runs("a\u{10FFFD}b", false, HanStyle::default()).unwrap();
        let joined: String = r.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(joined, "a\u{FFFD}b");
    }

    #[test]
    fn unprintable_lists_what_no_font_has() {
        assert_eq!(unprintable("Kim 김 ก 漢 ế").unwrap(), Vec::<char>::new());
        assert_eq!(unprintable("a 😀 b 😀\u{FE0F}").unwrap(), vec!['😀']);
    }

    #[test]
    fn unprintable_strings_are_found_by_path() {
        let doc = serde_json::json!({
            "name": "Kim 김",
            "targets": [{ "note": "ok" }, { "note": "राम (Devanagari)" }],
            "n": 3
        });
        let found = unprintable_in(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "targets[1].note");
        assert!(found[0].1.contains(&'र'));
    }

    #[test]
    fn han_style_from_language_tags() {
        assert_eq!(
            HanStyle::from_language("zh-TW"),
            Some(HanStyle::TraditionalChinese)
        );
        assert_eq!(
            HanStyle::from_language("zh-Hans"),
            Some(HanStyle::SimplifiedChinese)
        );
        assert_eq!(HanStyle::from_language("ko"), Some(HanStyle::Korean));
        assert_eq!(HanStyle::from_language("th"), None);
    }
}
