//! What every page knows about its request, and how a template becomes a
//! response.

use askama::Template;
use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use super::AppState;
use super::error::AppError;
use crate::domain::role::Role;
use crate::i18n::Locale;
use crate::store::User;

pub const SESSION_USER: &str = "user_id";
pub const SESSION_CSRF: &str = "csrf";
/// When the session was last saved, in Unix milliseconds.
const SESSION_TOUCHED: &str = "touched";
/// A session's idle expiry is pushed back at most this often: saving it on
/// every request would cost a database write per page.
const TOUCH_EVERY_MS: i64 = 60_000;

/// The per-request context every template receives as `ctx`.
#[derive(Clone)]
pub struct Ctx {
    pub locale: Locale,
    pub user: Option<User>,
    /// The session's CSRF token, put in a hidden field of every POST form.
    pub csrf: String,
    /// The path of this request, for the language switcher's links.
    pub path: String,
    pub idle_minutes: u32,
    pub session: Session,
    /// The browser sent a session cookie whose session is gone: it timed out.
    pub session_expired: bool,
    /// The page was opened from a "Change" link on check-your-answers, so
    /// Continue leads back there (`?return=check`; a form without an action
    /// posts to the same address, query included).
    pub returning: bool,
    /// Where people get help, as the operator configured it.
    pub support: Option<String>,
}

impl Ctx {
    /// Builds the context from the session and locale that the middleware
    /// put on the request. Loads the signed-in user, if any.
    pub async fn build(state: &AppState, parts: &Parts) -> Result<Ctx, AppError> {
        let session = parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or_else(|| AppError::internal("session layer missing"))?;
        let locale = parts
            .extensions
            .get::<Locale>()
            .copied()
            .unwrap_or(Locale::ENGLISH);
        let had_cookie = super::middleware::cookie(&parts.headers, super::SESSION_COOKIE).is_some();
        // Only sign-in puts a token in a session, so a session with one is
        // a signed-in session. Strangers get none: a visit that signs no one
        // in writes no session row and sets no session cookie; the sign-in
        // page carries its token in a signed cookie instead.
        let session_csrf = session
            .get::<String>(SESSION_CSRF)
            .await
            .map_err(AppError::internal)?;
        let known = session_csrf.is_some();
        let csrf = match session_csrf {
            Some(t) => {
                touch_if_due(state, &session).await?;
                t
            }
            None => super::login_token::read(state, &parts.headers).unwrap_or_default(),
        };
        let user = match session
            .get::<i64>(SESSION_USER)
            .await
            .map_err(AppError::internal)?
        {
            Some(id) => state.store.user_by_id(id).await?.filter(|u| !u.disabled),
            None => None,
        };
        Ok(Ctx {
            locale,
            user,
            csrf,
            path: parts.uri.path().to_string(),
            idle_minutes: state.config.session_idle_minutes,
            session,
            session_expired: had_cookie && !known,
            returning: parts
                .uri
                .query()
                .is_some_and(|q| q.split('&').any(|p| p == "return=check")),
            support: state.config.support_contact.clone(),
        })
    }

    /// A context that needs no database: for error pages when the database
    /// or session store is what failed.
    pub fn bare(state: &AppState, parts: &Parts) -> Option<Ctx> {
        Some(Ctx {
            locale: parts
                .extensions
                .get::<Locale>()
                .copied()
                .unwrap_or(Locale::ENGLISH),
            user: None,
            csrf: String::new(),
            path: parts.uri.path().to_string(),
            idle_minutes: state.config.session_idle_minutes,
            session: parts.extensions.get::<Session>()?.clone(),
            session_expired: false,
            returning: false,
            support: state.config.support_contact.clone(),
        })
    }

    /// The support contact as a link target: a web address as it is, a mail
    /// address as `mailto:`; `None` for plain text.
    pub fn support_href(&self) -> Option<String> {
        let s = self.support.as_deref()?.trim();
        if s.starts_with("https://") || s.starts_with("http://") {
            Some(s.to_string())
        } else if s.contains('@') && !s.contains(char::is_whitespace) {
            Some(format!("mailto:{s}"))
        } else {
            None
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.locale.t(key)
    }

    pub fn t_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.locale.t_args(key, args)
    }

