//! Sign-up and the verification link: `/signup` and `/signup/verify`.

use std::net::SocketAddr;

use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, Query, RawForm, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::AppState;
use super::auth::client_ip;
use super::error::AppError;
use super::form::{Choice, Form};
use super::login_token;
use super::page::{Ctx, render, render_status};
use crate::accounts::signup::{self, AgencyChoice, Approver, SignUp, SignUpError};
use crate::domain::email::EmailAddress;
use crate::domain::password;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/signup", get(show).post(submit))
        .route("/signup/verify", get(verify_page).post(verify))
}

/// The value of the agency list's last choice: "my agency is not listed".
const NEW_AGENCY: &str = "new";

#[derive(Template)]
#[template(path = "signup/form.html")]
struct SignUpPage {
    ctx: Ctx,
    form: Form,
    agencies: Vec<Choice>,
    /// The sign-up was sent: the page says to look for the email.
    sent: bool,
}

#[derive(serde::Deserialize)]
struct SentQuery {
    sent: Option<String>,
}

async fn agencies(state: &AppState, ctx: &Ctx) -> Result<Vec<Choice>, AppError> {
    let mut out: Vec<Choice> = signup::agencies_in(state, None)
        .await?
        .into_iter()
        .map(|o| Choice::new(o.slug, format!("{} ({})", o.name, o.country)))
        .collect();
    out.push(Choice::new(NEW_AGENCY, ctx.t("signup-agency-not-listed")));
    Ok(out)
}

async fn page(state: &AppState, ctx: Ctx, form: Form, sent: bool) -> Result<SignUpPage, AppError> {
    Ok(SignUpPage {
        agencies: agencies(state, &ctx).await?,
        ctx,
        form,
        sent,
    })
}

async fn show(
    State(state): State<AppState>,
    mut ctx: Ctx,
    Query(q): Query<SentQuery>,
) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    let cookie = login_token::ensure(&state, &mut ctx);
    let mut res = render(&page(&state, ctx, Form::new(), q.sent.is_some()).await?)?;
    login_token::attach(&mut res, cookie);
    Ok(res)
}

async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let input = Form::from_body(&body);
    let mut form = Form::new();
    for f in ["email", "name", "agency", "new_agency"] {
        form.set(f, input.value(f).trim());
    }
    let email = match EmailAddress::parse(input.value("email")) {
        Ok(e) => Some(e),
        Err(e) => {
            form.add_error("email", locale.t(e.message_key()));
            None
        }
    };
    if input.value("name").trim().is_empty() {
        form.add_error("name", locale.t("signup-error-name"));
    }
    if input.value("password").is_empty() {
        form.add_error("password", locale.t("error-password-empty"));
    }
    let agency = match input.value("agency").trim() {
        "" => AgencyChoice::None,
        NEW_AGENCY => AgencyChoice::New(input.value("new_agency").trim().to_string()),
        slug => AgencyChoice::Existing(slug.to_string()),
    };
    let (Some(email), false) = (email, form.has_errors()) else {
        return refuse(&state, ctx, form).await;
    };
    let ip = client_ip(&state, peer, &headers);
    let outcome = signup::sign_up(
        &state,
        &SignUp {
            email: &email,
            display_name: input.value("name"),
            password: input.value("password"),
            agency,
            ip: &ip,
        },
    )
    .await;
    let e = match outcome {
        Ok(()) => return Ok(Redirect::to("/signup?sent=1").into_response()),
        Err(SignUpError::Store(e)) => return Err(e.into()),
        Err(e) => e,
    };
    let Some((field, message)) = message_for(&ctx, &form, &e) else {
        return Err(AppError::internal(e));
    };
    form.add_error(field, message);
    refuse(&state, ctx, form).await
}

/// The field a refused sign-up's problem belongs to and what to say;
/// `None` for failures that are not the person's to fix.
fn message_for(ctx: &Ctx, form: &Form, e: &SignUpError) -> Option<(&'static str, String)> {
    Some(match e {
        SignUpError::DomainNotAllowed { allowed } => (
            "email",
            ctx.t1("signup-error-domain", "domains", allowed.join(", ")),
        ),
        SignUpError::ChooseAgency if form.value("agency") == NEW_AGENCY => {
            ("new_agency", ctx.t("signup-error-new-agency"))
        }
        SignUpError::ChooseAgency => ("agency", ctx.t("signup-error-agency")),
        SignUpError::AgencyElsewhere(c) => (
            "agency",
            ctx.t1("signup-error-agency-elsewhere", "country", c),
        ),
        SignUpError::EmptyName => ("name", ctx.t("signup-error-name")),
        SignUpError::WeakPassword(w) => (
            "password",
            ctx.t1(w.message_key(), "min", password::MIN_LENGTH),
        ),
        SignUpError::Store(_) | SignUpError::Hash(_) => return None,
    })
}

async fn refuse(state: &AppState, ctx: Ctx, form: Form) -> Result<Response, AppError> {
    render_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &page(state, ctx, form, false).await?,
    )
}

#[derive(Template)]
#[template(path = "signup/verify.html")]
struct VerifyPage {
    ctx: Ctx,
    token: String,
    /// The link is unknown, used or expired.
    invalid: bool,
    /// After confirming: who approves, as the page says it.
    approver: Option<String>,
}

#[derive(serde::Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// Shows what the link will do before doing it: mail scanners that open
/// links must not verify an address on the person's behalf.
async fn verify_page(
    State(state): State<AppState>,
    mut ctx: Ctx,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let valid =
        crate::accounts::links::user_of(&state, &q.token, crate::store::LinkPurpose::Verify)
            .await?
            .is_some();
    let cookie = login_token::ensure(&state, &mut ctx);
    let status = if valid {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    let mut res = render_status(
        status,
        &VerifyPage {
            ctx,
            token: q.token,
            invalid: !valid,
            approver: None,
        },
    )?;
    login_token::attach(&mut res, cookie);
    Ok(res)
}

async fn verify(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let input = Form::from_body(&body);
    let token = input.value("token").to_string();
    let ip = client_ip(&state, peer, &headers);
    match signup::verify(&state, &token, &ip).await? {
        None => render_status(
            StatusCode::GONE,
            &VerifyPage {
                ctx,
                token,
                invalid: true,
                approver: None,
            },
        ),
        Some((_, approver)) => {
            let approver = Some(match approver {
                Approver::OrgAdmins(names) => {
                    ctx.t1("signup-verified-org-admins", "names", names.join(", "))
                }
                Approver::Operator => ctx.t("signup-verified-operator"),
            });
            render(&VerifyPage {
                ctx,
                token: String::new(),
                invalid: false,
                approver,
            })
        }
    }
}
