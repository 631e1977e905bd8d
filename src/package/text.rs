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
/// Variation selectors stay: they choose an emoji's presentation and are
/// part of some emoji sequences the emoji font draws as one glyph.
pub fn clean(s: &str) -> String {
    let unified = s.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .nfc()
        .filter_map(|c| match c {
            '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' => None,
            // Byte-order mark: invisible, and no shipped font maps it.
            '\u{FEFF}' => None,
            '\t' => Some(' '),
            '\n' => Some('\n'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Characters that draw nothing themselves but steer shaping: joiners,
/// variation selectors, tags of emoji flag sequences. The shaper hides them,
/// so they never need a glyph.
pub(crate) fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
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

/// Pictographs and the modifiers and symbols of emoji sequences: drawn
/// with the emoji font, like a phone shows them.
fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2300}'..='\u{23FF}'
        | '\u{2B00}'..='\u{2BFF}')
}

/// The face made for `c`'s script, in regular weight; `None` for Latin,
/// Vietnamese and the characters all scripts share.
fn script_face(c: char, han: Face) -> Option<Face> {
    let face = match c {
        c if is_thai(c) => Face::Thai,
        c if is_hangul(c) => Face::CjkKr,
        c if is_kana(c) => Face::CjkJp,
        c if is_han_or_cjk_punctuation(c) => han,
        '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{1CD0}'..='\u{1CFF}' => {
            Face::Devanagari
        }
        '\u{0980}'..='\u{09FF}' => Face::Bengali,
        '\u{0B80}'..='\u{0BFF}' | '\u{11FC0}'..='\u{11FFF}' => Face::Tamil,
        '\u{0D80}'..='\u{0DFF}' | '\u{111E0}'..='\u{111FF}' => Face::Sinhala,
        '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' => Face::Khmer,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFE}' => Face::Nastaliq,
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => Face::Hebrew,
        c if is_emoji(c) => Face::Emoji,
        _ => return None,
    };
    Some(face)
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

/// Where a character missing from its script's face is looked for next.
const FALLBACK: [Face; 12] = [
    Face::Sans,
    Face::Naskh,
    Face::Nastaliq,
    Face::Emoji,
    Face::Thai,
    Face::Devanagari,
    Face::Bengali,
    Face::Tamil,
    Face::Sinhala,
    Face::Khmer,
    Face::Hebrew,
    Face::CjkSc,
];

/// The face that draws `c`, falling back to any shipped face that has it.
/// `None` when no face has it.
fn face_for(c: char, bold: bool, han: Face) -> Result<Option<Face>, PackageError> {
    let first = script_face(c, han).unwrap_or(Face::Sans).bold(bold);
    if fonts::has_glyph(first, c)? {
        return Ok(Some(first));
    }
    for other in FALLBACK {
        let other = if other == Face::CjkSc { han } else { other }.bold(bold);
        if other != first && fonts::has_glyph(other, c)? {
            return Ok(Some(other));
        }
    }
    Ok(None)
}

/// Faces of scripts whose punctuation and symbols stay in the script's own
/// font (a comma inside Urdu, a danda inside Bengali), so a phrase is one
/// run and looks of a piece.
fn keeps_neutrals(f: Face) -> bool {
    !matches!(
        f.bold(false),
        Face::Sans | Face::Thai | Face::CjkJp | Face::CjkKr | Face::CjkSc | Face::CjkTc
    )
}

/// Punctuation and symbols no script owns, and the Indic dandas, which
/// several scripts share.
fn is_neutral(c: char) -> bool {
    (!c.is_alphanumeric() && script_face(c, Face::CjkSc).is_none())
        || matches!(c, '\u{0964}' | '\u{0965}')
}

/// One run of text: one face, one bidirectional level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub face: Face,
    pub level: u8,
    pub text: String,
}