    /// The message for `key` with one argument (templates cannot build slices).
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.locale.t_args(key, &[(name, &value.to_string())])
    }

    /// The message for `key` with two arguments.
    pub fn t2(
        &self,
        key: &str,
        name1: &str,
        value1: impl std::fmt::Display,
        name2: &str,
        value2: impl std::fmt::Display,
    ) -> String {
        self.locale.t_args(
            key,
            &[(name1, &value1.to_string()), (name2, &value2.to_string())],
        )
    }

    /// The signed-in user, or a redirect to the login page.
    pub fn user(&self) -> Result<&User, AppError> {
        self.user.as_ref().ok_or_else(|| AppError::LoginRequired {
            next: self.path.clone(),
            expired: self.session_expired,
        })
    }

    /// The signed-in user as the workflow layer sees them.
    pub fn actor(&self) -> Result<crate::app::Actor<'_>, AppError> {
        Ok(crate::app::Actor::new(
            self.user()?,
            crate::app::Via::Web,
            self.locale,
        ))
    }

    /// The signed-in user if their role is one of `roles`; 403 otherwise.
    pub fn user_with_role(&self, roles: &[Role]) -> Result<&User, AppError> {
        let user = self.user()?;
        if roles.contains(&user.role) {
            Ok(user)
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Appended to static file URLs (`?v=…`), see [`super::assets::version`].
    pub fn asset_version(&self) -> &'static str {
        super::assets::version()
    }

    pub fn idle_seconds(&self) -> u64 {
        u64::from(self.idle_minutes) * 60
    }

    /// The signed-in user manages their organisation's people.
    pub fn manages_people(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role == Role::OrgAdmin)
    }

    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role == Role::Admin)
    }

    /// The signed-in user's organisation answers for a recipient and works
    /// the cases delivered to it.
    pub fn has_inbox(&self) -> bool {
        self.works_cases()
            && self
                .user
                .as_ref()
                .is_some_and(|u| u.org.recipient.is_some())
    }

    /// The signed-in user's role sends or receives cases.
    pub fn works_cases(&self) -> bool {
        self.user.as_ref().is_some_and(|u| {
            matches!(
                u.role,
                Role::Officer | Role::MemberAnalyst | Role::MemberReviewer
            )
        })
    }

    /// Whether the signed-in user works in a demo organisation.
    pub fn in_demo_org(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.org.is_demo)
    }

    pub fn locales(&self) -> Vec<Locale> {
        Locale::all().collect()
    }

    /// This page in another language.
    pub fn lang_href(&self, locale: &Locale) -> String {
        format!("{}?lang={}", self.path, locale.tag())
    }

    pub fn is_current_locale(&self, locale: &Locale) -> bool {
        *locale == self.locale
    }
}

impl<S> FromRequestParts<S> for Ctx
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Ctx::build(&AppState::from_ref(state), parts).await
    }
}

/// Marks the session as used now (by the app's clock). Modifying it makes
/// the session layer save it, which pushes its idle expiry back.
pub async fn touch_session(state: &AppState, session: &Session) -> Result<(), AppError> {
    let now = state.now().as_millisecond();
    session
        .insert(SESSION_TOUCHED, now)
        .await
        .map_err(AppError::internal)?;
    // The app's clock counts whole seconds: a second touch within the same
    // second changes no value, so mark the session modified explicitly.
    session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(
        time::Duration::minutes(i64::from(state.config.session_idle_minutes)),
    )));
    Ok(())
}

/// Touches the session if it was last touched long enough ago.
async fn touch_if_due(state: &AppState, session: &Session) -> Result<(), AppError> {
    let now = state.now().as_millisecond();
    let touched = session
        .get::<i64>(SESSION_TOUCHED)
        .await
        .map_err(AppError::internal)?;
    if touched.is_none_or(|t| now - t >= TOUCH_EVERY_MS) {
        touch_session(state, session).await?;
    }
    Ok(())
}

/// 256 random bits, hex-encoded.
pub fn new_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Marks a response whose body is a finished page, so the error-page layer
/// leaves it alone even when its status is 4xx (a form shown again with its
/// errors, for example).
#[derive(Clone, Copy)]
pub struct Rendered;

/// Renders a template as an HTML page with status 200.
pub fn render<T: Template>(template: &T) -> Result<Response, AppError> {
    render_status(StatusCode::OK, template)
}

/// Renders a template with the given status.
pub fn render_status<T: Template>(status: StatusCode, template: &T) -> Result<Response, AppError> {
    let html = super::error_order::in_page_order(template.render().map_err(AppError::internal)?);
    let mut res = (status, html).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res.extensions_mut().insert(Rendered);
    Ok(res)
}
