//! The records-request builder: one question group per page, every step saved
//! as a draft on Continue. Officers only; a request belongs to the officer's
//! agency and any other organisation gets 404 for it.

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

mod basis;
mod company;
mod drafts;
mod kind;
mod preservation;
mod requester;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/requests/new", get(drafts::start))
        .route("/requests", post(drafts::create))
        .route("/requests/{id}", get(drafts::overview))
        .route(
            "/requests/{id}/company",
            get(company::company_page).post(company::company_submit),
        )
        .route(
            "/requests/{id}/entity",
            get(company::entity_page).post(company::entity_submit),
        )
        .route(
            "/requests/{id}/type",
            get(kind::type_page).post(kind::type_submit),
        )
        .route(
            "/requests/{id}/basis",
            get(basis::basis_page).post(basis::basis_submit),
        )
        .route("/requests/{id}/route", get(basis::route_page))
        .route(
            "/requests/{id}/requester",
            get(requester::requester_page).post(requester::requester_submit),
        )
        .route(
            "/requests/{id}/delete",
            get(drafts::delete_page).post(drafts::delete_submit),
        )
        .route("/requests/{id}/duplicate", post(drafts::duplicate))
        .route(
            "/requests/{id}/preservation",
            get(preservation::page).post(preservation::submit),
        )
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

/// Whether the officer pressed "Save and come back later".
fn saving(form: &Form) -> bool {
    form.value("action") == "save"
}

/// Back to the dashboard, which confirms the answers were kept.
fn saved() -> Response {
    Redirect::to("/?saved=1").into_response()
}

/// Where "Continue" leads (`step`, or the overview when empty), or the
/// dashboard after "Save and come back later".
fn next(form: &Form, id: &str, step: &str) -> Response {
    match (saving(form), step) {
        (true, _) => saved(),
        (false, "") => Redirect::to(&format!("/requests/{id}")).into_response(),
        (false, step) => Redirect::to(&format!("/requests/{id}/{step}")).into_response(),
    }
}

fn parse_form(body: &[u8]) -> Form {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    Form::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The company chosen so far, or a redirect to the question that chooses it.
fn chosen_company<'a>(state: &'a AppState, draft: &Draft) -> Result<&'a Company, AppError> {
    draft
        .request
        .company_id
        .as_deref()
        .and_then(|c| state.directory.company(c))
        .ok_or_else(|| AppError::Redirect(format!("/requests/{}/company", draft.doc.public_id)))
}

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
    AppError,
> {
    let id = &draft.doc.public_id;
    let company = chosen_company(state, draft)?;
    let entity = draft
        .request
        .entity
        .as_deref()
        .and_then(|name| company.entities.iter().find(|e| e.name == name))
        .ok_or_else(|| AppError::Redirect(format!("/requests/{id}/company")))?;
    let kind = draft
        .request
        .request_type
        .ok_or_else(|| AppError::Redirect(format!("/requests/{id}/type")))?;
    Ok((company, entity, kind))
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
