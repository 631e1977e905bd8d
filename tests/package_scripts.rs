//! The scripts of South Asia, Cambodia and the Middle East, and emoji, in
//! package PDFs, checked with real tools: HarfBuzz's `hb-shape` on the same
//! font files for the glyphs (`libharfbuzz-bin`), poppler's `pdftotext` for
//! copy and search, `pdftoppm` for ink where the text is. Outside CI a
//! missing tool skips the test with a message; in CI (`CI=true`) it fails.

use std::path::{Path, PathBuf};
use std::process::Command;

use casebridge::package::text::{self, HanStyle};
use casebridge::package::wrap::{self, Style};
use casebridge::package::{Block, Label, PdfInput, Section, render_pdf, samples};

fn have(tool: &str, package: &str) -> bool {
    if Command::new(tool).arg("--version").output().is_ok() {
        return true;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{tool} is missing in CI: install {package}"
    );
    eprintln!("skipped: {tool} is not installed ({package})");
    false
}

/// Real words and sentences per script (made-up names and places), each
/// needing what the script's shaping does: conjuncts and half forms,
/// reph, vowel signs written before or around the consonant, Khmer
/// subscripts (coeng), Arabic-script joining with Latin and digits on the
/// line, Hebrew with digits and points, emoji skin tones and ZWJ sequences.
const CORPUS: &[(&str, &[&str])] = &[
    (
        "Devanagari",
        &[
            samples::DEVANAGARI,
            "नमस्ते",
            "काठमाडौं महानगरीय प्रहरी",
            "क्षत्रिय श्रीमान् ज्ञान द्वार",
            "किशोरी कृपया राष्ट्रिय",
            "हिन्दी पुलिस थाना, मुंबई संपर्क",
            "र्‍य बाल संरक्षण प्रतिवेदन",
        ],
    ),
    (
        "Bengali",
        &[
            samples::BENGALI,
            "বাংলাদেশ পুলিশ",
            "কিশোরী কৌশল ক্ষমা স্ত্রী",
            "ঢাকা মেট্রোপলিটন",
        ],
    ),
    (
        "Sinhala",
        &[
            samples::SINHALA,
            "ශ්‍රී ලංකා පොලිසිය",
            "කොළඹ ප්‍රදේශය",
            "පොලිස් වාර්තාව ක්‍ෂ",
        ],
    ),
    (
        "Tamil",
        &[
            samples::TAMIL,
            "தமிழ்நாடு",
            "க்ஷ ஸ்ரீ குழந்தை பாதுகாப்பு",
            "கௌரவம் கை கொழும்பு",
        ],
    ),
    (
        "Khmer",
        &[
            samples::KHMER,
            "ព្រះរាជាណាចក្រកម្ពុជា",
            "ភ្នំពេញ នគរបាល",
            "ស្ត្រី កុមារ ក្បាល",
            "កិច្ចការពារកុមារ",
        ],
    ),
    (
        "Urdu",
        &[
            samples::URDU,
            "پاکستان پولیس",
            "بچوں کا تحفظ",
            "شکایت نمبر ۱۲۳۴۵",
            "وفاقی تحقیقاتی ادارہ ID 42",
            "ڪراچي ۾ رپورٽ",
        ],
    ),
    (
        "Hebrew",
        &[
            samples::HEBREW,
            "שלום עולם",
            "שָׁלוֹם",
            "תיק 2024-17 (ירושלים)",
        ],
    ),
    (
        "Emoji",
        &[samples::EMOJI, "👍🏽", "👩‍👩‍👧", "👨🏾‍💻 and 🏳️‍🌈", "🙏🏻🙏🏿 ok ❤️"],
    ),
];

/// (glyph id, x advance, x offset, y offset), in font units.
type Glyphs = Vec<(u32, i64, i64, i64)>;

fn hb_shape(font: &Path, index: u32, text: &str, rtl: bool) -> Glyphs {
    // The text goes in a file: hb-shape reads arguments in the locale's
    // encoding, and the C locale (no language for the shaper) is not UTF-8.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("text.txt");
    std::fs::write(&input, text).unwrap();
    let out = Command::new("hb-shape")
        .env("LC_ALL", "C")
        .arg("--output-format=json")
        .arg("--no-glyph-names")
        .arg(format!("--face-index={index}"))
        .arg(format!("--direction={}", if rtl { "rtl" } else { "ltr" }))
        .arg(font)
        .arg(format!("--text-file={}", input.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "hb-shape failed on {text:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let n = |k: &str| g[k].as_i64().unwrap();
            (n("g") as u32, n("ax"), n("dx"), n("dy"))
        })
        .collect()
}

