//! Line breaking: Unicode line-break opportunities (ICU4X, with dictionary
//! word breaks for Thai and Khmer, which have no spaces between words), widths from the shaped glyphs, character breaks for a word wider
//! than the column, and the Unicode bidirectional algorithm to order
//! right-to-left runs on each line.

use std::ops::Range;

use icu_segmenter::LineSegmenter;
use unicode_bidi::{BidiInfo, Level};

use super::PackageError;
use super::fonts::Shaped;
use super::text::{self, HanStyle};

thread_local! {
    // The segmenter is not Sync, so each thread builds one (from data
    // compiled into the binary) the first time it breaks a line. Word
    // lists, not the LSTM model: the model took a fifth of the time of a
    // Khmer package.
    static SEGMENTER: LineSegmenter = LineSegmenter::new_dictionary();
}

fn break_points(s: &str) -> Vec<usize> {
    SEGMENTER.with(|seg| seg.segment_str(s).collect())
}

/// Size and weight of a piece of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
}

/// One line, ready to draw. `runs` are in reading order (so a PDF's
/// content stream, and text extraction, follow the text); `offsets` say
/// where on the line each run starts, in points, in visual order.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<Shaped>,
    pub offsets: Vec<f32>,
    pub width: f32,
    pub text: String,
    /// The paragraph reads right to left: the line is set flush right.
    pub rtl: bool,
}

impl Line {
    fn empty(rtl: bool) -> Line {
        Line {
            runs: Vec::new(),
            offsets: Vec::new(),
            width: 0.0,
            text: String::new(),
            rtl,
        }
    }

    /// Places the runs left to right in the order the bidirectional
    /// algorithm gives for their levels (rule L2).
    fn place_runs(&mut self, size: f32) -> Result<(), PackageError> {
        let levels: Vec<Level> = self
            .runs
            .iter()
            .map(|r| Level::new(r.level).unwrap_or_else(|_| Level::ltr()))
            .collect();
        self.offsets = vec![0.0; self.runs.len()];
        let mut x = 0.0;
        for i in BidiInfo::reorder_visual(&levels) {
            if let (Some(o), Some(run)) = (self.offsets.get_mut(i), self.runs.get(i)) {
                *o = x;
                x += run.width(size)?;
            }
        }
        Ok(())
    }
}

/// A piece between two break opportunities, shaped without its trailing
/// spaces (they vanish at a line end).
struct Piece {
    text: String,
    runs: Vec<Shaped>,
    width: f32,
    space: String,
    space_runs: Vec<Shaped>,
    space_width: f32,
}

fn measure(runs: &[Shaped], size: f32) -> Result<f32, PackageError> {
    let mut w = 0.0;
    for r in runs {
        w += r.width(size)?;
    }
    Ok(w)
}

/// The piece at `range` of a paragraph whose bytes have `levels`.
fn piece(
    paragraph: &str,
    levels: &[u8],
    range: Range<usize>,
    style: Style,
    han: HanStyle,
) -> Result<Piece, PackageError> {
    let s = &paragraph[range.clone()];
    let body_end = range.start + s.trim_end_matches(' ').len();
    let shape = |r: Range<usize>| {
        text::shape_runs(
            &paragraph[r.clone()],
            levels.get(r).unwrap_or(&[]),
            style.bold,
            han,
        )
    };
    let runs = shape(range.start..body_end)?;
    let space_runs = shape(body_end..range.end)?;
    Ok(Piece {
        width: measure(&runs, style.size)?,
        space_width: measure(&space_runs, style.size)?,
        text: paragraph[range.start..body_end].to_string(),
        runs,
        space: paragraph[body_end..range.end].to_string(),
        space_runs,
    })
}

/// Characters a line must not start with: combining marks (Indic and Khmer
/// vowel signs, the Khmer coeng), joiners, Thai vowels and signs written
/// after (or above) a consonant, and the repetition mark.
fn cannot_start_line(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{0E30}'..='\u{0E3A}' | '\u{0E45}'..='\u{0E4E}')
}

