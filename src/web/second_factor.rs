//! The step after a right password: the code from the authenticator app (or
//! a recovery code), or, at the first sign-in of someone who needs a second
//! factor, enrolling one with a QR code. Until then the session holds only
//! whose password was right, for ten minutes, and signs nobody in.

use std::net::SocketAddr;

use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, RawForm, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use tower_sessions::Session;

use super::AppState;
use super::auth::client_ip;
use super::error::AppError;
use super::form::Form;
use super::login_token;
use super::page::{
    Ctx, SESSION_CSRF, SESSION_USER, new_token, render, render_status, touch_session,
};
use crate::accounts::second_factor::{self, FactorOutcome};
use crate::store::User;

const PENDING_USER: &str = "pending_user";
const PENDING_NEXT: &str = "pending_next";
const PENDING_AT: &str = "pending_at";
const ENROL_SECRET: &str = "enrol_secret";
/// How long a right password waits for its second factor.
const PENDING_FOR_MS: i64 = 10 * 60 * 1000;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login/second-factor", get(code_page).post(code_submit))
        .route(
            "/login/second-factor/setup",
            get(setup_page).post(setup_submit),
        )
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::internal(e)
}

/// What follows a right password: signed in at once, or the second factor
/// first (its code, or enrolling one).
pub async fn after_password(
    state: &AppState,
    session: &Session,
    user: &User,
    next: &str,
    headers: &HeaderMap,
    ip: &str,
) -> Result<Response, AppError> {
    if !second_factor::required(state, user) {
        return finish(state, session, user, next, headers, ip).await;
    }
    // A new id now, so a planted id is worth nothing even half-way.
    session.cycle_id().await.map_err(internal)?;
    session
        .insert(PENDING_USER, user.id)
        .await
        .map_err(internal)?;
    session.insert(PENDING_NEXT, next).await.map_err(internal)?;
    session
        .insert(PENDING_AT, state.now().as_millisecond())
        .await
        .map_err(internal)?;
    session
        .insert(SESSION_CSRF, new_token())
        .await
        .map_err(internal)?;
    let to = if user.totp_secret.is_some() {
        "/login/second-factor"
    } else {
        "/login/second-factor/setup"
    };
    let mut res = Redirect::to(to).into_response();
    if let Some(c) = login_token::clear(state) {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(res)
}

/// Signs the user in: a new session id, its own CSRF token, and what the
/// account page lists about the session (device, address, since when).
pub async fn finish(
    state: &AppState,
    session: &Session,
    user: &User,
    next: &str,
    headers: &HeaderMap,
    ip: &str,
) -> Result<Response, AppError> {
    session.cycle_id().await.map_err(internal)?;
    for k in [PENDING_USER, PENDING_NEXT, PENDING_AT, ENROL_SECRET] {
        session.remove_value(k).await.map_err(internal)?;
    }
    let device: String = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control())
        .take(160)
        .collect();
    session
        .insert(SESSION_USER, user.id)
        .await
        .map_err(internal)?;
    session
        .insert(SESSION_CSRF, new_token())
        .await
        .map_err(internal)?;
    session.insert("device", device).await.map_err(internal)?;
    session.insert("address", ip).await.map_err(internal)?;
    session
        .insert("signed_in", state.now().as_millisecond())
        .await
        .map_err(internal)?;
    touch_session(state, session).await?;
    let mut res = Redirect::to(super::error::safe_next(next)).into_response();
    if let Some(c) = login_token::clear(state) {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(res)
}

/// The user whose password was right in this session within the last ten
/// minutes, and where they were going.
async fn pending(state: &AppState, session: &Session) -> Result<Option<(User, String)>, AppError> {
    let Some(id) = session.get::<i64>(PENDING_USER).await.map_err(internal)? else {
        return Ok(None);
    };
    let at = session
        .get::<i64>(PENDING_AT)
        .await
        .map_err(internal)?
        .unwrap_or(0);
    if state.now().as_millisecond() - at > PENDING_FOR_MS {
        return Ok(None);
    }
    let next = session
        .get::<String>(PENDING_NEXT)
        .await
        .map_err(internal)?
        .unwrap_or_else(|| "/".into());
    let user = state.store.user_by_id(id).await?.filter(|u| !u.disabled);
    Ok(user.map(|u| (u, next)))
}

fn back_to_sign_in() -> Response {
    Redirect::to("/login?expired=1").into_response()
}

#[derive(Template)]
#[template(path = "second_factor/code.html")]
struct CodePage {
    ctx: Ctx,
    form: Form,
}

async fn code_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    match pending(&state, &ctx.session).await? {
        Some((u, _)) if u.totp_secret.is_some() => render(&CodePage {
            ctx,
            form: Form::new(),
        }),
        Some(_) => Ok(Redirect::to("/login/second-factor/setup").into_response()),
        None => Ok(back_to_sign_in()),
    }
}

