//! Lays the document out on A4 pages: cover block, sections of labelled rows
//! and tables, page breaks between rows, running header and footer, and the
//! training watermark. Produces positioned lines and rules; `emit` turns
//! them into PDF operations.

use crate::i18n::Locale;

use super::super::PackageError;
use super::super::layout::{Block, Label, PdfInput, Table};
use super::super::text::HanStyle;
use super::super::wrap::{self, Line, Style};

pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 48.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
const BODY_TOP: f32 = PAGE_H - 70.0;
const BODY_BOTTOM: f32 = 62.0;
const BODY_H: f32 = BODY_TOP - BODY_BOTTOM;

const LABEL_W: f32 = 160.0;
const GUTTER: f32 = 12.0;
const ROW_PAD: f32 = 5.0;
const CELL_PAD: f32 = 4.0;

const VALUE: Style = Style {
    size: 10.0,
    bold: false,
};
const LABEL_EN: Style = Style {
    size: 8.5,
    bold: true,
};
const LABEL_LOCAL: Style = Style {
    size: 8.5,
    bold: false,
};
const CELL: Style = Style {
    size: 9.0,
    bold: false,
};
const HEAD_EN: Style = Style {
    size: 8.0,
    bold: true,
};
const HEAD_LOCAL: Style = Style {
    size: 8.0,
    bold: false,
};

/// Colours by role, so the palette lives in one place (`emit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Text,
    Muted,
    Alert,
    Rule,
    Shade,
    Watermark,
}

#[derive(Debug, Clone)]
pub enum Item {
    /// A line of text; `baseline` from the page's bottom edge.
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        ink: Ink,
        line: Line,
    },
    /// Text turned by `degrees` around its start point.
    Turned {
        x: f32,
        y: f32,
        degrees: f32,
        size: f32,
        line: Line,
    },
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        ink: Ink,
    },
}

#[derive(Debug, Default, Clone)]
pub struct Page {
    pub items: Vec<Item>,
}

/// A line inside a cell, with the space it takes.
#[derive(Debug, Clone)]
struct CellLine {
    line: Line,
    size: f32,
    leading: f32,
    ink: Ink,
}

#[derive(Debug, Clone)]
struct Cell {
    x: f32,
    /// Right-to-left lines are set flush against `x + width`.
    width: f32,
    lines: Vec<CellLine>,
}

/// A row of cells that is kept on one page if at all possible.
#[derive(Debug, Clone)]
struct RowBox {
    cells: Vec<Cell>,
    shade: bool,
}

impl RowBox {
    fn height(&self) -> f32 {
        let tallest = self
            .cells
            .iter()
            .map(|c| c.lines.iter().map(|l| l.leading).sum::<f32>())
            .fold(0.0, f32::max);
        tallest + 2.0 * ROW_PAD
    }
}

fn leading(size: f32) -> f32 {
    size * 1.38
}

struct Composer<'a> {
    input: &'a PdfInput,
    han: HanStyle,
    locale: Option<Locale>,
    pages: Vec<Page>,
    /// Distance from the page bottom to the top of the free space.
    cursor: f32,
    /// Nothing but furniture or a repeated header on this page yet.
    at_start: bool,
    continued: Label,
}

