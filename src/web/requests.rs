//! The records-request builder: one question group per page, every step saved
//! as a draft on Continue. Officers only; a request belongs to the officer's
//! agency and any other organisation gets 404 for it.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawForm, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use super::AppState;
use super::error::AppError;
use super::form::{Choice, Form, Task};
use super::page::{Ctx, render, render_status};
use crate::directory::{Company, DataCategory, Entity, Process};
use crate::domain::email::EmailAddress;
use crate::domain::legal_basis::{self, LegalBasis, LegalBasisKind, Requirement};
use crate::domain::national_id;
use crate::domain::phone::PhoneNumber;
use crate::domain::request::{RecordsRequest, Requester, SCHEMA_VERSION};
use crate::domain::request_type::RequestType;
use crate::domain::role::Role;
use crate::store::{Document, NewAudit, NewDocument, User};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/requests/new", get(start))
        .route("/requests", post(create))
        .route("/requests/{id}", get(overview))
        .route(
            "/requests/{id}/company",
            get(company_page).post(company_submit),
        )
        .route(
            "/requests/{id}/entity",
            get(entity_page).post(entity_submit),
        )
        .route("/requests/{id}/type", get(type_page).post(type_submit))
        .route("/requests/{id}/basis", get(basis_page).post(basis_submit))
        .route("/requests/{id}/route", get(route_page))
        .route(
            "/requests/{id}/requester",
            get(requester_page).post(requester_submit),
        )
        .route(
            "/requests/{id}/delete",
            get(delete_page).post(delete_submit),
        )
        .route("/requests/{id}/duplicate", post(duplicate))
}

/// The builder's steps, in the order of the officer's flow.
const TOTAL_STEPS: u32 = 9;

fn officer(ctx: &Ctx) -> Result<&User, AppError> {
    ctx.user_with_role(&[Role::Officer])
}

/// A draft of the officer's agency, parsed.
struct Draft {
    doc: Document,
    request: RecordsRequest,
}

async fn load(state: &AppState, user: &User, id: &str) -> Result<Draft, AppError> {
    let doc = state
        .store
        .document_for_org(id, user.org.id)
        .await?
        .filter(|d| d.kind == "request")
        .ok_or(AppError::NotFound)?;
    let request = RecordsRequest::from_json(&doc.body).map_err(AppError::internal)?;
    Ok(Draft { doc, request })
}

fn title(state: &AppState, ctx: &Ctx, r: &RecordsRequest) -> String {
    let company = r
        .company_id
        .as_deref()
        .and_then(|id| state.directory.company(id))
        .map(|c| c.name.as_str());
    let kind = r.request_type.map(|t| ctx.t(t.label_key()));
    r.title(company, kind.as_deref())
}

/// Stores the draft; `NotFound` if it stopped being a draft of this agency.
async fn save(state: &AppState, ctx: &Ctx, user: &User, draft: &Draft) -> Result<(), AppError> {
    let saved = state
        .store
        .save_draft(
            &draft.doc.public_id,
            user.org.id,
            &title(state, ctx, &draft.request),
            &draft.request.to_json(),
        )
        .await?;
    if saved {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

fn companies_for<'a>(state: &'a AppState, user: &User) -> impl Iterator<Item = &'a Company> {
    // The fictional company exists for demos: real agencies never see it.
    let demo = user.org.is_demo;
    state
        .directory
        .companies()
        .iter()
        .filter(move |c| demo || !c.fictional)
}

/// Where "Continue" leads, or "Save and come back later".
fn next(form: &Form, id: &str, step: &str) -> Response {
    if form.value("action") == "save" {
        Redirect::to("/?saved=1").into_response()
    } else {
        Redirect::to(&format!("/requests/{id}/{step}")).into_response()
    }
}

