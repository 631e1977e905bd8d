//! The JSON API under `/api/v1`, authenticated with bearer tokens.

mod cases;
mod deliveries;
mod findings;
mod lifecycle;
mod problem;
mod reports;
mod requests;

use axum::extract::{FromRef, FromRequestParts, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::routing::get;
use axum::{Json, Router};

pub use problem::{Problem, parse_document};

use super::AppState;
use super::error::AppError;
use crate::store::User;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/me", get(me))
        .route("/api/v1/jurisdictions", get(jurisdictions))
        .route(
            "/api/v1/packages/{id}/{file}",
            get(super::packages::api_file),
        )
        .route("/schemas/envelope.v1.json", get(envelope_schema))
        .merge(cases::router())
        .merge(deliveries::router())
        .merge(requests::router())
        .merge(reports::router())
}

/// The user a valid `Authorization: Bearer` token belongs to.
pub struct ApiUser(pub User);

impl<S> FromRequestParts<S> for ApiUser
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(AppError::Unauthorised)?;
        let (user, scope) = state
            .store
            .user_by_api_token(token, state.now())
            .await?
            .ok_or(AppError::Unauthorised)?;
        if !scope.allows(parts.method.as_str(), parts.uri.path()) {
            return Err(AppError::Forbidden);
        }
        Ok(ApiUser(user))
    }
}

/// Who the token belongs to: lets an integrator check their set-up.
async fn me(ApiUser(user): ApiUser) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "email": user.email,
        "role": user.role,
        "organisation": {
            "slug": user.org.slug,
            "name": user.org.name,
            "kind": user.org.kind,
            "country": user.org.country,
        }
    }))
}

/// The jurisdictions casebridge serves, with the source of every fact, and
/// a summary of each one's rule pack (the pack itself is at `href`).
async fn jurisdictions(State(state): State<AppState>) -> Json<serde_json::Value> {
    let packs: Vec<serde_json::Value> = state
        .rules
        .packs()
        .iter()
        .filter_map(|p| {
            let code = p.jurisdiction?;
            Some(serde_json::json!({
                "jurisdiction": code,
                "version": p.version,
                "summary": p.summary,
                "authorities": p.authorities.iter().map(|a| &a.id).collect::<Vec<_>>(),
                "required": p.required.iter().map(|r| &r.id).collect::<Vec<_>>(),
                "duties": p.duties.len(),
                "unverified_facts": reports::unverified(p),
                "href": format!("/api/v1/jurisdictions/{code}"),
            }))
        })
        .collect();
    Json(serde_json::json!({
        "jurisdictions": state.directory.jurisdictions(),
        "rule_packs": packs,
    }))
}

/// The JSON Schema of the package envelope around every document.
async fn envelope_schema() -> impl axum::response::IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/schema+json")],
        crate::package::ENVELOPE_SCHEMA,
    )
}