impl Composer<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.cursor = BODY_TOP;
        self.at_start = false;
    }

    /// A new page, with `repeat` (a table header) at its top.
    fn start_page(&mut self, repeat: Option<&RowBox>) {
        self.new_page();
        if let Some(r) = repeat {
            self.draw_row(r);
        }
        self.at_start = true;
    }

    fn remaining(&self) -> f32 {
        self.cursor - BODY_BOTTOM
    }

    fn lines(
        &self,
        text: &str,
        style: Style,
        width: f32,
        ink: Ink,
    ) -> Result<Vec<CellLine>, PackageError> {
        Ok(wrap::wrap(text, style, self.han, width)?
            .into_iter()
            .map(|line| CellLine {
                line,
                size: style.size,
                leading: leading(style.size),
                ink,
            })
            .collect())
    }

    fn label_lines(
        &self,
        label: &Label,
        en: Style,
        local: Style,
        width: f32,
    ) -> Result<Vec<CellLine>, PackageError> {
        let mut lines = self.lines(&label.en, en, width, Ink::Text)?;
        if let Some(l) = &label.local {
            lines.extend(self.lines(l, local, width, Ink::Muted)?);
        }
        Ok(lines)
    }

    fn draw_row(&mut self, row: &RowBox) {
        let h = row.height();
        let top = self.cursor;
        let mut items = Vec::new();
        if row.shade {
            items.push(Item::Fill {
                x: MARGIN_X,
                y: top - h,
                w: CONTENT_W,
                h,
                ink: Ink::Shade,
            });
        }
        for cell in &row.cells {
            let mut y = top - ROW_PAD;
            for l in &cell.lines {
                // Baseline about 0.8 em below the top of a line box whose
                // extra leading is shared above and below.
                let baseline = y - (l.leading - l.size) / 2.0 - l.size * 0.8;
                items.push(Item::Text {
                    x: if l.line.rtl {
                        cell.x + (cell.width - l.line.width).max(0.0)
                    } else {
                        cell.x
                    },
                    baseline,
                    size: l.size,
                    ink: l.ink,
                    line: l.line.clone(),
                });
                y -= l.leading;
            }
        }
        items.push(Item::Rule {
            x1: MARGIN_X,
            y1: top - h,
            x2: MARGIN_X + CONTENT_W,
            y2: top - h,
            width: 0.4,
        });
        self.page().items.extend(items);
        self.cursor -= h;
    }

    /// Places a row: on this page if it fits, else on the next; a row taller
    /// than a whole page is split between lines, the rest marked continued.
    /// `repeat` is drawn first on every new page (a table's header).
    fn place(&mut self, mut row: RowBox, repeat: Option<&RowBox>) -> Result<(), PackageError> {
        // The first cell (a label, or a table row's first value) is repeated
        // on continuations so the reader knows what continues.
        let head = row
            .cells
            .first()
            .map(|c| c.lines.clone())
            .unwrap_or_default();
        loop {
            let h = row.height();
            if h <= self.remaining() {
                self.draw_row(&row);
                self.at_start = false;
                return Ok(());
            }
            let room_on_fresh_page = BODY_H - repeat.map_or(0.0, RowBox::height);
            if !self.at_start
                && (h <= room_on_fresh_page || self.remaining() < 4.0 * leading(VALUE.size))
            {
                // Fits whole on a fresh page, or too little room here to be
                // worth starting a split.
                self.start_page(repeat);
                continue;
            }
            // Last resort: split between lines.
            let avail = self.remaining() - 2.0 * ROW_PAD;
            let mut first = row.clone();
            let mut rest = row.clone();
            let mut progressed = false;
            for (i, cell) in row.cells.iter().enumerate() {
                let mut used = 0.0;
                let mut take = 0;
                for l in &cell.lines {
                    if used + l.leading > avail {
                        break;
                    }
                    used += l.leading;
                    take += 1;
                }
                progressed |= take > 0;
                first.cells[i].lines = cell.lines[..take].to_vec();
                rest.cells[i].lines = cell.lines[take..].to_vec();
            }
            if !progressed {
                return Err(PackageError::Pdf("a line is taller than a page".into()));
            }
            // The continuation names the row again and says it continues.
            let marker =
                self.label_lines(&self.continued.clone(), HEAD_LOCAL, HEAD_LOCAL, LABEL_W)?;
            let marker: Vec<CellLine> = marker
                .into_iter()
                .map(|mut l| {
                    l.ink = Ink::Muted;
                    l
                })
                .collect();
            if let Some(c) = rest.cells.first_mut() {
                let mut lines = if c.lines.is_empty() {
                    head.clone()
                } else {
                    Vec::new()
                };
                lines.extend(marker);
                lines.append(&mut c.lines);
                c.lines = lines;
            }
            self.draw_row(&first);
            self.start_page(repeat);
            row = rest;
        }
    }

    fn labelled_row(&self, label: &Label, value: &str) -> Result<RowBox, PackageError> {
        let value_x = MARGIN_X + LABEL_W + GUTTER;
        let value_w = CONTENT_W - LABEL_W - GUTTER;
        let mut value_lines = self.lines(value, VALUE, value_w, Ink::Text)?;
        if value_lines.is_empty() {
            value_lines = self.lines("—", VALUE, value_w, Ink::Muted)?;
        }
        Ok(RowBox {
            cells: vec![
                Cell {
                    x: MARGIN_X,
                    width: LABEL_W,
                    lines: self.label_lines(label, LABEL_EN, LABEL_LOCAL, LABEL_W)?,
                },
                Cell {
                    x: value_x,
                    width: value_w,
                    lines: value_lines,
                },
            ],
            shade: false,
        })
    }

    fn heading(&mut self, heading: &Label, next_height: f32) -> Result<(), PackageError> {
        let mut lines = self.lines(
            &heading.en,
            Style {
                size: 12.5,
                bold: true,
            },
            CONTENT_W,
            Ink::Text,
        )?;
        if let Some(l) = &heading.local {
            lines.extend(self.lines(
                l,
                Style {
                    size: 10.5,
                    bold: false,
                },
                CONTENT_W,
                Ink::Muted,
            )?);
        }
        let row = RowBox {
            cells: vec![Cell {
                x: MARGIN_X,
                width: CONTENT_W,
                lines,
            }],
            shade: false,
        };
        let space_before = 10.0;
        // Keep the heading with what follows it.
        let need = space_before + row.height() + next_height.min(BODY_H / 3.0);
        if need > self.remaining() && self.cursor < BODY_TOP {
            self.new_page();
        } else if self.cursor < BODY_TOP {
            self.cursor -= space_before;
        }
        self.draw_row(&row);
        Ok(())
    }

    fn table_rows(&self, table: &Table) -> Result<(RowBox, Vec<RowBox>), PackageError> {
        // As many columns as the widest row, so no cell is ever dropped.
        let n = table
            .rows
            .iter()
            .map(Vec::len)
            .chain([table.columns.len(), 1])
            .max()
            .unwrap_or(1);
        let mut want = vec![0.0f32; n];
        let mut least = vec![0.0f32; n];
        // A header's longest word: a column is never narrower, so no header
        // breaks inside a word ("Contex" / "t").
        let mut header = vec![0.0f32; n];
        for (i, col) in table.columns.iter().enumerate() {
            for (text, style) in [(Some(&col.en), HEAD_EN), (col.local.as_ref(), HEAD_LOCAL)] {
                if let Some(t) = text {
                    let (piece, line) = wrap::natural_widths(t, style, self.han)?;
                    least[i] = least[i].max(piece);
                    header[i] = header[i].max(piece);
                    want[i] = want[i].max(line);
                }
            }
        }
        for row in &table.rows {
            for (i, cell) in row.iter().take(n).enumerate() {
                let (piece, line) = wrap::natural_widths(cell, CELL, self.han)?;
                least[i] = least[i].max(piece);
                want[i] = want[i].max(line);
            }
        }
        let widths = column_widths(&want, &least, &header, CONTENT_W, 2.0 * CELL_PAD);
        let mut xs = Vec::with_capacity(n);
        let mut x = MARGIN_X;
        for w in &widths {
            xs.push(x);
            x += w;
        }
        let inner = |i: usize| (widths.get(i).copied().unwrap_or(0.0) - 2.0 * CELL_PAD).max(8.0);
        let mut head_cells = Vec::with_capacity(n);
        for (i, x) in xs.iter().enumerate() {
            let label = table
                .columns
                .get(i)
                .cloned()
                .unwrap_or_else(|| Label::en(""));
            head_cells.push(Cell {
                x: x + CELL_PAD,
                width: inner(i),
                lines: self.label_lines(&label, HEAD_EN, HEAD_LOCAL, inner(i))?,
            });
        }
        let head = RowBox {
            cells: head_cells,
            shade: true,
        };
        let mut rows = Vec::with_capacity(table.rows.len());
        for row in &table.rows {
            let mut cells = Vec::with_capacity(n);
            for (i, x) in xs.iter().enumerate() {
                let text = row.get(i).map(String::as_str).unwrap_or("");
                cells.push(Cell {
                    x: x + CELL_PAD,
                    width: inner(i),
                    lines: self.lines(text, CELL, inner(i), Ink::Text)?,
                });
            }
            rows.push(RowBox {
                cells,
                shade: false,
            });
        }
        Ok((head, rows))
    }

    fn cover(&mut self) -> Result<(), PackageError> {
        let input = self.input;
        let loc = self.locale;
        let mut title = self.lines(
            &input.document_kind.en,
            Style {
                size: 17.0,
                bold: true,
            },
            CONTENT_W,
            Ink::Text,
        )?;
        if let Some(l) = &input.document_kind.local {
            title.extend(self.lines(
                l,
                Style {
                    size: 13.0,
                    bold: false,
                },
                CONTENT_W,
                Ink::Muted,
            )?);
        }
        self.draw_row(&RowBox {
            cells: vec![Cell {
                x: MARGIN_X,
                width: CONTENT_W,
                lines: title,
            }],
            shade: false,
        });
        if let Some(alert) = &input.cover_alert {
            self.alert(alert)?;
        }
        let utc = input
            .created
            .to_zoned(jiff::tz::TimeZone::UTC)
            .strftime("%Y-%m-%d %H:%M:%S UTC")
            .to_string();
        let zoned = input.created.to_zoned(input.recipient_zone.clone());
        // A zone without an IANA name (a fixed offset) is named by its offset.
        let zone_name = match input.recipient_zone.iana_name() {
            Some(name) => name.to_string(),
            None => zoned.strftime("UTC%:z").to_string(),
        };
        let local_time = zoned.strftime("%Y-%m-%d %H:%M:%S %Z (UTC%:z)").to_string();
        let mut rows = vec![
            (
                Label::from_key("package-document-type", loc),
                input.document_kind.en.clone(),
            ),
            (
                Label::from_key("package-id", loc),
                input.package_id.to_string(),
            ),
            (Label::from_key("package-sender", loc), input.sender.clone()),
            (
                Label::from_key("package-recipient", loc),
                input.recipient.clone(),
            ),
            (Label::from_key("package-created-utc", loc), utc),
            (
                Label::from_key("package-json-sha256", loc),
                input.json_sha256.clone(),
            ),
        ];
        // A recipient who reads UTC gets one "Created (UTC)" row, not two.
        if !matches!(zone_name.as_str(), "UTC" | "Etc/UTC" | "UTC+00:00") {
            let label = Label::from_key_args("package-created-local", &[("zone", &zone_name)], loc);
            rows.insert(rows.len() - 1, (label, local_time));
        }
        if let Some(r) = &input.document_reference {
            rows.insert(1, (Label::from_key("package-reference", loc), r.clone()));
        }
        if input.training {
            let note = Label::from_key("package-training-note", loc);
            let text = match &note.local {
                Some(l) => format!("{}\n{l}", note.en),
                None => note.en.clone(),
            };
            rows.push((Label::from_key("package-training", loc), text));
        }
        for (label, value) in rows {
            let row = self.labelled_row(&label, &value)?;
            self.place(row, None)?;
        }
        Ok(())
    }

    /// The cover's banner: its heading large and in the alert colour, its
    /// rows below, a heavy rule under them.
    fn alert(&mut self, alert: &super::super::layout::Section) -> Result<(), PackageError> {
        let mut lines = self.lines(
            &alert.heading.en,
            Style {
                size: 16.0,
                bold: true,
            },
            CONTENT_W,
            Ink::Alert,
        )?;
        if let Some(l) = &alert.heading.local {
            lines.extend(self.lines(
                l,
                Style {
                    size: 12.0,
                    bold: true,
                },
                CONTENT_W,
                Ink::Alert,
            )?);
        }
        self.cursor -= 6.0;
        let top = self.cursor;
        self.draw_row(&RowBox {
            cells: vec![Cell {
                x: MARGIN_X + 8.0,
                width: CONTENT_W - 8.0,
                lines,
            }],
            shade: false,
        });
        for block in &alert.blocks {
            if let Block::Row { label, value } = block {
                let row = self.labelled_row(label, value)?;
                self.place(row, None)?;
            }
        }
        // A bar down the banner's left edge, as wide as a thumb's nail.
        let bottom = self.cursor;
        self.page().items.push(Item::Fill {
            x: MARGIN_X,
            y: bottom,
            w: 4.0,
            h: top - bottom,
            ink: Ink::Alert,
        });
        self.page().items.push(Item::Rule {
            x1: MARGIN_X,
            y1: bottom,
            x2: MARGIN_X + CONTENT_W,
            y2: bottom,
            width: 1.6,
        });
        self.cursor -= 10.0;
        Ok(())
    }

    fn body(&mut self) -> Result<(), PackageError> {
        for section in &self.input.sections {
            let mut first_height = 0.0;
            let mut prepared: Vec<(Option<RowBox>, Vec<RowBox>)> = Vec::new();
            for block in &section.blocks {
                match block {
                    Block::Row { label, value } => {
                        let row = self.labelled_row(label, value)?;
                        prepared.push((None, vec![row]));
                    }
                    Block::Table(table) => {
                        let (head, rows) = self.table_rows(table)?;
                        prepared.push((Some(head), rows));
                    }
                }
            }
            if let Some((head, rows)) = prepared.first() {
                first_height = head.as_ref().map_or(0.0, RowBox::height)
                    + rows.first().map_or(0.0, RowBox::height);
            }
            // A short section (an attestation, a contact) stays on one page.
            let whole: f32 = prepared
                .iter()
                .map(|(h, rows)| {
                    h.as_ref().map_or(0.0, RowBox::height)
                        + rows.iter().map(RowBox::height).sum::<f32>()
                })
                .sum();
            if whole <= BODY_H / 3.0 {
                first_height = whole;
            }
            self.heading(&section.heading, first_height)?;
            for (head, rows) in prepared {
                if let Some(h) = &head {
                    // The header goes with the first row.
                    let first = rows.first().map_or(0.0, RowBox::height);
                    if h.height() + first.min(BODY_H / 3.0) > self.remaining() {
                        self.new_page();
                    }
                    self.draw_row(h);
                }
                for row in rows {
                    self.place(row, head.as_ref())?;
                }
            }
        }
        Ok(())
    }

    fn furniture(&mut self) -> Result<(), PackageError> {
        let loc = self.locale;
        let total = self.pages.len();
        let sensitive = Label::from_key("package-sensitive", loc);
        let sensitive_text = join(&sensitive);
        let header = wrap::wrap(
            &sensitive_text,
            Style {
                size: 9.0,
                bold: true,
            },
            self.han,
            CONTENT_W / 2.0,
        )?;
        let kind = one_line(
            &self.input.document_kind.en,
            Style {
                size: 8.0,
                bold: false,
            },
            self.han,
            CONTENT_W / 2.0,
        )?;
        let id_label = Label::from_key("package-id", loc);
        // The id right after the English label: after a right-to-left label
        // the bidirectional algorithm would take its leading digits for
        // Arabic-script numbers and set them apart from the rest.
        let mut footer_left = format!("{}: {}", id_label.en, self.input.package_id);
        if let Some(local) = &id_label.local {
            footer_left.push_str(" · ");
            footer_left.push_str(local);
        }
        let left = wrap::wrap(
            &footer_left,
            Style {
                size: 7.5,
                bold: false,
            },
            self.han,
            CONTENT_W * 0.62,
        )?;
        let watermark = if self.input.training {
            let label = Label::from_key("package-training", loc);
            let en = wrap::wrap(
                &label.en,
                Style {
                    size: 84.0,
                    bold: true,
                },
                self.han,
                10_000.0,
            )?;
            let local = match &label.local {
                Some(l) => wrap::wrap(
                    l,
                    Style {
                        size: 40.0,
                        bold: true,
                    },
                    self.han,
                    10_000.0,
                )?,
                None => Vec::new(),
            };
            Some((en, local))
        } else {
            None
        };
        for (index, page) in self.pages.iter_mut().enumerate() {
            let mut items = Vec::new();
            let top = PAGE_H - 34.0;
            if let Some(l) = header.first() {
                items.push(Item::Text {
                    x: MARGIN_X,
                    baseline: top,
                    size: 9.0,
                    ink: Ink::Alert,
                    line: l.clone(),
                });
            }
            if let Some(l) = kind.first() {
                items.push(Item::Text {
                    x: MARGIN_X + CONTENT_W - l.width,
                    baseline: top,
                    size: 8.0,
                    ink: Ink::Muted,
                    line: l.clone(),
                });
            }
            items.push(Item::Rule {
                x1: MARGIN_X,
                y1: top - 8.0,
                x2: MARGIN_X + CONTENT_W,
                y2: top - 8.0,
                width: 0.8,
            });
            let bottom = 34.0;
            items.push(Item::Rule {
                x1: MARGIN_X,
                y1: bottom + 12.0,
                x2: MARGIN_X + CONTENT_W,
                y2: bottom + 12.0,
                width: 0.5,
            });
            for (i, l) in left.iter().enumerate() {
                items.push(Item::Text {
                    x: MARGIN_X,
                    baseline: bottom - i as f32 * 9.0,
                    size: 7.5,
                    ink: Ink::Muted,
                    line: l.clone(),
                });
            }
            let page_label = Label::from_key_args(
                "package-page",
                &[
                    ("current", &(index + 1).to_string()),
                    ("total", &total.to_string()),
                ],
                loc,
            );
            let numbers = wrap::wrap(
                &join(&page_label),
                Style {
                    size: 7.5,
                    bold: false,
                },
                self.han,
                CONTENT_W * 0.36,
            )?;
            if let Some(l) = numbers.first() {
                items.push(Item::Text {
                    x: MARGIN_X + CONTENT_W - l.width,
                    baseline: bottom,
                    size: 7.5,
                    ink: Ink::Muted,
                    line: l.clone(),
                });
            }
            if let Some((en, local)) = &watermark {
                // Centred on the page, rising at 45°.
                let (s, c) = std::f32::consts::FRAC_PI_4.sin_cos();
                let (cx, cy) = (PAGE_W / 2.0, PAGE_H / 2.0);
                for (lines, size, shift) in [(en, 84.0f32, 0.0f32), (local, 40.0, -70.0)] {
                    if let Some(l) = lines.first() {
                        // Start point: back along the baseline by half the
                        // width, down by a third of the size so the glyphs
                        // straddle the centre line, then `shift` across.
                        let along = -l.width / 2.0;
                        let across = -size / 3.0 + shift;
                        items.push(Item::Turned {
                            x: cx + along * c - across * s,
                            y: cy + along * s + across * c,
                            degrees: 45.0,
                            size,
                            line: l.clone(),
                        });
                    }
                }
            }
            page.items.extend(items);
        }
        Ok(())
    }
}

