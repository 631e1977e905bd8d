//! Login attempts, kept in the database so throttling holds across instances.
//! Every function takes `now` from the app's clock.

use jiff::{SignedDuration, Timestamp};

use super::{Result, Store, on_pool};
use crate::domain::time;

/// Failures counted by one of the throttles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures {
    pub count: i64,
    pub oldest: Option<Timestamp>,
    pub newest: Option<Timestamp>,
}

/// Which attempts a count looks at. Each is a fixed SQL condition, never
/// built from input.
#[derive(Clone, Copy)]
enum Scope {
    Pair,
    Account,
    Address,
}

impl Scope {
    fn condition(self) -> &'static str {
        match self {
            Scope::Pair => "account_key = $1 AND ip = $3",
            Scope::Account => "account_key = $1",
            Scope::Address => "ip = $3",
        }
    }

    /// Whether a successful sign-in within the scope wipes the slate. Not
    /// for the account as a whole: the owner signing in at the office must
    /// not hand guessers elsewhere a fresh allowance.
    fn reset_by_success(self) -> bool {
        !matches!(self, Scope::Account)
    }
}

impl Store {
    /// Counts an attempt before its password is checked, as a failure until
    /// [`Store::mark_login_succeeded`]: parallel guesses each see the others,
    /// so none gets past the limit. Returns the attempt's id.
    pub async fn reserve_login_attempt(
        &self,
        account_key: &str,
        ip: &str,
        now: Timestamp,
    ) -> Result<i64> {
        let id: i64 = on_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO login_attempts (at, account_key, ip, succeeded)
             VALUES ($1, $2, $3, FALSE) RETURNING id",
        )
        .bind(time::to_db(now))
        .bind(account_key)
        .bind(ip)
        .fetch_one(p)
        .await)?;
        Ok(id)
    }

    pub async fn mark_login_succeeded(&self, id: i64) -> Result<()> {
        self.mark_attempt(
            id,
            "UPDATE login_attempts SET succeeded = TRUE WHERE id = $1",
        )
        .await
    }

    /// The attempt was refused by a throttle without checking its password:
    /// it is no guess, and waiting out the throttle is enough.
    pub async fn mark_login_unchecked(&self, id: i64) -> Result<()> {
        self.mark_attempt(
            id,
            "UPDATE login_attempts SET unchecked = TRUE WHERE id = $1",
        )
        .await
    }

    async fn mark_attempt(&self, id: i64, sql: &'static str) -> Result<()> {
        on_pool!(self, p => sqlx::query(sql)
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Whether the account was signed in to from this address since `since`.
    pub async fn known_address(
        &self,
        account_key: &str,
        ip: &str,
        since: Timestamp,
    ) -> Result<bool> {
        let n: i64 = on_pool!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM login_attempts
             WHERE account_key = $1 AND ip = $2 AND succeeded AND at > $3",
        )
        .bind(account_key)
        .bind(ip)
        .bind(time::to_db(since))
        .fetch_one(p)
        .await)?;
        Ok(n > 0)
    }

    /// Failed attempts on the account from this address within `window`,
    /// not counting those before its last successful login from there.
    pub async fn recent_failures_for_pair(
        &self,
        account_key: &str,
        ip: &str,
        window: SignedDuration,
        now: Timestamp,
    ) -> Result<Failures> {
        self.recent_failures(Scope::Pair, account_key, ip, window, now, 0)
            .await
    }

    /// Failed attempts on the account from anywhere within `window`, not
    /// counting the attempt `except` (the one being decided). A successful
    /// sign-in does not reset this count.
    pub async fn recent_failures_for_account(
        &self,
        account_key: &str,
        window: SignedDuration,
        now: Timestamp,
        except: i64,
    ) -> Result<Failures> {
        self.recent_failures(Scope::Account, account_key, "", window, now, except)
            .await
    }

    /// Failed attempts from the address within `window`, whatever the account.
    pub async fn recent_failures_for_ip(
        &self,
        ip: &str,
        window: SignedDuration,
        now: Timestamp,
    ) -> Result<Failures> {
        self.recent_failures(Scope::Address, "", ip, window, now, 0)
            .await
    }

    async fn recent_failures(
        &self,
        scope: Scope,
        account_key: &str,
        ip: &str,
        window: SignedDuration,
        now: Timestamp,
        except: i64,
    ) -> Result<Failures> {
        let since = time::to_db(now - window);
        let which = scope.condition();
        let reset = if scope.reset_by_success() {
            format!(
                "AND at >= COALESCE((SELECT MAX(at) FROM login_attempts
                                     WHERE {which} AND succeeded), '')"
            )
        } else {
            String::new()
        };
        // `which` and `reset` are fixed literals; every value is bound, and
        // every form takes the same four arguments ($1..$4, unused ones
        // compared to themselves).
        let sql = format!(
            "SELECT COUNT(*), MIN(at), MAX(at) FROM login_attempts
             WHERE {which} AND at > $2 AND NOT succeeded AND NOT unchecked AND id <> $4
               {reset}
               AND $1 = $1 AND $3 = $3"
        );
        let (count, oldest, newest): (i64, Option<String>, Option<String>) = on_pool!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(account_key)
                .bind(&since)
                .bind(ip)
                .bind(except)
                .fetch_one(p)
                .await)?;
        Ok(Failures {
            count,
            oldest: oldest.as_deref().and_then(time::from_db),
            newest: newest.as_deref().and_then(time::from_db),
        })
    }
}
