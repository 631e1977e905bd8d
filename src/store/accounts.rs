//! What accounts keep besides the user row: single-use links sent by email,
//! recovery codes, the TOTP step last accepted, the domains an organisation
//! declares, and the changes an organisation's admin makes. Every change a
//! person makes to an account writes its audit entry in the same
//! transaction.

use super::audit::insert_audit;
use super::users::USER_SELECT;
use super::{AccountState, NewAudit, Org, Result, Store, User, on_pool};

/// What a single-use link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    Verify,
    Reset,
    Invite,
}

impl LinkPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Verify => "verify",
            LinkPurpose::Reset => "reset",
            LinkPurpose::Invite => "invite",
        }
    }
}

/// A link to record: only the hash of its secret is kept.
pub struct NewLink<'a> {
    pub user_id: i64,
    pub purpose: LinkPurpose,
    pub token_hash: &'a str,
    pub expires_at: &'a str,
}

/// An account email, built, for the outbox.
pub struct AccountMail {
    pub public_id: String,
    pub org_id: i64,
    pub recipient: String,
    pub recipient_name: String,
    /// `smtp`, or `file` for demo organisations and installations without
    /// an SMTP server.
    pub transport: &'static str,
    pub message_id: String,
    pub envelope_from: String,
    pub message: Vec<u8>,
}

macro_rules! insert_mail {
    ($exec:expr, $mail:expr, $now:expr) => {{
        let m: &AccountMail = $mail;
        sqlx::query(
            "INSERT INTO deliveries (public_id, org_id, channel, recipient, recipient_name,
                 transport, status, attempts, next_attempt_at, message_id, envelope_from,
                 envelope_to, message, created_at, updated_at, purpose)
             VALUES ($1, $2, 'email', $3, $4, $5, 'queued', 0, $6, $7, $8, $3, $9, $6, $6,
                     'account')",
        )
        .bind(&m.public_id)
        .bind(m.org_id)
        .bind(&m.recipient)
        .bind(&m.recipient_name)
        .bind(m.transport)
        .bind($now)
        .bind(&m.message_id)
        .bind(&m.envelope_from)
        .bind(&m.message)
        .execute($exec)
        .await?;
    }};
}

