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
