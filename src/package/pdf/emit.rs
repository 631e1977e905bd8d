//! Turns laid-out pages into a PDF: subsets each face to the glyphs the
//! document uses, renumbers glyph ids, writes the operations, and saves with
//! a trailer ID derived from the content so the same input gives the same
//! bytes.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Codepoint, Color, DictItem, ExtendedGraphicsState, ExtendedGraphicsStateId, FontId,
    Line as PdfLine, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};
use sha2::{Digest, Sha256};

use super::super::PackageError;
use super::super::fonts::{self, Face, Glyph, Shaped};
use super::super::wrap::Line;
use super::compose::{Ink, Item, PAGE_H, PAGE_W, Page};

const WATERMARK_GS: &str = "GSwatermark";
/// Deflate level for streams: 6 is zlib's default trade of time for size.
const COMPRESSION: u32 = 6;

fn rgb(r: f32, g: f32, b: f32) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

fn ink(i: Ink) -> Color {
    match i {
        Ink::Text => rgb(0.07, 0.07, 0.09),
        Ink::Muted => rgb(0.33, 0.35, 0.38),
        Ink::Alert => rgb(0.72, 0.05, 0.05),
        Ink::Rule => rgb(0.62, 0.64, 0.67),
        Ink::Shade => rgb(0.92, 0.93, 0.95),
        Ink::Watermark => rgb(0.75, 0.1, 0.1),
    }
}

/// What the PDF needs to know of one face's glyphs.
#[derive(Default)]
struct Glyphs {
    /// Original glyph id → glyph id in the subset.
    renumber: BTreeMap<u16, u16>,
    /// Original glyph id → its ToUnicode text. printpdf keeps one text per
    /// glyph, so every use of a glyph must give the same one.
    unicode: BTreeMap<u16, String>,
}

type Renumbering = BTreeMap<Face, Glyphs>;

fn lines_of(page: &Page) -> impl Iterator<Item = &Line> {
    page.items.iter().filter_map(|i| match i {
        Item::Text { line, .. } | Item::Turned { line, .. } => Some(line),
        _ => None,
    })
}

fn font_id(face: Face) -> FontId {
    // Fixed resource names keep the output deterministic; they avoid
    // printpdf's /F1…/F14 names for the built-in fonts.
    FontId(format!("CB{}", face.postscript_name().replace('-', "")))
}

/// The six-letter subset tag PDF readers expect before a subset font's name,
/// derived from the glyphs so the same subset always gets the same tag.
fn subset_tag(face: Face, ids: &[u16]) -> String {
    let mut h = Sha256::new();
    h.update(face.postscript_name().as_bytes());
    for id in ids {
        h.update(id.to_be_bytes());
    }
    h.finalize()
        .iter()
        .take(6)
        .map(|b| char::from(b'A' + b % 26))
        .collect()
}

/// Subsets every face the pages use and registers it with the document.
fn add_fonts(doc: &mut PdfDocument, pages: &[Page]) -> Result<Renumbering, PackageError> {
    let mut used: BTreeMap<Face, BTreeSet<u16>> = BTreeMap::new();
    // Character → original glyph, for the subset's own cmap.
    let mut chars: BTreeMap<Face, BTreeMap<char, u16>> = BTreeMap::new();
    // Glyph → text: from plain runs first, where a glyph is one character;
    // then, for glyphs only shaped text uses, the text of their cluster
    // (copy and search use the run's /ActualText there anyway).
    let mut unicode: BTreeMap<Face, BTreeMap<u16, String>> = BTreeMap::new();
    for plain_pass in [true, false] {
        for run in pages.iter().flat_map(lines_of).flat_map(|l| &l.runs) {
            if run.plain != plain_pass {
                continue;
            }
            used.entry(run.face)
                .or_default()
                .extend(run.glyphs.iter().map(|g| g.gid));
            let texts = unicode.entry(run.face).or_default();
            for g in run.glyphs.iter().filter(|g| !g.text.is_empty()) {
                texts.entry(g.gid).or_insert_with(|| g.text.clone());
                let mut cs = g.text.chars();
                if let (true, Some(c), None) = (plain_pass, cs.next(), cs.next()) {
                    chars.entry(run.face).or_default().entry(c).or_insert(g.gid);
                }
            }
        }
    }
    let mut renumbering = Renumbering::new();
    for (face, set) in used {
        // Glyph 0 (.notdef) must come first.
        let mut ids = vec![0u16];
        ids.extend(set.into_iter().filter(|g| *g != 0));
        let renumber: BTreeMap<u16, u16> = ids
            .iter()
            .enumerate()
            .map(|(new, old)| (*old, u16::try_from(new).unwrap_or(0)))
            .collect();
        let face_chars: Vec<(char, u16)> = chars
            .get(&face)
            .into_iter()
            .flatten()
            .map(|(c, g)| (*c, *g))
            .collect();
        let bytes = fonts::subset(face, &ids, &face_chars)?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
            .ok_or_else(|| PackageError::Font(format!("the subset of {face:?} does not parse")))?;
        parsed.font_name = Some(format!(
            "{}+{}",
            subset_tag(face, &ids),
            face.postscript_name()
        ));
        doc.resources
            .fonts
            .map
            .insert(font_id(face), printpdf::PdfFont::new(parsed));
        renumbering.insert(
            face,
            Glyphs {
                renumber,
                unicode: unicode.remove(&face).unwrap_or_default(),
            },
        );
    }
    Ok(renumbering)
}

