//! Login attempts, kept in the database so throttling holds across instances.

use jiff::{SignedDuration, Timestamp};

use super::{Result, Store, on_pool};
use crate::domain::time;

impl Store {
    /// Counts an attempt before its password is checked, as a failure until
    /// [`Store::mark_login_succeeded`]: parallel guesses each see the others,
    /// so none gets past the limit. Returns the attempt's id.
    pub async fn reserve_login_attempt(&self, account_key: &str, ip: &str) -> Result<i64> {
        let id: i64 = on_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO login_attempts (at, account_key, ip, succeeded)
             VALUES ($1, $2, $3, FALSE) RETURNING id",
        )
        .bind(time::to_db(time::now()))
        .bind(account_key)
        .bind(ip)
        .fetch_one(p)
        .await)?;
        Ok(id)
    }

    pub async fn mark_login_succeeded(&self, id: i64) -> Result<()> {
        on_pool!(self, p => sqlx::query("UPDATE login_attempts SET succeeded = TRUE WHERE id = $1")
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Failed attempts on the account from this address since `window` ago,
    /// not counting those before its last successful login from there.
    pub async fn recent_failures_for_pair(
        &self,
        account_key: &str,
        ip: &str,
        window: SignedDuration,
    ) -> Result<(i64, Option<Timestamp>)> {
        self.recent_failures(
            "account_key = $1 AND ip = $3",
            account_key,
            Some(ip),
            window,
        )
        .await
    }

    /// Failed attempts on the account from anywhere since `window` ago, not
    /// counting those before its last successful login.
    pub async fn recent_failures_for_account(
        &self,
        account_key: &str,
        window: SignedDuration,
    ) -> Result<(i64, Option<Timestamp>)> {
        self.recent_failures("account_key = $1", account_key, None, window)
            .await
    }

    /// Failed attempts from the address since `window` ago.
    pub async fn recent_failures_for_ip(
        &self,
        ip: &str,
        window: SignedDuration,
    ) -> Result<(i64, Option<Timestamp>)> {
        self.recent_failures("ip = $1", ip, None, window).await
    }

    async fn recent_failures(
        &self,
        which: &'static str,
        value: &str,
        ip: Option<&str>,
        window: SignedDuration,
    ) -> Result<(i64, Option<Timestamp>)> {
        let since = time::to_db(time::now() - window);
        // `which` is one of three literals above, never user input; $3 is
        // bound (empty when unused) so every form takes the same arguments.
        let sql = format!(
            "SELECT COUNT(*), MIN(at) FROM login_attempts
             WHERE {which} AND at > $2 AND NOT succeeded
               AND at >= COALESCE((SELECT MAX(at) FROM login_attempts
                                   WHERE {which} AND succeeded), '')
               AND $3 = $3"
        );
        let (count, oldest): (i64, Option<String>) = on_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(value)
            .bind(&since)
            .bind(ip.unwrap_or(""))
            .fetch_one(p)
            .await)?;
        Ok((count, oldest.as_deref().and_then(time::from_db)))
    }
}