/// Text between break opportunities, with a piece that cannot start a line
/// joined to the one before it. Breaks after a hyphen are dropped too: text
/// extractors take a hyphen at a line end for a soft one and remove it, so
/// `safety@example-social.test` would be copied as `examplesocial`. Korean
/// breaks at spaces, not between syllables, as Korean readers expect.
fn segments(paragraph: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for end in break_points(paragraph) {
        if end <= start {
            continue;
        }
        let first = paragraph[start..end].chars().next();
        let before = paragraph[..start].chars().next_back();
        let glue = first.is_some_and(cannot_start_line)
            || before.is_some_and(|c| c == '-' || c == '\u{2010}')
            || (first.is_some_and(text::is_hangul) && before.is_some_and(text::is_hangul));
        match out.last_mut() {
            // The last piece ends where this one starts.
            Some(prev) if glue => prev.end = end,
            _ => out.push(start..end),
        }
        start = end;
    }
    out
}

/// Breaks a word wider than `max` between characters, never before a
/// combining mark.
fn split_long(
    paragraph: &str,
    levels: &[u8],
    word: Range<usize>,
    style: Style,
    han: HanStyle,
    max: f32,
) -> Result<Vec<Piece>, PackageError> {
    let mut clusters: Vec<Range<usize>> = Vec::new();
    let mut start = word.start;
    for (i, c) in paragraph[word.clone()].char_indices().skip(1) {
        if !cannot_start_line(c) {
            clusters.push(start..word.start + i);
            start = word.start + i;
        }
    }
    clusters.push(start..word.end);
    let mut out = Vec::new();
    let mut chunk = word.start..word.start;
    let mut width = 0.0;
    for cl in clusters {
        let w = piece(paragraph, levels, cl.clone(), style, han)?.width;
        if !chunk.is_empty() && width + w > max {
            out.push(piece(paragraph, levels, chunk.clone(), style, han)?);
            chunk = cl.start..cl.start;
            width = 0.0;
        }
        chunk.end = cl.end;
        width += w;
    }
    if !chunk.is_empty() {
        out.push(piece(paragraph, levels, chunk, style, han)?);
    }
    Ok(out)
}

/// Wraps `raw` into lines no wider than `max` points. Line ends in the input
/// are kept; an empty input gives no lines.
pub fn wrap(raw: &str, style: Style, han: HanStyle, max: f32) -> Result<Vec<Line>, PackageError> {
    let cleaned = text::clean(raw);
    let mut lines = Vec::new();
    if cleaned.trim().is_empty() {
        return Ok(lines);
    }
    for paragraph in cleaned.split('\n') {
        let paragraph = paragraph.trim_end();
        let (levels, rtl) = text::bidi_levels(paragraph);
        if paragraph.is_empty() {
            lines.push(Line::empty(false));
            continue;
        }
        let mut pieces = Vec::new();
        for range in segments(paragraph) {
            let p = piece(paragraph, &levels, range.clone(), style, han)?;
            if p.width > max {
                let body = range.start..range.start + p.text.len();
                let mut parts = split_long(paragraph, &levels, body, style, han, max)?;
                if let Some(last) = parts.last_mut() {
                    last.space = p.space;
                    last.space_runs = p.space_runs;
                    last.space_width = p.space_width;
                }
                pieces.extend(parts);
            } else {
                pieces.push(p);
            }
        }
        let mut line = Line::empty(rtl);
        // Spaces after the last piece on the line: drawn only if more
        // follows on the same line.
        let mut pending: Option<(String, Vec<Shaped>, f32)> = None;
        for p in pieces {
            let gap = pending.as_ref().map_or(0.0, |s| s.2);
            if !line.runs.is_empty() && line.width + gap + p.width > max {
                line.place_runs(style.size)?;
                lines.push(std::mem::replace(&mut line, Line::empty(rtl)));
                pending = None;
            }
            if let Some((s, runs, w)) = pending.take() {
                line.text.push_str(&s);
                line.runs.extend(runs);
                line.width += w;
            }
            line.text.push_str(&p.text);
            line.runs.extend(p.runs);
            line.width += p.width;
            if !p.space.is_empty() {
                pending = Some((p.space, p.space_runs, p.space_width));
            }
        }
        line.place_runs(style.size)?;
        lines.push(line);
    }
    Ok(lines)
}

