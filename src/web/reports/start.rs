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

#[derive(Template)]
#[template(path = "reports/overview.html")]
struct OverviewPage {
    ctx: Ctx,
    id: String,
    /// `CB-2026-000123`, shown beside the id.
    reference: String,
    title: String,
    panel: Panel,
    tasks: Vec<Task>,
}

/// A draft opens at its task list: each step, whether the rules find fault
/// with it, and check-your-answers once the destination is known. A
/// report in review or approved opens at its review page.
pub(super) async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load_any(&state, user, &id).await?;
    if !draft.status().is_editable() {
        return Ok(Redirect::to(&format!("/reports/{id}/review")).into_response());
    }
    if draft.doc.owner_id != user.id {
        return Err(AppError::Forbidden);
    }
    let r = &draft.body;
    let outcome = outcome(&state, r);
    let chosen = outcome.is_some();
    // A step is done when it has an answer the rules find no fault with.
    let clean = |slug: &str| {
        outcome.as_ref().is_some_and(|o| {
            !o.errors
                .iter()
                .any(|f| f.step.split('/').next() == Some(slug))
        })
    };
    let answered = [
        (
            "report-section-incident",
            "incident",
            !r.incident.harm.is_empty(),
        ),
        ("report-section-online", "online", true),
        (
            "report-section-accounts",
            "accounts",
            !r.reported_persons.is_empty(),
        ),
        ("report-section-victims", "victims", true),
        ("report-section-files", "files", true),
        ("report-section-livestream", "livestream", true),
        ("report-section-prior", "prior", true),
        (
            "report-section-reporter",
            "reporter",
            !r.reporter.email.is_empty(),
        ),
    ];
    let task = |name: &str, slug: &str, state: TaskState| {
        Task::new(
            ctx.locale,
            name,
            format!("/reports/{id}/{slug}"),
            String::new(),
            state,
        )
    };
    let where_to = r.destination.jurisdiction.is_some() && !r.destination.authority.is_empty();
    let mut tasks = vec![task(
        "report-section-destination",
        "destination",
        TaskState::of(where_to && clean("destination") && clean("authority")),
    )];
    for (name, slug, given) in answered {
        let state = if chosen {
            TaskState::of(given && clean(slug))
        } else {
            TaskState::CannotStart
        };
        tasks.push(task(name, slug, state));
    }
    let ready = outcome.as_ref().is_some_and(|o| o.errors.is_empty());
    let check = format!("/reports/{id}/check");
    tasks.push(Task::check(
        ctx.locale,
        "report-check-title",
        check,
        chosen,
        ready,
    ));
    let panel = Panel::of(&state, &ctx, &id, r);
    let title = title(&state, &ctx, r);
    render(&OverviewPage {
        reference: draft.doc.reference.clone(),
        ctx,
        id,
        title,
        panel,
        tasks,
    })
}