/// Every run the engine draws for every corpus string (word by word, as
/// line breaking shapes them) has the glyph ids, advances and offsets `hb-shape`
/// gives for the same text in the same font file and direction. Both work
/// in font units at the font's own size, so they must be equal.
#[test]
fn shaping_matches_harfbuzz() {
    if !have("hb-shape", "libharfbuzz-bin") {
        return;
    }
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
    let mut compared = 0;
    for (script, strings) in CORPUS {
        for s in *strings {
            for bold in [false, true] {
                // One line, wide enough for all: the runs the PDF draws.
                let style = Style { size: 10.0, bold };
                let lines = wrap::wrap(s, style, HanStyle::default(), 10_000.0).unwrap();
                assert_eq!(lines.len(), 1, "{script}: {s}");
                for run in &lines[0].runs {
                    let (file, index) = run.face.file();
                    let ours: Glyphs = run
                        .glyphs
                        .iter()
                        .map(|g| {
                            (
                                u32::from(g.gid),
                                i64::from(g.advance),
                                i64::from(g.x_offset),
                                i64::from(g.y_offset),
                            )
                        })
                        .collect();
                    assert!(
                        ours.iter().all(|g| g.0 != 0),
                        "{script}: a missing glyph in {:?} ({:?})",
                        run.text,
                        run.face
                    );
                    let theirs = hb_shape(&fonts.join(file), index, &run.text, run.rtl);
                    assert_eq!(
                        ours, theirs,
                        "{script}: {:?} in {file} differs from hb-shape",
                        run.text
                    );
                    compared += 1;
                }
            }
        }
    }
    eprintln!("{compared} runs equal to hb-shape");
}

struct Pdf {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn write(input: &PdfInput) -> Pdf {
    let pdf = render_pdf(input).expect("renders");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf).unwrap();
    Pdf { _dir: dir, path }
}

fn pdftotext(args: &[&str], path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(args)
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).unwrap()
}

/// Without white space and without the embedding marks (U+202A–U+202C)
/// poppler puts around right-to-left words.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202C}').contains(c))
        .collect()
}

fn one_row_per_sample(samples: &[(&str, &str)]) -> PdfInput {
    let mut input = samples::reference_request();
    input.content_language = None;
    input.sections = vec![Section {
        heading: Label::en("Scripts"),
        blocks: samples
            .iter()
            .map(|(name, value)| Block::Row {
                label: Label::en(*name),
                value: (*value).to_string(),
            })
            .collect(),
    }];
    input
}

/// Copy and search: `pdftotext -raw` (the page's text in the order it was
/// written, which for casebridge is reading order) gives every corpus
/// string back exactly, right-to-left ones included.
#[test]
fn every_corpus_string_comes_back_out_of_the_pdf() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let rows: Vec<(&str, &str)> = CORPUS
        .iter()
        .flat_map(|(script, strings)| strings.iter().map(move |s| (*script, *s)))
        .collect();
    let pdf = write(&one_row_per_sample(&rows));
    let text = squeeze(&pdftotext(&["-raw"], &pdf.path));
    for (script, s) in rows {
        assert!(
            text.contains(&squeeze(&text::clean(s))),
            "{script}: {s} not found in:\n{text}"
        );
    }
    assert!(!text.contains('\u{FFFD}'), "a character was lost");
}

/// A right-to-left paragraph is set flush right, its words in right-to-left
/// order with the number between them, as a Hebrew reader reads it.
#[test]
fn hebrew_with_digits_is_set_right_to_left() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let pdf = write(&one_row_per_sample(&[("Hebrew", samples::HEBREW)]));
    let bbox = pdftotext(&["-bbox"], &pdf.path);
    let x_of = |word: &str| -> (f32, f32) {
        // poppler lists right-to-left words as they stand on the page.
        let shown: String = word.chars().rev().collect();
        let line = bbox
            .lines()
            .find(|l| {
                l.contains("<word")
                    && (l.contains(&format!(">{word}<")) || l.contains(&format!(">{shown}<")))
            })
            .unwrap_or_else(|| panic!("{word} is not on the page:\n{bbox}"));
        let attr = |name: &str| -> f32 {
            let key = format!("{name}=\"");
            let at = line.find(&key).unwrap() + key.len();
            line[at..].split('"').next().unwrap().parse().unwrap()
        };
        (attr("xMin"), attr("xMax"))
    };
    // תיק מספר 4521 נפתח בירושלים: the first word is rightmost, the number
    // sits between the second and third words, the last word is leftmost.
    let first = x_of("תיק");
    let second = x_of("מספר");
    let number = x_of("4521");
    let last = x_of("בירושלים");
    assert!(first.0 > second.1, "{first:?} {second:?}");
    assert!(second.0 > number.1 && number.0 > last.1, "{number:?}");
    // Flush right: the first word ends at the value column's right edge
    // (the page is 595 pt wide with 48 pt margins).
    assert!((first.1 - (595.28 - 48.0)).abs() < 2.0, "{first:?}");
}

