//! The APAC-report API: validate a report against its destination's rule
//! pack; the four-eyes lifecycle (create, replace, submit by the author;
//! approve or return by another reviewer, the package built on approval);
//! read a report with its history and package; read the packs; fetch the
//! report's JSON Schema.
//!
//! Validation is for member organisations' safety teams only: reports are
//! theirs to make, and the findings describe a report's contents. Everyone
//! may read the rule packs and the schema: they are public reference data.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde_json::{Value, json};

use super::findings;
use super::{ApiUser, Problem, lifecycle, parse_document};
use crate::app::{Actor, Refusal, Submission, Via};
use crate::directory::Status;
use crate::domain::country::CountryCode;
use crate::domain::report::{Report, SCHEMA_VERSION};
use crate::domain::role::Role;
use crate::i18n::Locale;
use crate::rules::{DestinationError, Outcome, REPORT_SCHEMA, RulePack};
use crate::store::User;
use crate::web::AppState;
use crate::web::error::AppError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/reports", post(create))
        .route("/api/v1/reports/validate", post(validate))
        .route("/api/v1/reports/package", post(package_gone))
        .route("/api/v1/reports/{id}", get(report_by_id).put(replace))
        .route("/api/v1/reports/{id}/submit", post(submit))
        .route("/api/v1/reports/{id}/approve", post(approve))
        .route("/api/v1/reports/{id}/return", post(send_back))
        .route("/api/v1/reports/{id}/duties", post(record_duty))
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
    let now = state.now();
    let (report, code, outcome) = match checked(&state, &body, locale, now) {
        Ok(found) => found,
        Err(p) => return Ok(p.into_response()),
    };
    let acked = &report.acknowledged;
    Ok(Json(outcome_json(&outcome, code, locale, now, acked)).into_response())
}

fn lang(locale: Option<Extension<Locale>>) -> Locale {
    locale.map(|Extension(l)| l).unwrap_or(Locale::ENGLISH)
}

/// A report of the token's organisation as the API shows it, with its
/// review history and, once approved, its package; 404 for any other
/// organisation's.
async fn show(
    state: &AppState,
    user: &User,
    id: &str,
    locale: Locale,
) -> Result<Response, Problem> {
    let actor = Actor::new(user, Via::Api, locale);
    let fail = |e| lifecycle::problem(locale, e);
    let loaded = state.report(&actor, id).await.map_err(fail)?;
    let reviews = state.review_history(&loaded.doc).await.map_err(fail)?;
    let package = state.stored_package(&loaded.doc).await.map_err(fail)?;
    let mut body = lifecycle::resource(
        &loaded.doc,
        "/schemas/report.v1.json",
        &reviews,
        package.as_ref(),
    );
    // The legal clocks as they run now, stopped by what was done.
    let clocks = state
        .report_clocks(&loaded.doc, &loaded.body)
        .await
        .map_err(fail)?;
    body["clocks"] = json!(clocks);
    Ok(lifecycle::answer(
        StatusCode::OK,
        loaded.doc.revision,
        None,
        body,
    ))
}

