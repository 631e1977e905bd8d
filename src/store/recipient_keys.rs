//! Recipients' OpenPGP public keys, one row per recording; the newest
//! row of a recipient is the key in force.

use super::audit::insert_audit;
use super::{NewAudit, Result, Store, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RecipientKey {
    pub id: i64,
    pub recipient: String,
    pub armored: String,
    pub fingerprint: String,
    pub source: String,
    pub checked: String,
    pub recorder: String,
    pub recorded_at: String,
}

/// A key to record, already checked.
pub struct NewRecipientKey<'a> {
    pub recipient: &'a str,
    pub armored: &'a str,
    pub fingerprint: &'a str,
    pub source: &'a str,
    pub checked: &'a str,
    pub recorded_by: i64,
}

impl Store {
    /// Records a key with its audit entry, in one transaction.
    pub async fn add_recipient_key(
        &self,
        k: &NewRecipientKey<'_>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(
                "INSERT INTO recipient_keys (recipient, armored, fingerprint, source, checked,
                     recorded_by, recorded_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(k.recipient)
            .bind(k.armored)
            .bind(k.fingerprint)
            .bind(k.source)
            .bind(k.checked)
            .bind(k.recorded_by)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            insert_audit!(&mut *tx, audit, now);
            tx.commit().await
        })?;
        Ok(())
    }

    /// The key in force for `recipient`, if one was recorded.
    pub async fn recipient_key(&self, recipient: &str) -> Result<Option<RecipientKey>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, RecipientKey>(
            "SELECT k.id, k.recipient, k.armored, k.fingerprint, k.source, k.checked,
                    u.email AS recorder, k.recorded_at
             FROM recipient_keys k JOIN users u ON u.id = k.recorded_by
             WHERE k.recipient = $1 ORDER BY k.id DESC LIMIT 1",
        )
        .bind(recipient)
        .fetch_optional(p)
        .await)?)
    }
}
