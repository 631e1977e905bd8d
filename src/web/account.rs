//! `/account`: a person's own profile (an officer's rank, badge number and
//! telephone, prefilled into requests), their second factor, and their
//! sessions, with a button that signs out every other one.

use std::net::SocketAddr;

use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, Path, Query, RawForm, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use super::AppState;
use super::auth::client_ip;
use super::error::AppError;
use super::form::Form;
use super::page::{Ctx, render, render_status};
use crate::accounts::profile::{self, ProfileFields};
use crate::accounts::second_factor;
use crate::domain::token_scope::TokenScope;
use crate::store::{SessionInfo, TokenInfo};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(show))
        .route("/account/profile", post(profile))
        .route("/account/sessions/end-others", post(end_others))
        .route("/account/tokens", post(create_token))
        .route("/account/tokens/{id}/revoke", post(revoke_token))
}

#[derive(Template)]
#[template(path = "account/page.html")]
struct AccountPage {
    ctx: Ctx,
    form: Form,
    sessions: Vec<SessionInfo>,
    /// This browser's session id, marked in the list.
    current: String,
    factor_required: bool,
    factor_enrolled: bool,
    recovery_left: i64,
    done: Option<String>,
    tokens: Vec<TokenInfo>,
    now: jiff::Timestamp,
    scopes: Vec<super::form::Choice>,
    expiries: Vec<super::form::Choice>,
    /// A token just made, shown this once.
    new_token: Option<String>,
}

impl AccountPage {
    pub fn scope_label(&self, scope: &str) -> String {
        TokenScope::parse(scope).map_or_else(|| scope.to_string(), |s| self.ctx.t(s.label_key()))
    }

    /// Whether a token still works: not revoked, not expired.
    pub fn live(&self, t: &TokenInfo) -> bool {
        let now = crate::domain::time::to_db(self.now);
        t.revoked_at.is_none() && t.expires_at.as_deref().is_none_or(|e| e > now.as_str())
    }

    pub fn when(&self, t: &Option<jiff::Timestamp>) -> String {
        t.map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default()
    }
}

#[derive(serde::Deserialize, Default)]
struct DoneQuery {
    done: Option<String>,
}

/// How long a new token may live, in days: every token expires.
const EXPIRY_DAYS: [i64; 3] = [30, 90, 365];

/// Profile fields as long as anyone needs them; longer is refused.
const MAX_FIELD: usize = 120;

async fn page(
    state: &AppState,
    ctx: Ctx,
    form: Form,
    done: Option<String>,
) -> Result<AccountPage, AppError> {
    let user = ctx.user()?.clone();
    let mut form = form;
    if !form.has_errors() {
        form.set("name", user.display_name.as_str());
        form.set("rank", user.profile.rank.as_str());
        form.set("badge_number", user.profile.badge_number.as_str());
        form.set("phone", user.profile.phone.as_str());
    }
    let sessions = state.store.sessions_of(user.id, state.now()).await?;
    let current = ctx.session.id().map(|i| i.to_string()).unwrap_or_default();
    let scopes = TokenScope::ALL
        .into_iter()
        .map(|s| super::form::Choice::new(s.as_str(), ctx.t(s.label_key())))
        .collect();
    let expiries = EXPIRY_DAYS
        .iter()
        .map(|d| super::form::Choice::new(d.to_string(), ctx.t1("token-expiry-days", "days", d)))
        .collect();
    Ok(AccountPage {
        tokens: state.store.tokens_of(user.id).await?,
        now: state.now(),
        scopes,
        expiries,
        new_token: None,
        factor_required: second_factor::required(state, &user),
        factor_enrolled: user.totp_secret.is_some(),
        recovery_left: state.store.recovery_codes_left(user.id).await?,
        sessions,
        current,
        ctx,
        form,
        done,
    })
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let done = q
        .done
        .as_deref()
        .map(|d| ctx.t(&format!("account-done-{d}")));
    render(&page(&state, ctx, Form::new(), done).await?)
}

async fn profile(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = ctx.user()?.clone();
    let input = Form::from_body(&body);
    let mut form = Form::new();
    let fields = ["name", "rank", "badge_number", "phone"];
    for f in fields {
        form.set(f, input.value(f).trim());
    }
    if form.value("name").is_empty() {
        form.add_error("name", ctx.t("signup-error-name"));
    }
    for f in fields {
        if form.value(f).chars().count() > MAX_FIELD || form.value(f).chars().any(char::is_control)
        {
            form.add_error(f, ctx.t1("account-error-too-long", "max", MAX_FIELD));
        }
    }
    if form.has_errors() {
        let page = page(&state, ctx, form, None).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let ip = client_ip(&state, peer, &headers);
    profile::save(
        &state,
        &user,
        &ProfileFields {
            display_name: form.value("name"),
            rank: form.value("rank"),
            badge_number: form.value("badge_number"),
            phone: form.value("phone"),
        },
        "account",
        Some(&ip),
    )
    .await?;
    Ok(Redirect::to("/account?done=profile").into_response())
}

async fn end_others(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
) -> Result<Response, AppError> {
    let user = ctx.user()?.clone();
    let current = ctx.session.id().map(|i| i.to_string());
    let ip = client_ip(&state, peer, &headers);
    profile::end_other_sessions(&state, &user, current.as_deref(), &ip).await?;
    Ok(Redirect::to("/account?done=sessions").into_response())
}

async fn create_token(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = ctx.user()?.clone();
    let input = Form::from_body(&body);
    let mut form = Form::new();
    for f in ["token_name", "token_scope", "token_days"] {
        form.set(f, input.value(f).trim());
    }
    let name = form.value("token_name").to_string();
    if name.is_empty() || name.chars().count() > MAX_FIELD || name.chars().any(char::is_control) {
        form.add_error("token_name", ctx.t("token-error-name"));
    }
    let scope = TokenScope::parse(form.value("token_scope"));
    if scope.is_none() {
        form.add_error("token_scope", ctx.t("token-error-scope"));
    }
    let days = form
        .value("token_days")
        .parse::<i64>()
        .ok()
        .filter(|d| EXPIRY_DAYS.contains(d));
    if days.is_none() {
        form.add_error("token_days", ctx.t("token-error-expiry"));
    }
    let (Some(scope), Some(days), false) = (scope, days, form.has_errors()) else {
        let page = page(&state, ctx, form, None).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let ip = client_ip(&state, peer, &headers);
    let token = profile::create_token(&state, &user, &name, scope, days, &ip).await?;
    // Shown once, on this response: never stored, never in an address.
    let mut page = page(&state, ctx, Form::new(), None).await?;
    page.new_token = Some(token);
    render(&page)
}

async fn revoke_token(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = ctx.user()?.clone();
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let ip = client_ip(&state, peer, &headers);
    let revoked = profile::revoke_token(&state, &user, id, &ip).await?;
    if !revoked {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/account?done=token-revoked#tokens").into_response())
}