/// The text on one line of at most `max` points, ending in "…" when it had
/// to be shortened (the running header repeats what the cover has in full).
fn one_line(text: &str, style: Style, han: HanStyle, max: f32) -> Result<Vec<Line>, PackageError> {
    let lines = wrap::wrap(text, style, han, max)?;
    if lines.len() <= 1 {
        return Ok(lines);
    }
    let mut kept: String = lines.first().map(|l| l.text.clone()).unwrap_or_default();
    loop {
        let candidate = format!("{}…", kept.trim_end());
        let fitted = wrap::wrap(&candidate, style, han, max)?;
        if fitted.len() <= 1 || kept.is_empty() {
            return Ok(fitted.into_iter().take(1).collect());
        }
        kept.pop();
    }
}

/// "English · local" for one-line furniture.
fn join(label: &Label) -> String {
    match &label.local {
        Some(l) => format!("{} · {l}", label.en),
        None => label.en.clone(),
    }
}

/// Column widths (padding included) that fill `total`. Every column gets
/// its longest unbreakable word where the table allows, so identifiers stay
/// on one line; what is left goes to the columns that want more. When even
/// the words do not fit, the narrowest columns are served first and the
/// widest (a hash, which may break anywhere) takes what remains.
fn column_widths(want: &[f32], least: &[f32], header: &[f32], total: f32, pad: f32) -> Vec<f32> {
    const NARROWEST: f32 = 48.0;
    let floor = |i: usize| header.get(i).map_or(0.0, |h| h + pad);
    let n = want.len().max(1);
    let least: Vec<f32> = least.iter().map(|l| l + pad).collect();
    let want: Vec<f32> = want
        .iter()
        .zip(&least)
        .map(|(w, l)| (w + pad).max(*l))
        .collect();
    let sum_want: f32 = want.iter().sum();
    if sum_want <= total {
        let extra = (total - sum_want) / n as f32;
        return want.iter().map(|w| w + extra).collect();
    }
    let sum_least: f32 = least.iter().sum();
    if sum_least <= total {
        let spare = total - sum_least;
        let wish: f32 = want.iter().zip(&least).map(|(w, l)| w - l).sum();
        return want
            .iter()
            .zip(&least)
            .map(|(w, l)| {
                l + if wish > 0.0 {
                    (w - l) * spare / wish
                } else {
                    0.0
                }
            })
            .collect();
    }
    let mut order: Vec<usize> = (0..least.len()).collect();
    order.sort_by(|a, b| least[*a].total_cmp(&least[*b]));
    let mut widths = vec![0.0; least.len()];
    let mut left = total;
    // What the columns still to be served need for their headers.
    let mut headers_after: f32 = (0..least.len()).map(floor).sum();
    for (k, &i) in order.iter().enumerate() {
        let after = (order.len() - k - 1) as f32;
        headers_after -= floor(i);
        widths[i] = if after == 0.0 {
            left.max(NARROWEST.min(total / n as f32))
        } else {
            least[i]
                .min(left - (after * NARROWEST).max(headers_after))
                .max(NARROWEST.min(total / n as f32))
        }
        .max(floor(i));
        left -= widths[i];
    }
    // The widest column (a hash, which breaks anywhere) gives back what the
    // headers took beyond the page.
    if left < 0.0
        && let Some(&widest) = order.last()
    {
        widths[widest] = (widths[widest] + left).max(floor(widest));
    }
    widths
}