fn parse_form(body: &[u8]) -> Form {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    Form::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

// --- Start ------------------------------------------------------------------

#[derive(Template)]
#[template(path = "requests/start.html")]
struct StartPage {
    ctx: Ctx,
}

async fn start(ctx: Ctx) -> Result<Response, AppError> {
    officer(&ctx)?;
    render(&StartPage { ctx })
}

async fn create(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
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

async fn audit(state: &AppState, user: &User, action: &str, id: &str) -> Result<(), AppError> {
    state
        .store
        .audit(NewAudit {
            actor_user_id: Some(user.id),
            org_id: Some(user.org.id),
            action,
            subject: &format!("request:{id}"),
            ip: None,
            detail: serde_json::json!({}),
        })
        .await?;
    Ok(())
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

async fn overview(
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
    let basis_done = r
        .legal_basis
        .as_ref()
        .is_some_and(|b| basis_problem(&state, user, &draft, b.kind).is_none());
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

// --- Step 1: company --------------------------------------------------------

#[derive(Template)]
#[template(path = "requests/company.html")]
struct CompanyPage {
    ctx: Ctx,
    id: String,
    form: Form,
    choices: Vec<Choice>,
    step: u32,
    total: u32,
}

fn company_choices(state: &AppState, user: &User) -> Vec<Choice> {
    companies_for(state, user)
        .map(|c| Choice::new(c.id.as_str(), c.name.as_str()).with_hint(c.services.join(", ")))
        .collect()
}

async fn company_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let mut form = Form::new();
    form.set("company", draft.request.company_id.unwrap_or_default());
    let choices = company_choices(&state, user);
    render(&CompanyPage {
        ctx,
        id,
        form,
        choices,
        step: 1,
        total: TOTAL_STEPS,
    })
}

async fn company_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let mut draft = load(&state, user, &id).await?;
    let form = parse_form(&body);
    let chosen = companies_for(&state, user).find(|c| c.id == form.value("company"));
    let Some(company) = chosen else {
        if form.value("action") == "save" {
            return Ok(Redirect::to("/?saved=1").into_response());
        }
        let mut form = form;
        form.add_error("company", ctx.t("error-request-company-empty"));
        let choices = company_choices(&state, user);
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &CompanyPage {
                ctx,
                id,
                form,
                choices,
                step: 1,
                total: TOTAL_STEPS,
            },
        );
    };
    if draft.request.company_id.as_deref() != Some(company.id.as_str()) {
        // Another company: its entities and accepted types differ.
        draft.request.company_id = Some(company.id.clone());
        draft.request.entity = company.entity_for(user.org.country).map(|e| e.name.clone());
        draft.request.request_type = None;
    }
    save(&state, &ctx, user, &draft).await?;
    let step = if company.entities.len() > 1 {
        "entity"
    } else {
        "type"
    };
    Ok(next(&form, &id, step))
}

// --- Step 1b: legal entity --------------------------------------------------

#[derive(Template)]
#[template(path = "requests/entity.html")]
struct EntityPage {
    ctx: Ctx,
    id: String,
    form: Form,
    company: String,
    choices: Vec<Choice>,
    /// The entity that answers for users in the officer's country.
    expected: String,
    step: u32,
    total: u32,
}

fn chosen_company<'a>(state: &'a AppState, draft: &Draft) -> Option<&'a Company> {
    draft
        .request
        .company_id
        .as_deref()
        .and_then(|c| state.directory.company(c))
}

fn entity_page_for(ctx: Ctx, user: &User, id: String, form: Form, company: &Company) -> EntityPage {
    let choices = company
        .entities
        .iter()
        .map(|e| {
            let serves = if e.serves.iter().any(|s| s == "*") {
                ctx.t("directory-serves-all-others")
            } else {
                e.serves.join(", ")
            };
            Choice::new(e.name.as_str(), e.name.as_str()).with_hint(ctx.t1(
                "request-entity-serves",
                "countries",
                serves,
            ))
        })
        .collect();
    let expected = company
        .entity_for(user.org.country)
        .map(|e| e.name.clone())
        .unwrap_or_default();
    EntityPage {
        ctx,
        id,
        form,
        company: company.name.clone(),
        choices,
        expected,
        step: 1,
        total: TOTAL_STEPS,
    }
}