async fn code_submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let Some((user, next)) = pending(&state, &ctx.session).await? else {
        return Ok(back_to_sign_in());
    };
    let input = Form::from_body(&body);
    let code = input.value("code").trim();
    let mut form = Form::new();
    if code.is_empty() {
        form.add_error("code", ctx.t("second-factor-error-empty"));
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &CodePage { ctx, form });
    }
    let ip = client_ip(&state, peer, &headers);
    let message = match second_factor::check(&state, &user, code, &ip).await? {
        FactorOutcome::Accepted | FactorOutcome::RecoveryUsed { .. } => {
            return finish(&state, &ctx.session, &user, &next, &headers, &ip).await;
        }
        FactorOutcome::Refused => ctx.t("second-factor-error-wrong"),
        FactorOutcome::Throttled { minutes } => {
            ctx.t1("second-factor-error-throttled", "minutes", minutes)
        }
    };
    form.add_error("code", message);
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &CodePage { ctx, form })
}

#[derive(Template)]
#[template(path = "second_factor/setup.html")]
struct SetupPage {
    ctx: Ctx,
    form: Form,
    secret: String,
    /// The QR code, an SVG made here from the secret (no outside parts).
    qr: String,
    /// After enrolling: the recovery codes, shown this once.
    recovery: Vec<String>,
}

async fn setup_view(ctx: Ctx, user: &User, form: Form) -> Result<SetupPage, AppError> {
    let secret = match ctx
        .session
        .get::<String>(ENROL_SECRET)
        .await
        .map_err(internal)?
    {
        Some(s) => s,
        None => {
            let s = second_factor::new_secret();
            ctx.session
                .insert(ENROL_SECRET, &s)
                .await
                .map_err(internal)?;
            s
        }
    };
    let qr = second_factor::otpauth_url(&secret, &user.email)
        .and_then(|u| second_factor::qr_svg(&u))
        .unwrap_or_default();
    Ok(SetupPage {
        ctx,
        form,
        secret,
        qr,
        recovery: Vec::new(),
    })
}

async fn setup_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let Some((user, _)) = pending(&state, &ctx.session).await? else {
        return Ok(back_to_sign_in());
    };
    if user.totp_secret.is_some() {
        return Ok(Redirect::to("/login/second-factor").into_response());
    }
    render(&setup_view(ctx, &user, Form::new()).await?)
}

async fn setup_submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let Some((user, next)) = pending(&state, &ctx.session).await? else {
        return Ok(back_to_sign_in());
    };
    let input = Form::from_body(&body);
    let ip = client_ip(&state, peer, &headers);
    // The second press, after the recovery codes were shown: sign in.
    if input.value("action") == "done" && user.totp_secret.is_some() {
        return finish(&state, &ctx.session, &user, &next, &headers, &ip).await;
    }
    if user.totp_secret.is_some() {
        return Ok(Redirect::to("/login/second-factor").into_response());
    }
    let secret = ctx
        .session
        .get::<String>(ENROL_SECRET)
        .await
        .map_err(internal)?
        .unwrap_or_default();
    let code = input.value("code").trim().to_string();
    let codes = if secret.is_empty() || code.is_empty() {
        None
    } else {
        second_factor::enrol(&state, &user, &secret, &code, &ip).await?
    };
    let Some(codes) = codes else {
        let mut form = Form::new();
        let key = if code.is_empty() {
            "second-factor-error-empty"
        } else {
            "second-factor-error-wrong"
        };
        form.add_error("code", ctx.t(key));
        let page = setup_view(ctx, &user, form).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    ctx.session
        .remove_value(ENROL_SECRET)
        .await
        .map_err(internal)?;
    crate::accounts::links::notify(&state, &user, "account-mail-factor-enrolled").await?;
    render(&SetupPage {
        ctx,
        form: Form::new(),
        secret: String::new(),
        qr: String::new(),
        recovery: codes,
    })
}
