//! The dashboard: where a signed-in user starts.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;

use super::AppState;
use super::error::AppError;
use super::finding::{FindQuery, Found, find};
use super::form::SummaryRow;
use super::page::{Ctx, render};
use crate::domain::role::Role;
use crate::store::ReportSummary;

pub fn router() -> Router<AppState> {
    Router::new().route("/", get(dashboard))
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct Dashboard {
    ctx: Ctx,
    account: Vec<SummaryRow>,
    /// The organisation's documents, searchable as on `/documents`.
    found: Found,
    can_request: bool,
    /// Members build APAC reports.
    can_report: bool,
    /// Reports of the organisation waiting for a reviewer other than their
    /// author; shown to reviewers.
    review_queue: Vec<ReportSummary>,
    /// The signed-in member's own reports, with their status.
    my_reports: Vec<ReportSummary>,
    /// A confirmation after "Save and come back later" or a deletion.
    notice: Option<String>,
}

impl Dashboard {
    /// A report's status as its author needs it: a returned draft says so.
    fn report_status(&self, r: &ReportSummary) -> String {
        // The same words as the documents table below it.
        crate::web::finding::document_status_label(&self.ctx, &r.status, r.last_action.as_deref())
    }
}

#[derive(serde::Deserialize)]
struct DashboardQuery {
    saved: Option<String>,
    deleted: Option<String>,
    returned: Option<String>,
}

async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<DashboardQuery>,
    Query(find_q): Query<FindQuery>,
) -> Result<Response, AppError> {
    let user = ctx.user()?;
    let can_request = user.role == Role::Officer;
    let can_report = matches!(user.role, Role::MemberAnalyst | Role::MemberReviewer);
    let notice = if q.saved.is_some() {
        Some(ctx.t("dashboard-saved"))
    } else if q.deleted.is_some() {
        Some(ctx.t("dashboard-deleted"))
    } else if q.returned.is_some() {
        Some(ctx.t("dashboard-report-returned"))
    } else {
        None
    };
    let found = find(&state, &ctx, &find_q, "/").await?;
    let reports = if can_report {
        state.store.reports_for_org(user.org.id, 200).await?
    } else {
        Vec::new()
    };
    let review_queue = reports
        .iter()
        .filter(|r| user.role == Role::MemberReviewer && r.status == "in_review")
        .filter(|r| r.owner_id != user.id)
        .cloned()
        .collect();
    let my_reports = reports
        .into_iter()
        .filter(|r| r.owner_id == user.id)
        .collect();
    let country = state
        .directory
        .jurisdiction(user.org.country)
        .map(|j| match j.name_local == j.name_en {
            true => j.name_en.clone(),
            false => format!("{} ({})", j.name_en, j.name_local),
        })
        .unwrap_or_else(|| user.org.country.to_string());
    let row = |key: &str, value: String| SummaryRow {
        key: ctx.t(key),
        value,
        change_href: String::new(),
    };
    let account = vec![
        row("account-name", user.display_name.clone()),
        row("account-email", user.email.clone()),
        row("account-role", ctx.t(user.role.label_key())),
        row(
            "account-organisation",
            format!("{} – {}", user.org.name, ctx.t(user.org.kind.label_key())),
        ),
        row("account-country", country),
    ];
    render(&Dashboard {
        account,
        found,
        can_request,
        can_report,
        review_queue,
        my_reports,
        notice,
        ctx,
    })
}