/// Lays out the whole document.
pub fn compose(input: &PdfInput, han: HanStyle) -> Result<Vec<Page>, PackageError> {
    let mut c = Composer {
        input,
        han,
        locale: input.recipient_locale,
        pages: vec![Page::default()],
        cursor: BODY_TOP,
        at_start: true,
        continued: Label::from_key("package-continued", input.recipient_locale),
    };
    c.cover()?;
    c.body()?;
    c.furniture()?;
    Ok(c.pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_shortens_with_an_ellipsis() {
        let style = Style {
            size: 8.0,
            bold: false,
        };
        let long =
            "Records request: emergency disclosure of subscriber information and traffic data";
        let l = one_line(long, style, HanStyle::default(), 150.0).unwrap();
        assert_eq!(l.len(), 1);
        assert!(
            l[0].text.ends_with('…') && l[0].width <= 150.0,
            "{}",
            l[0].text
        );
        let short = one_line("Records request", style, HanStyle::default(), 150.0).unwrap();
        assert_eq!(short[0].text, "Records request");
    }

    #[test]
    fn column_widths_fill_the_table_and_respect_long_words() {
        let w = column_widths(&[50.0, 400.0, 60.0], &[30.0, 80.0, 40.0], &[], 500.0, 8.0);
        assert!((w.iter().sum::<f32>() - 500.0).abs() < 0.01);
        assert!(w[1] > w[0] && w[1] > w[2]);
        assert!(w[0] >= 38.0 && w[2] >= 48.0);
        // SHA-256, MD5, yes/no: the MD5 keeps its line, the SHA-256 breaks.
        let w = column_widths(
            &[330.0, 170.0, 60.0],
            &[330.0, 170.0, 30.0],
            &[],
            499.0,
            8.0,
        );
        assert!((w.iter().sum::<f32>() - 499.0).abs() < 0.01, "{w:?}");
        assert!(w[1] >= 178.0 && w[2] >= 38.0, "{w:?}");
        // Six columns whose values cannot all fit: every header keeps its
        // longest word whole, the widest value's column gives way.
        let header = [70.0, 70.0, 60.0, 70.0, 70.0, 65.0];
        let w = column_widths(
            &[120.0, 420.0, 300.0, 120.0, 120.0, 120.0],
            &[100.0, 400.0, 100.0, 100.0, 100.0, 100.0],
            &header,
            499.0,
            8.0,
        );
        for (i, h) in header.iter().enumerate() {
            assert!(w[i] >= h + 8.0 - 0.01, "column {i}: {w:?}");
        }
        assert!((w.iter().sum::<f32>() - 499.0).abs() < 0.5, "{w:?}");
        let small = column_widths(&[10.0, 10.0], &[5.0, 5.0], &[], 200.0, 8.0);
        assert!((small[0] - 100.0).abs() < 0.01);
    }
}
