//! The APAC-report API: validate a report against its destination's rule
//! pack, read the packs, and fetch the report's JSON Schema.
//!
//! Validation is for member organisations' safety teams only: reports are
//! theirs to make, and the findings describe a report's contents. Everyone
//! may read the rule packs and the schema: they are public reference data.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde_json::{Value, json};

use super::{ApiUser, Problem, parse_document};
use crate::directory::Status;
use crate::domain::country::CountryCode;
use crate::domain::report::{Report, SCHEMA_VERSION};
use crate::domain::role::Role;
use crate::i18n::Locale;
use crate::rules::{DestinationError, Finding, Outcome, REPORT_SCHEMA, RulePack};
use crate::web::AppState;
use crate::web::error::AppError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/reports/validate", post(validate))
        .route("/api/v1/reports/package", post(package))
        .route("/api/v1/reports/{id}", get(report_by_id))
        .route("/api/v1/jurisdictions/{code}", get(jurisdiction))
        .route("/schemas/report.v1.json", get(schema))
}

async fn validate(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    locale: Option<Extension<Locale>>,
    body: Bytes,
) -> Result<Response, AppError> {
    let locale = locale.map(|Extension(l)| l).unwrap_or(Locale::ENGLISH);
    if !matches!(user.role, Role::MemberAnalyst | Role::MemberReviewer) {
        return Ok(Problem {
            status: StatusCode::FORBIDDEN,
            code: "forbidden",
            message: locale.t("report-members-only"),
            path: None,
        }
        .into_response());
    }
    let now = crate::domain::time::now();
    let (_, code, outcome) = match checked(&state, &body, locale, now) {
        Ok(found) => found,
        Err(p) => return Ok(p.into_response()),
    };
    Ok(Json(outcome_json(&outcome, code, locale, now)).into_response())
}