/// A change to an account, as one UPDATE of the user row.
pub enum AccountChange<'a> {
    State {
        state: AccountState,
        by: Option<i64>,
    },
    Role(&'a str),
    Disabled(bool),
    Password(&'a str),
    /// Forgets the second factor: the user enrols again at next sign-in.
    ResetFactor,
    /// Ends every session of the user, on every instance at once.
    EndSessions,
    Profile {
        display_name: &'a str,
        rank: &'a str,
        badge_number: &'a str,
        phone: &'a str,
    },
}

/// Runs one [`AccountChange`] on a transaction.
macro_rules! apply {
    ($exec:expr, $user_id:expr, $change:expr, $now:expr) => {{
        let id: i64 = $user_id;
        let now: &str = $now;
        match $change {
            AccountChange::State { state, by } => {
                let (verified, approved) = match state {
                    AccountState::AwaitingApproval => (Some(now), None),
                    AccountState::Active | AccountState::Refused => (None, Some(now)),
                    AccountState::Unverified => (None, None),
                };
                sqlx::query(
                    "UPDATE users SET state = $2, verified_at = COALESCE($3, verified_at),
                            approved_at = COALESCE($4, approved_at),
                            approved_by = COALESCE($5, approved_by)
                     WHERE id = $1",
                )
                .bind(id)
                .bind(state.as_str())
                .bind(verified)
                .bind(approved)
                .bind(*by)
                .execute($exec)
                .await?;
            }
            AccountChange::Role(role) => {
                sqlx::query("UPDATE users SET role = $2 WHERE id = $1")
                    .bind(id)
                    .bind(*role)
                    .execute($exec)
                    .await?;
            }
            AccountChange::Disabled(d) => {
                sqlx::query("UPDATE users SET disabled = $2 WHERE id = $1")
                    .bind(id)
                    .bind(*d)
                    .execute($exec)
                    .await?;
            }
            AccountChange::Password(hash) => {
                sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                    .bind(id)
                    .bind(*hash)
                    .execute($exec)
                    .await?;
            }
            AccountChange::ResetFactor => {
                sqlx::query(
                    "UPDATE users SET totp_secret = NULL, totp_last_step = NULL WHERE id = $1",
                )
                .bind(id)
                .execute($exec)
                .await?;
                sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                    .bind(id)
                    .execute($exec)
                    .await?;
            }
            AccountChange::EndSessions => {
                sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(id)
                    .execute($exec)
                    .await?;
            }
            AccountChange::Profile {
                display_name,
                rank,
                badge_number,
                phone,
            } => {
                sqlx::query(
                    "UPDATE users SET display_name = $2, rank = $3, badge_number = $4, phone = $5
                     WHERE id = $1",
                )
                .bind(id)
                .bind(*display_name)
                .bind(*rank)
                .bind(*badge_number)
                .bind(*phone)
                .execute($exec)
                .await?;
            }
        }
    }};
}

impl Store {
    /// Records a link whose secret hashes to `token_hash` (earlier unused
    /// links of the same purpose for the user stop working) and queues the
    /// email that carries it, with the audit entry, at once.
    pub async fn issue_account_link(
        &self,
        link: &NewLink<'_>,
        mail: &AccountMail,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(
                "UPDATE account_links SET used_at = $3
                 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL",
            )
            .bind(link.user_id)
            .bind(link.purpose.as_str())
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO account_links (user_id, purpose, token_hash, expires_at, created_at)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(link.user_id)
            .bind(link.purpose.as_str())
            .bind(link.token_hash)
            .bind(link.expires_at)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            insert_mail!(&mut *tx, mail, now);
            insert_audit!(&mut *tx, audit, now);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Queues an account email that carries no link (a notice that a
    /// password changed, that a sign-up waits), with its audit entry.
    pub async fn queue_account_mail(
        &self,
        mail: &AccountMail,
        audit: Option<&NewAudit<'_>>,
        now: &str,
    ) -> Result<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            insert_mail!(&mut *tx, mail, now);
            if let Some(a) = audit {
                insert_audit!(&mut *tx, a, now);
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// The user a link is for, if it is unused and not expired; it is not
    /// used up (a page shows what the link will do before it does it).
    pub async fn account_link_user(
        &self,
        token_hash: &str,
        purpose: LinkPurpose,
        now: &str,
    ) -> Result<Option<User>> {
        let id: Option<i64> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT user_id FROM account_links
             WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose.as_str())
        .bind(now)
        .fetch_optional(p)
        .await)?;
        match id {
            Some(id) => self.user_by_id(id).await,
            None => Ok(None),
        }
    }

    /// Uses a link up and applies `change` to its user, with the audit
    /// entry, at once: a link used twice in parallel changes the account
    /// once. `None` when the link is unknown, used or expired.
    pub async fn use_account_link(
        &self,
        token_hash: &str,
        purpose: LinkPurpose,
        changes: &[AccountChange<'_>],
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<Option<i64>> {
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let user_id: Option<i64> = sqlx::query_scalar(
                "UPDATE account_links SET used_at = $3
                 WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
                 RETURNING user_id",
            )
            .bind(token_hash)
            .bind(purpose.as_str())
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = user_id {
                for change in changes {
                    apply!(&mut *tx, id, change, now);
                }
                let org_id: Option<i64> = sqlx::query_scalar("SELECT org_id FROM users WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
                let a = NewAudit {
                    actor_user_id: audit.actor_user_id.or(Some(id)),
                    org_id: audit.org_id.or(org_id),
                    subject: &format!("user:{id}"),
                    ..audit.clone()
                };
                insert_audit!(&mut *tx, &a, now);
            }
            tx.commit().await?;
            user_id
        }))
    }

    /// Applies changes to one user of `org_id` (any organisation when
    /// `None`: the operator), with the audit entry. `false` when there is
    /// no such user in that organisation.
    pub async fn change_account(
        &self,
        user_id: i64,
        org_id: Option<i64>,
        changes: &[AccountChange<'_>],
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<bool> {
        Ok(on_pool!(self, p => {
            let mut tx = p.begin().await?;
            let found: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM users WHERE id = $1 AND ($2 IS NULL OR org_id = $2)",
            )
            .bind(user_id)
            .bind(org_id)
            .fetch_optional(&mut *tx)
            .await?;
            if found.is_some() {
                for change in changes {
                    apply!(&mut *tx, user_id, change, now);
                }
                insert_audit!(&mut *tx, audit, now);
            }
            tx.commit().await?;
            found.is_some()
        }))
    }

    /// Accepts TOTP time step `step` for the user unless it (or a later
    /// one) was accepted before: a code is good once.
    pub async fn accept_totp_step(&self, user_id: i64, step: i64) -> Result<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE users SET totp_last_step = $2
             WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
        )
        .bind(user_id)
        .bind(step)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n == 1)
    }

    /// Enrols a second factor: the secret, the step its first code used, and
    /// ten recovery codes in place of any earlier ones, with the audit entry.
    pub async fn enrol_totp(
        &self,
        user_id: i64,
        secret: &str,
        step: i64,
        recovery_hashes: &[String],
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("UPDATE users SET totp_secret = $2, totp_last_step = $3 WHERE id = $1")
                .bind(user_id)
                .bind(secret)
                .bind(step)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            for h in recovery_hashes {
                sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                    .bind(user_id)
                    .bind(h)
                    .execute(&mut *tx)
                    .await?;
            }
            insert_audit!(&mut *tx, audit, now);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Uses up one recovery code; `false` if it is not one of the user's
    /// unused codes.
    pub async fn use_recovery_code(
        &self,
        user_id: i64,
        code_hash: &str,
        now: &str,
    ) -> Result<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE recovery_codes SET used_at = $3
             WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
        )
        .bind(user_id)
        .bind(code_hash)
        .bind(now)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n == 1)
    }

    /// How many unused recovery codes the user has left.
    pub async fn recovery_codes_left(&self, user_id: i64) -> Result<i64> {
        Ok(on_pool!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(user_id)
        .fetch_one(p)
        .await)?)
    }

    /// The people of an organisation, newest sign-ups first among those
    /// waiting, then by name.
    pub async fn users_of_org(&self, org_id: i64) -> Result<Vec<User>> {
        let sql = format!(
            "{USER_SELECT} WHERE u.org_id = $1
             ORDER BY CASE u.state WHEN 'awaiting_approval' THEN 0 ELSE 1 END, u.display_name, u.email"
        );
        let rows = on_pool!(self, p => sqlx::query_as::<_, super::users::UserRow>(sqlx::AssertSqlSafe(sql))
            .bind(org_id)
            .fetch_all(p)
            .await)?;
        rows.into_iter().map(User::try_from).collect()
    }

    /// Whether the organisation has an enabled, active admin of its own.
    pub async fn org_has_admin(&self, org_id: i64) -> Result<bool> {
        let n: i64 = on_pool!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM users
             WHERE org_id = $1 AND role = 'org_admin' AND state = 'active' AND NOT disabled",
        )
        .bind(org_id)
        .fetch_one(p)
        .await)?;
        Ok(n > 0)
    }

    /// Declares that the organisation's staff write from `domain`.
    pub async fn declare_org_domain(
        &self,
        org_id: i64,
        domain: &str,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(
                "INSERT INTO org_domains (org_id, domain, created_at) VALUES ($1, $2, $3)",
            )
            .bind(org_id)
            .bind(domain)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            insert_audit!(&mut *tx, audit, now);
            tx.commit().await?;
        });
        Ok(())
    }

    /// The domains an organisation declared.
    pub async fn org_domains(&self, org_id: i64) -> Result<Vec<String>> {
        Ok(on_pool!(self, p => sqlx::query_scalar(
            "SELECT domain FROM org_domains WHERE org_id = $1 ORDER BY domain",
        )
        .bind(org_id)
        .fetch_all(p)
        .await)?)
    }

    /// The organisation that declared `domain`, if one did.
    pub async fn org_by_domain(&self, domain: &str) -> Result<Option<Org>> {
        let slug: Option<String> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT o.slug FROM org_domains d JOIN orgs o ON o.id = d.org_id WHERE d.domain = $1",
        )
        .bind(domain)
        .fetch_optional(p)
        .await)?;
        match slug {
            Some(s) => self.org_by_slug(&s).await,
            None => Ok(None),
        }
    }
}