/// Splits a line of cleaned text into runs of one face and one level.
/// `levels` gives each byte's bidirectional level (empty: all left to
/// right). Spaces, combining marks and joiners stay with the run before them.
pub fn runs(
    text: &str,
    levels: &[u8],
    bold: bool,
    han: HanStyle,
) -> Result<Vec<Run>, PackageError> {
    let han = han_face(text, han);
    let mut out: Vec<Run> = Vec::new();
    for (i, c) in text.char_indices() {
        let level = levels.get(i).copied().unwrap_or(0);
        let before = out.last().filter(|r| r.level == level).map(|r| r.face);
        let joins = match before {
            Some(_) if c == ' ' || is_default_ignorable(c) => true,
            Some(f) if unicode_normalization::char::is_combining_mark(c) => fonts::has_glyph(f, c)?,
            Some(f) if keeps_neutrals(f) && is_neutral(c) => fonts::has_glyph(f, c)?,
            _ => false,
        };
        if joins && let Some(r) = out.last_mut() {
            r.text.push(c);
            continue;
        }
        let (face, c) = match face_for(c, bold, han)? {
            Some(f) => (f, c),
            // Invisible controls need no glyph; the shaper hides them.
            None if is_default_ignorable(c) => (Face::Sans.bold(bold), c),
            // Nothing ships this character: show the replacement character
            // rather than an empty box that looks like a real glyph.
            None => (Face::Sans.bold(bold), '\u{FFFD}'),
        };
        match out.last_mut() {
            Some(r) if r.face == face && r.level == level => r.text.push(c),
            _ => out.push(Run {
                face,
                level,
                text: c.to_string(),
            }),
        }
    }
    attach_neutrals(&mut out)?;
    one_arabic_face(&mut out, bold)?;
    Ok(out)
}

/// A run of only spaces and punctuation at a level change (the space after
/// a Latin word inside Urdu) goes with the run after it when that run is at
/// its level and its face has the characters.
fn attach_neutrals(runs: &mut Vec<Run>) -> Result<(), PackageError> {
    let mut i = runs.len();
    while i > 1 {
        i -= 1;
        let (head, tail) = runs.split_at_mut(i);
        let (prev, next) = (&head[i - 1], &tail[0]);
        if prev.level == next.level
            && prev.face != next.face
            && keeps_neutrals(next.face)
            && prev.text.chars().all(|c| c == ' ' || is_neutral(c))
        {
            let mut all = true;
            for c in prev.text.chars() {
                all &= fonts::has_glyph(next.face, c)?;
            }
            if all {
                let moved = runs.remove(i - 1);
                runs[i - 1].text.insert_str(0, &moved.text);
            }
        }
    }
    Ok(())
}

/// Gives a word written partly in Naskh (for letters Nastaliq Urdu lacks)
/// Naskh throughout: letters of one word must come from one font to join.
fn one_arabic_face(runs: &mut Vec<Run>, bold: bool) -> Result<(), PackageError> {
    let naskh = Face::Naskh.bold(bold);
    if !runs.iter().any(|r| r.face == naskh) {
        return Ok(());
    }
    for r in runs.iter_mut() {
        if r.face == Face::Nastaliq.bold(bold) {
            let mut all = true;
            for c in r.text.chars() {
                all &= is_default_ignorable(c) || fonts::has_glyph(naskh, c)?;
            }
            if all {
                r.face = naskh;
            }
        }
    }
    runs.dedup_by(|b, a| {
        let same = a.face == b.face && a.level == b.level;
        if same {
            a.text.push_str(&b.text);
        }
        same
    });
    Ok(())
}

