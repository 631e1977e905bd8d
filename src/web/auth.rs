//! Signing in and out.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form as FormBody, Router};
use validator::Validate;

use super::AppState;
use super::error::{AppError, safe_next};
use super::form::Form;
use super::login_token;
use super::page::{Ctx, render, render_status, touch_session};
use crate::accounts::{self, LoginOutcome};
use crate::domain::email::EmailAddress;
use crate::store::AccountState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(show).post(submit))
        .route("/logout", post(logout))
        .route("/session/keepalive", post(keepalive))
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: Ctx,
    form: Form,
    next: String,
    /// Set when the user was signed out for inactivity or just signed out.
    notice: Option<String>,
}

#[derive(serde::Deserialize)]
struct LoginQuery {
    next: Option<String>,
    expired: Option<String>,
    signed_out: Option<String>,
    welcome: Option<String>,
    password_changed: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    mut ctx: Ctx,
    Query(q): Query<LoginQuery>,
) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    let notice = if q.expired.is_some() {
        Some(ctx.t_args(
            "login-expired",
            &[("minutes", &ctx.idle_minutes.to_string())],
        ))
    } else if q.signed_out.is_some() {
        Some(ctx.t("login-signed-out"))
    } else if q.welcome.is_some() {
        Some(ctx.t("login-welcome"))
    } else if q.password_changed.is_some() {
        Some(ctx.t("login-password-changed"))
    } else {
        None
    };
    let next = safe_next(q.next.as_deref().unwrap_or("/")).to_string();
    // A stranger's token travels in a signed cookie, not a session row.
    let cookie = login_token::ensure(&state, &mut ctx);
    let mut res = render(&LoginPage {
        ctx,
        form: Form::new(),
        next,
        notice,
    })?;
    login_token::attach(&mut res, cookie);
    Ok(res)
}

/// The login form as posted. Presence is checked here; what an email address
/// is, is the domain's business.
#[derive(serde::Deserialize, Validate)]
struct LoginForm {
    #[serde(default)]
    #[validate(length(min = 1, code = "error-email-empty"))]
    email: String,
    #[serde(default)]
    #[validate(length(min = 1, code = "error-password-empty"))]
    password: String,
    #[serde(default)]
    next: String,
}

/// The client's address: the socket peer, or the last proxy hop when
/// casebridge is configured to sit behind one.
pub fn client_ip(state: &AppState, peer: SocketAddr, headers: &HeaderMap) -> String {
    if state.config.behind_proxy
        && let Some(hop) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(str::trim)
            .filter(|h| h.parse::<std::net::IpAddr>().is_ok())
    {
        return hop.to_string();
    }
    peer.ip().to_string()
}

async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    FormBody(input): FormBody<LoginForm>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let mut form = Form::new();
    form.set("email", input.email.as_str());
    let next = safe_next(&input.next).to_string();

    if let Err(errors) = input.validate() {
        form.add_validation_errors(locale, &errors, &["email", "password"]);
    }
    let email = match EmailAddress::parse(&input.email) {
        Ok(e) => Some(e),
        Err(e) => {
            form.add_error("email", locale.t(e.message_key()));
            None
        }
    };
    let (Some(email), false) = (email, form.has_errors()) else {
        return render_status(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            &LoginPage {
                ctx,
                form,
                next,
                notice: None,
            },
        );
    };

    let ip = client_ip(&state, peer, &headers);
    let outcome = accounts::log_in(&state, &email, &input.password, &ip).await?;
    let message = match outcome {
        LoginOutcome::SignedIn(user) => {
            return super::second_factor::after_password(
                &state,
                &ctx.session,
                &user,
                &next,
                &headers,
                &ip,
            )
            .await;
        }
        LoginOutcome::NotActive(state) => ctx.t(match state {
            AccountState::Unverified => "error-login-unverified",
            AccountState::Refused => "error-login-refused-signup",
            _ => "error-login-awaiting-approval",
        }),
        LoginOutcome::Refused => ctx.t("error-login-refused"),
        LoginOutcome::AccountThrottled { minutes } => ctx.t_args(
            "error-login-throttled-account",
            &[("minutes", &minutes.to_string())],
        ),
        LoginOutcome::AddressThrottled { minutes } => ctx.t_args(
            "error-login-throttled-address",
            &[("minutes", &minutes.to_string())],
        ),
    };
    form.add_error("email", message);
    render_status(
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        &LoginPage {
            ctx,
            form,
            next,
            notice: None,
        },
    )
}

async fn logout(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
) -> Result<Response, AppError> {
    if let Some(user) = &ctx.user {
        let ip = client_ip(&state, peer, &headers);
        crate::accounts::log_out(&state.store, user, &ip).await?;
    }
    ctx.session.flush().await.map_err(AppError::internal)?;
    Ok(Redirect::to("/login?signed_out=1").into_response())
}

/// "Stay signed in" from the timeout warning: pushes the idle expiry back.
async fn keepalive(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<axum::http::StatusCode, AppError> {
    ctx.user()?;
    touch_session(&state, &ctx.session).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
