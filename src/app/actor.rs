//! Who asks for a transition, and through which door.

use serde::Serialize;

use crate::domain::role::Role;
use crate::i18n::Locale;
use crate::store::{NewAudit, User};

/// The way a transition was asked for; recorded in its audit entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    Web,
    Api,
    Cli,
}

/// A signed-in user acting through `via`. `locale` is the language of the
/// words the workflow writes for them (a draft's title, refusals).
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub user: &'a User,
    pub via: Via,
    pub locale: Locale,
}

impl<'a> Actor<'a> {
    pub fn new(user: &'a User, via: Via, locale: Locale) -> Self {
        Actor { user, via, locale }
    }

    pub fn has_role(&self, roles: &[Role]) -> bool {
        roles.contains(&self.user.role)
    }

    /// An audit entry of this actor about `subject`, with `via` added to
    /// the detail.
    pub fn audit(
        &self,
        action: &'a str,
        subject: &'a str,
        mut detail: serde_json::Value,
    ) -> NewAudit<'a> {
        if let Some(map) = detail.as_object_mut() {
            map.insert("via".into(), serde_json::json!(self.via));
        }
        NewAudit {
            actor_user_id: Some(self.user.id),
            org_id: Some(self.user.org.id),
            action,
            subject,
            ip: None,
            detail,
        }
    }
}