/// The /ActualText of a run. Text extractors (poppler's, pdfium's) read a
/// line left to right and then apply the bidirectional algorithm to give
/// right-to-left text back in reading order, as they must for the glyphs of
/// every other PDF producer; a right-to-left run's text is therefore given
/// in the order its glyphs stand on the page, reversed by character, and
/// the extractor's reordering turns it back into the text as typed.
fn actual_text(run: &Shaped) -> String {
    if run.rtl {
        run.text.chars().rev().collect()
    } else {
        run.text.clone()
    }
}

/// PDF text string: UTF-16BE with a byte-order mark.
fn pdf_text_string(s: &str) -> Vec<u8> {
    let mut out = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        out.extend(unit.to_be_bytes());
    }
    out
}

/// Writes one line at (x, baseline), or turned by `degrees` around that
/// point. Every glyph is placed where the shaper put it. Runs are written
/// in reading order; a run whose glyphs do not spell its text in order
/// (reordered, joined or split characters, right-to-left text) carries it
/// as /ActualText, so copy and search give back what was typed.
fn line_ops(
    ops: &mut Vec<Op>,
    line: &Line,
    x: f32,
    baseline: f32,
    size: f32,
    degrees: Option<f32>,
    renumbering: &Renumbering,
) -> Result<(), PackageError> {
    for (run, offset) in line.runs.iter().zip(&line.offsets) {
        let Some(glyphs) = renumbering.get(&run.face) else {
            continue;
        };
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font_id(run.face)),
            size: Pt(size),
        });
        if !run.plain {
            let mut props = BTreeMap::new();
            props.insert(
                "ActualText".to_string(),
                DictItem::String {
                    data: pdf_text_string(&actual_text(run)),
                    literal: false,
                },
            );
            ops.push(Op::BeginMarkedContentWithProperties {
                tag: "Span".into(),
                properties: DictItem::Dict { map: props },
            });
        }
        let pen = Pen {
            x,
            baseline,
            along: *offset,
            size,
        };
        match degrees {
            None => run_ops(ops, run, pen, glyphs)?,
            Some(d) => turned_run_ops(ops, run, pen, d, glyphs)?,
        }
        if !run.plain {
            ops.push(Op::EndMarkedContentWithProperties);
        }
    }
    Ok(())
}

/// Where a run starts: `along` the baseline from the line's start at
/// (`x`, `baseline`); and its size.
#[derive(Clone, Copy)]
struct Pen {
    x: f32,
    baseline: f32,
    along: f32,
    size: f32,
}

fn codepoint(g: &Glyph, glyphs: &Glyphs, offset: f32) -> Codepoint {
    Codepoint {
        gid: glyphs.renumber.get(&g.gid).copied().unwrap_or(0),
        offset,
        cid: glyphs.unicode.get(&g.gid).cloned(),
    }
}

