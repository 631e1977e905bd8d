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
}

pub struct NewUser<'a> {
    pub org_id: i64,
    pub email: &'a EmailAddress,
    pub display_name: &'a str,
    pub role: Role,
    pub password_hash: &'a str,
}

#[derive(sqlx::FromRow)]
struct UserRow {
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
        })
    }
}

const USER_SELECT: &str =
    "SELECT u.id, u.email, u.display_name, u.role, u.password_hash, u.disabled,
        o.id AS org_id, o.slug AS org_slug, o.kind AS org_kind, o.name AS org_name,
        o.country AS org_country, o.is_demo AS org_is_demo, o.recipient AS org_recipient
    FROM users u JOIN orgs o ON o.id = u.org_id";

impl Store {
    /// Adds a user; `Conflict` when the email is already taken.
    pub async fn create_user(&self, new: &NewUser<'_>) -> Result<i64> {
        let res = on_pool!(self, p => sqlx::query_scalar::<_, i64>(
            "INSERT INTO users (org_id, email, display_name, role, password_hash, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(new.org_id)
        .bind(new.email.as_str())
        .bind(new.display_name)
        .bind(new.role.as_str())
        .bind(new.password_hash)
        .bind(time::to_db(time::now()))
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