async fn report_by_id(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Response, Problem> {
    show(&state, &user, &id, lang(locale)).await
}

/// `POST /api/v1/reports`: a new draft from a report document.
async fn create(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let actor = Actor::new(&user, Via::Api, locale);
    if !actor.has_role(&[Role::MemberAnalyst, Role::MemberReviewer]) {
        return Err(lifecycle::refused(locale, &Refusal::Role("members_only")));
    }
    let report: Report = parse_document(&body)?;
    let done = state
        .create_report(&actor, report)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    let location = format!("/api/v1/reports/{}", done.public_id);
    Ok(lifecycle::answer(
        StatusCode::CREATED,
        done.revision,
        Some(location),
        json!({ "id": done.public_id, "status": "draft", "revision": done.revision }),
    ))
}

/// `PUT /api/v1/reports/{id}`: the author replaces their draft, if it is
/// still at the revision `If-Match` names.
async fn replace(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let revision = lifecycle::if_match(locale, &headers)?;
    let report: Report = parse_document(&body)?;
    let actor = Actor::new(&user, Via::Api, locale);
    let fail = |e| lifecycle::problem(locale, e);
    let loaded = state.report(&actor, &id).await.map_err(fail)?;
    let revision = state
        .save_report(&actor, &loaded, revision, &report)
        .await
        .map_err(fail)?;
    Ok(lifecycle::answer(
        StatusCode::OK,
        revision,
        None,
        json!({ "id": id, "status": "draft", "revision": revision }),
    ))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SubmitBody {
    #[serde(default)]
    acknowledged: Option<Vec<String>>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ReturnBody {
    comment: String,
}

/// A body that may be empty: `{}` then.
fn optional_body<T: serde::de::DeserializeOwned + Default>(body: &[u8]) -> Result<T, Problem> {
    if body.iter().all(u8::is_ascii_whitespace) {
        Ok(T::default())
    } else {
        parse_document(body)
    }
}

/// The 422 of a report that does not pass its rules: what validation says,
/// with the error.
fn not_ready(state: &AppState, report: &Report, locale: Locale, path: Option<&str>) -> Response {
    let now = state.now();
    let mut body = match state.rules.check(report, now, &crate::app::PdfText) {
        Ok((code, outcome)) => outcome_json(&outcome, code, locale, now, &report.acknowledged),
        Err(_) => json!({}),
    };
    body["error"] = json!({
        "code": "not_ready",
        "message": locale.t("report-package-not-ready"),
        "path": path,
    });
    let mut res = (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
    res.extensions_mut().insert(crate::web::page::Rendered);
    res
}

/// `POST /api/v1/reports/{id}/submit`: the author sends the draft to
/// review, acknowledging the warnings it has.
async fn submit(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let input: SubmitBody = optional_body(&body)?;
    let revision = match headers.contains_key(header::IF_MATCH) {
        true => Some(lifecycle::if_match(locale, &headers)?),
        false => None,
    };
    let actor = Actor::new(&user, Via::Api, locale);
    let fail = |e| lifecycle::problem(locale, e);
    let loaded = state.report(&actor, &id).await.map_err(fail)?;
    let submission = Submission {
        acknowledged: input.acknowledged,
    };
    match state
        .submit_report(&actor, &loaded, revision, submission)
        .await
    {
        Ok(_) => show(&state, &user, &id, locale).await,
        Err(crate::app::Error::Refused(Refusal::NotReady { path })) => {
            Ok(not_ready(&state, &loaded.body, locale, path))
        }
        Err(e) => Err(fail(e)),
    }
}

/// `POST /api/v1/reports/{id}/approve`: a reviewer who is not the author
/// approves; the package is built.
async fn approve(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let actor = Actor::new(&user, Via::Api, locale);
    let fail = |e| lifecycle::problem(locale, e);
    let loaded = state.report(&actor, &id).await.map_err(fail)?;
    match state.approve_report(&actor, &loaded).await {
        Ok(_) => show(&state, &user, &id, locale).await,
        Err(crate::app::Error::Refused(Refusal::NotReady { path })) => {
            Ok(not_ready(&state, &loaded.body, locale, path))
        }
        Err(e) => Err(fail(e)),
    }
}

/// `POST /api/v1/reports/{id}/return`: a reviewer who is not the author
/// sends it back to its author with a comment.
async fn send_back(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let input: ReturnBody = parse_document(&body)?;
    let actor = Actor::new(&user, Via::Api, locale);
    let fail = |e| lifecycle::problem(locale, e);
    let loaded = state.report(&actor, &id).await.map_err(fail)?;
    state
        .return_report(&actor, &loaded, &input.comment)
        .await
        .map_err(fail)?;
    show(&state, &user, &id, locale).await
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DutyBody {
    duty: String,
    /// RFC 3339 with an offset; now when absent.
    #[serde(default)]
    done_at: Option<jiff::Timestamp>,
    #[serde(default)]
    note: String,
}

/// `POST /api/v1/reports/{id}/duties`: a duty of an approved report was
/// done; answers with the report's clocks.
async fn record_duty(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let actor = Actor::new(&user, Via::Api, locale);
    let fail = |e| lifecycle::problem(locale, e);
    // Whose report it is is answered before what the body says.
    let loaded = state.report(&actor, &id).await.map_err(fail)?;
    let input: DutyBody = parse_document(&body)?;
    let clocks = state
        .record_duty_done(&actor, &loaded, &input.duty, input.done_at, &input.note)
        .await
        .map_err(fail)?;
    Ok((StatusCode::OK, Json(json!({ "clocks": clocks }))).into_response())
}

/// The one-call packaging this API had: packages now come from approval.
async fn package_gone(locale: Option<Extension<Locale>>) -> Problem {
    lifecycle::gone(lang(locale), "reports")
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
    match state.rules.check(&report, now, &crate::app::PdfText) {
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

/// The validation result as the API returns it, messages in `locale`;
/// `acked` holds the report's acknowledgements.
pub fn outcome_json(
    o: &Outcome,
    code: CountryCode,
    locale: Locale,
    now: jiff::Timestamp,
    acked: &[String],
) -> Value {
    let items: Vec<Value> = (o.checklist.items.iter())
        .map(|i| {
            let id = crate::i18n::enum_str(&i.id);
            let item = findings::Item {
                code: &id,
                status: i.status,
                step: i.id.step(),
                title: locale.t(i.id.label_key()),
                why: locale.t(i.id.why_key()),
                weight: Some(i.weight),
            };
            findings::item(item, locale)
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
        "errors": findings::findings(&o.errors, locale, acked),
        "warnings": findings::findings(&o.warnings, locale, acked),
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
