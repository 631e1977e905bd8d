//! `/glossary`: the words the forms and guidance use, explained for the
//! officers and analysts who meet them (CGNAT, PDQ, MLAT, …). Open to
//! everyone, linked from every page's footer and from the guidance.

use askama::Template;
use axum::Router;
use axum::response::Response;
use axum::routing::get;

use super::AppState;
use super::error::AppError;
use super::page::{Ctx, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/glossary", get(show))
}

/// The terms, in the order people meet them; each has `glossary-<term>`
/// (its name) and `glossary-<term>-meaning` in every locale.
const TERMS: &[&str] = &[
    "preservation",
    "subscriber-information",
    "legal-process",
    "mlat",
    "edr",
    "non-disclosure",
    "cgnat",
    "ip-port-time",
    "hash",
    "pdq",
    "industry-classification",
    "cybertipline",
    "escalation",
];

#[derive(Template)]
#[template(path = "glossary.html")]
struct GlossaryPage {
    ctx: Ctx,
    terms: &'static [&'static str],
}

impl GlossaryPage {
    pub fn name(&self, term: &str) -> String {
        self.ctx.t(&format!("glossary-{term}"))
    }

    pub fn meaning(&self, term: &str) -> String {
        self.ctx.t(&format!("glossary-{term}-meaning"))
    }
}

async fn show(ctx: Ctx) -> Result<Response, AppError> {
    render(&GlossaryPage { ctx, terms: TERMS })
}
