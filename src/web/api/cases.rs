//! Cases through the API, for integrators on both sides: the inbox and the
//! sent list with filters and a cursor, one case with its history, and the
//! moves, messages, outcomes and feedback the pages offer. A document is
//! delivered into an inbox with `POST /api/v1/packages/{id}/deliver` and
//! withdrawn with `POST /api/v1/{requests,reports}/{id}/withdraw`.

use axum::body::Bytes;
use axum::extract::{Extension, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::lifecycle;
use super::{ApiUser, Problem, parse_document};
use crate::app::cases::{CaseView, Move, OutcomeInput, Side};
use crate::app::{Actor, DocumentKind, Via};
use crate::i18n::Locale;
use crate::store::{Case, CaseFilter};
use crate::web::AppState;

/// Cases a page of the list holds at most.
const MAX_LIMIT: i64 = 200;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/inbox", get(inbox))
        .route("/api/v1/cases", get(sent))
        .route("/api/v1/cases/{id}", get(one))
        .route("/api/v1/cases/{id}/status", post(status))
        .route("/api/v1/cases/{id}/messages", post(message))
        .route("/api/v1/cases/{id}/outcomes", post(outcomes))
        .route("/api/v1/cases/{id}/feedback", post(feedback))
        .route("/api/v1/packages/{id}/deliver", post(deliver))
        .route("/api/v1/requests/{id}/withdraw", post(withdraw_request))
        .route("/api/v1/reports/{id}/withdraw", post(withdraw_report))
}

fn lang(locale: Option<Extension<Locale>>) -> Locale {
    locale.map(|Extension(l)| l).unwrap_or(Locale::ENGLISH)
}

fn answer(status: StatusCode, body: Value) -> Response {
    let mut res = (status, Json(body)).into_response();
    res.extensions_mut().insert(crate::web::page::Rendered);
    res
}

fn invalid(locale: Locale, path: &str, key: &str) -> Problem {
    Problem {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code: "invalid",
        message: locale.t(key),
        path: Some(path.to_string()),
    }
}

/// A case as a list shows it.
fn summary(c: &Case) -> Value {
    json!({
        "id": c.public_id,
        "kind": c.kind,
        "status": c.status,
        "urgent": c.urgent,
        "document": c.document_public_id,
        "reference": c.document_reference,
        "package": c.package_public_id,
        "title": c.title,
        "sender": { "organisation": c.sender_org_name, "country": c.sender_country },
        "recipient": { "name": c.recipient_name, "organisation": c.recipient_org_name, "entry": c.recipient },
        "received_at": c.received_at,
        "acknowledged_at": c.acknowledged_at,
        "closed_at": c.closed_at,
        "updated_at": c.updated_at,
    })
}

/// A case with its history, outcomes and the moves open to the caller.
fn full(v: &CaseView) -> Value {
    let mut out = summary(&v.case);
    let c = &v.case;
    out["side"] = json!(v.side.as_str());
    out["reason"] = json!(c.reason);
    out["reason_text"] = json!(c.reason_text);
    out["feedback"] = match &c.feedback {
        Some(f) => json!({ "value": f, "reason": c.feedback_reason, "text": c.feedback_text }),
        None => Value::Null,
    };
    out["moves"] = json!(
        v.moves
            .iter()
            .map(|m| m.target().as_str())
            .collect::<Vec<_>>()
    );
    out["targets"] = json!(v.targets);
    out["clocks"] = json!(v.clocks);
    out["events"] = json!(
        v.events
            .iter()
            .map(|e| json!({
                "at": e.at, "side": e.side, "by": e.actor_name, "kind": e.kind,
                "status": e.status, "reason": e.reason, "text": e.body,
                "document": e.document_public_id,
            }))
            .collect::<Vec<_>>()
    );
    out["outcomes"] = json!(
        v.outcomes
            .iter()
            .map(|o| json!({
                "target": o.target, "outcome": o.outcome, "produced_on": o.produced_on,
                "channel": o.channel, "reason": o.reason, "at": o.at,
            }))
            .collect::<Vec<_>>()
    );
    out
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    status: Option<String>,
    kind: Option<String>,
    country: Option<String>,
    q: Option<String>,
    open: Option<bool>,
    limit: Option<i64>,
    cursor: Option<String>,
}

/// The cursor is opaque to callers: `c` and the position in the list.
fn cursor_offset(cursor: Option<&str>) -> Option<i64> {
    match cursor {
        None | Some("") => Some(0),
        Some(c) => c.strip_prefix('c')?.parse::<i64>().ok().filter(|n| *n >= 0),
    }
}

