//! The operator's view of the installation: organisations, accounts and the
//! latest audit entries. Admins only.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;

use super::AppState;
use super::error::AppError;
use super::page::{Ctx, render};
use crate::domain::role::Role;
use crate::store::{AuditEntry, Org, User};

pub fn router() -> Router<AppState> {
    Router::new().route("/admin", get(overview))
}

#[derive(Template)]
#[template(path = "admin.html")]
struct AdminPage {
    ctx: Ctx,
    orgs: Vec<Org>,
    users: Vec<User>,
    audit: Vec<AuditEntry>,
    /// An organisation's link was just changed.
    linked: bool,
}

#[derive(serde::Deserialize)]
struct OverviewQuery {
    linked: Option<String>,
}

async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<OverviewQuery>,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let orgs = state.store.list_orgs().await?;
    let users = state.store.list_users().await?;
    let audit = state.store.recent_audit(50).await?;
    render(&AdminPage {
        ctx,
        orgs,
        users,
        audit,
        linked: q.linked.is_some(),
    })
}