async fn entity_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let Some(company) = chosen_company(&state, &draft) else {
        return Ok(Redirect::to(&format!("/requests/{id}/company")).into_response());
    };
    let mut form = Form::new();
    form.set("entity", draft.request.entity.clone().unwrap_or_default());
    let user = user.clone();
    render(&entity_page_for(ctx, &user, id, form, company))
}

async fn entity_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let Some(company) = chosen_company(&state, &draft) else {
        return Ok(Redirect::to(&format!("/requests/{id}/company")).into_response());
    };
    let mut form = parse_form(&body);
    match company
        .entities
        .iter()
        .find(|e| e.name == form.value("entity"))
    {
        Some(e) => {
            draft.request.entity = Some(e.name.clone());
            save(&state, &ctx, &user, &draft).await?;
            Ok(next(&form, &id, "type"))
        }
        None if form.value("action") == "save" => Ok(Redirect::to("/?saved=1").into_response()),
        None => {
            form.add_error("entity", ctx.t("error-request-entity-empty"));
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &entity_page_for(ctx, &user, id, form, company),
            )
        }
    }
}

// --- Step 2: request type ---------------------------------------------------

#[derive(Template)]
#[template(path = "requests/type.html")]
struct TypePage {
    ctx: Ctx,
    form: Form,
    company: String,
    choices: Vec<Choice>,
    /// Types the company does not take, named so the officer knows why.
    refused: Vec<String>,
    unverified: bool,
    back: String,
    step: u32,
    total: u32,
}

fn type_page_for(ctx: Ctx, id: String, form: Form, company: &Company) -> TypePage {
    let hint_key = |t: RequestType| match t {
        RequestType::Preservation => "request-type-preservation-hint",
        RequestType::Emergency => "request-type-emergency-hint",
        RequestType::Subscriber => "request-type-subscriber-hint",
        RequestType::Traffic => "request-type-traffic-hint",
        RequestType::Content => "request-type-content-hint",
    };
    let choices = RequestType::ALL
        .into_iter()
        .filter(|t| company.accepts(*t))
        .map(|t| Choice::new(t.as_str(), ctx.t(t.label_key())).with_hint(ctx.t(hint_key(t))))
        .collect();
    let refused = RequestType::ALL
        .into_iter()
        .filter(|t| !company.accepts(*t))
        .map(|t| ctx.t(t.label_key()))
        .collect();
    let back = if company.entities.len() > 1 {
        "entity"
    } else {
        "company"
    };
    TypePage {
        back: format!("/requests/{id}/{back}"),
        ctx,
        form,
        company: company.name.clone(),
        choices,
        refused,
        unverified: !company.request_types.provenance.is_verified(),
        step: 2,
        total: TOTAL_STEPS,
    }
}

async fn type_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let Some(company) = chosen_company(&state, &draft) else {
        return Ok(Redirect::to(&format!("/requests/{id}/company")).into_response());
    };
    let mut form = Form::new();
    form.set(
        "type",
        draft
            .request
            .request_type
            .map(|t| t.as_str())
            .unwrap_or_default(),
    );
    render(&type_page_for(ctx, id, form, company))
}

async fn type_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let Some(company) = chosen_company(&state, &draft) else {
        return Ok(Redirect::to(&format!("/requests/{id}/company")).into_response());
    };
    let mut form = parse_form(&body);
    let chosen = RequestType::ALL
        .into_iter()
        .find(|t| t.as_str() == form.value("type") && company.accepts(*t));
    match chosen {
        Some(t) => {
            draft.request.request_type = Some(t);
            save(&state, &ctx, &user, &draft).await?;
            Ok(next(&form, &id, "basis"))
        }
        None if form.value("action") == "save" => Ok(Redirect::to("/?saved=1").into_response()),
        None => {
            form.add_error("type", ctx.t("error-request-type-empty"));
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &type_page_for(ctx, id, form, company),
            )
        }
    }
}

