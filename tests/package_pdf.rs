//! The package PDF as a reader gets it, checked with poppler's tools
//! (`pdftotext`, `pdffonts`, `pdfinfo`, `pdftoppm`). Without poppler-utils
//! the tests say so and pass; `.ci/run` installs it.

use std::path::{Path, PathBuf};
use std::process::Command;

use casebridge::package::{Block, Label, PdfInput, Section, render_pdf, samples};

fn have(tool: &str) -> bool {
    let found = Command::new(tool).arg("-v").output().is_ok();
    if !found {
        // CI installs poppler-utils: there a missing tool is a failure.
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{tool} is missing in CI (poppler-utils)"
        );
        eprintln!("skipped: {tool} is not installed (poppler-utils)");
    }
    found
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

fn run(tool: &str, args: &[&str], path: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(path).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives a page count")
}

fn page_text(path: &Path, page: usize) -> String {
    let p = page.to_string();
    run("pdftotext", &["-f", &p, "-l", &p], path)
}

/// The page's text in content-stream order: turned text (the watermark)
/// comes out whole instead of interleaved with the body.
fn page_text_raw(path: &Path, page: usize) -> String {
    let p = page.to_string();
    run("pdftotext", &["-raw", "-f", &p, "-l", &p], path)
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_script_comes_back_out_as_text() {
    if !have("pdftotext") {
        return;
    }
    let pdf = write(&samples::multilingual());
    // In content order: casebridge writes text in reading order, also where
    // a line mixes directions; poppler marks right-to-left words with
    // embedding marks, which are not part of the text.
    let text: String = squeeze(&run("pdftotext", &["-raw"], &pdf.path))
        .chars()
        .filter(|c| !('\u{202A}'..='\u{202C}').contains(c))
        .collect();
    for (script, sample, _) in samples::SCRIPTS {
        assert!(
            text.contains(&squeeze(sample)),
            "{script}: {sample} not found in:\n{text}"
        );
    }
    assert!(!text.contains('\u{FFFD}'), "a character was lost");
}

#[test]
fn every_font_is_embedded_and_subset() {
    if !have("pdffonts") {
        return;
    }
    for input in [
        samples::multilingual(),
        samples::reference_report(),
        samples::reference_request(),
    ] {
        let pdf = write(&input);
        let out = Command::new("pdffonts").arg(&pdf.path).output().unwrap();
        let listing = String::from_utf8(out.stdout).unwrap();
        let fonts: Vec<&str> = listing.lines().skip(2).collect();
        assert!(fonts.len() >= 2, "{listing}");
        for line in fonts {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let name = cols[0];
            let (tag, _) = name
                .split_once('+')
                .unwrap_or_else(|| panic!("no subset tag: {line}"));
            assert!(
                tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
                "{line}"
            );
            // Columns from the right: object ID (2), uni, sub, emb.
            let n = cols.len();
            assert_eq!(
                &cols[n - 5..n - 2],
                &["yes", "yes", "yes"],
                "emb/sub/uni: {line}"
            );
        }
        // Subsetting keeps the file small although the CJK collection is
        // ~19 MB.
        let size = std::fs::metadata(&pdf.path).unwrap().len();
        assert!(size < 200_000, "{size} bytes");
    }
}

#[test]
fn forty_identifiers_paginate_with_every_row_whole() {
    if !have("pdftotext") || !have("pdfinfo") {
        return;
    }
    let pdf = write(&samples::many_identifiers(40));
    let total = pages(&pdf.path);
    assert!(total >= 2, "40 rows should need more than one page");
    let texts: Vec<String> = (1..=total).map(|p| page_text(&pdf.path, p)).collect();
    for (i, t) in texts.iter().enumerate() {
        assert!(
            t.contains(&format!("Page {} of {total}", i + 1)),
            "page {} lacks its number:\n{t}",
            i + 1
        );
        assert!(
            t.contains(&format!("{total}쪽 중 {}쪽", i + 1)),
            "Korean page number"
        );
        // Each row's last words are on the same page as its identifier.
        let ids = t.matches("@example.test").count() - t.matches("someone@example.test").count();
        assert_eq!(
            ids,
            t.matches("2026-11-20.").count(),
            "a row was cut on page {}",
            i + 1
        );
        // The table header is repeated on every page the table spans.
        assert!(t.contains("Identifier"), "header missing on page {}", i + 1);
    }
    for n in 1..=40 {
        let id = format!("member{n:03}@example.test");
        let hits: Vec<usize> = texts
            .iter()
            .enumerate()
            .filter(|(_, t)| t.contains(&id))
            .map(|(p, _)| p)
            .collect();
        assert_eq!(hits.len(), 1, "{id} appears on pages {hits:?}");
        let page = &texts[hits[0]];
        assert_eq!(page.matches(&id).count(), 1, "{id} twice");
        assert!(
            page.contains(&format!("Account {n} of 40:")),
            "{id}'s note is on another page"
        );
    }
}

#[test]
fn a_value_taller_than_a_page_continues_on_the_next_with_nothing_lost() {
    if !have("pdftotext") || !have("pdfinfo") {
        return;
    }
    let mut input = samples::reference_request();
    let lines: Vec<String> = (1..=120)
        .map(|i| format!("Observation line {i:03}"))
        .collect();
    input.sections = vec![Section {
        heading: Label::en("Long statement"),
        blocks: vec![Block::Row {
            label: Label::en("Statement"),
            value: lines.join("\n"),
        }],
    }];
    let pdf = write(&input);
    let total = pages(&pdf.path);
    assert!(total >= 3);
    let all: String = (1..=total).map(|p| page_text(&pdf.path, p)).collect();
    let mut last = 0;
    for l in &lines {
        let at = all.find(l.as_str()).unwrap_or_else(|| panic!("{l} lost"));
        assert!(at > last, "{l} out of order");
        last = at;
    }
    for p in 2..=total {
        let t = page_text(&pdf.path, p);
        assert!(
            t.contains("(continued)"),
            "page {p} does not say it continues"
        );
        // The label is repeated (the heading, "Long statement", is not).
        assert!(
            t.contains("Statement"),
            "page {p} does not say what continues"
        );
    }
}

#[test]
fn training_watermark_is_on_every_page_only_when_flagged() {
    if !have("pdftotext") || !have("pdfinfo") {
        return;
    }
    let mut training = samples::many_identifiers(40);
    training.training = true;
    let pdf = write(&training);
    let total = pages(&pdf.path);
    assert!(total >= 2);
    for p in 1..=total {
        let t = squeeze(&page_text_raw(&pdf.path, p));
        assert!(t.contains("TRAINING"), "page {p} lacks the watermark");
        assert!(t.contains("교육용"), "page {p} lacks the Korean watermark");
    }
    let real = write(&samples::many_identifiers(40));
    for p in 1..=pages(&real.path) {
        let t = squeeze(&page_text_raw(&real.path, p));
        assert!(
            !t.contains("TRAINING") && !t.contains("교육용"),
            "page {p} is marked training"
        );
    }
}

#[test]
fn thai_is_shaped_readable_and_drawn() {
    if !have("pdftotext") || !have("pdftoppm") {
        return;
    }
    let mut input = samples::reference_request();
    input.sections = vec![Section {
        heading: Label::en("Thai"),
        blocks: vec![Block::Row {
            label: Label::en("Address"),
            value: samples::THAI.into(),
        }],
    }];
    let pdf = write(&input);
    // Round trip: the /ActualText gives back the exact characters, sara am
    // (U+0E33) included, although it is drawn as two glyphs.
    let text = run("pdftotext", &[], &pdf.path);
    assert!(squeeze(&text).contains(&squeeze(samples::THAI)), "{text}");
    assert!(text.contains('\u{0E33}'));
    // And the glyphs are really drawn where the text layer says they are:
    // crop the Thai words' box out of a rendering and find ink in it. (Look
    // at `pdftoppm -r 300` output to judge the shaping itself; the mark
    // positioning is unit-tested in `package::fonts`.)
    let bbox = run("pdftotext", &["-bbox", "-f", "1", "-l", "1"], &pdf.path);
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, 0.0f32, 0.0f32);
    for line in bbox.lines().filter(|l| {
        l.contains("<word") && l.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
    }) {
        let attr = |name: &str| -> f32 {
            let key = format!("{name}=\"");
            let at = line.find(&key).unwrap() + key.len();
            line[at..].split('"').next().unwrap().parse().unwrap()
        };
        x0 = x0.min(attr("xMin"));
        y0 = y0.min(attr("yMin"));
        x1 = x1.max(attr("xMax"));
        y1 = y1.max(attr("yMax"));
    }
    assert!(
        x1 > x0 && y1 > y0,
        "no Thai words in the text layer:\n{bbox}"
    );
    let scale = 150.0 / 72.0;
    let geometry = |v: f32| ((v * scale).round() as i64).to_string();
    let out = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-f", "1", "-l", "1"])
        .args(["-x", &geometry(x0), "-y", &geometry(y0)])
        .args(["-W", &geometry(x1 - x0), "-H", &geometry(y1 - y0)])
        .arg(&pdf.path)
        .output()
        .unwrap();
    let (w, h, pixels) = parse_pgm(&out.stdout);
    let dark = pixels.iter().filter(|p| **p < 128).count();
    // Text covers roughly a tenth to a third of its box; a blank or
    // box-only rendering would not.
    let share = dark as f32 / (w * h) as f32;
    assert!(
        (0.04..0.5).contains(&share),
        "{dark} dark pixels of {}",
        w * h
    );
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

#[test]
fn isolation_marks_never_reach_the_page() {
    if !have("pdftotext") {
        return;
    }
    let mut input = samples::reference_request();
    input.sections = vec![Section {
        heading: Label::en("Step \u{2068}3\u{2069} of \u{2068}9\u{2069}"),
        blocks: vec![Block::Row {
            label: Label::en("Name"),
            value: "\u{2068}김민서\u{2069}".into(),
        }],
    }];
    let text = run("pdftotext", &[], &write(&input).path);
    assert!(text.contains("Step 3 of 9"), "{text}");
    assert!(text.contains("김민서"));
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}') && !text.contains('\u{FFFD}'));
}

