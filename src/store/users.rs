use super::{Org, Result, Store, StoreError, is_unique_violation, on_pool};
use crate::domain::email::EmailAddress;
use crate::domain::role::Role;
use crate::domain::time;

/// A user together with the organisation they belong to: every permission
/// check needs both, so they are always loaded together.
#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub password_hash: String,
    pub disabled: bool,
    pub org: Org,
    /// Where the account stands; only an active one signs in.
    pub state: AccountState,
    /// The TOTP secret, once a second factor is enrolled.
    pub totp_secret: Option<String>,
    pub profile: Profile,
}

/// What an officer types on every request, remembered on the account.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub rank: String,
    pub badge_number: String,
    pub phone: String,
}

/// Where an account stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountState {
    /// Made by sign-up; the address is not verified yet.
    Unverified,
    /// Verified; waiting for the organisation's admin or the operator.
    AwaitingApproval,
    Active,
    /// The sign-up was refused.
    Refused,
}

impl AccountState {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountState::Unverified => "unverified",
            AccountState::AwaitingApproval => "awaiting_approval",
            AccountState::Active => "active",
            AccountState::Refused => "refused",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            AccountState::Unverified,
            AccountState::AwaitingApproval,
            AccountState::Active,
            AccountState::Refused,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

pub struct NewUser<'a> {
    pub org_id: i64,
    pub email: &'a EmailAddress,
    pub display_name: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
    pub state: AccountState,
}

#[derive(sqlx::FromRow)]
pub(super) struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    password_hash: String,
    disabled: bool,
    org_id: i64,
    org_slug: String,
    org_kind: String,
    org_name: String,
    org_country: String,
    org_is_demo: bool,
    org_recipient: Option<String>,
    state: String,
    totp_secret: Option<String>,
    rank: String,
    badge_number: String,
    phone: String,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> Result<Self> {
        let org = Org::try_from(super::orgs::OrgRow {
            id: r.org_id,
            slug: r.org_slug,
            kind: r.org_kind,
            name: r.org_name,
            country: r.org_country,
            is_demo: r.org_is_demo,
            recipient: r.org_recipient,
        })?;
        Ok(User {
            role: r
                .role
                .parse()
                .map_err(|_| StoreError::Conflict(format!("user {} has a bad role", r.id)))?,
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            password_hash: r.password_hash,
            disabled: r.disabled,
            org,
            state: AccountState::parse(&r.state)
                .ok_or_else(|| StoreError::Conflict(format!("user {} has a bad state", r.id)))?,
            totp_secret: r.totp_secret,
            profile: Profile {
                rank: r.rank,
                badge_number: r.badge_number,
                phone: r.phone,
            },
        })
    }
}

pub(super) const USER_SELECT: &str =
    "SELECT u.id, u.email, u.display_name, u.role, u.password_hash, u.disabled,
        o.id AS org_id, o.slug AS org_slug, o.kind AS org_kind, o.name AS org_name,
        o.country AS org_country, o.is_demo AS org_is_demo, o.recipient AS org_recipient,
        u.state, u.totp_secret, u.rank, u.badge_number, u.phone
    FROM users u JOIN orgs o ON o.id = u.org_id";

impl Store {
    /// Adds a user; `Conflict` when the email is already taken.
    pub async fn create_user(&self, new: &NewUser<'_>) -> Result<i64> {
        let res = on_pool!(self, p => sqlx::query_scalar::<_, i64>(
            "INSERT INTO users (org_id, email, display_name, role, password_hash, created_at, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(new.org_id)
        .bind(new.email.as_str())
        .bind(new.display_name)
        .bind(new.role.as_str())
        .bind(new.password_hash)
        .bind(time::to_db(time::now()))
        .bind(new.state.as_str())
        .fetch_one(p)
        .await);
        match res {
            Ok(id) => Ok(id),
            Err(e) if is_unique_violation(&e) => Err(StoreError::Conflict(format!(
                "a user with the email {} already exists",
                new.email
            ))),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn user_by_email(&self, email: &EmailAddress) -> Result<Option<User>> {
        let sql = format!("{USER_SELECT} WHERE u.email = $1");
        let row = on_pool!(self, p => sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql))
            .bind(email.as_str())
            .fetch_optional(p)
            .await)?;
        row.map(User::try_from).transpose()
    }

    pub async fn user_by_id(&self, id: i64) -> Result<Option<User>> {
        let sql = format!("{USER_SELECT} WHERE u.id = $1");
        let row = on_pool!(self, p => sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(p)
            .await)?;
        row.map(User::try_from).transpose()
    }

    pub async fn list_users(&self) -> Result<Vec<User>> {
        let sql = format!("{USER_SELECT} ORDER BY o.name, u.email");
        let rows = on_pool!(self, p => sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql))
            .fetch_all(p)
            .await)?;
        rows.into_iter().map(User::try_from).collect()
    }

    pub async fn set_password_hash(&self, user_id: i64, hash: &str) -> Result<()> {
        on_pool!(self, p => sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user_id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))?;
        Ok(())
    }
}
