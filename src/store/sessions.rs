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
                "INSERT INTO sessions (id, data, expires_at) VALUES ($1, $2, $3)",
            )
            .bind(record.id.to_string())
            .bind(data)
            .bind(expiry_text(record))
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
            "INSERT INTO sessions (id, data, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at",
        )
        .bind(record.id.to_string())
        .bind(data)
        .bind(expiry_text(record))
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
