//! The report's parts (see [`crate::app::projection::report`]) as a page
//! shows them: check your answers with Change links, the review page with
//! the four-eyes trace.

use super::*;
use crate::app::projection::report::{Context, parts};
use crate::store::ReviewEntry;
pub(super) use crate::web::summary::Section;

pub(super) fn sections(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    r: &Report,
    history: &[ReviewEntry],
    links: bool,
) -> Vec<Section> {
    let cx = Context {
        rules: &state.rules,
        directory: &state.directory,
        values: ctx.locale,
    };
    let base = format!("/reports/{id}");
    crate::web::summary::sections(ctx, parts(&cx, r, history), links.then_some(base.as_str()))
}
