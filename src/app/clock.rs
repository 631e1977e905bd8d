//! Where the workflow reads the time: the system clock in service, a fixed
//! or settable one in tests, so nothing waits for time to pass.

use std::sync::{Arc, Mutex};

use jiff::Timestamp;

#[derive(Clone)]
pub struct Clock(Source);

#[derive(Clone)]
enum Source {
    System,
    Manual(Arc<Mutex<Timestamp>>),
}

impl Clock {
    pub fn system() -> Self {
        Clock(Source::System)
    }

    /// A clock that stays at `at` until [`Clock::set`] moves it.
    pub fn manual(at: Timestamp) -> Self {
        Clock(Source::Manual(Arc::new(Mutex::new(at))))
    }

    /// Moves a manual clock; the system clock cannot be moved.
    pub fn set(&self, at: Timestamp) {
        if let Source::Manual(t) = &self.0
            && let Ok(mut t) = t.lock()
        {
            *t = at;
        }
    }

    /// Now, to the second (the precision casebridge stores).
    pub fn now(&self) -> Timestamp {
        match &self.0 {
            Source::System => crate::domain::time::now(),
            Source::Manual(t) => t
                .lock()
                .map(|t| crate::domain::time::round(*t))
                .unwrap_or_else(|_| crate::domain::time::now()),
        }
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Source::System => f.write_str("Clock::system"),
            Source::Manual(_) => f.write_str("Clock::manual"),
        }
    }
}
