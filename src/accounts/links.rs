//! Single-use links sent by email — to verify a sign-up, reset a password or
//! accept an invitation — and what following them does. A link's secret is
//! 256 random bits; the database keeps only an HMAC of it under the server
//! key. A newer link of the same purpose replaces an older one.

use jiff::{SignedDuration, Timestamp};
use serde_json::json;

use super::mail::{self, Letter};
use crate::app::App;
use crate::domain::email::EmailAddress;
use crate::domain::password;
use crate::domain::time;
use crate::store::{AccountChange, AccountState, LinkPurpose, NewAudit, NewLink, StoreError, User};

pub const RESET_FOR: SignedDuration = SignedDuration::from_hours(1);
pub const INVITE_FOR: SignedDuration = SignedDuration::from_hours(7 * 24);

/// 256 random bits, hex: the secret a link carries.
fn random_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn hash(app: &App, token: &str) -> String {
    app.server_key.tag("account-link", token.trim().as_bytes())
}

fn path_of(purpose: LinkPurpose) -> &'static str {
    match purpose {
        LinkPurpose::Verify => "/signup/verify",
        LinkPurpose::Reset => "/password/reset",
        LinkPurpose::Invite => "/invitation",
    }
}

fn letter_of(purpose: LinkPurpose) -> (&'static str, &'static str) {
    match purpose {
        LinkPurpose::Verify => ("account-mail-verify-subject", "account-mail-verify"),
        LinkPurpose::Reset => ("account-mail-reset-subject", "account-mail-reset"),
        LinkPurpose::Invite => ("account-mail-invite-subject", "account-mail-invite"),
    }
}

/// Makes a link for `user`, valid until `until`, and queues the email that
/// carries it, with `audit`, in one transaction.
pub async fn send(
    app: &App,
    user: &User,
    purpose: LinkPurpose,
    until: Timestamp,
    audit: &NewAudit<'_>,
) -> Result<(), StoreError> {
    let token = random_token();
    let link = mail::absolute(app, &format!("{}?token={token}", path_of(purpose)));
    let (subject, body) = letter_of(purpose);
    let hours = until
        .duration_since(app.now())
        .as_hours()
        .max(1)
        .to_string();
    let letter = Letter {
        subject,
        paragraphs: vec![
            (body, vec![("org", user.org.name.clone()), ("hours", hours)]),
            ("account-mail-ignore", Vec::new()),
        ],
        link: Some(link),
    };
    let Some(m) = mail::build(app, &user.org, &user.email, &user.display_name, &letter) else {
        return Ok(());
    };
    let hashed = hash(app, &token);
    app.store
        .issue_account_link(
            &NewLink {
                user_id: user.id,
                purpose,
                token_hash: &hashed,
                expires_at: &time::to_db(until),
            },
            &m,
            audit,
            &time::to_db(app.now()),
        )
        .await
}

/// Sends a reset link to the address if it belongs to an active account.
/// The answer is the same either way: the page never tells.
pub async fn request_reset(app: &App, email: &EmailAddress, ip: &str) -> Result<(), StoreError> {
    let Some(user) = app.store.user_by_email(email).await? else {
        return Ok(());
    };
    if user.disabled || user.state != AccountState::Active {
        return Ok(());
    }
    let subject = format!("user:{}", user.id);
    send(
        app,
        &user,
        LinkPurpose::Reset,
        app.now() + RESET_FOR,
        &NewAudit {
            actor_user_id: None,
            org_id: Some(user.org.id),
            action: "password.reset_requested",
            subject: &subject,
            ip: Some(ip),
            detail: json!({}),
        },
    )
    .await
}

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("the link is not valid: it was used, replaced or has expired")]
    Invalid,
    #[error("weak password")]
    WeakPassword(password::Weakness),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

/// The user an unused, unexpired link is for.
pub async fn user_of(
    app: &App,
    token: &str,
    purpose: LinkPurpose,
) -> Result<Option<User>, StoreError> {
    app.store
        .account_link_user(&hash(app, token), purpose, &time::to_db(app.now()))
        .await
}

/// Sets a new password through a reset or invitation link. A reset ends
/// every session of the user (on every instance) and the user is told by
/// email; an invitation activates the account.
pub async fn set_password(
    app: &App,
    token: &str,
    purpose: LinkPurpose,
    new_password: &str,
    ip: &str,
) -> Result<User, LinkError> {
    let user = user_of(app, token, purpose)
        .await?
        .ok_or(LinkError::Invalid)?;
    password::check_new(new_password, &[user.email.as_str(), &user.display_name])
        .map_err(LinkError::WeakPassword)?;
    let pass = new_password.to_string();
    let hashed_password = tokio::task::spawn_blocking(move || password::hash(&pass))
        .await
        .map_err(|e| LinkError::Hash(e.to_string()))?
        .map_err(|e| LinkError::Hash(e.to_string()))?;
    let action = match purpose {
        LinkPurpose::Invite => "invitation.accepted",
        _ => "password.reset",
    };
    let used = app
        .store
        .use_account_link(
            &hash(app, token),
            purpose,
            &[
                AccountChange::Password(&hashed_password),
                AccountChange::EndSessions,
            ],
            &NewAudit {
                actor_user_id: None,
                org_id: None,
                action,
                subject: "",
                ip: Some(ip),
                detail: json!({}),
            },
            &time::to_db(app.now()),
        )
        .await?;
    if used.is_none() {
        return Err(LinkError::Invalid);
    }
    if purpose == LinkPurpose::Reset {
        notify(app, &user, "account-mail-password-changed").await?;
    }
    Ok(user)
}

/// Tells the user by email that something changed on their account (a
/// password, a second factor), so that a change they did not make is seen.
pub async fn notify(app: &App, user: &User, what: &'static str) -> Result<(), StoreError> {
    let letter = Letter {
        subject: "account-mail-changed-subject",
        paragraphs: vec![(what, Vec::new()), ("account-mail-not-you", Vec::new())],
        link: Some(mail::absolute(app, "/account")),
    };
    if let Some(m) = mail::build(app, &user.org, &user.email, &user.display_name, &letter) {
        app.store
            .queue_account_mail(&m, None, &time::to_db(app.now()))
            .await?;
    }
    Ok(())
}
