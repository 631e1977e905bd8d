//! Accounts: creating organisations and users under casebridge's rules, and
//! signing in with throttling and an audit trail. Used by the web pages and
//! the admin command line alike.

pub mod links;
pub mod mail;
pub mod people;
pub mod profile;
pub mod second_factor;
pub mod signup;

use jiff::{SignedDuration, Timestamp};

use crate::app::App;
use crate::directory::{Directory, OfficerEmailError};
use crate::domain::country::CountryCode;
use crate::domain::email::EmailAddress;
use crate::domain::org::OrgKind;
use crate::domain::password;
use crate::domain::role::Role;
use crate::store::{AccountState, NewAudit, NewOrg, NewUser, Org, Store, StoreError, User};

/// Failed sign-ins to one account from one address allowed within
/// [`THROTTLE_WINDOW`] before that pair is refused unchecked. Only that
/// pair: a stranger guessing from their address cannot lock the owner out.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed sign-ins from one address, whatever the account, within
/// [`THROTTLE_WINDOW`] before the address is refused unchecked.
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;
pub const THROTTLE_WINDOW: SignedDuration = SignedDuration::from_mins(15);
/// Failures on one account from anywhere within [`DELAY_WINDOW`] after
/// which every attempt from an address it never signed in from waits: one
/// minute after the latest failure, doubling with each further failure, at
/// most [`MAX_DELAY`]. Many addresses guessing together get slower and
/// slower; the owner at a known address is not slowed.
pub const DELAY_AFTER_FAILURES: i64 = 10;
pub const DELAY_WINDOW: SignedDuration = SignedDuration::from_hours(24);
pub const MAX_DELAY: SignedDuration = SignedDuration::from_mins(60);
/// An address the account signed in from within this time is known.
pub const KNOWN_ADDRESS_FOR: SignedDuration = SignedDuration::from_hours(90 * 24);

#[derive(Debug)]
pub enum LoginOutcome {
    SignedIn(Box<User>),
    /// Wrong email or password; deliberately not saying which.
    Refused,
    /// The password was right, but the account is not active yet: its
    /// address is unverified, or it waits for approval (or was refused).
    NotActive(AccountState),
    /// Too many failures; try again after this many minutes.
    AccountThrottled {
        minutes: i64,
    },
    AddressThrottled {
        minutes: i64,
    },
}

/// Throttling key for an account: an HMAC under the server's key, so that
/// addresses typed by people who have no account are not stored, and the
/// stored keys cannot be tested against a list of addresses without the key.
fn account_key(app: &App, email: &EmailAddress) -> String {
    app.server_key
        .tag("login-throttle", email.as_str().as_bytes())
}

/// How long an address the account does not know must wait after the
/// latest failure, once the account has `failures` of them.
pub fn progressive_delay(failures: i64) -> Option<SignedDuration> {
    if failures < DELAY_AFTER_FAILURES {
        return None;
    }
    let doublings = u32::try_from(failures - DELAY_AFTER_FAILURES)
        .unwrap_or(u32::MAX)
        .min(6);
    Some(SignedDuration::from_mins(1i64 << doublings).min(MAX_DELAY))
}

/// Whole minutes from `now` until `until`, rounded up, never "0 minutes".
fn minutes_until(until: Timestamp, now: Timestamp) -> i64 {
    let left = until.duration_since(now);
    ((left.as_secs() + 59) / 60).max(1)
}