/// Characters of `text` that no shipped font can draw: the PDF shows U+FFFD
/// for them (the JSON keeps them). Flows can warn before packaging.
pub fn unprintable(text: &str) -> Result<Vec<char>, PackageError> {
    let mut out = Vec::new();
    for c in clean(text).chars() {
        if c != '\n'
            && !out.contains(&c)
            && !is_default_ignorable(c)
            && face_for(c, false, Face::CjkSc)?.is_none()
        {
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

/// Each byte's bidirectional embedding level in `paragraph` (one line of
/// cleaned text), its direction taken from its first strong character.
pub fn bidi_levels(paragraph: &str) -> (Vec<u8>, bool) {
    if !paragraph.chars().any(|c| {
        matches!(
            unicode_bidi::bidi_class(c),
            unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
        )
    }) {
        // No right-to-left letter: everything is left to right.
        return (vec![0; paragraph.len()], false);
    }
    let info = unicode_bidi::BidiInfo::new(paragraph, None);
    let rtl = info.paragraphs.first().is_some_and(|p| p.level.is_rtl());
    (info.levels.iter().map(|l| l.number()).collect(), rtl)
}

/// Shapes cleaned text whose bytes have the bidirectional `levels` given
/// (empty: all left to right), run by run, in reading order.
pub fn shape_runs(
    text: &str,
    levels: &[u8],
    bold: bool,
    han: HanStyle,
) -> Result<Vec<Shaped>, PackageError> {
    runs(text, levels, bold, han)?
        .into_iter()
        .map(|r| {
            let mut shaped = fonts::shape(r.face, &r.text, r.level % 2 == 1)?;
            shaped.level = r.level;
            Ok(shaped)
        })
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
            &[],
            false,
            HanStyle::SimplifiedChinese,
        )
        .unwrap();
        let faces: Vec<Face> = r.iter().map(|r| r.face).collect();
        // Kana in the value makes its Han Japanese.
        assert_eq!(
            faces,
            vec![Face::Sans, Face::CjkKr, Face::Thai, Face::CjkJp]
        );
        let zh = runs("台北市", &[], false, HanStyle::TraditionalChinese).unwrap();
        assert_eq!(zh[0].face, Face::CjkTc);
        let ko = runs("서울 江南", &[], false, HanStyle::SimplifiedChinese).unwrap();
        assert!(ko.iter().all(|r| r.face == Face::CjkKr));
    }

    #[test]
    fn latin_inside_urdu_is_its_own_run_in_the_latin_font() {
        let text = "شکایت FIA نمبر 2024، لاہور";
        let (levels, rtl) = bidi_levels(text);
        assert!(rtl, "the paragraph starts with Urdu");
        let r = runs(text, &levels, false, HanStyle::default()).unwrap();
        let summary: Vec<(Face, u8, &str)> = r
            .iter()
            .map(|r| (r.face, r.level, r.text.as_str()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (Face::Nastaliq, 1, "شکایت "),
                (Face::Sans, 2, "FIA"),
                (Face::Nastaliq, 1, " نمبر "),
                (Face::Sans, 2, "2024"),
                (Face::Nastaliq, 1, "، لاہور"),
            ]
        );
    }

    #[test]
    fn joiners_and_marks_stay_in_their_run() {
        // Sinhala "Sri" with a zero-width joiner, an emoji ZWJ family with a
        // skin tone, a Khmer coeng cluster: each one run in one face.
        for (text, face) in [
            ("ශ්‍රී ලංකා", Face::Sinhala),
            ("👩🏽‍👩‍👧", Face::Emoji),
            ("ស្ត្រី", Face::Khmer),
            ("क्षत्रिय।", Face::Devanagari),
        ] {
            let r = runs(text, &[], false, HanStyle::default()).unwrap();
            assert_eq!(r.len(), 1, "{text}: {r:?}");
            assert_eq!(r[0].face, face, "{text}");
            assert_eq!(r[0].text, text);
        }
    }

    #[test]
    fn an_arabic_script_word_nastaliq_cannot_draw_is_naskh_throughout() {
        // Sindhi ڪ (U+06AA) is not in Noto Nastaliq Urdu: the whole word
        // goes to Naskh so its letters still join.
        let r = runs("ڪراچي", &[1; 10], false, HanStyle::default()).unwrap();
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].face, Face::Naskh);
        let urdu = runs("کراچی", &[1; 10], false, HanStyle::default()).unwrap();
        assert_eq!(urdu[0].face, Face::Nastaliq);
    }

    #[test]
    fn a_character_no_font_has_becomes_the_replacement_character() {
        let r = runs("a\u{10FFFD}b", &[], false, HanStyle::default()).unwrap();
        let joined: String = r.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(joined, "a\u{FFFD}b");
    }

    #[test]
    fn unprintable_lists_what_no_font_has() {
        let printable = [
            "Kim 김 ก 漢 ế",
            "नमस्ते বাংলা ශ්‍රී தமிழ் ខ្មែរ اردو עברית",
            "👍🏽 👩‍👩‍👧 ❤\u{FE0F} zero\u{200B}width\u{200D}",
        ];
        for text in printable {
            assert_eq!(unprintable(text).unwrap(), Vec::<char>::new(), "{text}");
        }
        // Gujarati and Tibetan ship no font yet.
        assert_eq!(unprintable("a ગ b བ ગ").unwrap(), vec!['ગ', 'བ']);
    }

    #[test]
    fn unprintable_strings_are_found_by_path() {
        let doc = serde_json::json!({
            "name": "Kim 김",
            "targets": [{ "note": "राम 😀" }, { "note": "ગુજરાત (Gujarati)" }],
            "n": 3
        });
        let found = unprintable_in(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "targets[1].note");
        assert!(found[0].1.contains(&'ગ'));
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
