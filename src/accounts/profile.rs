//! What a person changes on their own account — profile, sessions, API
//! tokens — each with its audit entry in the same transaction. The account
//! page and the request step only call these.

use serde_json::json;

use crate::app::App;
use crate::domain::time;
use crate::domain::token_scope::TokenScope;
use crate::store::{AccountChange, NewAudit, NewToken, StoreError, User};

fn audit<'a>(
    user: &User,
    action: &'a str,
    subject: &'a str,
    ip: Option<&'a str>,
    detail: serde_json::Value,
) -> NewAudit<'a> {
    NewAudit {
        actor_user_id: Some(user.id),
        org_id: Some(user.org.id),
        action,
        subject,
        ip,
        detail,
    }
}

/// The profile as typed: name, and what prefills an officer's requests.
pub struct ProfileFields<'a> {
    pub display_name: &'a str,
    pub rank: &'a str,
    pub badge_number: &'a str,
    pub phone: &'a str,
}

/// Saves the profile; `via` says where it was typed (`account`,
/// `request`). Nothing is written when nothing changed.
pub async fn save(
    app: &App,
    user: &User,
    p: &ProfileFields<'_>,
    via: &str,
    ip: Option<&str>,
) -> Result<(), StoreError> {
    let now = &user.profile;
    if (
        user.display_name.as_str(),
        now.rank.as_str(),
        now.badge_number.as_str(),
        now.phone.as_str(),
    ) == (p.display_name, p.rank, p.badge_number, p.phone)
    {
        return Ok(());
    }
    let subject = format!("user:{}", user.id);
    app.store
        .change_account(
            user.id,
            Some(user.org.id),
            &[AccountChange::Profile {
                display_name: p.display_name,
                rank: p.rank,
                badge_number: p.badge_number,
                phone: p.phone,
            }],
            &audit(
                user,
                "user.profile_changed",
                &subject,
                ip,
                json!({ "via": via }),
            ),
            &time::to_db(app.now()),
        )
        .await?;
    Ok(())
}

/// Signs the user out everywhere but the session `keep`.
pub async fn end_other_sessions(
    app: &App,
    user: &User,
    keep: Option<&str>,
    ip: &str,
) -> Result<u64, StoreError> {
    let ended = app.store.end_sessions_of(user.id, keep).await?;
    let subject = format!("user:{}", user.id);
    app.store
        .audit(audit(
            user,
            "sessions.ended_others",
            &subject,
            Some(ip),
            json!({ "ended": ended }),
        ))
        .await?;
    Ok(ended)
}

/// Makes a named token of `scope` that expires after `days`; returns it,
/// to be shown once.
pub async fn create_token(
    app: &App,
    user: &User,
    name: &str,
    scope: TokenScope,
    days: i64,
    ip: &str,
) -> Result<String, StoreError> {
    let now = app.now();
    let expires = time::to_db(now + jiff::SignedDuration::from_hours(days * 24));
    let subject = format!("user:{}", user.id);
    app.store
        .create_named_token(
            &NewToken {
                user_id: user.id,
                name,
                scope,
                expires_at: Some(&expires),
            },
            &audit(
                user,
                "api_token.created",
                &subject,
                Some(ip),
                json!({ "name": name, "scope": scope.as_str(), "days": days }),
            ),
            &time::to_db(now),
        )
        .await
}

/// Revokes one of the user's own tokens; `false` if it is not theirs or
/// was revoked already.
pub async fn revoke_token(app: &App, user: &User, id: i64, ip: &str) -> Result<bool, StoreError> {
    let subject = format!("user:{}", user.id);
    app.store
        .revoke_token(
            user.id,
            id,
            &audit(
                user,
                "api_token.revoked",
                &subject,
                Some(ip),
                json!({ "token": id }),
            ),
            &time::to_db(app.now()),
        )
        .await
}
