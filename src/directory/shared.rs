//! The directory as the running app sees it: the shipped data with the
//! corrections admins made in the app applied on top, replaceable while
//! requests are being served.
//!
//! Each version is leaked on purpose: a request may hold references into the
//! directory for as long as it runs, and edits are rare (an admin correcting
//! a fact), so keeping every version alive costs a few hundred kilobytes per
//! edit and spares every reader a lock or a reference count.

use std::ops::Deref;
use std::sync::RwLock;

use super::{Company, Directory};

#[derive(Debug)]
pub struct SharedDirectory {
    current: RwLock<&'static Directory>,
}

impl SharedDirectory {
    pub fn new(directory: Directory) -> Self {
        SharedDirectory {
            current: RwLock::new(Box::leak(Box::new(directory))),
        }
    }

    /// The directory now.
    pub fn get(&self) -> &'static Directory {
        // A poisoned lock still holds a complete directory: the pointer is
        // written in one step.
        *self.current.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Puts `company` in place of its record, after the same checks as the
    /// shipped data. Nothing changes when a check fails.
    pub fn replace_company(&self, company: Company) -> anyhow::Result<()> {
        let next = self.get().with_company(company)?;
        let mut slot = self.current.write().unwrap_or_else(|e| e.into_inner());
        *slot = Box::leak(Box::new(next));
        Ok(())
    }

    /// Replaces the whole directory (after reloading edits from the store).
    pub fn set(&self, directory: Directory) {
        let mut slot = self.current.write().unwrap_or_else(|e| e.into_inner());
        *slot = Box::leak(Box::new(directory));
    }
}

impl Deref for SharedDirectory {
    type Target = Directory;

    fn deref(&self) -> &Directory {
        self.get()
    }
}