// --- Delete and duplicate ---------------------------------------------------

#[derive(Template)]
#[template(path = "requests/delete.html")]
struct DeletePage {
    ctx: Ctx,
    id: String,
    title: String,
}

async fn delete_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let title = title(&state, &ctx, &draft.request);
    render(&DeletePage { ctx, id, title })
}

async fn delete_submit(
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

async fn duplicate(
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

// --- Step 3: legal basis ----------------------------------------------------

/// The company, the entity and the type chosen so far, or where to go first.
fn chosen<'a>(
    state: &'a AppState,
    draft: &Draft,
) -> Result<
    (
        &'a Company,
        &'a Entity,
        crate::domain::request_type::RequestType,
    ),
    String,
> {
    let id = &draft.doc.public_id;
    let company = chosen_company(state, draft).ok_or_else(|| format!("/requests/{id}/company"))?;
    let entity = draft
        .request
        .entity
        .as_deref()
        .and_then(|name| company.entities.iter().find(|e| e.name == name))
        .ok_or_else(|| format!("/requests/{id}/company"))?;
    let kind = draft
        .request
        .request_type
        .ok_or_else(|| format!("/requests/{id}/type"))?;
    Ok((company, entity, kind))
}

/// What the company needs for this request, seen from the officer's country.
fn requirement(
    state: &AppState,
    user: &User,
    company: &Company,
    entity: &Entity,
    t: crate::domain::request_type::RequestType,
) -> Requirement {
    use crate::domain::request_type::RequestType;
    let category = match t {
        RequestType::Preservation | RequestType::Emergency => return Requirement::None,
        RequestType::Subscriber => DataCategory::Subscriber,
        RequestType::Traffic => DataCategory::Traffic,
        RequestType::Content => DataCategory::Content,
    };
    match company.process_for(category, user.org.country, entity.country) {
        Process::OfficialRequest | Process::LocalProcess => Requirement::Local,
        Process::HomeProcessOrTreaty => Requirement::Home {
            production_order_available: state
                .directory
                .agreement_between(user.org.country, entity.country, jiff::Zoned::now().date())
                .is_some(),
        },
    }
}

/// Why `kind` cannot carry this draft, if it cannot.
fn basis_problem(
    state: &AppState,
    user: &User,
    draft: &Draft,
    kind: LegalBasisKind,
) -> Option<legal_basis::BasisError> {
    let (company, entity, t) = chosen(state, draft).ok()?;
    legal_basis::check(t, kind, requirement(state, user, company, entity, t)).err()
}

#[derive(Template)]
#[template(path = "requests/basis.html")]
struct BasisPage {
    ctx: Ctx,
    id: String,
    form: Form,
    company: String,
    choices: Vec<Choice>,
    /// Set when the chosen basis cannot reach the data: link to the route page.
    show_route: bool,
    step: u32,
    total: u32,
}

fn basis_page_for(
    ctx: Ctx,
    id: String,
    form: Form,
    company: &Company,
    t: crate::domain::request_type::RequestType,
    show_route: bool,
) -> BasisPage {
    let choices = LegalBasisKind::for_type(t)
        .iter()
        .map(|k| Choice::new(k.as_str(), ctx.t(k.label_key())))
        .collect();
    BasisPage {
        ctx,
        id,
        form,
        company: company.name.clone(),
        choices,
        show_route,
        step: 3,
        total: TOTAL_STEPS,
    }
}

async fn basis_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let (company, _, t) = match chosen(&state, &draft) {
        Ok(c) => c,
        Err(go) => return Ok(Redirect::to(&go).into_response()),
    };
    let mut form = Form::new();
    if let Some(b) = &draft.request.legal_basis {
        form.set("basis", b.kind.as_str());
        form.set("provision", b.provision.as_str());
        form.set("reference", b.reference.as_str());
    }
    render(&basis_page_for(ctx, id, form, company, t, false))
}