async fn list(
    state: AppState,
    locale: Locale,
    user: crate::store::User,
    q: ListQuery,
    side: Side,
) -> Result<Response, Problem> {
    let offset = cursor_offset(q.cursor.as_deref())
        .ok_or_else(|| invalid(locale, "cursor", "api-case-cursor"))?;
    let limit = q.limit.unwrap_or(50).clamp(1, MAX_LIMIT);
    let filter = CaseFilter {
        status: q.status.filter(|s| !s.is_empty()),
        kind: q.kind.filter(|s| !s.is_empty()),
        sender_country: q
            .country
            .filter(|s| !s.is_empty())
            .map(|c| c.to_uppercase()),
        open: q.open.unwrap_or(false),
        q: q.q.filter(|s| !s.trim().is_empty()),
        limit,
        offset,
        ..CaseFilter::default()
    };
    let actor = Actor::new(&user, Via::Api, locale);
    let (cases, total) = state
        .cases(&actor, side, &filter)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    let next = (offset + limit < total).then(|| format!("c{}", offset + limit));
    Ok(answer(
        StatusCode::OK,
        json!({
            "cases": cases.iter().map(summary).collect::<Vec<_>>(),
            "total": total,
            "next_cursor": next,
        }),
    ))
}

async fn inbox(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    q: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let Query(q) = q.map_err(|_| invalid(locale, "query", "api-case-query"))?;
    list(state, locale, user, q, Side::Recipient).await
}

async fn sent(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    q: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let Query(q) = q.map_err(|_| invalid(locale, "query", "api-case-query"))?;
    list(state, locale, user, q, Side::Sender).await
}

async fn one(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let actor = Actor::new(&user, Via::Api, locale);
    let v = state
        .case(&actor, &id)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    Ok(answer(StatusCode::OK, full(&v)))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusBody {
    status: String,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    text: String,
}

async fn status(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let input: StatusBody = parse_document(&body)?;
    let actor = Actor::new(&user, Via::Api, locale);
    // Who may touch the case is answered before what they asked for.
    state
        .case(&actor, &id)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    let mv = Move::to(&input.status).ok_or_else(|| invalid(locale, "status", "api-case-status"))?;
    let v = state
        .move_case(&actor, &id, mv, input.reason.as_deref(), &input.text)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    Ok(answer(StatusCode::OK, full(&v)))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MessageBody {
    text: String,
}

async fn message(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let input: MessageBody = parse_document(&body)?;
    let actor = Actor::new(&user, Via::Api, locale);
    let v = state
        .case_message(&actor, &id, &input.text)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    Ok(answer(StatusCode::CREATED, full(&v)))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeItem {
    target: usize,
    outcome: String,
    #[serde(default)]
    produced_on: String,
    #[serde(default)]
    channel: String,
    #[serde(default)]
    reason: String,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomesBody {
    outcomes: Vec<OutcomeItem>,
}

async fn outcomes(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let input: OutcomesBody = parse_document(&body)?;
    let given: Vec<OutcomeInput> = input
        .outcomes
        .into_iter()
        .map(|o| OutcomeInput {
            target: o.target,
            outcome: o.outcome,
            produced_on: o.produced_on,
            channel: o.channel,
            reason: o.reason,
        })
        .collect();
    let actor = Actor::new(&user, Via::Api, locale);
    let v = state
        .case_outcomes(&actor, &id, &given)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    Ok(answer(StatusCode::OK, full(&v)))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FeedbackBody {
    feedback: String,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    text: String,
}

async fn feedback(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let input: FeedbackBody = parse_document(&body)?;
    let actor = Actor::new(&user, Via::Api, locale);
    let v = state
        .case_feedback(
            &actor,
            &id,
            &input.feedback,
            input.reason.as_deref(),
            &input.text,
        )
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    Ok(answer(StatusCode::OK, full(&v)))
}

async fn deliver(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let actor = Actor::new(&user, Via::Api, locale);
    let d = state
        .deliver_to_inbox(&actor, &id)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    let v = state
        .case(&actor, &d.case_id)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    let code = if d.new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(answer(code, full(&v)))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WithdrawBody {
    reason: String,
}

async fn withdraw(
    state: AppState,
    locale: Locale,
    user: crate::store::User,
    kind: DocumentKind,
    id: String,
    body: Bytes,
) -> Result<Response, Problem> {
    let input: WithdrawBody = parse_document(&body)?;
    let actor = Actor::new(&user, Via::Api, locale);
    let cases = state
        .withdraw(&actor, kind, &id, &input.reason)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    Ok(answer(
        StatusCode::OK,
        json!({ "cases": cases.iter().map(full).collect::<Vec<_>>() }),
    ))
}

async fn withdraw_request(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    withdraw(state, lang(locale), user, DocumentKind::Request, id, body).await
}

async fn withdraw_report(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    withdraw(state, lang(locale), user, DocumentKind::Report, id, body).await
}
