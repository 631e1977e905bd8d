//! API bearer tokens. Only a SHA-256 of each token is stored: a leaked database
//! does not leak working tokens.

use sha2::{Digest, Sha256};

use super::{Result, Store, User, on_pool};
use crate::domain::time;

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

impl Store {
    /// Creates a token for `user_id` and returns it; it cannot be shown again.
    pub async fn create_api_token(&self, user_id: i64) -> Result<String> {
        use rand::RngCore;
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let token = format!("cb_{}", hex::encode(bytes));
        on_pool!(self, p => sqlx::query(
            "INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3)",
        )
        .bind(user_id)
        .bind(token_hash(&token))
        .bind(time::to_db(time::now()))
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(token)
    }

    /// The enabled user a token belongs to, if any; records its use.
    pub async fn user_by_api_token(&self, token: &str) -> Result<Option<User>> {
        let hash = token_hash(token);
        let user_id: Option<i64> = on_pool!(self, p => sqlx::query_scalar(
            "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 RETURNING user_id",
        )
        .bind(time::to_db(time::now()))
        .bind(&hash)
        .fetch_optional(p)
        .await)?;
        match user_id {
            Some(id) => Ok(self.user_by_id(id).await?.filter(|u| !u.disabled)),
            None => Ok(None),
        }
    }
}