/// Refuses national identity numbers in free-text fields (DESIGN invariant 3).
fn refuse_national_ids(ctx: &Ctx, form: &mut Form, fields: &[&str]) {
    for field in fields {
        if let Some(found) = national_id::first(form.value(field)) {
            let names: Vec<String> = found.kinds.iter().map(|k| ctx.t(k.name_key())).collect();
            let message = ctx.t1("error-national-id", "id_type", names.join(" / "));
            form.add_error(field, message);
        }
    }
}

async fn basis_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let (company, _, t) = match chosen(&state, &draft) {
        Ok(c) => c,
        Err(go) => return Ok(Redirect::to(&go).into_response()),
    };
    let mut form = parse_form(&body);
    if form.value("action") == "save" && form.value("basis").is_empty() {
        return Ok(Redirect::to("/?saved=1").into_response());
    }
    let kind = LegalBasisKind::ALL
        .into_iter()
        .find(|k| k.as_str() == form.value("basis"));
    let mut show_route = false;
    match kind {
        None => form.add_error("basis", ctx.t("error-basis-empty")),
        Some(k) => {
            if let Some(problem) = basis_problem(&state, &user, &draft, k) {
                show_route = problem != legal_basis::BasisError::NotForType;
                form.add_error("basis", ctx.t(problem.message_key()));
            }
            let provision = form.value("provision").trim().to_string();
            if k.needs_provision() && provision.is_empty() {
                form.add_error("provision", ctx.t("error-basis-provision-empty"));
            }
            if provision.chars().count() > 500 {
                form.add_error("provision", ctx.t("error-basis-provision-long"));
            }
            if form.value("reference").trim().chars().count() > 200 {
                form.add_error("reference", ctx.t("error-basis-reference-long"));
            }
        }
    }
    refuse_national_ids(&ctx, &mut form, &["provision", "reference"]);
    let Some(kind) = kind.filter(|_| !form.has_errors()) else {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &basis_page_for(ctx, id, form, company, t, show_route),
        );
    };
    draft.request.legal_basis = Some(LegalBasis {
        kind,
        provision: form.value("provision").trim().to_string(),
        reference: form.value("reference").trim().to_string(),
    });
    save(&state, &ctx, &user, &draft).await?;
    Ok(next(&form, &id, "requester"))
}

// --- How to get data that needs the company's home-country process ----------

#[derive(Template)]
#[template(path = "requests/route.html")]
struct RoutePage {
    ctx: Ctx,
    id: String,
    company: String,
    entity: String,
    entity_country: String,
    officer_country: String,
    agreement: Option<crate::directory::Agreement>,
}

async fn route_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let (company, entity, _) = match chosen(&state, &draft) {
        Ok(c) => c,
        Err(go) => return Ok(Redirect::to(&go).into_response()),
    };
    let country_name = |code: crate::domain::country::CountryCode| {
        state
            .directory
            .jurisdiction(code)
            .map(|j| j.name_en.clone())
            .unwrap_or_else(|| code.to_string())
    };
    let agreement = state
        .directory
        .agreement_between(user.org.country, entity.country, jiff::Zoned::now().date())
        .cloned();
    render(&RoutePage {
        company: company.name.clone(),
        entity: entity.name.clone(),
        entity_country: country_name(entity.country),
        officer_country: country_name(user.org.country),
        agreement,
        id,
        ctx,
    })
}

// --- Step 4: requesting officer and agency ----------------------------------

const REQUESTER_FIELDS: [&str; 9] = [
    "name",
    "rank",
    "badge",
    "email",
    "phone",
    "agency",
    "unit",
    "case_number",
    "offence",
];

