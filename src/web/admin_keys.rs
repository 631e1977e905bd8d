//! Admins record a recipient's OpenPGP public key: packages sent to it by
//! email are then encrypted to that key. Recipients are the directory's
//! companies (`/admin/directory/{id}/key`) and the rule packs' report
//! authorities (`/admin/authorities/{jurisdiction}/{authority}/key`); both
//! share one form and one handler body. The key is checked before it is
//! stored (it must be able to encrypt today); its source and the date it
//! was checked are kept with it. `/admin/authorities` lists every
//! authority with the fingerprint of its key, or none.

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
use crate::app::delivery::channel::{authority_key_id, company_key_id};
use crate::app::delivery::keys::KeyRecord;
use crate::domain::country::CountryCode;
use crate::domain::role::Role;
use crate::domain::time::parse_date;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/admin/directory/{id}/key",
            get(company_page).post(company_submit),
        )
        .route("/admin/authorities", get(authorities))
        .route(
            "/admin/authorities/{jurisdiction}/{authority}/key",
            get(authority_page).post(authority_submit),
        )
}

/// Whose key a form records, and where the admin came from and goes back to.
struct Owner {
    /// `company:<id>` or `authority:<jurisdiction>:<id>`.
    key_id: String,
    name: String,
    /// The page the back link and a recorded key lead to.
    back: String,
    done: String,
    /// The Fluent key of the paragraph that says what the key is for.
    intro: &'static str,
}

fn company(state: &AppState, id: &str) -> Result<Owner, AppError> {
    let company = state.directory.company(id).ok_or(AppError::NotFound)?;
    Ok(Owner {
        key_id: company_key_id(&company.id),
        name: company.name.clone(),
        back: format!("/directory/{}", company.id),
        done: format!("/directory/{}?edited=1", company.id),
        intro: "recipient-key-intro",
    })
}

fn authority(state: &AppState, jurisdiction: &str, id: &str) -> Result<Owner, AppError> {
    let code = CountryCode::parse(jurisdiction).ok_or(AppError::NotFound)?;
    let pack = state.rules.pack(code).ok_or(AppError::NotFound)?;
    let a = pack
        .authorities
        .iter()
        .find(|a| a.id == id)
        .ok_or(AppError::NotFound)?;
    Ok(Owner {
        key_id: authority_key_id(code.as_str(), &a.id),
        name: a.name.clone(),
        back: "/admin/authorities".into(),
        done: "/admin/authorities?edited=1".into(),
        intro: "recipient-key-intro-authority",
    })
}

#[derive(Template)]
#[template(path = "admin/recipient_key.html")]
struct KeyPage {
    ctx: Ctx,
    name: String,
    back: String,
    intro: &'static str,
    form: Form,
    /// The fingerprint of the key in force, if any.
    current: Option<String>,
}

async fn key_page(
    state: &AppState,
    ctx: Ctx,
    owner: Owner,
    form: Form,
) -> Result<KeyPage, AppError> {
    let current = state
        .store
        .recipient_key(&owner.key_id)
        .await?
        .map(|k| k.fingerprint);
    Ok(KeyPage {
        name: owner.name,
        back: owner.back,
        intro: owner.intro,
        ctx,
        form,
        current,
    })
}

async fn show(state: &AppState, ctx: Ctx, owner: Owner) -> Result<Response, AppError> {
    render(&key_page(state, ctx, owner, Form::new()).await?)
}

/// Records the posted key for `owner`, or shows the form again with what
/// is wrong; nothing is stored then.
async fn record(
    state: &AppState,
    ctx: Ctx,
    owner: Owner,
    body: &[u8],
) -> Result<Response, AppError> {
    let mut form = Form::from_body(body);
    let checked = parse_date(
        form.value("checked-day"),
        form.value("checked-month"),
        form.value("checked-year"),
    );
    let recorded = match &checked {
        Ok(date) => {
            let record = KeyRecord {
                recipient: &owner.key_id,
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
        Some(Ok(_)) => Ok(Redirect::to(&owner.done).into_response()),
        Some(Err(crate::app::Error::Refused(Refusal::Invalid(problems)))) => {
            for (field, msg) in &problems {
                form.add_msg(ctx.locale, field, msg);
            }
            let page = key_page(state, ctx, owner, form).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Some(Err(e)) => Err(e.into()),
        None => {
            let page = key_page(state, ctx, owner, form).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

async fn company_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let owner = company(&state, &id)?;
    show(&state, ctx, owner).await
}

async fn company_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let owner = company(&state, &id)?;
    record(&state, ctx, owner, &body).await
}

async fn authority_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((jurisdiction, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let owner = authority(&state, &jurisdiction, &id)?;
    show(&state, ctx, owner).await
}

async fn authority_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((jurisdiction, id)): Path<(String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let owner = authority(&state, &jurisdiction, &id)?;
    record(&state, ctx, owner, &body).await
}

/// How casebridge reaches an authority, in the delivery panel's words.
fn channel_key(c: crate::rules::Channel) -> &'static str {
    use crate::rules::Channel as C;
    match c {
        C::Email => "delivery-channel-email",
        C::Portal | C::WebForm => "delivery-channel-portal",
        C::ViaNcmec | C::Phone => "delivery-channel-other",
        C::NonePublished => "delivery-channel-none",
    }
}

/// One authority of the list.
pub struct AuthorityLine {
    pub jurisdiction: String,
    pub id: String,
    pub name: String,
    pub channel: String,
    /// The fingerprint of its key; empty when none is recorded.
    pub fingerprint: String,
}

#[derive(Template)]
#[template(path = "admin/authorities.html")]
struct AuthoritiesPage {
    ctx: Ctx,
    edited: bool,
    lines: Vec<AuthorityLine>,
}

async fn authorities(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::RawQuery(q): axum::extract::RawQuery,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let mut lines = Vec::new();
    for pack in state.rules.packs() {
        let Some(code) = pack.jurisdiction else {
            continue;
        };
        for a in &pack.authorities {
            let key = state
                .store
                .recipient_key(&authority_key_id(code.as_str(), &a.id))
                .await?;
            lines.push(AuthorityLine {
                jurisdiction: code.to_string(),
                id: a.id.clone(),
                name: a.name.clone(),
                channel: ctx.t(channel_key(a.intake.channel)),
                fingerprint: key.map(|k| k.fingerprint).unwrap_or_default(),
            });
        }
    }
    lines.sort_by(|a, b| (&a.jurisdiction, &a.name).cmp(&(&b.jurisdiction, &b.name)));
    render(&AuthoritiesPage {
        edited: q.is_some_and(|q| q.contains("edited=1")),
        lines,
        ctx,
    })
}
