//! Starting, listing, deleting and duplicating drafts.

use askama::Template;

use super::*;

// --- Start ------------------------------------------------------------------

#[derive(Template)]
#[template(path = "requests/start.html")]
struct StartPage {
    ctx: Ctx,
}

pub(super) async fn start(ctx: Ctx) -> Result<Response, AppError> {
    officer(&ctx)?;
    render(&StartPage { ctx })
}

pub(super) async fn create(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    officer(&ctx)?;
    let done = state
        .create_request(&ctx.actor()?, RecordsRequest::default())
        .await?;
    Ok(Redirect::to(&format!("/requests/{}/company", done.public_id)).into_response())
}

// --- Overview (task list) ---------------------------------------------------

#[derive(Template)]
#[template(path = "requests/overview.html")]
struct OverviewPage {
    ctx: Ctx,
    id: String,
    /// `CB-2026-000123`, shown beside the id.
    reference: String,
    title: String,
    tasks: Vec<Task>,
}

pub(super) async fn overview(Opened(s): Opened<Requests>) -> Result<Response, AppError> {
    let (r, id, locale) = (&s.draft.body, s.id(), s.ctx.locale);
    let task = |name: &str, slug: &str, hint: String, state: TaskState| {
        Task::new(locale, name, format!("/requests/{id}/{slug}"), hint, state)
    };
    // Each step can start once the one it depends on is answered.
    let after = |ready: bool, done: bool| {
        if ready {
            TaskState::of(done)
        } else {
            TaskState::CannotStart
        }
    };
    let started = r.request_type.is_some();
    let mut tasks = vec![
        task(
            "request-step-company",
            "company",
            r.entity.clone().unwrap_or_default(),
            TaskState::of(r.company_id.is_some() && r.entity.is_some()),
        ),
        task(
            "request-step-type",
            "type",
            String::new(),
            after(r.company_id.is_some(), started),
        ),
    ];
    if r.request_type == Some(RequestType::Preservation) {
        let done = r.preservation.is_some();
        tasks.push(task(
            "request-step-preservation",
            "preservation",
            String::new(),
            TaskState::of(done),
        ));
    }
    let basis = r.legal_basis.as_ref();
    let basis_done = basis.is_some_and(|b| {
        super::basis::basis_problem(&s.state, &s.user, &s.draft, b.kind).is_none()
    });
    let basis_hint = basis
        .map(|b| s.ctx.t(b.kind.label_key()))
        .unwrap_or_default();
    tasks.push(task(
        "request-step-basis",
        "basis",
        basis_hint,
        after(started, basis_done),
    ));
    let requester_hint = (r.requester.as_ref())
        .map(|q| format!("{} – {}", q.name, q.agency))
        .unwrap_or_default();
    let requester = TaskState::of(r.requester.is_some());
    tasks.push(task(
        "request-step-requester",
        "requester",
        requester_hint,
        requester,
    ));
    // The later steps: done when answered and no rule finds fault with them.
    let outcome = check_request(&s.state, &s.user, r);
    for (name, slug, done, hint) in later_steps(r, &outcome) {
        tasks.push(task(name, slug, hint, after(started, done)));
    }
    let ready = outcome.errors.is_empty();
    let check = format!("/requests/{id}/check");
    tasks.push(Task::check(
        locale,
        "request-check-title",
        check,
        started,
        ready,
    ));
    let title = title(&s.state, &s.ctx, r);
    render(&OverviewPage {
        reference: s.draft.doc.reference.clone(),
        ctx: s.ctx,
        id,
        title,
        tasks,
    })
}

/// The steps after the requester: each with its name, page, whether it is
/// done (answered, and no rule finds fault with it) and a hint of its answer.
fn later_steps(
    r: &RecordsRequest,
    outcome: &request_rules::Outcome,
) -> Vec<(&'static str, &'static str, bool, String)> {
    let clean = |step: request_rules::Step| !outcome.has(step);
    let t = r.request_type;
    let targets: Vec<&str> = r.targets.iter().map(|t| t.value.as_str()).collect();
    let mut later = vec![
        (
            "request-step-targets",
            "targets",
            !r.targets.is_empty() && clean(request_rules::Step::Targets),
            targets.join(", "),
        ),
        (
            "request-step-data",
            "data",
            r.data.is_some() && clean(request_rules::Step::Data),
            String::new(),
        ),
    ];
    if t == Some(RequestType::Emergency) {
        later.push((
            "request-step-emergency",
            "emergency",
            r.emergency.is_some() && clean(request_rules::Step::Emergency),
            String::new(),
        ));
    }
    later.push((
        "request-step-non-disclosure",
        "non-disclosure",
        r.non_disclosure.is_some() && clean(request_rules::Step::NonDisclosure),
        String::new(),
    ));
    if t.is_some_and(request_rules::needs_legal_process) {
        later.push((
            "request-step-legal-process",
            "legal-process",
            r.legal_process.is_some() && clean(request_rules::Step::LegalProcess),
            (r.legal_process.as_ref())
                .map(|f| f.file_name.clone())
                .unwrap_or_default(),
        ));
    }
    later
}

// --- Delete and duplicate ---------------------------------------------------

#[derive(Template)]
#[template(path = "requests/delete.html")]
struct DeletePage {
    ctx: Ctx,
    id: String,
    title: String,
}

pub(super) async fn delete_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let title = title(&state, &ctx, &draft.body);
    render(&DeletePage { ctx, id, title })
}

pub(super) async fn delete_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    state.delete_request(&ctx.actor()?, &draft).await?;
    Ok(Redirect::to("/?deleted=1").into_response())
}

pub(super) async fn duplicate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let original = load_any(&state, user, &id).await?;
    let copy = state.duplicate_request(&ctx.actor()?, &original).await?;
    Ok(Redirect::to(&format!("/requests/{copy}")).into_response())
}

/// "Request an extension" of a delivered preservation: a new draft with the
/// original's answers, marked as its extension; it opens at check your
/// answers.
pub(super) async fn extend(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let original = load_any(&state, user, &id).await?;
    let copy = state.extend_preservation(&ctx.actor()?, &original).await?;
    Ok(Redirect::to(&format!("/requests/{copy}/check")).into_response())
}