/// The throttle that refuses this attempt, if any. `attempt` is already
/// counted, so parallel guesses see each other.
async fn throttled(
    app: &App,
    key: &str,
    ip: &str,
    attempt: i64,
    now: Timestamp,
) -> Result<Option<LoginOutcome>, StoreError> {
    let store = &app.store;
    let pair = store
        .recent_failures_for_pair(key, ip, THROTTLE_WINDOW, now)
        .await?;
    if pair.count > MAX_FAILURES_PER_ACCOUNT {
        let until = pair.oldest.unwrap_or(now) + THROTTLE_WINDOW;
        return Ok(Some(LoginOutcome::AccountThrottled {
            minutes: minutes_until(until, now),
        }));
    }
    let address = store
        .recent_failures_for_ip(ip, THROTTLE_WINDOW, now)
        .await?;
    if address.count > MAX_FAILURES_PER_ADDRESS {
        let until = address.oldest.unwrap_or(now) + THROTTLE_WINDOW;
        return Ok(Some(LoginOutcome::AddressThrottled {
            minutes: minutes_until(until, now),
        }));
    }
    if store
        .known_address(key, ip, now - KNOWN_ADDRESS_FOR)
        .await?
    {
        return Ok(None);
    }
    let account = store
        .recent_failures_for_account(key, DELAY_WINDOW, now, attempt)
        .await?;
    if let (Some(delay), Some(latest)) = (progressive_delay(account.count), account.newest) {
        let until = latest + delay;
        if until > now {
            return Ok(Some(LoginOutcome::AccountThrottled {
                minutes: minutes_until(until, now),
            }));
        }
    }
    Ok(None)
}

/// Argon2id checks take 19 MiB each: a flood of sign-ins would run one per
/// blocking thread at once, and the allocator keeps what they freed. Two
/// at a time keep memory flat; a queued sign-in waits its turn.
async fn password_check_turn() -> Option<tokio::sync::SemaphorePermit<'static>> {
    static TURNS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);
    TURNS.acquire().await.ok()
}

/// Checks a password, applying the throttles and writing the audit log.
/// Times come from the app's clock.
pub async fn log_in(
    app: &App,
    email: &EmailAddress,
    pass: &str,
    ip: &str,
) -> Result<LoginOutcome, StoreError> {
    let store = &app.store;
    let now = app.now();
    let key = account_key(app, email);
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
    let attempt = store.reserve_login_attempt(&key, ip, now).await?;
    if let Some(refusal) = throttled(app, &key, ip, attempt, now).await? {
        store.mark_login_unchecked(attempt).await?;
        let action = match refusal {
            LoginOutcome::AddressThrottled { .. } => "login.throttled_address",
            _ => "login.throttled_account",
        };
        store.audit(audit(action, user.as_ref())).await?;
        return Ok(refusal);
    }

    // Hash even for unknown accounts, so response time does not tell which exist.
    let stored = user
        .as_ref()
        .filter(|u| !u.disabled)
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(|| password::dummy_hash().to_string());
    let pass = pass.to_string();
    let matches = {
        let _turn = password_check_turn().await;
        tokio::task::spawn_blocking(move || password::verify(&pass, &stored))
            .await
            .unwrap_or(false)
    };

    match user {
        Some(user) if matches && !user.disabled && user.state != AccountState::Active => {
            store.mark_login_succeeded(attempt).await?;
            store.audit(audit("login.not_active", Some(&user))).await?;
            Ok(LoginOutcome::NotActive(user.state))
        }
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
    /// The message in English, for the command line; pages translate the key.
    #[error("{}", crate::i18n::Locale::ENGLISH.t_args(.0.message_key(), &[("min", &password::MIN_LENGTH.to_string())]))]
    WeakPassword(password::Weakness),
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
    // An agency's admin is one of its officers in the eyes of a mail
    // server: the same government address rule holds.
    let officer_like = new.role == Role::Officer
        || (new.role == Role::OrgAdmin && matches!(org.kind, OrgKind::Agency | OrgKind::Authority));
    if officer_like {
        directory
            .check_officer_email(new.email, org.country, org.is_demo)
            .map_err(AccountError::OfficerEmail)?;
    }
    let (pass, generated) = match new.password {
        Some(p) => {
            password::check_new(p, &[new.email.as_str(), new.display_name])
                .map_err(AccountError::WeakPassword)?;
            (p.to_string(), None)
        }
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
            state: AccountState::Active,
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
