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
    title: String,
    tasks: Vec<Task>,
}

pub(super) async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let r = &draft.body;
    let status = |done: bool| {
        if done {
            (ctx.t("status-completed"), String::new())
        } else {
            (ctx.t("status-incomplete"), "blue".to_string())
        }
    };
    let (company_status, company_tag) = status(r.company_id.is_some() && r.entity.is_some());
    let mut tasks = vec![Task {
        name: ctx.t("request-step-company"),
        href: format!("/requests/{id}/company"),
        hint: r.entity.clone().unwrap_or_default(),
        status: company_status,
        tag: company_tag,
    }];
    if r.company_id.is_some() {
        let (s, tag) = status(r.request_type.is_some());
        tasks.push(Task {
            name: ctx.t("request-step-type"),
            href: format!("/requests/{id}/type"),
            hint: String::new(),
            status: s,
            tag,
        });
    } else {
        tasks.push(Task {
            name: ctx.t("request-step-type"),
            href: String::new(),
            hint: String::new(),
            status: ctx.t("status-cannot-start"),
            tag: "grey".into(),
        });
    }
    if r.request_type == Some(RequestType::Preservation) {
        let (s, tag) = status(r.preservation.is_some());
        tasks.push(Task {
            name: ctx.t("request-step-preservation"),
            href: format!("/requests/{id}/preservation"),
            hint: String::new(),
            status: s,
            tag,
        });
    }
    let basis_done = r
        .legal_basis
        .as_ref()
        .is_some_and(|b| super::basis::basis_problem(&state, user, &draft, b.kind).is_none());
    tasks.push(if r.request_type.is_some() {
        let (s, tag) = status(basis_done);
        Task {
            name: ctx.t("request-step-basis"),
            href: format!("/requests/{id}/basis"),
            hint: r
                .legal_basis
                .as_ref()
                .map(|b| ctx.t(b.kind.label_key()))
                .unwrap_or_default(),
            status: s,
            tag,
        }
    } else {
        Task {
            name: ctx.t("request-step-basis"),
            href: String::new(),
            hint: String::new(),
            status: ctx.t("status-cannot-start"),
            tag: "grey".into(),
        }
    });
    let (s, tag) = status(r.requester.is_some());
    tasks.push(Task {
        name: ctx.t("request-step-requester"),
        href: format!("/requests/{id}/requester"),
        hint: r
            .requester
            .as_ref()
            .map(|q| format!("{} – {}", q.name, q.agency))
            .unwrap_or_default(),
        status: s,
        tag,
    });
    // The later steps: done when answered and no rule finds fault with them.
    let outcome = check_request(&state, user, r);
    let clean = |step: request_rules::Step| !outcome.has(step);
    let started = r.request_type.is_some();
    let t = r.request_type;
    let mut later: Vec<(&str, &str, bool, String)> = vec![
        (
            "request-step-targets",
            "targets",
            !r.targets.is_empty() && clean(request_rules::Step::Targets),
            r.targets
                .iter()
                .map(|t| t.value.as_str())
                .collect::<Vec<_>>()
                .join(", "),
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
            r.legal_process
                .as_ref()
                .map(|f| f.file_name.clone())
                .unwrap_or_default(),
        ));
    }
    for (name, slug, done, hint) in later {
        tasks.push(if started {
            let (s, tag) = status(done);
            Task {
                name: ctx.t(name),
                href: format!("/requests/{id}/{slug}"),
                hint,
                status: s,
                tag,
            }
        } else {
            Task {
                name: ctx.t(name),
                href: String::new(),
                hint: String::new(),
                status: ctx.t("status-cannot-start"),
                tag: "grey".into(),
            }
        });
    }
    let ready = outcome.errors.is_empty();
    tasks.push(Task {
        name: ctx.t("request-check-title"),
        href: if started {
            format!("/requests/{id}/check")
        } else {
            String::new()
        },
        hint: String::new(),
        status: ctx.t(if ready {
            "status-ready"
        } else {
            "status-not-ready"
        }),
        tag: if ready { "blue".into() } else { "grey".into() },
    });
    let title = title(&state, &ctx, r);
    render(&OverviewPage {
        ctx,
        id,
        title,
        tasks,
    })
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
