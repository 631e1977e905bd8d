//! The records-request API: validate a request document against every rule
//! the builder applies, and serve the document's JSON Schema.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde_json::{Value, json};

use super::{ApiUser, Problem, parse_document};
use crate::domain::request::RecordsRequest;
use crate::domain::request_rules::{self, Finding, Outcome};
use crate::domain::role::Role;
use crate::i18n::Locale;
use crate::web::AppState;

pub const SCHEMA: &str = include_str!("../../../schemas/request.v1.json");

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/requests/validate", post(validate))
        .route("/api/v1/requests/{id}", get(request_by_id))
        .route("/schemas/request.v1.json", get(schema))
}

async fn schema() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/schema+json")], SCHEMA)
}

/// Runs the request rules for the token's agency. Officers only: the rules
/// depend on the officer's country (government email domains, treaties).
async fn validate(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    ApiUser(user): ApiUser,
    body: Bytes,
) -> Result<Json<Value>, Problem> {
    if user.role != Role::Officer {
        return Err(Problem {
            status: StatusCode::FORBIDDEN,
            code: "officers_only",
            message: locale.t("api-requests-officers-only"),
            path: None,
        });
    }
    let request: RecordsRequest = parse_document(&body)?;
    let outcome = request_rules::check(
        &request,
        &request_rules::Context {
            directory: &state.directory,
            officer_country: user.org.country,
            demo: user.org.is_demo,
            now: crate::domain::time::now(),
        },
    );
    Ok(Json(outcome_json(locale, &request, &outcome)))
}

/// A stored request of the token's agency, with its status and version;
/// 404 for any other organisation's.
async fn request_by_id(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, Problem> {
    let not_found = || Problem {
        status: StatusCode::NOT_FOUND,
        code: "not_found",
        message: "No request with this id for your organisation".into(),
        path: None,
    };
    let doc = state
        .store
        .document_for_org(&id, user.org.id)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "reading a request for the API");
            Problem {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                code: "internal",
                message: "Something went wrong on our side".into(),
                path: None,
            }
        })?
        .filter(|d| d.kind == "request")
        .ok_or_else(not_found)?;
    let document: Value = serde_json::from_str(&doc.body).map_err(|_| not_found())?;
    Ok(Json(json!({
        "id": doc.public_id,
        "status": doc.status,
        "version": doc.version,
        "schema": "/schemas/request.v1.json",
        "document": document,
    })))
}

fn finding_json(locale: Locale, f: &Finding, request: &RecordsRequest) -> Value {
    json!({
        "path": f.path,
        "code": f.code,
        "message": locale.msg(&f.msg),
        "step": f.step,
        "acknowledged": request.acknowledged.contains(&f.ack_key()),
        "acknowledgement": f.ack_key(),
    })
}

pub fn outcome_json(locale: Locale, request: &RecordsRequest, o: &Outcome) -> Value {
    json!({
        "valid": o.errors.is_empty(),
        "ready": o.is_ready(request),
        "errors": o.errors.iter().map(|f| finding_json(locale, f, request)).collect::<Vec<_>>(),
        "warnings": o.warnings.iter().map(|f| finding_json(locale, f, request)).collect::<Vec<_>>(),
        "checklist": o.checklist.iter().map(|i| json!({
            "code": i.code,
            "status": i.status,
            "step": i.step,
            "title": locale.t(&i.title_key()),
            "why": locale.t(&i.why_key()),
        })).collect::<Vec<_>>(),
    })
}
