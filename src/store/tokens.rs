//! API bearer tokens. Only a SHA-256 of each token is stored: a leaked database
//! does not leak working tokens. A token has a name, a scope, perhaps an
//! expiry, and can be revoked; its last use is recorded.

use sha2::{Digest, Sha256};

use super::audit::insert_audit;
use super::{NewAudit, Result, Store, User, on_pool};
use crate::domain::time;
use crate::domain::token_scope::TokenScope;

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn new_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("cb_{}", hex::encode(bytes))
}

/// A token as its owner's account page lists it (never the token itself).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenInfo {
    pub id: i64,
    pub name: String,
    pub scope: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub expires_at: Option<String>,
    pub revoked_at: Option<String>,
}

/// A token to make in the app.
pub struct NewToken<'a> {
    pub user_id: i64,
    pub name: &'a str,
    pub scope: TokenScope,
    pub expires_at: Option<&'a str>,
}

impl Store {
    /// Creates a token for `user_id` with the widest scope and no expiry
    /// (the command line's), and returns it; it cannot be shown again.
    pub async fn create_api_token(&self, user_id: i64) -> Result<String> {
        let token = new_token();
        on_pool!(self, p => sqlx::query(
            "INSERT INTO api_tokens (user_id, token_hash, created_at, name, scope)
             VALUES ($1, $2, $3, 'command line', 'delivery')",
        )
        .bind(user_id)
        .bind(token_hash(&token))
        .bind(time::to_db(time::now()))
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(token)
    }

    /// Creates a named token with its audit entry and returns it once.
    pub async fn create_named_token(
        &self,
        t: &NewToken<'_>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<String> {
        let token = new_token();
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(
                "INSERT INTO api_tokens (user_id, token_hash, created_at, name, scope, expires_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(t.user_id)
            .bind(token_hash(&token))
            .bind(now)
            .bind(t.name)
            .bind(t.scope.as_str())
            .bind(t.expires_at)
            .execute(&mut *tx)
            .await?;
            insert_audit!(&mut *tx, audit, now);
            tx.commit().await?;
        });
        Ok(token)
    }

    /// The user's tokens, newest first.
    pub async fn tokens_of(&self, user_id: i64) -> Result<Vec<TokenInfo>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, TokenInfo>(
            "SELECT id, name, scope, created_at, last_used_at, expires_at, revoked_at
             FROM api_tokens WHERE user_id = $1 ORDER BY id DESC",
        )
        .bind(user_id)
        .fetch_all(p)
        .await)?)
    }

    /// Revokes one of the user's tokens, with the audit entry; `false` if it
    /// is not theirs or was revoked before.
    pub async fn revoke_token(
        &self,
        user_id: i64,
        id: i64,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<bool> {
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let n = sqlx::query(
                "UPDATE api_tokens SET revoked_at = $3
                 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL",
            )
            .bind(id)
            .bind(user_id)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 1 {
                insert_audit!(&mut *tx, audit, now);
            }
            tx.commit().await?;
            n == 1
        }))
    }

    /// The enabled, active user a live token belongs to, with the token's
    /// scope; records its use.
    pub async fn user_by_api_token(
        &self,
        token: &str,
        now: jiff::Timestamp,
    ) -> Result<Option<(User, TokenScope)>> {
        let hash = token_hash(token);
        let now = time::to_db(now);
        let row: Option<(i64, String)> = on_pool!(self, p => sqlx::query_as(
            "UPDATE api_tokens SET last_used_at = $1
             WHERE token_hash = $2 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $1)
             RETURNING user_id, scope",
        )
        .bind(&now)
        .bind(&hash)
        .fetch_optional(p)
        .await)?;
        let Some((id, scope)) = row else {
            return Ok(None);
        };
        let scope = TokenScope::parse(&scope).unwrap_or(TokenScope::Validate);
        let user = self
            .user_by_id(id)
            .await?
            .filter(|u| !u.disabled && u.state == super::AccountState::Active);
        Ok(user.map(|u| (u, scope)))
    }
}
