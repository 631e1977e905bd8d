//! The mechanics of a list step (targets, accounts, an account's IP events,
//! victims, files): one page lists the elements, one page adds or changes
//! one, a button removes one. No script is needed for any of it.

use axum::response::{IntoResponse, Redirect, Response};

use super::step::{Builder, Step};
use crate::web::error::AppError;

/// Which element an address names: `new` (`None`) or the index of an
/// existing one. Anything else is 404, and so is `new` on a full list.
pub fn slot(len: usize, max: usize, n: &str) -> Result<Option<usize>, AppError> {
    if n == "new" {
        return if len < max {
            Ok(None)
        } else {
            Err(AppError::NotFound)
        };
    }
    existing(len, n).map(Some)
}

/// The index of an existing element, or 404.
pub fn existing(len: usize, n: &str) -> Result<usize, AppError> {
    match n.parse::<usize>() {
        Ok(i) if i < len => Ok(i),
        _ => Err(AppError::NotFound),
    }
}

/// Puts `item` in its slot (a new one at the end); its index.
pub fn put<T>(list: &mut Vec<T>, slot: Option<usize>, item: T) -> usize {
    match slot {
        Some(i) => {
            list[i] = item;
            i
        }
        None => {
            list.push(item);
            list.len() - 1
        }
    }
}

impl<B: Builder> Step<B> {
    /// Removes element `n` of the list `of` picks out of the draft, stores
    /// the draft and goes back to the list at `back`.
    pub async fn remove<T>(
        mut self,
        n: &str,
        of: impl FnOnce(&mut B::Body) -> Option<&mut Vec<T>>,
        back: String,
    ) -> Result<Response, AppError> {
        let list = of(&mut self.draft.body).ok_or(AppError::NotFound)?;
        let i = existing(list.len(), n)?;
        list.remove(i);
        self.save().await?;
        Ok(Redirect::to(&back).into_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_names_a_new_element_only_while_the_list_has_room() {
        assert!(matches!(slot(0, 2, "new"), Ok(None)));
        assert!(matches!(slot(2, 2, "new"), Err(AppError::NotFound)));
        assert!(matches!(slot(2, 2, "1"), Ok(Some(1))));
        assert!(matches!(slot(2, 2, "2"), Err(AppError::NotFound)));
        assert!(matches!(slot(2, 2, "-1"), Err(AppError::NotFound)));
        assert!(matches!(slot(2, 2, "x"), Err(AppError::NotFound)));
    }

    #[test]
    fn an_element_goes_in_its_slot_or_at_the_end() {
        let mut v = vec!['a', 'b'];
        assert_eq!(put(&mut v, Some(0), 'z'), 0);
        assert_eq!(put(&mut v, None, 'c'), 2);
        assert_eq!(v, ['z', 'b', 'c']);
    }
}
