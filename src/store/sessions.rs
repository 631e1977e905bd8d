//! Browser sessions live in the database so that several app instances behind a
//! load balancer share them.

use async_trait::async_trait;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};

use super::{Store, is_unique_violation, on_pool};
use crate::app::Clock;
use crate::domain::time;

/// The session table as the session layer sees it, reading the time from
/// the app's clock (tests move it) to decide what has expired.
#[derive(Clone, Debug)]
pub struct SessionRows {
    store: Store,
    clock: Clock,
}

impl SessionRows {
    pub fn new(store: Store, clock: Clock) -> Self {
        SessionRows { store, clock }
    }
}

fn expiry_text(record: &Record) -> String {
    let secs = record.expiry_date.unix_timestamp();
    let ts = jiff::Timestamp::from_second(secs).unwrap_or(jiff::Timestamp::MAX);
    time::to_db(ts)
}

/// The user a session is signed in as (the web layer's `user_id` key), kept
/// in a column so that a user's sessions can be listed and ended.
fn user_of(record: &Record) -> Option<i64> {
    record.data.get("user_id").and_then(|v| v.as_i64())
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

#[async_trait]
impl SessionStore for SessionRows {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // A fresh random id collides with vanishing probability; retry anyway
        // rather than overwrite someone else's session.
        for _ in 0..8 {
            let data = serde_json::to_string(&record.data)
                .map_err(|e| session_store::Error::Encode(e.to_string()))?;
            let res = on_pool!(self.store, p => sqlx::query(
                "INSERT INTO sessions (id, data, expires_at, user_id) VALUES ($1, $2, $3, $4)",
            )
            .bind(record.id.to_string())
            .bind(data)
            .bind(expiry_text(record))
            .bind(user_of(record))
            .execute(p)
            .await
            .map(|r| r.rows_affected()));
            match res {
                Ok(_) => return Ok(()),
                Err(e) if is_unique_violation(&e) => record.id = Id::default(),
                Err(e) => return Err(backend(e)),
            }
        }
        Err(backend("could not find a free session id"))
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let data = serde_json::to_string(&record.data)
            .map_err(|e| session_store::Error::Encode(e.to_string()))?;
        on_pool!(self.store, p => sqlx::query(
            "INSERT INTO sessions (id, data, expires_at, user_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at,
                 user_id = excluded.user_id",
        )
        .bind(record.id.to_string())
        .bind(data)
        .bind(expiry_text(record))
        .bind(user_of(record))
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row: Option<(String, String)> = on_pool!(self.store, p => sqlx::query_as(
            "SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2",
        )
        .bind(id.to_string())
        .bind(time::to_db(self.clock.now()))
        .fetch_optional(p)
        .await)
        .map_err(backend)?;
        let Some((data, expires_at)) = row else {
            return Ok(None);
        };
        let data =
            serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry = time::from_db(&expires_at)
            .and_then(|t| ::time::OffsetDateTime::from_unix_timestamp(t.as_second()).ok())
            .ok_or_else(|| session_store::Error::Decode("bad expiry".into()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date: expiry,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        on_pool!(self.store, p => sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id.to_string())
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(backend)?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for SessionRows {
    async fn delete_expired(&self) -> session_store::Result<()> {
        on_pool!(self.store, p => sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(time::to_db(self.clock.now()))
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(backend)?;
        Ok(())
    }
}

/// One of a user's sessions as their account page lists it.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub id: String,
    /// The browser's own description of itself, shortened.
    pub device: String,
    pub address: String,
    pub signed_in_at: Option<jiff::Timestamp>,
    pub last_seen_at: Option<jiff::Timestamp>,
}

impl Store {
    /// The user's sessions that have not expired, most recent first.
    pub async fn sessions_of(
        &self,
        user_id: i64,
        now: jiff::Timestamp,
    ) -> Result<Vec<SessionInfo>, crate::store::StoreError> {
        let rows: Vec<(String, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, data FROM sessions WHERE user_id = $1 AND expires_at > $2",
        )
        .bind(user_id)
        .bind(time::to_db(now))
        .fetch_all(p)
        .await)?;
        let ms = |v: &serde_json::Value, k: &str| {
            v.get(k)
                .and_then(serde_json::Value::as_i64)
                .and_then(|n| jiff::Timestamp::from_millisecond(n).ok())
        };
        let text = |v: &serde_json::Value, k: &str| {
            v.get(k)
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let mut out: Vec<SessionInfo> = rows
            .into_iter()
            .map(|(id, data)| {
                let v: serde_json::Value = serde_json::from_str(&data).unwrap_or_default();
                SessionInfo {
                    id,
                    device: text(&v, "device"),
                    address: text(&v, "address"),
                    signed_in_at: ms(&v, "signed_in"),
                    last_seen_at: ms(&v, "touched"),
                }
            })
            .collect();
        out.sort_by_key(|s| std::cmp::Reverse(s.last_seen_at));
        Ok(out)
    }

    /// Ends the user's sessions except `keep` (the one asking), at once on
    /// every instance: the next request of an ended session finds no row.
    pub async fn end_sessions_of(
        &self,
        user_id: i64,
        keep: Option<&str>,
    ) -> Result<u64, crate::store::StoreError> {
        Ok(on_pool!(self, p => sqlx::query(
            "DELETE FROM sessions WHERE user_id = $1 AND ($2 IS NULL OR id <> $2)",
        )
        .bind(user_id)
        .bind(keep)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?)
    }
}
