//! Signing up: an officer on a government domain of their agency's country,
//! or a member's analyst on a domain their organisation declared, gets a
//! single-use link by email (24 hours; only its hash is kept). Following it
//! verifies the address; the account then waits for the organisation's
//! admin, or the operator when the organisation has none. The answer to a
//! sign-up never says whether the address already had an account: that
//! address is sent a note instead of a link.

use jiff::SignedDuration;
use serde_json::json;

use super::links;
use super::mail::{self, Letter};
use crate::app::App;
use crate::domain::country::CountryCode;
use crate::domain::email::EmailAddress;
use crate::domain::org::OrgKind;
use crate::domain::password;
use crate::domain::role::Role;
use crate::domain::time;
use crate::store::{
    AccountChange, AccountState, LinkPurpose, NewAudit, NewOrg, NewUser, Org, StoreError, User,
};

pub const VERIFY_FOR: SignedDuration = SignedDuration::from_hours(24);

/// The agency an officer names on the form.
#[derive(Debug, Clone)]
pub enum AgencyChoice {
    /// An agency on this installation, by slug.
    Existing(String),
    /// An agency not yet on it, by name: made when the sign-up is sent.
    New(String),
    None,
}

pub struct SignUp<'a> {
    pub email: &'a EmailAddress,
    pub display_name: &'a str,
    pub password: &'a str,
    pub agency: AgencyChoice,
    pub ip: &'a str,
}

