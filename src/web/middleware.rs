//! Layers every request passes through: security headers, locale choice and
//! CSRF protection.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use super::AppState;
use super::error::AppError;
use super::page::SESSION_CSRF;
use crate::i18n::{self, Locale};

const LANG_COOKIE: &str = "lang";
pub const CSRF_FIELD: &str = "csrf_token";

/// Headers that hold on every response. No inline script or style is ever
/// needed: the page kit works without JavaScript and CSS is a file.
pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
             form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    if state.config.secure_cookies() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    // Pages may show case data: no shared or browser cache keeps them.
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// Chooses the request's locale and remembers an explicit `?lang=` choice in
/// a cookie.
pub async fn locale(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let query_lang = query_param(req.uri().query(), "lang");
    let cookie_lang = cookie(req.headers(), LANG_COOKIE);
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale = i18n::negotiate(query_lang.as_deref(), cookie_lang.as_deref(), accept);
    req.extensions_mut().insert(locale);
    let mut res = next.run(req).await;
    let chosen = query_lang.as_deref().and_then(Locale::best_match);
    if let Some(l) = chosen {
        let secure = if state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        };
        let value = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
            l.tag()
        );
        if let Ok(v) = HeaderValue::from_str(&value) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

/// The largest url-encoded form casebridge accepts. The longest
/// legitimate one is a step with several 4,000-character answers in a
/// script of three UTF-8 bytes a character, nine once percent-encoded
/// (about 36 KB an answer); an armored OpenPGP key with its signatures
/// fits too.
pub const FORM_BODY_LIMIT: usize = 256 * 1024;
/// The largest JSON document the API accepts: a complete report with many
/// accounts, files and events stays well under it.
pub const JSON_BODY_LIMIT: usize = 1024 * 1024;

/// Only the legal-process upload takes a file, so only it gets the large
/// limit (the configured `max_body_bytes`, which also caps the others).
fn body_limit_for(state: &AppState, req: &Request) -> usize {
    let path = req.uri().path();
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let limit = if multipart && path.starts_with("/requests/") && path.ends_with("/legal-process") {
        state.config.max_body_bytes
    } else if path.starts_with("/api/") {
        JSON_BODY_LIMIT
    } else {
        FORM_BODY_LIMIT
    };
    limit.min(state.config.max_body_bytes)
}

/// A body limit per route: a declared length over it is refused at once,
/// and a body that grows past it fails whoever reads it with 413.
pub async fn body_limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let limit = body_limit_for(&state, &req);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let (parts, body) = req.into_parts();
    let body = Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

/// Refuses any state-changing browser request that does not carry the
/// session's CSRF token. Checked here, once, so no handler can forget it.
/// The API is exempt: it authenticates with bearer tokens, never cookies.
pub async fn csrf(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || req.uri().path().starts_with("/api/")
    {
        return next.run(req).await;
    }
    // Defence in depth: browsers say when a request comes from another site.
    let cross_site = req
        .headers()
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() == b"cross-site");
    let Some(session) = req.extensions().get::<Session>().cloned() else {
        return AppError::internal("session layer missing").into_response();
    };
    let expected = match session.get::<String>(SESSION_CSRF).await {
        Ok(t) => t,
        Err(e) => return AppError::internal(e).into_response(),
    };
    // Before sign-in there is no session: the token of a stranger's form
    // is in the signed cookie. A signed-in session's forms need its own.
    let expected = expected.or_else(|| super::login_token::read(&state, req.headers()));
    let (parts, body) = req.into_parts();
    let mut provided = parts
        .headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let is_form = content_type.starts_with("application/x-www-form-urlencoded");
    let body = if let Ok(boundary) = multer::parse_boundary(&content_type) {
        // An upload carries its token in the body too, never in the
        // address: read it from the parts before the file.
        let bytes = match to_bytes(body, state.config.max_body_bytes).await {
            Ok(b) => b,
            Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        };
        if provided.is_none() {
            provided = multipart_token(bytes.clone(), boundary).await;
        }
        Body::from(bytes)
    } else if is_form {
        let bytes = match to_bytes(body, FORM_BODY_LIMIT).await {
            Ok(b) => b,
            Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        };
        if provided.is_none() {
            provided = form_urlencoded::parse(&bytes)
                .find(|(k, _)| k == CSRF_FIELD)
                .map(|(_, v)| v.into_owned());
        }
        Body::from(bytes)
    } else {
        body
    };
    let valid = match (expected, provided) {
        (Some(e), Some(p)) => constant_time_eq(e.as_bytes(), p.as_bytes()),
        _ => false,
    };
    if !valid || cross_site {
        tracing::warn!(path = %parts.uri.path(), "refused a request without a valid CSRF token");
        return AppError::Csrf.into_response();
    }
    next.run(Request::from_parts(parts, body)).await
}

/// The CSRF field of a multipart body, if it has one.
async fn multipart_token(bytes: axum::body::Bytes, boundary: String) -> Option<String> {
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
    let mut parts = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = parts.next_field().await {
        if field.name() == Some(CSRF_FIELD) {
            return field.text().await.ok();
        }
    }
    None
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    form_urlencoded::parse(query?.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cookies_and_query_parameters() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; lang=ko; b=2"),
        );
        assert_eq!(cookie(&h, "lang").as_deref(), Some("ko"));
        assert_eq!(cookie(&h, "missing"), None);
        assert_eq!(
            query_param(Some("x=1&lang=ko%2DKR"), "lang").as_deref(),
            Some("ko-KR")
        );
        assert_eq!(query_param(None, "lang"), None);
    }

    #[test]
    fn compares_tokens_fully() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