/// A level run as one text matrix and one glyph array per stretch of
/// glyphs on the same baseline. A viewer moves the pen by each glyph's own
/// advance (the font's `hmtx`, which becomes the PDF's /W); where the
/// shaper moved the next glyph elsewhere (kerning, marks, cursive joins) a
/// kern number in the array makes up the difference, so the glyphs land
/// exactly where the shaper put them.
fn run_ops(ops: &mut Vec<Op>, run: &Shaped, pen: Pen, glyphs: &Glyphs) -> Result<(), PackageError> {
    let face = fonts::face(run.face)?;
    let upm = face.units_per_em;
    let scale = pen.size / upm;
    // Thousandths of an em, as the viewer counts them: /W holds each
    // width truncated to an integer.
    let viewer_width = |gid: u16| (f32::from(face.advance(gid)) * 1000.0 / upm) as i64 as f32;
    let mut origin = 0i32;
    let mut i = 0;
    while i < run.glyphs.len() {
        let y = run.glyphs[i].y_offset;
        let end = run.glyphs[i..]
            .iter()
            .position(|g| g.y_offset != y)
            .map_or(run.glyphs.len(), |n| i + n);
        let first = &run.glyphs[i];
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(
                Pt(pen.x + pen.along + (origin + first.x_offset) as f32 * scale),
                Pt(pen.baseline + y as f32 * scale),
            ),
        });
        let mut items = Vec::with_capacity(end - i);
        for k in i..end {
            let g = &run.glyphs[k];
            let kern = match run.glyphs.get(k + 1).filter(|_| k + 1 < end) {
                Some(next) => {
                    let wanted = (g.advance + next.x_offset - g.x_offset) as f32 * 1000.0 / upm;
                    viewer_width(g.gid) - wanted
                }
                None => 0.0,
            };
            items.push(codepoint(g, glyphs, kern));
            origin += g.advance;
        }
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(items)],
        });
        i = end;
    }
    Ok(())
}

/// A run turned by `degrees` around the line's start (the watermark):
/// every glyph placed on its own, turned with it.
fn turned_run_ops(
    ops: &mut Vec<Op>,
    run: &Shaped,
    pen: Pen,
    degrees: f32,
    glyphs: &Glyphs,
) -> Result<(), PackageError> {
    let (sin, cos) = degrees.to_radians().sin_cos();
    let scale = pen.size / fonts::face(run.face)?.units_per_em;
    let mut origin = 0i32;
    for g in &run.glyphs {
        // Position along and across the baseline, then turned.
        let along = pen.along + (origin + g.x_offset) as f32 * scale;
        let across = g.y_offset as f32 * scale;
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::TranslateRotate(
                Pt(pen.x + along * cos - across * sin),
                Pt(pen.baseline + along * sin + across * cos),
                degrees,
            ),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(vec![codepoint(g, glyphs, 0.0)])],
        });
        origin += g.advance;
    }
    Ok(())
}

fn rule(x1: f32, y1: f32, x2: f32, y2: f32) -> PdfLine {
    let pt = |x: f32, y: f32| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    PdfLine {
        points: vec![pt(x1, y1), pt(x2, y2)],
        is_closed: false,
    }
}

fn page_ops(page: &Page, renumbering: &Renumbering) -> Result<Vec<Op>, PackageError> {
    let mut ops = Vec::new();
    for item in &page.items {
        match item {
            Item::Fill { x, y, w, h, ink: i } => {
                ops.push(Op::SetFillColor { col: ink(*i) });
                let mut r = Rect::from_xywh(Pt(*x), Pt(*y), Pt(*w), Pt(*h));
                r.mode = Some(PaintMode::Fill);
                ops.push(Op::DrawRectangle { rectangle: r });
            }
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width,
            } => {
                ops.push(Op::SetOutlineColor {
                    col: ink(Ink::Rule),
                });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: rule(*x1, *y1, *x2, *y2),
                });
            }
            Item::Text {
                x,
                baseline,
                size,
                ink: i,
                line,
            } => {
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFillColor { col: ink(*i) });
                line_ops(&mut ops, line, *x, *baseline, *size, None, renumbering)?;
                ops.push(Op::EndTextSection);
            }
            Item::Turned {
                x,
                y,
                degrees,
                size,
                line,
            } => {
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::LoadGraphicsState {
                    gs: ExtendedGraphicsStateId(WATERMARK_GS.into()),
                });
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFillColor {
                    col: ink(Ink::Watermark),
                });
                line_ops(&mut ops, line, *x, *y, *size, Some(*degrees), renumbering)?;
                ops.push(Op::EndTextSection);
                ops.push(Op::RestoreGraphicsState);
            }
        }
    }
    Ok(ops)
}

