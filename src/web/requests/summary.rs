//! The request's parts (see [`crate::app::projection::request`]) as a page
//! shows them.

use super::*;
use crate::app::projection::request::parts;
pub(super) use crate::web::summary::Section;

pub(super) fn sections(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    r: &RecordsRequest,
    links: bool,
) -> Vec<Section> {
    let base = format!("/requests/{id}");
    crate::web::summary::sections(
        ctx,
        parts(&state.directory, ctx.locale, r),
        links.then_some(base.as_str()),
    )
}
