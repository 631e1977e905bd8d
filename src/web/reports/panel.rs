//! The actionability panel beside every step: the score and what police
//! would still miss, each item linked to the step that supplies it.

use crate::domain::report::Report;
use crate::rules::{ItemStatus, Outcome};
use crate::web::AppState;
use crate::web::page::Ctx;

pub struct PanelItem {
    pub label: String,
    pub status: String,
    pub href: String,
}

/// What the panel shows; no score before a destination is chosen, since
/// the rules depend on it.
pub struct Panel {
    pub score: Option<u32>,
    pub missing: Vec<PanelItem>,
}

impl Panel {
    pub(super) fn none() -> Panel {
        Panel {
            score: None,
            missing: Vec::new(),
        }
    }

    pub(super) fn of(state: &AppState, ctx: &Ctx, id: &str, r: &Report) -> Panel {
        match super::outcome(state, r) {
            Some(o) => Panel::from_outcome(ctx, id, &o),
            None => Panel::none(),
        }
    }

    pub(super) fn from_outcome(ctx: &Ctx, id: &str, o: &Outcome) -> Panel {
        let missing = o
            .checklist
            .items
            .iter()
            .filter(|i| matches!(i.status, ItemStatus::Missing | ItemStatus::Partly))
            .map(|i| PanelItem {
                label: ctx.t(i.id.label_key()),
                status: ctx.t(i.status.label_key()),
                href: format!("/reports/{id}/{}", i.id.step()),
            })
            .collect();
        Panel {
            score: Some(o.checklist.score),
            missing,
        }
    }
}
