//! What the request and report APIs share about a document's lifecycle: the
//! resource as JSON (status, revision, review history, package), `ETag` and
//! `If-Match`, and the workflow's refusals as structured errors.

use axum::Json;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::Problem;
use crate::app::{self, Refusal};
use crate::i18n::Locale;
use crate::store::{Document, ReviewEntry, StoredPackage};

/// A workflow error as the API answers it, in the caller's language.
pub fn problem(locale: Locale, e: app::Error) -> Problem {
    match e {
        app::Error::Refused(r) => refused(locale, &r),
        app::Error::Internal(e) => internal(e),
    }
}

pub fn refused(locale: Locale, r: &Refusal) -> Problem {
    let p = r.problem(locale);
    Problem {
        status: StatusCode::from_u16(p.status).unwrap_or(StatusCode::CONFLICT),
        code: p.code,
        message: p.message,
        path: p.path,
    }
}

pub fn internal(e: impl std::fmt::Display) -> Problem {
    tracing::error!(error = %e, "API call failed");
    Problem {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        code: "internal",
        message: "Something went wrong on our side".into(),
        path: None,
    }
}

/// The revision an `If-Match` header names. A `PUT` without one is refused
/// (428): without it, a client would overwrite changes it never saw.
pub fn if_match(locale: Locale, headers: &HeaderMap) -> Result<i64, Problem> {
    let missing = || Problem {
        status: StatusCode::PRECONDITION_REQUIRED,
        code: "if_match_required",
        message: locale.t("api-if-match-required"),
        path: None,
    };
    let value = headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(missing)?;
    let tag = value.trim().trim_start_matches("W/").trim_matches('"');
    tag.parse::<i64>().map_err(|_| Problem {
        status: StatusCode::PRECONDITION_FAILED,
        code: "stale",
        message: locale.t("refusal-stale"),
        path: None,
    })
}

/// `"3"` for revision 3.
pub fn etag(revision: i64) -> String {
    format!("\"{revision}\"")
}

fn review_json(e: &ReviewEntry) -> Value {
    json!({
        "action": e.action,
        "by": e.actor_name,
        "at": e.at,
        "comment": e.comment,
        "pack_version": e.pack_version,
    })
}

fn package_json(p: &StoredPackage) -> Value {
    let url = |file: &str| format!("/api/v1/packages/{}/{file}", p.public_id);
    json!({
        "id": p.public_id,
        "created_at": p.created_at,
        "files": {
            "pdf": url("document.pdf"),
            "json": url("document.json"),
            "zip": url("bundle.zip"),
        },
        "sha256": {
            "pdf": p.pdf_sha256,
            "json": p.json_sha256,
            "zip": p.zip_sha256,
        },
    })
}

/// A stored document as the API shows it.
pub fn resource(
    doc: &Document,
    schema: &str,
    reviews: &[ReviewEntry],
    package: Option<&StoredPackage>,
) -> Value {
    let document: Value = serde_json::from_str(&doc.body).unwrap_or(Value::Null);
    json!({
        "id": doc.public_id,
        "reference": doc.reference,
        "kind": doc.kind,
        "status": doc.status,
        "version": doc.version,
        "revision": doc.revision,
        "title": doc.title,
        "training": doc.training,
        "created_at": doc.created_at,
        "updated_at": doc.updated_at,
        "schema": schema,
        "document": document,
        "reviews": reviews.iter().map(review_json).collect::<Vec<_>>(),
        "package": package.map(package_json),
    })
}

/// A resource with its `ETag`, and `Location` when it was just created.
pub fn answer(
    status: StatusCode,
    revision: i64,
    location: Option<String>,
    body: Value,
) -> Response {
    let mut res = (status, Json(body)).into_response();
    let h = res.headers_mut();
    if let Ok(v) = header::HeaderValue::from_str(&etag(revision)) {
        h.insert(header::ETAG, v);
    }
    if let Some(l) = location.and_then(|l| header::HeaderValue::from_str(&l).ok()) {
        h.insert(header::LOCATION, l);
    }
    res
}

/// The retired one-call packaging: packages now come from the lifecycle.
pub fn gone(locale: Locale, kind: &str) -> Problem {
    Problem {
        status: StatusCode::GONE,
        code: "use_lifecycle",
        message: locale.t_args("api-package-gone", &[("kind", kind)]),
        path: None,
    }
}
