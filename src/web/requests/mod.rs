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
use super::form::{Choice, Form, Task, TaskState};
use super::page::{Ctx, render, render_status};
use super::wizard::{
    Builder, DraftForms, Opened, Posted, Step, fill_time, national_id_error, read_zoned,
    refuse_national_ids, saved, saving, time_given, zone_choices,
};
use crate::app::projection::request::both_times;
use crate::app::{Actor, Loaded, Via};
use crate::directory::{Company, Entity};
use crate::domain::country::CountryCode;
use crate::domain::email::EmailAddress;
use crate::domain::legal_basis::{self, LegalBasis, LegalBasisKind, Requirement};
use crate::domain::national_id::Field;
use crate::domain::phone::PhoneNumber;
use crate::domain::request::{RecordsRequest, Requester, ZonedTime};
use crate::domain::request_type::RequestType;
use crate::domain::role::Role;
use crate::i18n::Locale;
use crate::rules::request as request_rules;
use crate::store::User;

mod basis;
mod check;
mod company;
mod data;
mod drafts;
mod emergency;
mod kind;
mod legal_process;
mod non_disclosure;
mod packaging;
mod preservation;
mod requester;
mod summary;
mod targets;

pub use legal_process::{Upload, clean_file_name, read_multipart};

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
        .route("/requests/{id}/extend", post(drafts::extend))
        .route(
            "/requests/{id}/preservation",
            get(preservation::page).post(preservation::submit),
        )
        .route(
            "/requests/{id}/targets",
            get(targets::list).post(targets::list_submit),
        )
        .route(
            "/requests/{id}/targets/{n}",
            get(targets::edit).post(targets::edit_submit),
        )
        .route("/requests/{id}/targets/{n}/remove", post(targets::remove))
        .route("/requests/{id}/data", get(data::page).post(data::submit))
        .route(
            "/requests/{id}/emergency",
            get(emergency::page).post(emergency::submit),
        )
        .route(
            "/requests/{id}/non-disclosure",
            get(non_disclosure::page).post(non_disclosure::submit),
        )
        .route(
            "/requests/{id}/legal-process",
            get(legal_process::page).post(legal_process::submit),
        )
        .route("/requests/{id}/check", get(check::page).post(check::submit))
        .route(
            "/requests/{id}/attest",
            get(check::attest_page_get).post(check::attest_submit),
        )
        .route("/requests/{id}/done", get(check::done))
        .route("/requests/{id}/package/{file}", get(packaging::file))
        .route("/requests/{id}/new-version", post(check::new_version))
}

/// The builder's steps, in the order of the officer's flow.
const TOTAL_STEPS: u32 = 9;

fn officer(ctx: &Ctx) -> Result<&User, AppError> {
    ctx.user_with_role(&[Role::Officer])
}

/// A request of the officer's agency, parsed.
type Draft = Loaded<RecordsRequest>;

/// A draft of the officer's agency; a finished request redirects to its
/// confirmation page, since nothing in it can change.
async fn load(state: &AppState, user: &User, id: &str) -> Result<Draft, AppError> {
    let draft = load_any(state, user, id).await?;
    if draft.status().is_finished() {
        return Err(AppError::Redirect(format!("/requests/{id}/done")));
    }
    Ok(draft)
}

/// A request of the officer's agency, draft or final.
async fn load_any(state: &AppState, user: &User, id: &str) -> Result<Draft, AppError> {
    Ok(state
        .request(&Actor::new(user, Via::Web, Locale::ENGLISH), id)
        .await?)
}

fn title(state: &AppState, ctx: &Ctx, r: &RecordsRequest) -> String {
    state.request_title(ctx.locale, r)
}

/// The records-request builder, as the wizard kit knows it.
pub(crate) struct Requests;

impl Builder for Requests {
    type Body = RecordsRequest;
    const BASE: &'static str = "/requests";
    /// The overview task list.
    const HOME: &'static str = "";

    fn user(ctx: &Ctx) -> Result<&User, AppError> {
        officer(ctx)
    }

    async fn load(state: &AppState, user: &User, id: &str) -> Result<Draft, AppError> {
        load(state, user, id).await
    }

    async fn store(state: &AppState, actor: &Actor<'_>, draft: &Draft) -> Result<i64, AppError> {
        Ok(state
            .save_request(actor, draft, draft.doc.revision, &draft.body, None)
            .await?)
    }
}

/// A step of the records-request builder.
type Page = Step<Requests>;

fn companies_for<'a>(state: &'a AppState, user: &User) -> impl Iterator<Item = &'a Company> {
    // The fictional company exists for demos: real agencies never see it.
    let demo = user.org.is_demo;
    state
        .directory
        .companies()
        .iter()
        .filter(move |c| demo || !c.fictional)
}

/// The officer's default zone: the first of their country.
fn default_zone(state: &AppState, country: CountryCode) -> String {
    state
        .directory
        .jurisdiction(country)
        .map(|j| j.default_zone().name().to_string())
        .unwrap_or_else(|| "UTC".into())
}

/// Fills the date-time component `name` from a stored instant, in its zone.
fn set_time(form: &mut Form, name: &str, t: &ZonedTime) {
    fill_time(form, name, t.local().as_ref(), &t.zone, t.to_the_second());
}

/// Reads the date-time component `name`; an error goes on the form.
fn read_time(ctx: &Ctx, form: &mut Form, name: &str) -> Option<ZonedTime> {
    read_zoned(ctx, form, name).map(|t| ZonedTime::from_zoned(&t.zoned).with_seconds(t.seconds))
}

/// The company chosen so far, or a redirect to the question that chooses it.
fn chosen_company<'a>(state: &'a AppState, draft: &Draft) -> Result<&'a Company, AppError> {
    draft
        .body
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
        .body
        .entity
        .as_deref()
        .and_then(|name| company.entities.iter().find(|e| e.name == name))
        .ok_or_else(|| AppError::Redirect(format!("/requests/{id}/company")))?;
    let kind = draft
        .body
        .request_type
        .ok_or_else(|| AppError::Redirect(format!("/requests/{id}/type")))?;
    Ok((company, entity, kind))
}

/// Runs every request rule over `r` for the officer's agency, now.
fn check_request(state: &AppState, user: &User, r: &RecordsRequest) -> request_rules::Outcome {
    state.check_request(&Actor::new(user, Via::Web, Locale::ENGLISH), r)
}

/// Whose identity numbers the request is likely to meet, for the guard.
fn id_countries(state: &AppState, user: &User, r: &RecordsRequest) -> Vec<CountryCode> {
    request_rules::national_id_jurisdictions(r, &state.directory, user.org.country)
}

/// Puts the rule errors under `prefix` on the step's fields.
fn show_rule_errors(ctx: &Ctx, form: &mut Form, outcome: &request_rules::Outcome, prefix: &str) {
    super::wizard::show_rule_errors(ctx, form, &outcome.errors, prefix, &[]);
}