#[derive(Debug, thiserror::Error)]
pub enum SignUpError {
    /// Neither a government domain nor one an organisation declared.
    #[error("the address is not on a government domain or a domain an organisation declared")]
    DomainNotAllowed { allowed: Vec<String> },
    #[error("choose your agency or name it")]
    ChooseAgency,
    /// The chosen agency is in another country than the address's domain.
    #[error("that agency is not in {0}")]
    AgencyElsewhere(CountryCode),
    #[error("the name must not be empty")]
    EmptyName,
    #[error("weak password")]
    WeakPassword(password::Weakness),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

/// Where an address may sign up: the organisation that declared its
/// domain, or the government domain's country (the officer then names the
/// agency).
enum Place {
    Declared(Org),
    Government(CountryCode),
}

async fn place_of(app: &App, email: &EmailAddress) -> Result<Place, SignUpError> {
    let domain = email.domain().to_ascii_lowercase();
    if let Some(org) = app.store.org_by_domain(&domain).await? {
        return Ok(Place::Declared(org));
    }
    let directory = app.directory.get();
    match directory.gov_domain_of(&domain) {
        Some(d) => Ok(Place::Government(d.country)),
        None => Err(SignUpError::DomainNotAllowed {
            allowed: directory
                .all_gov_domains()
                .map(|d| d.suffix.clone())
                .collect(),
        }),
    }
}

/// The agencies an officer of `country` may choose on the form.
pub async fn agencies_in(app: &App, country: Option<CountryCode>) -> Result<Vec<Org>, StoreError> {
    Ok(app
        .store
        .list_orgs()
        .await?
        .into_iter()
        .filter(|o| o.kind == OrgKind::Agency && !o.is_demo)
        .filter(|o| country.is_none_or(|c| o.country == c))
        .collect())
}

async fn org_for(app: &App, place: Place, choice: &AgencyChoice) -> Result<Org, SignUpError> {
    let country = match place {
        Place::Declared(org) => return Ok(org),
        Place::Government(c) => c,
    };
    match choice {
        AgencyChoice::Existing(slug) => {
            let org = app.store.org_by_slug(slug).await?;
            match org {
                Some(o) if o.kind == OrgKind::Agency && !o.is_demo && o.country == country => Ok(o),
                Some(o) if o.kind == OrgKind::Agency && !o.is_demo => {
                    Err(SignUpError::AgencyElsewhere(country))
                }
                _ => Err(SignUpError::ChooseAgency),
            }
        }
        AgencyChoice::New(name) if !name.trim().is_empty() => {
            let existing = agencies_in(app, Some(country)).await?;
            if let Some(o) = existing
                .into_iter()
                .find(|o| o.name.trim().eq_ignore_ascii_case(name.trim()))
            {
                return Ok(o);
            }
            Ok(app
                .store
                .create_org(&NewOrg {
                    kind: OrgKind::Agency,
                    name: name.trim(),
                    country,
                    is_demo: false,
                })
                .await?)
        }
        _ => Err(SignUpError::ChooseAgency),
    }
}

/// The working role a sign-up starts with, by the organisation's kind; the
/// organisation's admin can change it when approving.
fn first_role(kind: OrgKind) -> Role {
    match kind {
        OrgKind::Member => Role::MemberAnalyst,
        _ => Role::Officer,
    }
}

/// Takes a sign-up. On success the address has been sent either a link or,
/// when it already has an account, a note saying so; the caller shows the
/// same page either way.
pub async fn sign_up(app: &App, s: &SignUp<'_>) -> Result<(), SignUpError> {
    let name = s.display_name.trim();
    if name.is_empty() {
        return Err(SignUpError::EmptyName);
    }
    let place = place_of(app, s.email).await?;
    password::check_new(s.password, &[s.email.as_str(), name])
        .map_err(SignUpError::WeakPassword)?;
    let org = org_for(app, place, &s.agency).await?;
    let now = app.now();
    if let Some(existing) = app.store.user_by_email(s.email).await? {
        return tell_existing(app, &existing, s.ip).await;
    }
    let pass = s.password.to_string();
    let hash = tokio::task::spawn_blocking(move || password::hash(&pass))
        .await
        .map_err(|e| SignUpError::Hash(e.to_string()))?
        .map_err(|e| SignUpError::Hash(e.to_string()))?;
    let created = app
        .store
        .create_user(&NewUser {
            org_id: org.id,
            email: s.email,
            display_name: name,
            role: first_role(org.kind),
            password_hash: &hash,
            state: AccountState::Unverified,
        })
        .await;
    let id = match created {
        Ok(id) => id,
        // Signed up twice at once: the other sign-up sends the link.
        Err(StoreError::Conflict(_)) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let user = app
        .store
        .user_by_id(id)
        .await?
        .ok_or_else(|| StoreError::Conflict("the new account vanished".into()))?;
    let subject = format!("user:{id}");
    links::send(
        app,
        &user,
        LinkPurpose::Verify,
        now + VERIFY_FOR,
        &NewAudit {
            actor_user_id: Some(id),
            org_id: Some(org.id),
            action: "signup.started",
            subject: &subject,
            ip: Some(s.ip),
            detail: json!({ "role": first_role(org.kind).as_str() }),
        },
    )
    .await?;
    Ok(())
}

/// The address already has an account: it is told so (with the way to
/// reset a password), and nothing else happens.
async fn tell_existing(app: &App, user: &User, ip: &str) -> Result<(), SignUpError> {
    let letter = Letter {
        subject: "account-mail-exists-subject",
        paragraphs: vec![
            ("account-mail-exists", Vec::new()),
            ("account-mail-ignore", Vec::new()),
        ],
        link: Some(mail::absolute(app, "/password/forgot")),
    };
    if let Some(m) = mail::build(app, &user.org, &user.email, &user.display_name, &letter) {
        let subject = format!("user:{}", user.id);
        app.store
            .queue_account_mail(
                &m,
                Some(&NewAudit {
                    actor_user_id: None,
                    org_id: Some(user.org.id),
                    action: "signup.existing_address",
                    subject: &subject,
                    ip: Some(ip),
                    detail: json!({}),
                }),
                &time::to_db(app.now()),
            )
            .await?;
    }
    Ok(())
}

/// Who approves a verified sign-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Approver {
    /// The organisation's own admins, by name.
    OrgAdmins(Vec<String>),
    /// The operator of this installation: the organisation has no admin.
    Operator,
}

/// Who will approve the user's sign-up.
pub async fn approver_of(app: &App, user: &User) -> Result<Approver, StoreError> {
    let admins: Vec<String> = app
        .store
        .users_of_org(user.org.id)
        .await?
        .into_iter()
        .filter(|u| u.role == Role::OrgAdmin && u.state == AccountState::Active && !u.disabled)
        .map(|u| u.display_name)
        .collect();
    Ok(if admins.is_empty() {
        Approver::Operator
    } else {
        Approver::OrgAdmins(admins)
    })
}

/// Follows a verification link: the address is verified and the account
/// waits for approval, whose approvers are told by email. `None` when the
/// link is unknown, used or expired.
pub async fn verify(
    app: &App,
    token: &str,
    ip: &str,
) -> Result<Option<(User, Approver)>, StoreError> {
    let now = time::to_db(app.now());
    let used = app
        .store
        .use_account_link(
            &links::hash(app, token),
            LinkPurpose::Verify,
            &[AccountChange::State {
                state: AccountState::AwaitingApproval,
                by: None,
            }],
            &NewAudit {
                actor_user_id: None,
                org_id: None,
                action: "signup.verified",
                subject: "",
                ip: Some(ip),
                detail: json!({}),
            },
            &now,
        )
        .await?;
    let Some(id) = used else { return Ok(None) };
    let Some(user) = app.store.user_by_id(id).await? else {
        return Ok(None);
    };
    let approver = approver_of(app, &user).await?;
    tell_approvers(app, &user).await?;
    Ok(Some((user, approver)))
}

/// Emails the people who can approve `user`: the organisation's admins, or
/// the operator's admins when it has none.
async fn tell_approvers(app: &App, user: &User) -> Result<(), StoreError> {
    let mut people: Vec<User> = app
        .store
        .users_of_org(user.org.id)
        .await?
        .into_iter()
        .filter(|u| u.role == Role::OrgAdmin && u.state == AccountState::Active && !u.disabled)
        .collect();
    let path = if people.is_empty() {
        people = app
            .store
            .list_users()
            .await?
            .into_iter()
            .filter(|u| u.role == Role::Admin && u.state == AccountState::Active && !u.disabled)
            .collect();
        format!("/org?org={}", user.org.slug)
    } else {
        "/org".to_string()
    };
    let now = time::to_db(app.now());
    for p in people {
        let letter = Letter {
            subject: "account-mail-waiting-subject",
            paragraphs: vec![(
                "account-mail-waiting",
                vec![
                    ("name", user.display_name.clone()),
                    ("email", user.email.clone()),
                    ("org", user.org.name.clone()),
                ],
            )],
            link: Some(mail::absolute(app, &path)),
        };
        if let Some(m) = mail::build(app, &p.org, &p.email, &p.display_name, &letter) {
            app.store.queue_account_mail(&m, None, &now).await?;
        }
    }
    Ok(())
}
