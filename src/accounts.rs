//! Accounts: creating organisations and users under casebridge's rules, and
//! signing in with throttling and an audit trail. Used by the web pages and
//! the admin command line alike.

use jiff::SignedDuration;
use sha2::{Digest, Sha256};

use crate::directory::{Directory, OfficerEmailError};
use crate::domain::country::CountryCode;
use crate::domain::email::EmailAddress;
use crate::domain::org::OrgKind;
use crate::domain::password;
use crate::domain::role::Role;
use crate::store::{NewAudit, NewOrg, NewUser, Org, Store, StoreError, User};

/// Failed sign-ins allowed within [`THROTTLE_WINDOW`] before further
/// attempts are refused unchecked: per account from one address (so a
/// stranger elsewhere cannot lock the owner out), per account from
/// anywhere (so many addresses cannot guess on without end), and per
/// address whatever the account.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
pub const MAX_FAILURES_PER_ACCOUNT_ANYWHERE: i64 = 50;
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;
pub const THROTTLE_WINDOW: SignedDuration = SignedDuration::from_mins(15);

#[derive(Debug)]
pub enum LoginOutcome {
    SignedIn(Box<User>),
    /// Wrong email or password; deliberately not saying which.
    Refused,
    /// Too many failures; try again after this many minutes.
    AccountThrottled {
        minutes: i64,
    },
    AddressThrottled {
        minutes: i64,
    },
}

/// Throttling key for an account: a hash, so that addresses typed by people
/// who have no account are not stored.
fn account_key(email: &EmailAddress) -> String {
    hex::encode(Sha256::digest(email.as_str().as_bytes()))
}

fn minutes_left(oldest: Option<jiff::Timestamp>) -> i64 {
    let Some(oldest) = oldest else {
        return THROTTLE_WINDOW.as_mins();
    };
    let left = (oldest + THROTTLE_WINDOW).duration_since(jiff::Timestamp::now());
    // Round up, and never say "0 minutes".
    ((left.as_secs() + 59) / 60).max(1)
}

/// Checks a password, applying the throttles and writing the audit log.
pub async fn log_in(
    store: &Store,
    email: &EmailAddress,
    pass: &str,
    ip: &str,
) -> Result<LoginOutcome, StoreError> {
    let key = account_key(email);
    let user = store.user_by_email(email).await?;
    let audit = |action: &'static str, user: Option<&User>| NewAudit {
        actor_user_id: user.map(|u| u.id),
        org_id: user.map(|u| u.org.id),
        action,
        subject: if user.is_some() {
            "account"
        } else {
            "unknown account"
        },
        ip: Some(ip),
        detail: serde_json::json!({}),
    };

    // The attempt counts before its password is checked: parallel guesses
    // each see the others (the count includes this attempt).
    let attempt = store.reserve_login_attempt(&key, ip).await?;
    let (pair, oldest_pair) = store
        .recent_failures_for_pair(&key, ip, THROTTLE_WINDOW)
        .await?;
    let (anywhere, oldest_anywhere) = store
        .recent_failures_for_account(&key, THROTTLE_WINDOW)
        .await?;
    if pair > MAX_FAILURES_PER_ACCOUNT || anywhere > MAX_FAILURES_PER_ACCOUNT_ANYWHERE {
        store
            .audit(audit("login.throttled_account", user.as_ref()))
            .await?;
        let oldest = if pair > MAX_FAILURES_PER_ACCOUNT {
            oldest_pair
        } else {
            oldest_anywhere
        };
        return Ok(LoginOutcome::AccountThrottled {
            minutes: minutes_left(oldest),
        });
    }
    let (address_failures, oldest) = store.recent_failures_for_ip(ip, THROTTLE_WINDOW).await?;
    if address_failures > MAX_FAILURES_PER_ADDRESS {
        store
            .audit(audit("login.throttled_address", user.as_ref()))
            .await?;
        return Ok(LoginOutcome::AddressThrottled {
            minutes: minutes_left(oldest),
        });
    }

    // Hash even for unknown accounts, so response time does not tell which exist.
    let stored = user
        .as_ref()
        .filter(|u| !u.disabled)
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(|| password::dummy_hash().to_string());
    let pass = pass.to_string();
    let matches = tokio::task::spawn_blocking(move || password::verify(&pass, &stored))
        .await
        .unwrap_or(false);

    match user {
        Some(user) if matches && !user.disabled => {
            store.mark_login_succeeded(attempt).await?;
            store.audit(audit("login.succeeded", Some(&user))).await?;
            Ok(LoginOutcome::SignedIn(Box::new(user)))
        }
        user => {
            store.audit(audit("login.failed", user.as_ref())).await?;
            Ok(LoginOutcome::Refused)
        }
    }
}

