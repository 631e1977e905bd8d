//! Admins link an organisation to the directory entry it answers for: a
//! member to its company (requests to it land in its inbox), an authority
//! organisation to a rule pack's authority (reports to it). The command
//! line does the same with `casebridge org link`.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawForm, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::AppState;
use super::error::AppError;
use super::form::{Choice, Form};
use super::page::{Ctx, render, render_status};
use crate::app::Refusal;
use crate::app::cases::LinkTarget;
use crate::domain::org::OrgKind;
use crate::domain::role::Role;
use crate::store::Org;

pub fn router() -> Router<AppState> {
    Router::new().route("/admin/orgs/{slug}/link", get(page).post(submit))
}

#[derive(Template)]
#[template(path = "admin/org_link.html")]
struct LinkPage {
    ctx: Ctx,
    org: Org,
    form: Form,
    /// What the organisation can answer for, by its kind.
    choices: Vec<Choice>,
    /// What it answers for now, as people read it.
    current: String,
}

/// The form's value for a link: the recorded key (`company:<id>`,
/// `authority:<CC>:<id>`).
fn target_of(value: &str) -> Option<LinkTarget> {
    if let Some(id) = value.strip_prefix("company:") {
        return Some(LinkTarget::Company(id.to_string()));
    }
    LinkTarget::parse_authority(value.strip_prefix("authority:")?)
}

fn choices(state: &AppState, kind: OrgKind) -> Vec<Choice> {
    match kind {
        OrgKind::Member => state
            .directory
            .get()
            .companies()
            .iter()
            .map(|c| Choice::new(format!("company:{}", c.id), c.name.clone()))
            .collect(),
        OrgKind::Authority => state
            .rules
            .packs()
            .iter()
            .flat_map(|p| {
                let cc = p.jurisdiction.map(|c| c.to_string()).unwrap_or_default();
                p.authorities.iter().map(move |a| {
                    Choice::new(
                        format!("authority:{cc}:{}", a.id),
                        format!("{cc} – {}", a.name),
                    )
                })
            })
            .collect(),
        _ => Vec::new(),
    }
}

async fn link_page(
    state: &AppState,
    ctx: Ctx,
    slug: &str,
    form: Form,
) -> Result<LinkPage, AppError> {
    let org = state
        .store
        .org_by_slug(slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let choices = choices(state, org.kind);
    let current = match &org.recipient {
        None => ctx.t("org-link-none"),
        Some(key) => choices
            .iter()
            .find(|c| &c.value == key)
            .map_or_else(|| key.clone(), |c| c.label.clone()),
    };
    let mut form = form;
    if !form.has_errors() && form.value("recipient").is_empty() {
        form.set("recipient", org.recipient.as_deref().unwrap_or_default());
    }
    Ok(LinkPage {
        ctx,
        org,
        form,
        choices,
        current,
    })
}

async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    render(&link_page(&state, ctx, &slug, Form::new()).await?)
}

async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let mut form = Form::from_body(&body);
    let value = form.value("recipient").trim().to_string();
    let target = match value.as_str() {
        "" => None,
        v => match target_of(v) {
            Some(t) => Some(t),
            None => {
                form.add_error("recipient", ctx.t("org-link-error-choose"));
                let page = link_page(&state, ctx, &slug, form).await?;
                return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
            }
        },
    };
    match state
        .link_org(Some(&ctx.actor()?), &slug, target.as_ref())
        .await
    {
        Ok(_) => Ok(Redirect::to("/admin?linked=1#orgs").into_response()),
        Err(crate::app::Error::Refused(Refusal::Invalid(problems))) => {
            for (_, msg) in &problems {
                form.add_msg(ctx.locale, "recipient", msg);
            }
            let page = link_page(&state, ctx, &slug, form).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e.into()),
    }
}
