//! `/org`: an organisation's admin manages its people — sign-ups waiting for
//! approval, roles, disabling, second-factor resets, invitations — and reads
//! the organisation's audit log. The operator's admins open the same page
//! for an organisation (`?org=slug`), to approve the first people of one
//! that has no admin yet.

use std::net::SocketAddr;

use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, Path, Query, RawForm, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use super::AppState;
use super::auth::client_ip;
use super::error::AppError;
use super::form::{Choice, Form};
use super::page::{Ctx, render_status};
use crate::accounts::people::{self, PeopleError, PersonAction};
use crate::domain::email::EmailAddress;
use crate::domain::role::Role;
use crate::store::{AccountState, AuditCursor, AuditEntry, AuditFilter, Org, User};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/org", get(show))
        .route("/org/people/{id}", post(act))
        .route("/org/invite", post(invite))
}

#[derive(Template)]
#[template(path = "org/people.html")]
struct PeoplePage {
    ctx: Ctx,
    org: Org,
    people: Vec<User>,
    roles: Vec<Choice>,
    form: Form,
    audit: Vec<AuditEntry>,
    /// What was just done, as a sentence.
    done: Option<String>,
    /// The operator may approve here: the organisation has no admin.
    operator_approves: bool,
    /// `?org=slug` for the operator's links, empty for an org admin.
    org_query: String,
}

impl PeoplePage {
    pub fn state_key(&self, u: &User) -> &'static str {
        if u.disabled {
            return "people-state-disabled";
        }
        match u.state {
            AccountState::Unverified => "people-state-unverified",
            AccountState::AwaitingApproval => "people-state-waiting",
            AccountState::Active => "people-state-active",
            AccountState::Refused => "people-state-refused",
        }
    }

    pub fn waiting(&self, u: &User) -> bool {
        u.state == AccountState::AwaitingApproval
    }

    pub fn may_decide(&self, u: &User) -> bool {
        self.waiting(u)
            && (self
                .ctx
                .user
                .as_ref()
                .is_some_and(|a| a.role == Role::OrgAdmin)
                || self.operator_approves)
    }

    pub fn is_me(&self, u: &User) -> bool {
        self.ctx.user.as_ref().is_some_and(|a| a.id == u.id)
    }
}

#[derive(serde::Deserialize, Default)]
struct OrgQuery {
    org: Option<String>,
    done: Option<String>,
}

fn refused(e: PeopleError) -> AppError {
    match e {
        PeopleError::Forbidden => AppError::Forbidden,
        PeopleError::NotFound => AppError::NotFound,
        PeopleError::Store(e) => e.into(),
        other => AppError::internal(other),
    }
}

async fn page(
    state: &AppState,
    ctx: Ctx,
    org: Org,
    form: Form,
    done: Option<String>,
) -> Result<PeoplePage, AppError> {
    let people = state.store.users_of_org(org.id).await?;
    let roles = Role::assignable_in(org.kind)
        .into_iter()
        .map(|r| Choice::new(r.as_str(), ctx.t(r.label_key())))
        .collect();
    let audit = state
        .store
        .audit_page(
            &AuditFilter {
                org_id: Some(org.id),
                ..AuditFilter::default()
            },
            AuditCursor::Newest,
            25,
        )
        .await?
        .entries;
    let operator_approves = !state.store.org_has_admin(org.id).await?;
    let org_query = match ctx.user.as_ref().map(|u| u.role) {
        Some(Role::Admin) => format!("?org={}", org.slug),
        _ => String::new(),
    };
    Ok(PeoplePage {
        ctx,
        org,
        people,
        roles,
        form,
        audit,
        done,
        operator_approves,
        org_query,
    })
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<OrgQuery>,
) -> Result<Response, AppError> {
    let actor = ctx.user_with_role(&[Role::OrgAdmin, Role::Admin])?.clone();
    let org = people::managed_org(&state, &actor, q.org.as_deref())
        .await
        .map_err(refused)?;
    let done = q
        .done
        .as_deref()
        .map(|d| ctx.t(&format!("people-done-{d}")));
    render_status(
        StatusCode::OK,
        &page(&state, ctx, org, Form::new(), done).await?,
    )
}

fn action_of(form: &Form) -> Option<(PersonAction, &'static str)> {
    Some(match form.value("action") {
        "approve" => (PersonAction::Approve, "approved"),
        "refuse" => (PersonAction::Refuse, "refused"),
        "disable" => (PersonAction::Disable, "disabled"),
        "enable" => (PersonAction::Enable, "enabled"),
        "reset_factor" => (PersonAction::ResetFactor, "factor-reset"),
        "role" => (
            PersonAction::SetRole(form.value("role").parse().ok()?),
            "role",
        ),
        _ => return None,
    })
}

async fn act(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<OrgQuery>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let actor = ctx.user_with_role(&[Role::OrgAdmin, Role::Admin])?.clone();
    // Read after the role check: a stranger learns nothing from the id.
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let org = people::managed_org(&state, &actor, q.org.as_deref())
        .await
        .map_err(refused)?;
    let input = Form::from_body(&body);
    let mut form = Form::new();
    let Some((action, done)) = action_of(&input) else {
        form.add_error(&format!("person-{id}"), ctx.t("people-error-action"));
        let page = page(&state, ctx, org, form, None).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let ip = client_ip(&state, peer, &headers);
    match people::act(&state, &actor, &org, id, action, &ip).await {
        Ok(_) => {
            let sep = if q.org.is_some() { '&' } else { '?' };
            let base = match &q.org {
                Some(s) => format!("/org?org={s}"),
                None => "/org".to_string(),
            };
            Ok(Redirect::to(&format!("{base}{sep}done={done}")).into_response())
        }
        Err(PeopleError::NotNow(key)) => {
            form.add_error(&format!("person-{id}"), ctx.t(key));
            let page = page(&state, ctx, org, form, None).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(refused(e)),
    }
}

async fn invite(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    Query(q): Query<OrgQuery>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let actor = ctx.user_with_role(&[Role::OrgAdmin, Role::Admin])?.clone();
    let org = people::managed_org(&state, &actor, q.org.as_deref())
        .await
        .map_err(refused)?;
    let input = Form::from_body(&body);
    let mut form = Form::new();
    for f in ["invite_email", "invite_name", "invite_role"] {
        form.set(f, input.value(f).trim());
    }
    let email = EmailAddress::parse(input.value("invite_email"));
    if let Err(e) = &email {
        form.add_error("invite_email", ctx.t(e.message_key()));
    }
    if input.value("invite_name").trim().is_empty() {
        form.add_error("invite_name", ctx.t("signup-error-name"));
    }
    let role: Option<Role> = input.value("invite_role").parse().ok();
    if role.is_none() {
        form.add_error("invite_role", ctx.t("people-error-choose-role"));
    }
    let (Ok(email), Some(role), false) = (email, role, form.has_errors()) else {
        let page = page(&state, ctx, org, form, None).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let ip = client_ip(&state, peer, &headers);
    let name = input.value("invite_name").trim().to_string();
    match people::invite(&state, &actor, &org, &email, &name, role, &ip).await {
        Ok(_) => {
            let to = match &q.org {
                Some(s) => format!("/org?org={s}&done=invited"),
                None => "/org?done=invited".to_string(),
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(PeopleError::NotNow(key)) => {
            form.add_error("invite_email", ctx.t(key));
            let page = page(&state, ctx, org, form, None).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(PeopleError::Account(e)) => {
            form.add_error("invite_email", e.to_string());
            let page = page(&state, ctx, org, form, None).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(refused(e)),
    }
}