/// Records a sign-out.
pub async fn log_out(store: &Store, user: &User, ip: &str) -> Result<(), StoreError> {
    store
        .audit(NewAudit {
            actor_user_id: Some(user.id),
            org_id: Some(user.org.id),
            action: "logout",
            subject: "account",
            ip: Some(ip),
            detail: serde_json::json!({}),
        })
        .await
}

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("casebridge does not serve the country {0}")]
    UnknownCountry(CountryCode),
    #[error("no organisation has the slug {0:?}")]
    UnknownOrg(String),
    #[error("the role {role} cannot belong to an organisation of kind {kind}")]
    RoleDoesNotFit { role: Role, kind: OrgKind },
    #[error("{0}")]
    OfficerEmail(OfficerEmailError),
    #[error("the password must have at least {} characters", password::MIN_LENGTH)]
    PasswordTooShort,
    #[error("the name must not be empty")]
    EmptyName,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

/// Adds an organisation in one of the jurisdictions casebridge serves.
pub async fn add_org(
    store: &Store,
    directory: &Directory,
    kind: OrgKind,
    name: &str,
    country: CountryCode,
    is_demo: bool,
) -> Result<Org, AccountError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AccountError::EmptyName);
    }
    if directory.jurisdiction(country).is_none() {
        return Err(AccountError::UnknownCountry(country));
    }
    Ok(store
        .create_org(&NewOrg {
            kind,
            name,
            country,
            is_demo,
        })
        .await?)
}

pub struct NewAccount<'a> {
    pub org_slug: &'a str,
    pub email: &'a EmailAddress,
    pub display_name: &'a str,
    pub role: Role,
    /// `None` generates a password, returned once by [`add_user`].
    pub password: Option<&'a str>,
}

/// Adds a user. Officers need a government email address of their agency's
/// country (`.test` only in demo organisations). Returns the new id and the
/// generated password, if one was generated.
pub async fn add_user(
    store: &Store,
    directory: &Directory,
    new: &NewAccount<'_>,
) -> Result<(i64, Option<String>), AccountError> {
    let org = store
        .org_by_slug(new.org_slug)
        .await?
        .ok_or_else(|| AccountError::UnknownOrg(new.org_slug.to_string()))?;
    if !new.role.fits(org.kind) {
        return Err(AccountError::RoleDoesNotFit {
            role: new.role,
            kind: org.kind,
        });
    }
    if new.role == Role::Officer {
        directory
            .check_officer_email(new.email, org.country, org.is_demo)
            .map_err(AccountError::OfficerEmail)?;
    }
    let (pass, generated) = match new.password {
        Some(p) if p.chars().count() < password::MIN_LENGTH => {
            return Err(AccountError::PasswordTooShort);
        }
        Some(p) => (p.to_string(), None),
        None => {
            let p = password::generate();
            (p.clone(), Some(p))
        }
    };
    let hash = tokio::task::spawn_blocking(move || password::hash(&pass))
        .await
        .map_err(|e| AccountError::Hash(e.to_string()))?
        .map_err(|e| AccountError::Hash(e.to_string()))?;
    let display_name = match new.display_name.trim() {
        "" => new
            .email
            .as_str()
            .split('@')
            .next()
            .unwrap_or_default()
            .to_string(),
        n => n.to_string(),
    };
    let id = store
        .create_user(&NewUser {
            org_id: org.id,
            email: new.email,
            display_name: &display_name,
            role: new.role,
            password_hash: &hash,
        })
        .await?;
    store
        .audit(NewAudit {
            actor_user_id: None,
            org_id: Some(org.id),
            action: "user.created",
            subject: &format!("user:{id}"),
            ip: None,
            detail: serde_json::json!({ "role": new.role.as_str() }),
        })
        .await?;
    Ok((id, generated))
}
