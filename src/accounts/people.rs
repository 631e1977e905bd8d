//! What an organisation's admin does with its people — approve or refuse a
//! sign-up, invite, change a role within the organisation's kind, disable
//! or enable, reset a second factor — and what the operator's admins do
//! for an organisation that has no admin of its own. An org admin never
//! reaches another organisation's people: every change names the
//! organisation it is allowed in, and the store refuses a user outside it.

use serde_json::json;

use super::links;
use super::mail::{self, Letter};
use super::{AccountError, NewAccount};
use crate::app::App;
use crate::domain::email::EmailAddress;
use crate::domain::role::Role;
use crate::domain::time;
use crate::store::{AccountChange, AccountState, LinkPurpose, NewAudit, Org, StoreError, User};

/// What an admin asks to do to one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonAction {
    Approve,
    Refuse,
    Disable,
    Enable,
    ResetFactor,
    SetRole(Role),
}

impl PersonAction {
    fn audit_action(self) -> &'static str {
        match self {
            PersonAction::Approve => "signup.approved",
            PersonAction::Refuse => "signup.refused",
            PersonAction::Disable => "user.disabled",
            PersonAction::Enable => "user.enabled",
            PersonAction::ResetFactor => "second_factor.reset",
            PersonAction::SetRole(_) => "user.role_changed",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PeopleError {
    /// Not an admin of that organisation (or the person is not in it).
    #[error("not allowed")]
    Forbidden,
    #[error("no such person in the organisation")]
    NotFound,
    /// The action does not fit the person's state (approving an active
    /// account, for example) or the organisation's kind (a role).
    #[error("{0}")]
    NotNow(&'static str),
    #[error(transparent)]
    Account(#[from] AccountError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The organisation whose people `actor` manages: their own for an org
/// admin; for the operator's admins, the one asked for (`slug`).
pub async fn managed_org(app: &App, actor: &User, slug: Option<&str>) -> Result<Org, PeopleError> {
    match (actor.role, slug) {
        (Role::OrgAdmin, None) => Ok(actor.org.clone()),
        (Role::OrgAdmin, Some(s)) if s == actor.org.slug => Ok(actor.org.clone()),
        (Role::Admin, Some(s)) => app.store.org_by_slug(s).await?.ok_or(PeopleError::NotFound),
        _ => Err(PeopleError::Forbidden),
    }
}

/// Applies `action` to `user_id` in `org`, as `actor`, with the audit entry
/// in the same transaction, and tells the person by email where it
/// concerns them.
pub async fn act(
    app: &App,
    actor: &User,
    org: &Org,
    user_id: i64,
    action: PersonAction,
    ip: &str,
) -> Result<User, PeopleError> {
    let person = app
        .store
        .user_by_id(user_id)
        .await?
        .filter(|u| u.org.id == org.id)
        .ok_or(PeopleError::NotFound)?;
    // The operator approves only for organisations without an admin: an
    // agency with one decides on its own people.
    if actor.role == Role::Admin
        && matches!(action, PersonAction::Approve | PersonAction::Refuse)
        && app.store.org_has_admin(org.id).await?
    {
        return Err(PeopleError::NotNow("people-error-org-decides"));
    }
    if person.id == actor.id && action != PersonAction::ResetFactor {
        return Err(PeopleError::NotNow("people-error-not-yourself"));
    }
    let changes: Vec<AccountChange<'_>> = match action {
        PersonAction::Approve | PersonAction::Refuse => {
            if person.state != AccountState::AwaitingApproval {
                return Err(PeopleError::NotNow("people-error-not-waiting"));
            }
            let state = if action == PersonAction::Approve {
                AccountState::Active
            } else {
                AccountState::Refused
            };
            vec![AccountChange::State {
                state,
                by: Some(actor.id),
            }]
        }
        PersonAction::Disable => vec![AccountChange::Disabled(true), AccountChange::EndSessions],
        PersonAction::Enable => vec![AccountChange::Disabled(false)],
        PersonAction::ResetFactor => vec![AccountChange::ResetFactor, AccountChange::EndSessions],
        PersonAction::SetRole(role) => {
            if !Role::assignable_in(org.kind).contains(&role) {
                return Err(PeopleError::NotNow("people-error-role-kind"));
            }
            vec![
                AccountChange::Role(role.as_str()),
                AccountChange::EndSessions,
            ]
        }
    };
    let subject = format!("user:{}", person.id);
    let detail = match action {
        PersonAction::SetRole(r) => json!({ "from": person.role.as_str(), "to": r.as_str() }),
        _ => json!({}),
    };
    let changed = app
        .store
        .change_account(
            person.id,
            Some(org.id),
            &changes,
            &NewAudit {
                actor_user_id: Some(actor.id),
                org_id: Some(org.id),
                action: action.audit_action(),
                subject: &subject,
                ip: Some(ip),
                detail,
            },
            &time::to_db(app.now()),
        )
        .await?;
    if !changed {
        return Err(PeopleError::NotFound);
    }
    match action {
        PersonAction::Approve => tell(app, &person, "account-mail-approved", "/login").await?,
        PersonAction::ResetFactor => {
            links::notify(app, &person, "account-mail-factor-reset").await?
        }
        _ => {}
    }
    app.store
        .user_by_id(person.id)
        .await?
        .ok_or(PeopleError::NotFound)
}

async fn tell(app: &App, person: &User, what: &'static str, path: &str) -> Result<(), StoreError> {
    let letter = Letter {
        subject: "account-mail-approved-subject",
        paragraphs: vec![(what, vec![("org", person.org.name.clone())])],
        link: Some(mail::absolute(app, path)),
    };
    if let Some(m) = mail::build(
        app,
        &person.org,
        &person.email,
        &person.display_name,
        &letter,
    ) {
        app.store
            .queue_account_mail(&m, None, &time::to_db(app.now()))
            .await?;
    }
    Ok(())
}

/// Invites a person into `org`: the account is made active with a password
/// nobody knows, and the person sets their own through the emailed link
/// (7 days). Officers still need a government address of the country.
pub async fn invite(
    app: &App,
    actor: &User,
    org: &Org,
    email: &EmailAddress,
    name: &str,
    role: Role,
    ip: &str,
) -> Result<User, PeopleError> {
    if !Role::assignable_in(org.kind).contains(&role) {
        return Err(PeopleError::NotNow("people-error-role-kind"));
    }
    if app.store.user_by_email(email).await?.is_some() {
        return Err(PeopleError::NotNow("people-error-address-taken"));
    }
    let (id, _) = super::add_user(
        &app.store,
        app.directory.get(),
        &NewAccount {
            org_slug: &org.slug,
            email,
            display_name: name,
            role,
            password: None,
        },
    )
    .await?;
    let person = app
        .store
        .user_by_id(id)
        .await?
        .ok_or(PeopleError::NotFound)?;
    let subject = format!("user:{id}");
    links::send(
        app,
        &person,
        LinkPurpose::Invite,
        app.now() + links::INVITE_FOR,
        &NewAudit {
            actor_user_id: Some(actor.id),
            org_id: Some(org.id),
            action: "invitation.sent",
            subject: &subject,
            ip: Some(ip),
            detail: json!({ "role": role.as_str() }),
        },
    )
    .await?;
    Ok(person)
}
