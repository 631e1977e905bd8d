//! Admins record a company's OpenPGP public key: packages sent to it by
//! email are then encrypted to that key. The key is checked before it is
//! stored (it must be able to encrypt today); its source and the date it
//! was checked are shown on the company's page.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawForm, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::AppState;
use super::error::AppError;
use super::form::Form;
use super::page::{Ctx, render, render_status};
use crate::app::Refusal;
use crate::app::delivery::channel::company_key_id;
use crate::app::delivery::keys::KeyRecord;
use crate::domain::role::Role;
use crate::domain::time::parse_date;

pub fn router() -> Router<AppState> {
    Router::new().route("/admin/directory/{id}/key", get(page).post(submit))
}

#[derive(Template)]
#[template(path = "admin/recipient_key.html")]
struct KeyPage {
    ctx: Ctx,
    id: String,
    name: String,
    form: Form,
    /// The fingerprint of the key in force, if any.
    current: Option<String>,
}

async fn key_page(state: &AppState, ctx: Ctx, id: &str, form: Form) -> Result<KeyPage, AppError> {
    let company = state.directory.company(id).ok_or(AppError::NotFound)?;
    let current = state
        .store
        .recipient_key(&company_key_id(id))
        .await?
        .map(|k| k.fingerprint);
    Ok(KeyPage {
        id: company.id.clone(),
        name: company.name.clone(),
        ctx,
        form,
        current,
    })
}

async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    render(&key_page(&state, ctx, &id, Form::new()).await?)
}

async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    state.directory.company(&id).ok_or(AppError::NotFound)?;
    let mut form = Form::from_body(&body);
    let checked = parse_date(
        form.value("checked-day"),
        form.value("checked-month"),
        form.value("checked-year"),
    );
    let recorded = match &checked {
        Ok(date) => {
            let record = KeyRecord {
                recipient: &company_key_id(&id),
                armored: form.value("key"),
                source: form.value("source"),
                checked: *date,
            };
            Some(state.record_recipient_key(&ctx.actor()?, &record).await)
        }
        Err(m) => {
            form.add_msg(ctx.locale, "checked", m);
            None
        }
    };
    match recorded {
        Some(Ok(_)) => Ok(Redirect::to(&format!("/directory/{id}?edited=1")).into_response()),
        Some(Err(crate::app::Error::Refused(Refusal::Invalid(problems)))) => {
            for (field, msg) in &problems {
                form.add_msg(ctx.locale, field, msg);
            }
            let page = key_page(&state, ctx, &id, form).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Some(Err(e)) => Err(e.into()),
        None => {
            let page = key_page(&state, ctx, &id, form).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}
