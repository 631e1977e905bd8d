//! The request's parts (see [`crate::app::projection::request`]) as a page
//! shows them: in the page's language, with Change links back to check
//! your answers when asked.

use super::*;
use crate::app::projection::request::parts;
use crate::web::form::SummaryRow;

/// A part as a page shows it.
pub(super) struct Section {
    pub title: String,
    pub rows: Vec<SummaryRow>,
}

pub(super) fn sections(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    r: &RecordsRequest,
    links: bool,
) -> Vec<Section> {
    parts(&state.directory, ctx.locale, r)
        .into_iter()
        .map(|p| {
            let href = if links {
                format!("/requests/{id}/{}?return=check", p.step)
            } else {
                String::new()
            };
            Section {
                title: ctx.t(p.title),
                rows: p
                    .answers
                    .into_iter()
                    .map(|a| SummaryRow {
                        key: ctx.t(a.label),
                        value: a.value,
                        change_href: href.clone(),
                    })
                    .collect(),
            }
        })
        .collect()
}