#[derive(Template)]
#[template(path = "requests/requester.html")]
struct RequesterPage {
    ctx: Ctx,
    id: String,
    form: Form,
    /// Government domains accepted for the agency's country, for the hint.
    domains: String,
    step: u32,
    total: u32,
}

fn requester_page_for(
    state: &AppState,
    ctx: Ctx,
    user: &User,
    id: String,
    form: Form,
) -> RequesterPage {
    let domains = state
        .directory
        .gov_domains(user.org.country)
        .map(|d| d.suffix.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    RequesterPage {
        ctx,
        id,
        form,
        domains,
        step: 4,
        total: TOTAL_STEPS,
    }
}

async fn requester_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    let mut form = Form::new();
    // Asked once: what the account already knows is filled in.
    let q = draft
        .request
        .requester
        .clone()
        .unwrap_or_else(|| Requester {
            name: user.display_name.clone(),
            email: user.email.clone(),
            agency: user.org.name.clone(),
            ..Requester::default()
        });
    for (field, value) in [
        ("name", &q.name),
        ("rank", &q.rank),
        ("badge", &q.badge),
        ("email", &q.email),
        ("phone", &q.phone),
        ("agency", &q.agency),
        ("unit", &q.unit),
        ("case_number", &q.case_number),
        ("offence", &q.offence),
    ] {
        form.set(field, value.as_str());
    }
    render(&requester_page_for(&state, ctx, &user, id, form))
}

async fn requester_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let mut form = parse_form(&body);
    let text = |form: &Form, f: &str| form.value(f).trim().to_string();
    for (field, key) in [
        ("name", "error-requester-name-empty"),
        ("rank", "error-requester-rank-empty"),
        ("badge", "error-requester-badge-empty"),
        ("agency", "error-requester-agency-empty"),
        ("case_number", "error-requester-case-empty"),
        ("offence", "error-requester-offence-empty"),
    ] {
        if text(&form, field).is_empty() {
            form.add_error(field, ctx.t(key));
        }
    }
    for field in REQUESTER_FIELDS {
        if text(&form, field).chars().count() > 500 {
            form.add_error(field, ctx.t("error-requester-too-long"));
        }
    }
    let email = match EmailAddress::parse(form.value("email")) {
        Ok(e) => match state
            .directory
            .check_officer_email(&e, user.org.country, user.org.is_demo)
        {
            Ok(_) => Some(e),
            Err(err) => {
                form.add_error("email", ctx.t(err.message_key()));
                None
            }
        },
        Err(e) => {
            form.add_error("email", ctx.t(e.message_key()));
            None
        }
    };
    let phone = match PhoneNumber::parse(form.value("phone"), user.org.country) {
        Ok(p) => Some(p),
        Err(e) => {
            form.add_error("phone", ctx.t(e.message_key()));
            None
        }
    };
    refuse_national_ids(&ctx, &mut form, &REQUESTER_FIELDS);
    let (Some(email), Some(phone), false) = (email, phone, form.has_errors()) else {
        if form.value("action") == "save"
            && REQUESTER_FIELDS.iter().all(|f| text(&form, f).is_empty())
        {
            return Ok(Redirect::to("/?saved=1").into_response());
        }
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &requester_page_for(&state, ctx, &user, id, form),
        );
    };
    draft.request.requester = Some(Requester {
        name: text(&form, "name"),
        rank: text(&form, "rank"),
        badge: text(&form, "badge"),
        email: email.to_string(),
        phone: phone.to_string(),
        agency: text(&form, "agency"),
        unit: text(&form, "unit"),
        case_number: text(&form, "case_number"),
        offence: text(&form, "offence"),
    });
    save(&state, &ctx, &user, &draft).await?;
    if form.value("action") == "save" {
        Ok(Redirect::to("/?saved=1").into_response())
    } else {
        Ok(Redirect::to(&format!("/requests/{id}")).into_response())
    }
}
