//! Forgotten passwords and invitations: `/password/forgot` sends a reset link
//! (the page says the same whether or not the address has an account);
//! `/password/reset` and `/invitation` set a new password through a link.

use std::net::SocketAddr;

use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, Query, RawForm, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::AppState;
use super::auth::client_ip;
use super::error::AppError;
use super::form::Form;
use super::login_token;
use super::page::{Ctx, render, render_status};
use crate::accounts::links::{self, LinkError};
use crate::domain::email::EmailAddress;
use crate::domain::password;
use crate::store::LinkPurpose;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/password/forgot", get(forgot_page).post(forgot))
        .route("/password/reset", get(reset_page).post(reset))
        .route("/invitation", get(invite_page).post(invite))
}

#[derive(Template)]
#[template(path = "password/forgot.html")]
struct ForgotPage {
    ctx: Ctx,
    form: Form,
    sent: bool,
}

#[derive(serde::Deserialize)]
struct SentQuery {
    sent: Option<String>,
}

async fn forgot_page(
    State(state): State<AppState>,
    mut ctx: Ctx,
    Query(q): Query<SentQuery>,
) -> Result<Response, AppError> {
    let cookie = login_token::ensure(&state, &mut ctx);
    let mut res = render(&ForgotPage {
        ctx,
        form: Form::new(),
        sent: q.sent.is_some(),
    })?;
    login_token::attach(&mut res, cookie);
    Ok(res)
}

async fn forgot(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let input = Form::from_body(&body);
    let mut form = Form::new();
    form.set("email", input.value("email").trim());
    match EmailAddress::parse(input.value("email")) {
        Ok(email) => {
            let ip = client_ip(&state, peer, &headers);
            links::request_reset(&state, &email, &ip).await?;
            Ok(Redirect::to("/password/forgot?sent=1").into_response())
        }
        Err(e) => {
            form.add_error("email", ctx.t(e.message_key()));
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ForgotPage {
                    ctx,
                    form,
                    sent: false,
                },
            )
        }
    }
}

#[derive(Template)]
#[template(path = "password/new.html")]
struct NewPasswordPage {
    ctx: Ctx,
    form: Form,
    token: String,
    /// `reset` or `invitation`: headings and the button differ.
    purpose: &'static str,
    /// The link is unknown, used or expired.
    invalid: bool,
    /// Whose account (their address), so a person sees the link is theirs.
    email: String,
}

#[derive(serde::Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

fn purpose_name(p: LinkPurpose) -> &'static str {
    match p {
        LinkPurpose::Invite => "invitation",
        _ => "reset",
    }
}

async fn new_password_page(
    state: &AppState,
    mut ctx: Ctx,
    token: String,
    purpose: LinkPurpose,
) -> Result<Response, AppError> {
    let user = links::user_of(state, &token, purpose).await?;
    let cookie = login_token::ensure(state, &mut ctx);
    let status = if user.is_some() {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    let mut res = render_status(
        status,
        &NewPasswordPage {
            ctx,
            form: Form::new(),
            token,
            purpose: purpose_name(purpose),
            invalid: user.is_none(),
            email: user.map(|u| u.email).unwrap_or_default(),
        },
    )?;
    login_token::attach(&mut res, cookie);
    Ok(res)
}

async fn set_new_password(
    state: &AppState,
    ctx: Ctx,
    ip: &str,
    body: &[u8],
    purpose: LinkPurpose,
) -> Result<Response, AppError> {
    let input = Form::from_body(body);
    let token = input.value("token").to_string();
    let pass = input.value("password");
    let mut form = Form::new();
    if pass != input.value("confirm_password") {
        form.add_error("confirm_password", ctx.t("password-error-mismatch"));
    }
    let outcome = if form.has_errors() {
        None
    } else {
        Some(links::set_password(state, &token, purpose, pass, ip).await)
    };
    let invalid = match outcome {
        Some(Ok(_)) => {
            let to = match purpose {
                LinkPurpose::Invite => "/login?welcome=1",
                _ => "/login?password_changed=1",
            };
            return Ok(Redirect::to(to).into_response());
        }
        Some(Err(LinkError::Invalid)) => true,
        Some(Err(LinkError::WeakPassword(w))) => {
            form.add_error(
                "password",
                ctx.t1(w.message_key(), "min", password::MIN_LENGTH),
            );
            false
        }
        Some(Err(LinkError::Store(e))) => return Err(e.into()),
        Some(Err(LinkError::Hash(e))) => return Err(AppError::internal(e)),
        None => false,
    };
    let email = links::user_of(state, &token, purpose)
        .await?
        .map(|u| u.email)
        .unwrap_or_default();
    let status = if invalid {
        StatusCode::GONE
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &NewPasswordPage {
            ctx,
            form,
            token,
            purpose: purpose_name(purpose),
            invalid,
            email,
        },
    )
}

async fn reset_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    new_password_page(&state, ctx, q.token, LinkPurpose::Reset).await
}

async fn reset(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let ip = client_ip(&state, peer, &headers);
    set_new_password(&state, ctx, &ip, &body, LinkPurpose::Reset).await
}

async fn invite_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    new_password_page(&state, ctx, q.token, LinkPurpose::Invite).await
}

async fn invite(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let ip = client_ip(&state, peer, &headers);
    set_new_password(&state, ctx, &ip, &body, LinkPurpose::Invite).await
}