/// Deflates every stream that allows it. lopdf's own `compress` uses the
/// slowest level, which took half the time of a package for a few percent
/// of size. One compressor serves every stream: setting one up allocates
/// its window and tables, which cost as much as packing a small stream.
fn compress(lo: &mut lopdf::Document) -> Result<(), PackageError> {
    let mut deflate = flate2::Compress::new(flate2::Compression::new(COMPRESSION), true);
    for object in lo.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            deflate.reset();
            // Deflate never grows data by more than a few bytes per block.
            let mut packed = Vec::with_capacity(stream.content.len() + 64);
            loop {
                let status = deflate
                    .compress_vec(
                        &stream.content[deflate.total_in() as usize..],
                        &mut packed,
                        flate2::FlushCompress::Finish,
                    )
                    .map_err(|e| PackageError::Pdf(format!("compressing: {e}")))?;
                match status {
                    flate2::Status::StreamEnd => break,
                    _ => packed.reserve(packed.capacity().max(64)),
                }
            }
            if packed.len() < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(packed);
            }
        }
    }
    Ok(())
}

/// Document metadata the PDF carries besides its pages.
pub struct Meta<'a> {
    pub title: &'a str,
    pub created: jiff::Timestamp,
    /// Seeds the trailer /ID (normally the package id and JSON hash).
    pub identity: &'a [u8],
    /// BCP 47 tag of the main language, for screen readers (/Lang).
    pub language: &'a str,
}

pub fn emit(pages: &[Page], meta: &Meta<'_>) -> Result<Vec<u8>, PackageError> {
    let mut doc = PdfDocument::new(meta.title);
    let created = printpdf::OffsetDateTime::from_unix_timestamp(meta.created.as_second())
        .map_err(|e| PackageError::Pdf(format!("creation time: {e}")))?;
    doc.metadata.info.creation_date = created;
    doc.metadata.info.modification_date = created;
    doc.metadata.info.metadata_date = created;
    doc.metadata.info.producer = format!("casebridge {}", env!("CARGO_PKG_VERSION"));
    doc.metadata.info.creator = "casebridge".into();
    doc.resources.extgstates.map.insert(
        ExtendedGraphicsStateId(WATERMARK_GS.into()),
        ExtendedGraphicsState::default().with_current_fill_alpha(0.16),
    );
    let renumbering = add_fonts(&mut doc, pages)?;
    let mut pdf_pages = Vec::with_capacity(pages.len());
    for page in pages {
        pdf_pages.push(PdfPage::new(
            Mm::from(Pt(PAGE_W)),
            Mm::from(Pt(PAGE_H)),
            page_ops(page, &renumbering)?,
        ));
    }
    doc.with_pages(pdf_pages);
    let opts = PdfSaveOptions {
        optimize: true,
        // Fonts are subset above; printpdf's own subsetting needs features
        // we do not build and would embed whole fonts instead.
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
    {
        return Err(PackageError::Pdf(w.msg.clone()));
    }
    // printpdf draws a random /ID; one derived from the content makes the
    // same package produce the same bytes.
    let id: Vec<u8> = Sha256::digest(meta.identity)
        .iter()
        .take(16)
        .copied()
        .collect();
    lo.trailer.set(
        "ID",
        lopdf::Object::Array(vec![
            lopdf::Object::String(id.clone(), lopdf::StringFormat::Hexadecimal),
            lopdf::Object::String(id, lopdf::StringFormat::Hexadecimal),
        ]),
    );
    lo.catalog_mut()
        .map_err(|e| PackageError::Pdf(format!("catalog: {e}")))?
        .set(
            "Lang",
            lopdf::Object::String(
                meta.language.as_bytes().to_vec(),
                lopdf::StringFormat::Literal,
            ),
        );
    compress(&mut lo)?;
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| PackageError::Pdf(format!("saving: {e}")))?;
    Ok(out)
}
