//! Findings and checklist items as the check pages show them, for both
//! builders: a message with a link to the page that fixes it and, for a
//! warning, its acknowledgement box; an item with its status tag.

use crate::rules::{Finding, ItemStatus};
use crate::web::page::Ctx;

/// A finding as a page shows it.
pub struct ViewFinding {
    pub message: String,
    /// The page that changes the answer; empty where the page links nowhere.
    pub href: String,
    /// The acknowledgement key, the value of its tick box.
    pub key: String,
    pub acknowledged: bool,
}

/// The findings `fs` of the document at `base` (`/requests/{id}`), with
/// Change links when `links`.
pub fn view_findings(
    ctx: &Ctx,
    base: &str,
    fs: &[Finding],
    acked: &[String],
    links: bool,
) -> Vec<ViewFinding> {
    fs.iter()
        .map(|f| ViewFinding {
            message: f.render(ctx.locale),
            href: if links {
                format!("{base}/{}?return=check", f.step)
            } else {
                String::new()
            },
            key: f.ack_key(),
            acknowledged: acked.contains(&f.ack_key()),
        })
        .collect()
}

/// A checklist item as a page shows it.
pub struct ViewItem {
    pub title: String,
    pub why: String,
    /// Its weight in the score; 0 where the checklist has no score.
    pub weight: u32,
    pub status: String,
    pub tag: &'static str,
    pub href: String,
}

impl ViewItem {
    /// The item on the page `step` of the document at `base`.
    pub fn new(ctx: &Ctx, base: &str, step: &str, status: ItemStatus) -> Self {
        ViewItem {
            title: String::new(),
            why: String::new(),
            weight: 0,
            status: ctx.t(status.label_key()),
            tag: status_tag(status),
            href: format!("{base}/{step}?return=check"),
        }
    }
}

/// The colour of a status tag.
pub fn status_tag(s: ItemStatus) -> &'static str {
    match s {
        ItemStatus::Met => "green",
        ItemStatus::Partly => "yellow",
        ItemStatus::Missing => "red",
        ItemStatus::NotApplicable => "grey",
    }
}
