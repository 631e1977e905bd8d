//! The company directory as the app runs it: the shipped reference data
//! with admins' corrections on top.

use anyhow::Context;

use crate::directory::{Company, Directory};
use crate::store::Store;

/// The shipped directory with the latest in-app edit of each company on top,
/// and the id of the newest edit. An edit that no longer fits the shipped
/// data (say, a company removed from it) is skipped with a warning.
pub async fn load_directory(store: &Store) -> anyhow::Result<(Directory, i64)> {
    let mut directory = Directory::load().context("the shipped reference data is invalid")?;
    let mut latest = 0;
    for edit in store.latest_company_edits().await? {
        latest = latest.max(edit.id);
        let applied = serde_json::from_str::<Company>(&edit.body)
            .map_err(anyhow::Error::from)
            .and_then(|c| directory.with_company(c));
        match applied {
            Ok(next) => directory = next,
            Err(e) => {
                tracing::warn!(company = %edit.company_id, error = %e, "skipping a directory edit")
            }
        }
    }
    Ok((directory, latest))
}

impl super::App {
    /// An admin's correction of a company: stored with its audit entry in
    /// one transaction, then applied at once (other instances pick it up
    /// on their next directory reload).
    pub async fn edit_company(
        &self,
        actor: &super::Actor<'_>,
        company: Company,
    ) -> super::error::Result<()> {
        if actor.user.role != crate::domain::role::Role::Admin {
            return Err(super::Refusal::Role("admins_only").into());
        }
        let next = self
            .directory
            .get()
            .with_company(company.clone())
            .map_err(|e| {
                super::Error::internal(format!("the edit does not fit the directory: {e}"))
            })?;
        let body = serde_json::to_string(&company).map_err(super::Error::internal)?;
        let subject = format!("company:{}", company.id);
        let audit = actor.audit("directory.company_edited", &subject, serde_json::json!({}));
        self.store
            .add_company_edit(&company.id, &body, actor.user.id, &audit)
            .await?;
        self.directory.set(next);
        Ok(())
    }
}