/// Width, height and grey pixels of a binary PGM.
fn parse_pgm(data: &[u8]) -> (usize, usize, &[u8]) {
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while data[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !data[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(std::str::from_utf8(&data[start..i]).unwrap().to_string());
    }
    assert_eq!(fields[0], "P5");
    let w: usize = fields[1].parse().unwrap();
    let h: usize = fields[2].parse().unwrap();
    (w, h, &data[i + 1..i + 1 + w * h])
}

/// Page 1 of a PDF rendered by poppler at `DPI`, in grey, with the text
/// layer's word boxes (`pdftotext -bbox`).
struct Rendered {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
    bbox: String,
}

const DPI: f32 = 100.0;

fn render_first_page(pdf: &Path) -> Rendered {
    let bbox = pdftotext(&["-bbox", "-f", "1", "-l", "1"], pdf);
    let out = Command::new("pdftoppm")
        .args(["-r", "100", "-gray", "-f", "1", "-l", "1"])
        .arg(pdf)
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftoppm failed");
    let (width, height, pixels) = parse_pgm(&out.stdout);
    Rendered {
        width,
        height,
        pixels: pixels.to_vec(),
        bbox,
    }
}

impl Rendered {
    /// The box of the first word of the text layer that is `word` (or, for
    /// right-to-left text, `word` as it stands on the page), in pixels.
    fn word_box(&self, what: &str, word: &str) -> (usize, usize, usize, usize) {
        let word = squeeze(&text::clean(word));
        let shown: String = word.chars().rev().collect();
        let line = self
            .bbox
            .lines()
            .find(|l| {
                l.contains("<word")
                    && l.split('>')
                        .nth(1)
                        .and_then(|t| t.split('<').next())
                        .is_some_and(|t| {
                            let t = squeeze(t);
                            t.contains(&word) || t.contains(&shown)
                        })
            })
            .unwrap_or_else(|| panic!("{what}: {word} not in the text layer:\n{}", self.bbox));
        let attr = |name: &str| -> f32 {
            let key = format!("{name}=\"");
            let at = line.find(&key).unwrap() + key.len();
            line[at..].split('"').next().unwrap().parse().unwrap()
        };
        let px = |v: f32| (v * DPI / 72.0).round() as usize;
        (
            px(attr("xMin")),
            px(attr("yMin")),
            px(attr("xMax")),
            px(attr("yMax")),
        )
    }

    /// The share of dark pixels in a box.
    fn ink(&self, (x0, y0, x1, y1): (usize, usize, usize, usize)) -> f32 {
        assert!(x1 > x0 && y1 > y0 && x1 <= self.width && y1 <= self.height);
        let mut dark = 0;
        for y in y0..y1 {
            for x in x0..x1 {
                dark += usize::from(self.pixels[y * self.width + x] < 128);
            }
        }
        dark as f32 / ((x1 - x0) * (y1 - y0)) as f32
    }

    /// Where the text layer has `word`, the page has ink, and not a solid
    /// block (a box or a missing-glyph rectangle would be one).
    fn assert_drawn(&self, what: &str, word: &str) {
        let share = self.ink(self.word_box(what, word));
        assert!(
            (0.03..0.6).contains(&share),
            "{what}: {word} has {:.1} % dark pixels",
            share * 100.0
        );
    }
}

/// The first word of `s` that is not Latin, digits or punctuation.
fn first_script_word(s: &str) -> &str {
    s.split(' ')
        .find(|w| {
            w.chars()
                .any(|c| !c.is_ascii() && c.is_alphabetic() || c > '\u{2000}')
        })
        .unwrap()
}

/// Each script's sample is drawn: where the text layer puts its words, a
/// rendering of the page has ink.
#[test]
fn every_script_is_drawn_where_its_text_is() {
    if !have("pdftotext", "poppler-utils") || !have("pdftoppm", "poppler-utils") {
        return;
    }
    let rows = [
        ("Devanagari", samples::DEVANAGARI),
        ("Bengali", samples::BENGALI),
        ("Sinhala", samples::SINHALA),
        ("Tamil", samples::TAMIL),
        ("Khmer", samples::KHMER),
        ("Urdu", samples::URDU),
        ("Hebrew", samples::HEBREW),
        ("Emoji", samples::EMOJI),
    ];
    let pdf = write(&one_row_per_sample(&rows));
    let page = render_first_page(&pdf.path);
    for (script, sample) in rows {
        page.assert_drawn(script, first_script_word(sample));
    }
}

/// A page per script, as its reader gets it: the first page of the
/// reference report for a reader of a language written in the script,
/// rendered by poppler. Where the text layer has a word of the value and a
/// word of a label in the reader's language, the page has ink; the empty
/// margin beside them has none. `CASEBRIDGE_RENDERS=<dir>` keeps the pages
/// as PNG files for a look by eye.
#[test]
fn a_page_per_script_has_ink_where_its_words_are() {
    if !have("pdftotext", "poppler-utils") || !have("pdftoppm", "poppler-utils") {
        return;
    }
    let keep = std::env::var_os("CASEBRIDGE_RENDERS").map(PathBuf::from);
    for (script, tag, sample) in [
        ("Devanagari", "ne", samples::DEVANAGARI),
        ("Devanagari", "hi", samples::DEVANAGARI),
        ("Bengali", "bn", samples::BENGALI),
        ("Sinhala", "si", samples::SINHALA),
        ("Tamil", "ta", samples::TAMIL),
        ("Khmer", "km", samples::KHMER),
        ("Urdu", "ur", samples::URDU),
        ("Hebrew", "he", samples::HEBREW),
        ("Emoji", "en", samples::EMOJI),
    ] {
        let what = format!("{script} ({tag})");
        let input = samples::report_in(tag, sample);
        let pdf = write(&input);
        let page = render_first_page(&pdf.path);
        page.assert_drawn(&what, first_script_word(sample));
        if let Some(locale) = input.recipient_locale {
            // A label of the cover in the reader's language.
            let label = locale.t("package-sender");
            page.assert_drawn(&what, label.split(' ').next().unwrap());
        }
        // The right margin, level with the value, is blank.
        let (_, y0, _, y1) = page.word_box(&what, first_script_word(sample));
        let margin = (
            page.width - (40.0 * DPI / 72.0) as usize,
            y0,
            page.width,
            y1,
        );
        assert_eq!(page.ink(margin), 0.0, "{what}: ink in the margin");
        if let Some(dir) = &keep {
            std::fs::create_dir_all(dir).unwrap();
            let status = Command::new("pdftoppm")
                .args(["-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile"])
                .arg(&pdf.path)
                .arg(dir.join(format!("{script}-{tag}")))
                .status()
                .unwrap();
            assert!(status.success());
        }
    }
}

/// The same document, every script in it, gives the same bytes twice.
#[test]
fn the_same_input_gives_the_same_bytes_in_every_script() {
    let a = render_pdf(&samples::multilingual()).unwrap();
    let b = render_pdf(&samples::multilingual()).unwrap();
    assert!(a == b, "two renderings differ");
}

/// A package for each jurisdiction whose authority reads one of the
/// PDF-label languages is bilingual: the engine's labels in English and in
/// the language `data/jurisdictions.toml` names for it, the values in its
/// script, all of it extractable.
#[test]
fn packages_for_south_asia_and_cambodia_are_bilingual() {
    use casebridge::i18n::Locale;
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let data: toml::Value = toml::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("data/jurisdictions.toml"),
        )
        .unwrap(),
    )
    .unwrap();
    for code in ["NP", "IN", "BD", "LK", "KH", "PK"] {
        let j = data["jurisdiction"]
            .as_array()
            .unwrap()
            .iter()
            .find(|j| j["code"].as_str() == Some(code))
            .unwrap();
        let languages: Vec<String> = j["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap().to_string())
            .collect();
        let locale = Locale::reader_of(&languages)
            .unwrap_or_else(|| panic!("{code}: no PDF labels for {languages:?}"));
        let sample = match locale.tag() {
            "ne" | "hi" => samples::DEVANAGARI,
            "bn" => samples::BENGALI,
            "si" => samples::SINHALA,
            "ta" => samples::TAMIL,
            "km" => samples::KHMER,
            "ur" => samples::URDU,
            other => panic!("{code}: no sample for {other}"),
        };
        let input = samples::report_in(locale.tag(), sample);
        assert_eq!(input.recipient_locale, Some(locale));
        let pdf = write(&input);
        let text = squeeze(&pdftotext(&["-raw"], &pdf.path));
        for key in [
            "package-sensitive",
            "package-id",
            "package-recipient",
            "package-report-kind",
            "report-section-incident",
            "report-ip-address",
        ] {
            let local = locale.t(key);
            assert_ne!(local, Locale::ENGLISH.t(key), "{code}: {key} untranslated");
            for label in [Locale::ENGLISH.t(key), local] {
                assert!(
                    text.contains(&squeeze(&label)),
                    "{code} ({}): {label} missing in:\n{text}",
                    locale.tag()
                );
            }
        }
        assert!(text.contains(&squeeze(&text::clean(sample))), "{code}");
        assert!(!text.contains('\u{FFFD}'), "{code}: a character was lost");
    }
}
