//! Recipients' OpenPGP keys as admins record them: checked before they are
//! stored (readable, self-signatures valid, able to encrypt today), stored
//! with their source and checked date and the audit entry in one
//! transaction.

use serde_json::json;

use super::openpgp;
use crate::app::error::{Error, Refusal, Result};
use crate::app::{Actor, App};
use crate::domain::role::Role;
use crate::domain::time;
use crate::i18n::Msg;
use crate::store::{NewRecipientKey, RecipientKey};

/// Longer than this is not a source.
const MAX_SOURCE: usize = 2000;

/// What an admin records.
pub struct KeyRecord<'a> {
    /// `company:<id>` or `authority:<jurisdiction>:<id>`.
    pub recipient: &'a str,
    pub armored: &'a str,
    pub source: &'a str,
    pub checked: jiff::civil::Date,
}

impl App {
    /// Whether `key_id` names a company in the directory or an authority of
    /// a rule pack.
    fn knows_recipient(&self, key_id: &str) -> bool {
        if let Some(company) = key_id.strip_prefix("company:") {
            return self.directory.get().company(company).is_some();
        }
        let Some((jurisdiction, id)) = key_id
            .strip_prefix("authority:")
            .and_then(|r| r.split_once(':'))
        else {
            return false;
        };
        self.rules.packs().iter().any(|p| {
            p.jurisdiction
                .is_some_and(|j| crate::i18n::enum_str(&j) == jurisdiction)
                && p.authorities.iter().any(|a| a.id == id)
        })
    }

    /// Records an admin's key for a recipient. A key that cannot encrypt
    /// today is refused with the reason, and nothing is stored.
    pub async fn record_recipient_key(
        &self,
        actor: &Actor<'_>,
        k: &KeyRecord<'_>,
    ) -> Result<RecipientKey> {
        if actor.user.role != Role::Admin {
            return Err(Refusal::Role("admins_only").into());
        }
        if !self.knows_recipient(k.recipient) {
            return Err(Refusal::NotFound.into());
        }
        let mut problems = Vec::new();
        let key = match openpgp::parse(k.armored) {
            Ok(key) => match key.check(self.now()) {
                Ok(()) => Some(key),
                Err(p) => {
                    problems.push(("key", Msg::new(p.key())));
                    None
                }
            },
            Err(p) => {
                problems.push(("key", Msg::new(p.key())));
                None
            }
        };
        let source = k.source.trim();
        if source.is_empty() || source.chars().count() > MAX_SOURCE {
            problems.push(("source", Msg::new("error-admin-directory-source")));
        }
        if k.checked > self.today() {
            problems.push(("checked", Msg::new("error-admin-directory-checked-future")));
        }
        let Some(key) = key.filter(|_| problems.is_empty()) else {
            return Err(Refusal::Invalid(problems).into());
        };
        let subject = format!("recipient-key:{}", k.recipient);
        let audit = actor.audit(
            "directory.recipient_key_recorded",
            &subject,
            json!({ "fingerprint": key.fingerprint, "source": source }),
        );
        let checked = k.checked.to_string();
        self.store
            .add_recipient_key(
                &NewRecipientKey {
                    recipient: k.recipient,
                    armored: k.armored.trim(),
                    fingerprint: &key.fingerprint,
                    source,
                    checked: &checked,
                    recorded_by: actor.user.id,
                },
                &audit,
                &time::to_db(self.now()),
            )
            .await?;
        self.store
            .recipient_key(k.recipient)
            .await?
            .ok_or_else(|| Error::internal("the key just recorded is missing"))
    }
}
