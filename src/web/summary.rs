//! A document's projection (see [`crate::app::projection`]) as a page shows
//! it: in the page's language, with Change links back to check your answers
//! when asked. Records become one card each. Both flows use this for check
//! your answers, the review page and the confirmation page.

use super::form::SummaryRow;
use super::page::Ctx;
use crate::app::projection::Part;

/// A part as a page shows it.
pub struct Section {
    pub title: String,
    pub rows: Vec<SummaryRow>,
    pub cards: Vec<Card>,
}

/// One record of a part (an identifier, an IP event).
pub struct Card {
    pub title: String,
    pub rows: Vec<SummaryRow>,
}

/// The parts in the page's language; with `base` (`/reports/{id}`), each
/// row links to the step that changes it and comes back to check your
/// answers.
pub fn sections(ctx: &Ctx, parts: Vec<Part>, base: Option<&str>) -> Vec<Section> {
    parts
        .into_iter()
        .map(|p| {
            let href = base
                .map(|b| format!("{b}/{}?return=check", p.step))
                .unwrap_or_default();
            let row = |key: &str, value: String| SummaryRow {
                key: ctx.t(key),
                value,
                change_href: href.clone(),
            };
            let title = match p.subtitle.is_empty() {
                true => ctx.t(p.title),
                false => format!("{}: {}", ctx.t(p.title), p.subtitle),
            };
            let rows = p
                .answers
                .into_iter()
                .map(|a| {
                    let mut r = row(a.label, a.value);
                    if a.derived {
                        r.change_href.clear();
                    }
                    r
                })
                .collect();
            let cards = p
                .records
                .map(|r| {
                    r.rows
                        .into_iter()
                        .map(|cells| card(&r.columns, cells, &row))
                        .collect()
                })
                .unwrap_or_default();
            Section { title, rows, cards }
        })
        .collect()
}

/// A part's answers as summary rows that change on `href`.
pub fn rows(ctx: &Ctx, part: &Part, href: &str) -> Vec<SummaryRow> {
    part.answers
        .iter()
        .map(|a| SummaryRow {
            key: ctx.t(a.label),
            value: a.value.clone(),
            change_href: if a.derived {
                String::new()
            } else {
                href.to_string()
            },
        })
        .collect()
}

/// Records as cards, each changed on `href(index)`.
pub fn cards(
    ctx: &Ctx,
    r: crate::app::projection::Records,
    href: impl Fn(usize) -> String,
) -> Vec<Card> {
    r.rows
        .into_iter()
        .enumerate()
        .map(|(i, cells)| {
            let link = href(i);
            let row = |key: &str, value: String| SummaryRow {
                key: ctx.t(key),
                value,
                change_href: link.clone(),
            };
            card(&r.columns, cells, &row)
        })
        .collect()
}

/// A record as a card: its first two cells name it, the others are rows.
fn card(
    columns: &[&'static str],
    cells: Vec<String>,
    row: &impl Fn(&str, String) -> SummaryRow,
) -> Card {
    let title = cells
        .iter()
        .take(2)
        .filter(|c| !c.trim().is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" – ");
    let rows = columns
        .iter()
        .zip(cells)
        .skip(2)
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| row(k, v))
        .collect();
    Card { title, rows }
}
