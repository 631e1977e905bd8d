//! Starting a report, and opening one from the dashboard.

use super::*;

#[derive(Template)]
#[template(path = "reports/start.html")]
struct StartPage {
    ctx: Ctx,
}

pub(super) async fn start(ctx: Ctx) -> Result<Response, AppError> {
    member(&ctx)?;
    render(&StartPage { ctx })
}

pub(super) async fn create(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let mut report = Report::default();
    // The member's own organisation reports: fill what casebridge knows.
    report.reporter.organisation = user.org.name.clone();
    report.reporter.name = user.display_name.clone();
    report.reporter.email = user.email.clone();
    let done = state.create_report(&ctx.actor()?, report).await?;
    Ok(Redirect::to(&format!("/reports/{}/destination", done.public_id)).into_response())
}

/// A draft opens at its first unanswered question, or at check-your-answers;
/// a report in review or approved at its review page.
pub(super) async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load_any(&state, user, &id).await?;
    let r = &draft.body;
    let step = if !draft.status().is_editable() {
        "review"
    } else if r.destination.jurisdiction.is_none() {
        "destination"
    } else if r.destination.authority.is_empty() {
        "authority"
    } else if r.incident.harm.is_empty() {
        "incident"
    } else {
        "check"
    };
    Ok(Redirect::to(&format!("/reports/{id}/{step}")).into_response())
}
