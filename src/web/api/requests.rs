//! The records-request API: validate a request document against every rule
//! the builder applies; create, replace and attest drafts (the attested
//! request's package is built then); read a request with its status and
//! package; and serve the document's JSON Schema.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde_json::{Value, json};

use super::findings;
use super::{ApiUser, Problem, lifecycle, parse_document};
use crate::app::{Actor, AttestInput, Refusal, Via};
use crate::domain::request::RecordsRequest;
use crate::domain::role::Role;
use crate::i18n::Locale;
use crate::rules::request::Outcome;
use crate::store::User;
use crate::web::AppState;

pub const SCHEMA: &str = include_str!("../../../schemas/request.v1.json");

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/requests", post(create))
        .route("/api/v1/requests/validate", post(validate))
        .route("/api/v1/requests/package", post(package_gone))
        .route("/api/v1/requests/{id}", get(request_by_id).put(replace))
        .route("/api/v1/requests/{id}/attest", post(attest))
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
    let outcome = state.check_request(&Actor::new(&user, Via::Api, locale), &request);
    Ok(Json(outcome_json(locale, &request, &outcome)))
}

/// `Accept-Language` of the call, English when absent.
fn lang(locale: Option<Extension<Locale>>) -> Locale {
    locale.map(|Extension(l)| l).unwrap_or(Locale::ENGLISH)
}

/// A request of the token's agency as the API shows it: 404 for any other
/// organisation's.
async fn show(
    state: &AppState,
    user: &User,
    id: &str,
    locale: Locale,
) -> Result<Response, Problem> {
    let actor = Actor::new(user, Via::Api, locale);
    let loaded = state
        .request(&actor, id)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    let package = state
        .stored_package(&loaded.doc)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    let body = lifecycle::resource(
        &loaded.doc,
        "/schemas/request.v1.json",
        &[],
        package.as_ref(),
    );
    Ok(lifecycle::answer(
        StatusCode::OK,
        loaded.doc.revision,
        None,
        body,
    ))
}

async fn request_by_id(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Response, Problem> {
    show(&state, &user, &id, lang(locale)).await
}

/// `POST /api/v1/requests`: a new draft from a request document.
async fn create(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    officers_only(locale, &user)?;
    let request: RecordsRequest = parse_document(&body)?;
    let actor = Actor::new(&user, Via::Api, locale);
    let done = state
        .create_request(&actor, request)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    let location = format!("/api/v1/requests/{}", done.public_id);
    Ok(lifecycle::answer(
        StatusCode::CREATED,
        done.revision,
        Some(location),
        json!({ "id": done.public_id, "status": "draft", "revision": done.revision }),
    ))
}

/// `PUT /api/v1/requests/{id}`: replaces a draft, if it is still at the
/// revision `If-Match` names.
async fn replace(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    officers_only(locale, &user)?;
    let revision = lifecycle::if_match(locale, &headers)?;
    let request: RecordsRequest = parse_document(&body)?;
    let actor = Actor::new(&user, Via::Api, locale);
    let fail = |e| lifecycle::problem(locale, e);
    let loaded = state.request(&actor, &id).await.map_err(fail)?;
    let revision = state
        .save_request(&actor, &loaded, revision, &request, None)
        .await
        .map_err(fail)?;
    Ok(lifecycle::answer(
        StatusCode::OK,
        revision,
        None,
        json!({ "id": id, "status": loaded.doc.status, "revision": revision }),
    ))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AttestBody {
    name: String,
    #[serde(default)]
    acknowledged: Option<Vec<String>>,
}

/// `POST /api/v1/requests/{id}/attest`: the officer attests the draft; it
/// becomes final and its package is built. `If-Match`, when sent, must
/// name the revision the officer checked.
async fn attest(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    officers_only(locale, &user)?;
    let input: AttestBody = parse_document(&body)?;
    let revision = match headers.contains_key(header::IF_MATCH) {
        true => Some(lifecycle::if_match(locale, &headers)?),
        false => None,
    };
    let actor = Actor::new(&user, Via::Api, locale);
    let fail = |e| lifecycle::problem(locale, e);
    let loaded = state.request(&actor, &id).await.map_err(fail)?;
    let input = AttestInput {
        name: input.name,
        acknowledged: input.acknowledged,
    };
    match state.attest_request(&actor, &loaded, revision, input).await {
        Ok(_) => show(&state, &user, &id, locale).await,
        Err(crate::app::Error::Refused(Refusal::NotReady { path })) => {
            // What is missing, in the form validation gives it.
            let outcome = state.check_request(&actor, &loaded.body);
            let mut body = outcome_json(locale, &loaded.body, &outcome);
            body["error"] = json!({
                "code": "not_ready",
                "message": locale.t("api-requests-not-ready"),
                "path": path,
            });
            let mut res = (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
            res.extensions_mut().insert(crate::web::page::Rendered);
            Ok(res)
        }
        Err(e) => Err(fail(e)),
    }
}

/// The one-call packaging this API had: packages now come from attesting.
async fn package_gone(locale: Option<Extension<Locale>>) -> Problem {
    lifecycle::gone(lang(locale), "requests")
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

pub fn outcome_json(locale: Locale, request: &RecordsRequest, o: &Outcome) -> Value {
    let acked = &request.acknowledged;
    let items: Vec<Value> = (o.checklist.iter())
        .map(|i| {
            let item = findings::Item {
                code: i.code,
                status: i.status,
                step: i.step.slug(),
                title: locale.t(&i.title_key()),
                why: locale.t(&i.why_key()),
                weight: None,
            };
            findings::item(item, locale)
        })
        .collect();
    json!({
        "valid": o.errors.is_empty(),
        "ready": o.is_ready(request),
        "errors": findings::findings(&o.errors, locale, acked),
        "warnings": findings::findings(&o.warnings, locale, acked),
        "checklist": items,
    })
}
