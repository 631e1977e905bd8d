//! HTTP: routes, layers and one module per screen.

mod account;
mod admin;
mod admin_audit;
mod admin_directory;
mod admin_keys;
mod admin_links;
mod api;
pub mod assets;
mod auth;
mod cases;
mod clocks;
pub mod delivery;
mod directory;
pub mod error;
mod error_order;
mod finding;
pub mod findings;
pub mod form;
mod glossary;
mod health;
mod home;
mod kit;
mod login_token;
pub mod middleware;
pub mod packages;
pub mod page;
pub mod parsers;
mod password;
mod people;
mod reports;
pub(crate) mod requests;
pub mod routes;
mod second_factor;
mod signup;
pub mod summary;
pub mod wizard;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

pub const SESSION_COOKIE: &str = "casebridge_session";

/// What every handler can reach: the workflow layer and what it holds.
pub type AppState = crate::app::App;

/// The whole web application. Layers run outside-in: trace, security
/// headers, session, locale, error pages, body limits (per route), CSRF, then the route.
pub fn router(state: AppState) -> Router {
    let sessions = SessionManagerLayer::new(crate::store::SessionRows::new(
        state.store.clone(),
        state.clock.clone(),
    ))
    .with_name(SESSION_COOKIE)
    .with_http_only(true)
    .with_same_site(SameSite::Lax)
    .with_secure(state.config.secure_cookies())
    .with_expiry(Expiry::OnInactivity(time::Duration::minutes(i64::from(
        state.config.session_idle_minutes,
    ))));
    let max_body = state.config.max_body_bytes;

    Router::new()
        .merge(health::router())
        .merge(assets::router())
        .merge(auth::router())
        .merge(signup::router())
        .merge(glossary::router())
        .merge(second_factor::router())
        .merge(password::router())
        .merge(account::router())
        .merge(people::router())
        .merge(home::router())
        .merge(finding::router())
        .merge(admin::router())
        .merge(admin_audit::router())
        .merge(admin_directory::router())
        .merge(admin_keys::router())
        .merge(admin_links::router())
        .merge(directory::router())
        .merge(kit::router())
        .merge(requests::router())
        .merge(reports::router())
        .merge(delivery::router())
        .merge(cases::router())
        .merge(api::router())
        .fallback(|| async { error::AppError::NotFound })
        .layer(from_fn_with_state(state.clone(), middleware::csrf))
        // The per-route limits are in `body_limit`; axum's own default
        // would cut the upload short.
        .layer(DefaultBodyLimit::max(max_body))
        .layer(from_fn_with_state(state.clone(), middleware::body_limit))
        .layer(from_fn_with_state(state.clone(), error::error_pages))
        .layer(from_fn_with_state(state.clone(), middleware::locale))
        .layer(sessions)
        .layer(from_fn_with_state(state.clone(), middleware::security_headers))
        // Paths only: query strings may carry case details.
        .layer(TraceLayer::new_for_http().make_span_with(|req: &axum::extract::Request| {
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
        }))
        .with_state(state)
}
