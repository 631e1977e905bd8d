//! What the check and review pages both show of a report: its checklist
//! and its four-eyes history (its clocks are `web::clocks`).

use super::*;
use crate::store::ReviewEntry;
use crate::web::findings::ViewItem;

pub(super) fn view_checklist(ctx: &Ctx, id: &str, o: &Outcome) -> Vec<ViewItem> {
    let base = format!("/reports/{id}");
    o.checklist
        .items
        .iter()
        .map(|i| ViewItem {
            title: ctx.t(i.id.label_key()),
            why: ctx.t(i.id.why_key()),
            weight: i.weight,
            ..ViewItem::new(ctx, &base, i.id.step(), i.status)
        })
        .collect()
}

pub(super) struct ViewEntry {
    pub who: String,
    pub action: String,
    pub at: String,
    pub comment: String,
    pub pack_version: String,
    pub returned: bool,
}

pub(super) fn view_history(ctx: &Ctx, entries: &[ReviewEntry]) -> Vec<ViewEntry> {
    entries
        .iter()
        .map(|e| ViewEntry {
            who: e.actor_name.clone(),
            action: ctx.t(match e.action.as_str() {
                "submitted" => "report-review-action-submitted",
                "returned" => "report-review-action-returned",
                _ => "report-review-action-approved",
            }),
            at: crate::domain::time::from_db(&e.at)
                .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
                .unwrap_or_else(|| e.at.clone()),
            comment: e.comment.clone(),
            pack_version: e.pack_version.clone(),
            returned: e.action == "returned",
        })
        .collect()
}
