//! The records-request API: validate a request document against every rule
//! the builder applies, and serve the document's JSON Schema.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde_json::{Value, json};

use super::{ApiUser, Problem, parse_document};
use crate::domain::request::{RecordsRequest, SCHEMA_VERSION};
use crate::domain::request_rules::{self, Finding, Outcome};
use crate::domain::role::Role;
use crate::i18n::Locale;
use crate::store::{NewAudit, NewDocument};
use crate::web::AppState;
use crate::web::requests::packaging;

pub const SCHEMA: &str = include_str!("../../../schemas/request.v1.json");

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/requests/validate", post(validate))
        .route("/api/v1/requests/{id}", get(request_by_id))
        .route("/api/v1/requests/package", post(package))
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
    officers_only(locale, &user)?;
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

fn officers_only(locale: Locale, user: &crate::store::User) -> Result<(), Problem> {
    if user.role == Role::Officer {
        Ok(())
    } else {
        Err(Problem {
            status: StatusCode::FORBIDDEN,
            code: "officers_only",
            message: locale.t("api-requests-officers-only"),
            path: None,
        })
    }
}

fn internal(e: impl std::fmt::Display) -> Problem {
    tracing::error!(error = %e, "building a package for the API");
    Problem {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        code: "internal",
        message: "Something went wrong on our side".into(),
        path: None,
    }
}

/// Builds and stores the package of a finished request document: it must
/// pass every rule, have its warnings acknowledged and carry an
/// attestation. `Accept` picks what comes back: the PDF, the ZIP bundle, or
/// (by default) the JSON envelope. The package can be fetched again,
/// unchanged, from `/api/v1/packages/{id}/{file}`.
async fn package(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    ApiUser(user): ApiUser,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    officers_only(locale, &user)?;
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
    if !outcome.is_ready(&request) || request.attestation.is_none() {
        let mut body = outcome_json(locale, &request, &outcome);
        body["error"] = json!({
            "code": "not_ready",
            "message": locale.t("api-requests-not-ready"),
            "path": if request.attestation.is_none() { Some("attestation") } else { None },
        });
        let mut res = (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
        res.extensions_mut().insert(crate::web::page::Rendered);
        return Ok(res);
    }
    let built = packaging::build(
        &state,
        &request,
        packaging::sender(&request),
        user.org.country,
        false,
        None,
    )
    .await
    .map_err(internal)?;
    let company = request
        .company_id
        .as_deref()
        .and_then(|c| state.directory.company(c))
        .map(|c| c.name.as_str());
    let kind = request
        .request_type
        .map(|t| Locale::ENGLISH.t(t.label_key()));
    let (doc_id, row_id) = state
        .store
        .create_finished(
            &NewDocument {
                kind: "request",
                schema_version: SCHEMA_VERSION,
                owner_id: user.id,
                org_id: user.org.id,
                training: false,
                title: &request.title(company, kind.as_deref()),
                body: &request.to_json(),
            },
            "final",
        )
        .await
        .map_err(internal)?;
    crate::web::packages::store(&state, row_id, user.org.id, false, &built)
        .await
        .map_err(internal)?;
    state
        .store
        .audit(NewAudit {
            actor_user_id: Some(user.id),
            org_id: Some(user.org.id),
            action: "request.packaged",
            subject: &format!("request:{doc_id}"),
            ip: None,
            detail: json!({ "package": built.package_id.to_string(), "via": "api" }),
        })
        .await
        .map_err(internal)?;
    crate::web::packages::api_answer(
        &state,
        user.org.id,
        &built.package_id.to_string(),
        &headers,
        ("x-casebridge-request-id", doc_id.as_str()),
    )
    .await
    .map_err(internal)
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
