//! Delivery through the API: send a package (202 with the delivery; again,
//! the same delivery), list a package's deliveries, record a portal upload.

use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;

use super::lifecycle;
use super::{ApiUser, Problem, parse_document};
use crate::app::{Actor, Via};
use crate::i18n::Locale;
use crate::store::Delivery;
use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/packages/{id}/send", post(send))
        .route("/api/v1/packages/{id}/deliveries", get(list))
        .route("/api/v1/packages/{id}/portal-upload", post(portal_upload))
}

fn lang(locale: Option<Extension<Locale>>) -> Locale {
    locale.map(|Extension(l)| l).unwrap_or(Locale::ENGLISH)
}

/// A delivery as the API shows it.
pub fn delivery_json(d: &Delivery) -> serde_json::Value {
    json!({
        "id": d.public_id,
        "channel": d.channel,
        "recipient": d.recipient,
        "recipient_name": d.recipient_name,
        "transport": d.transport,
        "status": d.status,
        "attempts": d.attempts,
        "next_attempt_at": d.next_attempt_at,
        "message_id": (!d.message_id.is_empty()).then_some(&d.message_id),
        "last_reply": d.last_reply,
        "sent_at": d.sent_at,
        "portal_reference": d.portal_reference,
        "uploaded_at": d.uploaded_at,
        "created_at": d.created_at,
    })
}

fn answer(status: StatusCode, body: serde_json::Value) -> Response {
    let mut res = (status, Json(body)).into_response();
    res.extensions_mut().insert(crate::web::page::Rendered);
    res
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SendBody {
    /// The caller checked an unverified address and sends anyway.
    #[serde(default)]
    confirm_unverified: bool,
}

async fn send(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let input: SendBody = if body.iter().all(u8::is_ascii_whitespace) {
        SendBody::default()
    } else {
        parse_document(&body)?
    };
    let actor = Actor::new(&user, Via::Api, locale);
    let d = state
        .send_package(&actor, &id, input.confirm_unverified)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    Ok(answer(StatusCode::ACCEPTED, delivery_json(&d)))
}

async fn list(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let actor = Actor::new(&user, Via::Api, locale);
    let all = state
        .deliveries(&actor, &id)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    let list: Vec<_> = all.iter().map(delivery_json).collect();
    Ok(answer(StatusCode::OK, json!({ "deliveries": list })))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct UploadBody {
    reference: String,
    uploaded_at: String,
}

async fn portal_upload(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Problem> {
    let locale = lang(locale);
    let input: UploadBody = parse_document(&body)?;
    let actor = Actor::new(&user, Via::Api, locale);
    let d = state
        .record_portal_upload(&actor, &id, &input.reference, &input.uploaded_at)
        .await
        .map_err(|e| lifecycle::problem(locale, e))?;
    Ok(answer(StatusCode::CREATED, delivery_json(&d)))
}