/// Builds and stores the package of a report document. Four eyes: only a
/// member reviewer's token may package, and the report must pass its
/// destination's rules. `Accept` picks the PDF, the ZIP bundle or (by
/// default) the JSON envelope; `/api/v1/packages/{id}/{file}` gives it again.
async fn package(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    locale: Option<Extension<Locale>>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let locale = locale.map(|Extension(l)| l).unwrap_or(Locale::ENGLISH);
    if user.role != Role::MemberReviewer {
        return Ok(Problem {
            status: StatusCode::FORBIDDEN,
            code: "reviewers_only",
            message: locale.t("report-package-reviewers-only"),
            path: None,
        }
        .into_response());
    }
    let now = crate::domain::time::now();
    let (report, code, outcome) = match checked(&state, &body, locale, now) {
        Ok(found) => found,
        Err(p) => return Ok(p.into_response()),
    };
    if !outcome.is_valid() {
        let mut body = outcome_json(&outcome, code, locale, now);
        body["error"] = json!({
            "code": "not_ready",
            "message": locale.t("report-package-not-ready"),
            "path": null,
        });
        let mut res = (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
        res.extensions_mut().insert(crate::web::page::Rendered);
        return Ok(res);
    }
    let sender = format!("{} ({})", user.org.name, user.email);
    let built = crate::web::report_package::build(&state.rules, &report, &outcome, sender, false)
        .await
        .map_err(AppError::internal)?;
    let (doc_id, row_id) = state
        .store
        .create_finished(
            &crate::store::NewDocument {
                kind: "report",
                schema_version: i64::from(SCHEMA_VERSION),
                owner_id: user.id,
                org_id: user.org.id,
                training: false,
                title: &format!("{} – {}", code, report.incident.harm),
                body: &report.to_json(),
            },
            "approved",
        )
        .await?;
    crate::web::packages::store(&state, row_id, user.org.id, false, &built).await?;
    state
        .store
        .audit(crate::store::NewAudit {
            actor_user_id: Some(user.id),
            org_id: Some(user.org.id),
            action: "report.packaged",
            subject: &format!("report:{doc_id}"),
            ip: None,
            detail: json!({ "package": built.package_id.to_string(), "via": "api", "pack_version": outcome.pack_version }),
        })
        .await?;
    crate::web::packages::api_answer(
        &state,
        user.org.id,
        &built.package_id.to_string(),
        &headers,
        ("x-casebridge-report-id", doc_id.as_str()),
    )
    .await
}

/// A stored report of the token's organisation, with its status and
/// version; 404 for any other organisation's.
async fn report_by_id(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let not_found = || {
        Problem {
            status: StatusCode::NOT_FOUND,
            code: "not_found",
            message: "No report with this id for your organisation".into(),
            path: None,
        }
        .into_response()
    };
    let Some(doc) = state
        .store
        .document_for_org(&id, user.org.id)
        .await?
        .filter(|d| d.kind == "report")
    else {
        return Ok(not_found());
    };
    let Ok(document) = serde_json::from_str::<Value>(&doc.body) else {
        return Ok(not_found());
    };
    Ok(Json(json!({
        "id": doc.public_id,
        "status": doc.status,
        "version": doc.version,
        "schema": "/schemas/report.v1.json",
        "document": document,
    }))
    .into_response())
}

/// Reads a report document and checks it against its destination's pack;
/// a document that does not parse, or has no known destination, is a 422.
fn checked(
    state: &AppState,
    body: &[u8],
    locale: Locale,
    now: jiff::Timestamp,
) -> Result<(Report, CountryCode, Outcome), Problem> {
    let report: Report = parse_document(body)?;
    let destination = |code, message| Problem {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code,
        message,
        path: Some("destination.jurisdiction".into()),
    };
    match state.rules.check(&report, now) {
        Ok((code, outcome)) => Ok((report, code, outcome)),
        Err(DestinationError::Missing) => Err(destination(
            "destination_missing",
            locale.t("report-destination-missing"),
        )),
        Err(DestinationError::Unknown(code)) => Err(destination(
            "unknown_jurisdiction",
            locale.t_args("report-unknown-jurisdiction", &[("code", code.as_str())]),
        )),
    }
}

fn finding_json(f: &Finding, locale: Locale) -> Value {
    json!({
        "path": f.path,
        "code": f.code,
        "message": f.render(locale),
        "rule": f.rule,
    })
}

/// The validation result as the API returns it, messages in `locale`.
pub fn outcome_json(o: &Outcome, code: CountryCode, locale: Locale, now: jiff::Timestamp) -> Value {
    let items: Vec<Value> = o
        .checklist
        .items
        .iter()
        .map(|i| {
            json!({
                "id": i.id,
                "weight": i.weight,
                "status": i.status,
                "label": locale.t(i.id.label_key()),
                "status_label": locale.t(i.status.label_key()),
                "why": locale.t(i.id.why_key()),
            })
        })
        .collect();
    json!({
        "valid": o.is_valid(),
        "jurisdiction": code,
        "schema_version": SCHEMA_VERSION,
        "pack_version": o.pack_version,
        "base_version": o.base_version,
        "taxonomy_version": o.taxonomy_version,
        "checked_at": now,
        "language": locale.tag(),
        "errors": o.errors.iter().map(|f| finding_json(f, locale)).collect::<Vec<_>>(),
        "warnings": o.warnings.iter().map(|f| finding_json(f, locale)).collect::<Vec<_>>(),
        "actionability": { "score": o.checklist.score, "items": items },
        "clocks": o.clocks,
    })
}

/// How many facts of a pack nobody could confirm.
pub fn unverified(pack: &RulePack) -> usize {
    pack.provenances()
        .iter()
        .filter(|p| p.status == Status::Unverified)
        .count()
}

async fn jurisdiction(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Value>, AppError> {
    let code = CountryCode::parse(&code).ok_or(AppError::NotFound)?;
    let j = state
        .directory
        .jurisdiction(code)
        .ok_or(AppError::NotFound)?;
    let pack = state.rules.pack(code).ok_or(AppError::NotFound)?;
    Ok(Json(json!({
        "jurisdiction": j,
        "rule_pack": pack,
        "unverified_facts": unverified(pack),
        "base_rules": state.rules.base,
        "harm_taxonomy": state.rules.taxonomy,
    })))
}

async fn schema() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/schema+json")],
        REPORT_SCHEMA,
    )
}