/// The widest unbreakable piece and the whole text on one line, in points:
/// what a table column would like to be.
pub fn natural_widths(raw: &str, style: Style, han: HanStyle) -> Result<(f32, f32), PackageError> {
    let cleaned = text::clean(raw);
    let mut longest_piece: f32 = 0.0;
    let mut longest_line: f32 = 0.0;
    for paragraph in cleaned.split('\n') {
        let (levels, _) = text::bidi_levels(paragraph);
        let mut line = 0.0;
        for range in segments(paragraph) {
            let p = piece(paragraph, &levels, range, style, han)?;
            longest_piece = longest_piece.max(p.width);
            line += p.width + p.space_width;
        }
        longest_line = longest_line.max(line);
    }
    Ok((longest_piece, longest_line))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: Style = Style {
        size: 10.0,
        bold: false,
    };

    #[test]
    fn lines_fit_and_keep_every_word() {
        let text = "The account holder reported that the messages started in March and continued until the account was suspended.";
        let lines = wrap(text, BODY, HanStyle::default(), 150.0).unwrap();
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.width <= 150.0));
        let joined: Vec<String> = lines.iter().map(|l| l.text.clone()).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn thai_breaks_between_words_not_inside_them() {
        // A made-up sentence: "the reporter lives in a small village near
        // the river" without spaces, as Thai is written.
        let text = "ผู้แจ้งอาศัยอยู่ในหมู่บ้านเล็กๆใกล้แม่น้ำ";
        let lines = wrap(text, BODY, HanStyle::default(), 60.0).unwrap();
        assert!(lines.len() > 1);
        let joined: String = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(joined, text);
        for l in &lines {
            // No line starts with a mark or a following vowel.
            let first = l.text.chars().next().unwrap();
            assert!(!cannot_start_line(first), "{}", l.text);
        }
    }

    #[test]
    fn khmer_breaks_between_words_never_before_a_sign_or_subscript() {
        // "Child protection in the Kingdom of Cambodia", without spaces
        // between words as Khmer is written.
        let text = "កិច្ចការពារកុមារនៅព្រះរាជាណាចក្រកម្ពុជា";
        let interior: Vec<usize> = break_points(text)
            .into_iter()
            .filter(|b| *b > 0 && *b < text.len())
            .collect();
        assert!(!interior.is_empty(), "the segmenter finds no Khmer words");
        let lines = wrap(text, BODY, HanStyle::default(), 70.0).unwrap();
        assert!(lines.len() > 1);
        let joined: String = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(joined, text);
        for l in &lines {
            let first = l.text.chars().next().unwrap();
            assert!(!cannot_start_line(first), "{}", l.text);
        }
    }

    #[test]
    fn a_right_to_left_line_places_its_runs_right_to_left() {
        // Hebrew, a number, Hebrew: the first word is drawn rightmost.
        let lines = wrap("תיק 4521 נפתח", BODY, HanStyle::default(), 300.0).unwrap();
        let line = &lines[0];
        assert!(line.rtl);
        let x_of = |t: &str| {
            let i = line.runs.iter().position(|r| r.text == t).unwrap();
            line.offsets[i]
        };
        assert!(x_of("תיק") > x_of("4521") && x_of("4521") > x_of("נפתח"));
    }

    #[test]
    fn a_hash_wider_than_the_column_is_split_between_characters() {
        let hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let lines = wrap(hash, BODY, HanStyle::default(), 100.0).unwrap();
        assert!(lines.len() >= 3);
        assert!(lines.iter().all(|l| l.width <= 100.0));
        let joined: String = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(joined, hash);
    }

    #[test]
    fn korean_breaks_between_words() {
        let text = "서울특별시 가상구 예시로 123 가상지방법원";
        for width in [70.0, 90.0, 120.0] {
            let lines = wrap(text, BODY, HanStyle::Korean, width).unwrap();
            let words: Vec<&str> = text.split(' ').collect();
            for l in &lines {
                for w in l.text.split(' ') {
                    assert!(words.contains(&w), "{width}: a word was cut: {}", l.text);
                }
            }
        }
    }

    #[test]
    fn no_line_ends_after_a_hyphen() {
        let text = "Contact safety@example-social.test or the law-enforcement desk";
        for width in [60.0, 90.0, 120.0, 150.0] {
            for l in wrap(text, BODY, HanStyle::default(), width).unwrap() {
                assert!(!l.text.ends_with('-'), "{width}: {}", l.text);
            }
        }
    }

    #[test]
    fn line_ends_are_kept_and_empty_text_has_no_lines() {
        let lines = wrap("first\n\nthird", BODY, HanStyle::default(), 300.0).unwrap();
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["first", "", "third"]);
        assert!(
            wrap("  ", BODY, HanStyle::default(), 300.0)
                .unwrap()
                .is_empty()
        );
    }
}
