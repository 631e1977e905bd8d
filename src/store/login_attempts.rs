//! Login attempts, kept in the database so throttling holds across instances.

use jiff::{SignedDuration, Timestamp};

use super::{Result, Store, on_pool};
use crate::domain::time;

impl Store {
    pub async fn record_login_attempt(
        &self,
        account_key: &str,
        ip: &str,
        succeeded: bool,
    ) -> Result<()> {
        on_pool!(self, p => sqlx::query(
            "INSERT INTO login_attempts (at, account_key, ip, succeeded) VALUES ($1, $2, $3, $4)",
        )
        .bind(time::to_db(time::now()))
        .bind(account_key)
        .bind(ip)
        .bind(succeeded)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Failed attempts for the account since `window` ago, not counting those
    /// before its last successful login. Returns the count and the oldest one.
    pub async fn recent_failures_for_account(
        &self,
        account_key: &str,
        window: SignedDuration,
    ) -> Result<(i64, Option<Timestamp>)> {
        self.recent_failures("account_key", account_key, window)
            .await
    }

    /// Failed attempts from the address since `window` ago.
    pub async fn recent_failures_for_ip(
        &self,
        ip: &str,
        window: SignedDuration,
    ) -> Result<(i64, Option<Timestamp>)> {
        self.recent_failures("ip", ip, window).await
    }

    async fn recent_failures(
        &self,
        column: &'static str,
        value: &str,
        window: SignedDuration,
    ) -> Result<(i64, Option<Timestamp>)> {
        let since = time::to_db(time::now() - window);
        // `column` is one of two literals above, never user input.
        let sql = format!(
            "SELECT COUNT(*), MIN(at) FROM login_attempts
             WHERE {column} = $1 AND at > $2 AND NOT succeeded
               AND at >= COALESCE((SELECT MAX(at) FROM login_attempts
                                   WHERE {column} = $1 AND succeeded), '')"
        );
        let (count, oldest): (i64, Option<String>) = on_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(value)
            .bind(&since)
            .fetch_one(p)
            .await)?;
        Ok((count, oldest.as_deref().and_then(time::from_db)))
    }
}
