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
    let user = officer(&ctx)?;
    let request = RecordsRequest::default();
    let id = state
        .store
        .create_draft(&NewDocument {
            kind: "request",
            schema_version: SCHEMA_VERSION,
            owner_id: user.id,
            org_id: user.org.id,
            training: false,
            title: "",
            body: &request.to_json(),
        })
        .await?;
    audit(&state, user, "request.draft_created", &id).await?;
    Ok(Redirect::to(&format!("/requests/{id}/company")).into_response())
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
    let r = &draft.request;
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
    let title = title(&state, &ctx, &draft.request);
    render(&DeletePage { ctx, id, title })
}

pub(super) async fn delete_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    if !state.store.delete_draft(&id, user.org.id).await? {
        return Err(AppError::NotFound);
    }
    audit(&state, user, "request.draft_deleted", &id).await?;
    Ok(Redirect::to("/?deleted=1").into_response())
}

pub(super) async fn duplicate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let copy = state
        .store
        .create_draft(&NewDocument {
            kind: "request",
            schema_version: SCHEMA_VERSION,
            owner_id: user.id,
            org_id: user.org.id,
            training: draft.doc.training,
            title: &title(&state, &ctx, &draft.request),
            body: &draft.request.to_json(),
        })
        .await?;
    audit(&state, user, "request.draft_created", &copy).await?;
    Ok(Redirect::to(&format!("/requests/{copy}")).into_response())
}
