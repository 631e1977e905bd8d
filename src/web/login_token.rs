//! The CSRF token of forms shown before anyone has signed in (the sign-in
//! page, the page kit). It lives in a cookie signed with the server's key,
//! not in a session row: a stranger opening the sign-in page, or a crawler
//! hammering it, costs no database write. A POST without a signed-in
//! session compares the form's token with the cookie's; a cookie whose
//! signature or expiry does not hold counts as none.

use axum::http::{HeaderMap, HeaderValue};
use jiff::SignedDuration;

use super::AppState;
use super::page::{Ctx, new_token};

pub const COOKIE: &str = "casebridge_login";
const PURPOSE: &str = "login-csrf";
/// Long enough to read the page and find the password; a stale page gets
/// the "form has expired" answer and a new token.
const LIFETIME: SignedDuration = SignedDuration::from_hours(2);

fn signed(state: &AppState, token: &str, expires: i64) -> String {
    let body = format!("{token}.{expires}");
    let tag = state.server_key.tag(PURPOSE, body.as_bytes());
    format!("{body}.{tag}")
}

/// The token of a valid, unexpired cookie in the request, if any.
pub fn read(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let value = super::middleware::cookie(headers, COOKIE)?;
    let mut parts = value.splitn(3, '.');
    let (token, expires, tag) = (parts.next()?, parts.next()?, parts.next()?);
    let expires_at: i64 = expires.parse().ok()?;
    let body = format!("{token}.{expires}");
    if token.is_empty() || !state.server_key.verify(PURPOSE, body.as_bytes(), tag) {
        return None;
    }
    (state.now().as_second() < expires_at).then(|| token.to_string())
}

/// A new token and the cookie that carries it.
pub fn issue(state: &AppState) -> (String, Option<HeaderValue>) {
    let token = new_token();
    let expires = (state.now() + LIFETIME).as_second();
    let cookie = cookie_header(state, &signed(state, &token, expires), LIFETIME.as_secs());
    (token, cookie)
}

/// Gives a page shown to a stranger a token for its forms: the valid
/// cookie's, or a new one whose cookie the caller adds to the response.
pub fn ensure(state: &AppState, ctx: &mut Ctx) -> Option<HeaderValue> {
    if !ctx.csrf.is_empty() {
        return None;
    }
    let (token, cookie) = issue(state);
    ctx.csrf = token;
    cookie
}

/// Adds the cookie made by [`ensure`], if any, to a response.
pub fn attach(res: &mut axum::response::Response, cookie: Option<HeaderValue>) {
    if let Some(c) = cookie {
        res.headers_mut().append(axum::http::header::SET_COOKIE, c);
    }
}

/// The cookie's removal, once the user has signed in (the session holds
/// their token from then on).
pub fn clear(state: &AppState) -> Option<HeaderValue> {
    cookie_header(state, "", 0)
}

fn cookie_header(state: &AppState, value: &str, max_age: i64) -> Option<HeaderValue> {
    let secure = if state.config.secure_cookies() {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{COOKIE}={value}; Path=/; Max-Age={max_age}; SameSite=Lax; HttpOnly{secure}"
    ))
    .ok()
}