#[test]
fn the_same_input_gives_the_same_pdf() {
    let a = render_pdf(&samples::reference_report()).unwrap();
    let b = render_pdf(&samples::reference_report()).unwrap();
    assert!(a == b, "two renderings differ");
    let mut other = samples::reference_report();
    other.sender.push('.');
    assert!(render_pdf(&other).unwrap() != a);
}

#[test]
fn a_cell_beyond_the_labelled_columns_is_still_printed() {
    if !have("pdftotext") {
        return;
    }
    let mut input = samples::reference_request();
    input.sections = vec![Section {
        heading: Label::en("Targets"),
        blocks: vec![Block::Table(casebridge::package::Table {
            columns: vec![Label::en("Type"), Label::en("Identifier")],
            rows: vec![vec![
                "Email".into(),
                "someone@example.test".into(),
                "extra-cell-kept".into(),
            ]],
        })],
    }];
    let text = run("pdftotext", &[], &write(&input).path);
    assert!(text.contains("extra-cell-kept"), "{text}");
}

#[test]
fn labels_are_bilingual_only_where_casebridge_speaks_the_recipients_language() {
    if !have("pdftotext") {
        return;
    }
    let korean = run("pdftotext", &[], &write(&samples::reference_report()).path);
    for label in [
        "Package ID",
        "패키지 ID",
        "SENSITIVE",
        "민감 정보",
        "Created (Asia/Seoul)",
        "작성 시각 (Asia/Seoul)",
    ] {
        assert!(korean.contains(label), "{label} missing");
    }
    let english = run("pdftotext", &[], &write(&samples::reference_request()).path);
    assert!(english.contains("Package ID") && !english.contains("패키지"));
    let mut explicit = samples::reference_request();
    explicit.recipient_locale = Some(casebridge::i18n::Locale::ENGLISH);
    let text = run("pdftotext", &[], &write(&explicit).path);
    assert!(!text.contains("Package ID · Package ID") && !text.contains("SENSITIVE · SENSITIVE"));
}

#[test]
fn the_cover_gives_the_time_in_utc_and_in_the_recipients_zone() {
    if !have("pdftotext") {
        return;
    }
    let report = run("pdftotext", &[], &write(&samples::reference_report()).path);
    assert!(report.contains("2026-11-23 08:30:00 UTC"), "{report}");
    assert!(
        report.contains("2026-11-23 17:30:00 KST (UTC+09:00)"),
        "{report}"
    );
    // Nepal is 5 hours 45 minutes ahead of UTC.
    let mut nepal = samples::reference_request();
    nepal.recipient_zone = jiff::tz::TimeZone::get("Asia/Kathmandu").unwrap();
    let text = run("pdftotext", &[], &write(&nepal).path);
    assert!(text.contains("Created (Asia/Kathmandu)"), "{text}");
    assert!(text.contains("2026-11-23 14:15:00"), "{text}");
    assert!(text.contains("(UTC+05:45)"), "{text}");
}
