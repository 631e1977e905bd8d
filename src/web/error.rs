//! One error type for every handler, and the layer that turns any 4xx or 5xx
//! response into a themed page in the user's language (or a JSON error under
//! `/api`).

use askama::Template;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::page::{Ctx, Rendered, render_status};
use crate::app::Refusal;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("the form's security token is missing or wrong")]
    Csrf,
    #[error("bad request")]
    BadRequest,
    #[error("sign-in required")]
    LoginRequired { next: String, expired: bool },
    #[error("unauthorised")]
    Unauthorised,
    /// Not an error for the user: the page needs an earlier answer first.
    #[error("redirect to {0}")]
    Redirect(String),
    /// The workflow refused: its message says why.
    #[error("refused: {0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn internal(e: impl std::fmt::Display) -> Self {
        AppError::Internal(anyhow::anyhow!("{e}"))
    }
}

impl From<crate::app::Error> for AppError {
    fn from(e: crate::app::Error) -> Self {
        match e {
            crate::app::Error::Refused(Refusal::NotFound) => AppError::NotFound,
            crate::app::Error::Refused(r) => AppError::Refused(r),
            crate::app::Error::Internal(e) => AppError::Internal(e),
        }
    }
}

impl From<crate::store::StoreError> for AppError {
    fn from(e: crate::store::StoreError) -> Self {
        AppError::Internal(e.into())
    }
}

/// What kind of error a bare response carries, for the error-page layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Csrf,
    Other,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match &self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Unauthorised => StatusCode::UNAUTHORIZED,
            AppError::Refused(r) => {
                let mut res = StatusCode::from_u16(r.status())
                    .unwrap_or(StatusCode::CONFLICT)
                    .into_response();
                res.extensions_mut().insert(r.clone());
                return res;
            }
            AppError::Redirect(to) => return Redirect::to(to).into_response(),
            AppError::LoginRequired { next, expired } => {
                let expired = if *expired { "&expired=1" } else { "" };
                return Redirect::to(&format!("/login?next={}{expired}", encode_next(next)))
                    .into_response();
            }
            AppError::Internal(e) => {
                // The cause goes to the log, never to the user.
                tracing::error!(error = %format!("{e:#}"), "internal error");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut res = status.into_response();
        res.extensions_mut().insert(match self {
            AppError::Csrf => ErrorKind::Csrf,
            _ => ErrorKind::Other,
        });
        res
    }
}

/// Keeps only a same-site path for redirects after sign-in: one slash,
/// then printable ASCII only. Browsers drop tabs and line breaks, so
/// `/\t/evil.example` would become `//evil.example`; a line break would
/// also make no valid `Location` header.
pub fn safe_next(next: &str) -> &str {
    let printable = next.bytes().all(|b| (0x21..=0x7e).contains(&b));
    let ok = printable && next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if ok { next } else { "/" }
}

#[cfg(test)]
mod next_tests {
    use super::safe_next;

    #[test]
    fn only_a_same_site_path_survives() {
        for ok in ["/", "/requests/abc/check?return=check", "/reports/x%20y"] {
            assert_eq!(safe_next(ok), ok);
        }
        for bad in [
            "//evil.example",
            "/\t/evil.example",
            "/\n",
            "/\r\nSet-Cookie: x=1",
            "/\\evil.example",
            "https://evil.example/",
            "/caf\u{e9}",
            "/ /evil",
            "",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad:?}");
        }
    }
}

fn encode_next(next: &str) -> String {
    safe_next(next)
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    ctx: Ctx,
    status: u16,
    title_key: &'static str,
    body_key: &'static str,
    /// Why the workflow refused, in the reader's language, when it did.
    detail: String,
}

/// Gives every error response a body: a themed page for people, a JSON object
/// for the API. Runs inside the session and locale layers so the page speaks
/// the user's language and shows who is signed in.
pub async fn error_pages(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    let (parts, body) = req.into_parts();
    let res = next.run(Request::from_parts(parts.clone(), body)).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error())
        || res.extensions().get::<Rendered>().is_some()
    {
        return res;
    }
    let kind = res
        .extensions()
        .get::<ErrorKind>()
        .copied()
        .unwrap_or(ErrorKind::Other);
    let refusal = res.extensions().get::<Refusal>().cloned();
    let (code, title_key, body_key) = match (status, kind) {
        (StatusCode::FORBIDDEN, ErrorKind::Csrf) => ("csrf", "error-csrf-title", "error-csrf-body"),
        (StatusCode::CONFLICT | StatusCode::PRECONDITION_FAILED, _) => {
            ("conflict", "error-409-title", "error-409-body")
        }
        (StatusCode::FORBIDDEN, _) => ("forbidden", "error-403-title", "error-403-body"),
        (StatusCode::NOT_FOUND, _) => ("not_found", "error-404-title", "error-404-body"),
        (StatusCode::UNAUTHORIZED, _) => ("unauthorised", "error-401-title", "error-401-body"),
        (StatusCode::PAYLOAD_TOO_LARGE, _) => ("too_large", "error-413-title", "error-413-body"),
        (StatusCode::METHOD_NOT_ALLOWED, _) => {
            ("method_not_allowed", "error-405-title", "error-400-body")
        }
        (s, _) if s.is_client_error() => ("bad_request", "error-400-title", "error-400-body"),
        _ => ("internal", "error-500-title", "error-500-body"),
    };
    // A page as complete as the failure allows: without the database there
    // is no signed-in user to show, but the page is still themed.
    let ctx = match Ctx::build(&state, &parts).await {
        Ok(ctx) => Some(ctx),
        Err(_) => Ctx::bare(&state, &parts),
    };
    if is_api {
        let locale = ctx
            .as_ref()
            .map(|c| c.locale)
            .unwrap_or(crate::i18n::Locale::ENGLISH);
        let body = match &refusal {
            Some(r) => {
                let p = r.problem(locale);
                serde_json::json!({
                    "error": { "code": p.code, "message": p.message, "path": p.path }
                })
            }
            None => serde_json::json!({
                "error": { "code": code, "message": locale.t(title_key) }
            }),
        };
        let mut out = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            out.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        return out;
    }
    let page = ctx.map(|ctx| {
        let detail = refusal
            .as_ref()
            .map(|r| r.message(ctx.locale))
            .unwrap_or_default();
        render_status(
            status,
            &ErrorPage {
                ctx,
                status: status.as_u16(),
                title_key,
                body_key,
                detail,
            },
        )
    });
    match page {
        Some(Ok(p)) => p,
        // Not even a session: a plain page is all that is left.
        _ => (
            status,
            format!(
                "{} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            ),
        )
            .into_response(),
    }
}
