//! The workflow layer: one function per transition of a document (create,
//! save, submit, return, approve, attest, new version, duplicate, delete,
//! build the package). Each checks role, organisation, the author/reviewer
//! rule, the current state and the revision, and writes the change with its
//! audit entry (and review row, package and statistics facts, where they
//! apply) in one transaction. Pages, the JSON API and the command line call
//! these functions; none of them writes a status, a review row or an audit
//! row itself.

mod actor;
pub mod audit;
pub mod cases;
mod clock;
pub mod delivery;
mod directory;
mod documents;
mod duties;
mod error;
mod facts;
pub mod finding;
mod ncmec;
mod packaging;
pub mod projection;
mod reports;
mod requests;
mod server_key;
mod status;
mod text;

use std::sync::Arc;

pub use actor::{Actor, Via};
pub use clock::Clock;
pub use directory::load_directory;
pub use documents::{Loaded, ReviewStep};
pub use error::{Error, Problem, Refusal};
pub use ncmec::{NcmecPanel, ncmec_steps};
pub use packaging::{PdfText, REPORT_SCHEMA_ID, REQUEST_SCHEMA_ID};
pub use reports::{ReportChecks, Submission};
pub use requests::{AttestInput, attestation_name_problem, recipient_locale};
pub use server_key::ServerKey;
pub use status::{DocumentKind, ReportStatus, RequestStatus};

use crate::config::Config;
use crate::directory::SharedDirectory;
use crate::rules::Rules;
use crate::store::Store;

/// Everything the workflow needs, shared by every caller.
#[derive(Clone)]
pub struct App {
    pub store: Store,
    pub config: Arc<Config>,
    /// The company directory with admins' corrections; replaced on edit.
    pub directory: Arc<SharedDirectory>,
    /// Jurisdiction rule packs and the harm taxonomy, loaded once at start.
    pub rules: Arc<Rules>,
    pub clock: Clock,
    /// Keys the login throttle and the pre-sign-in CSRF cookie.
    pub server_key: ServerKey,
}

impl App {
    /// The current instant, to the second.
    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }

    /// Today's date in UTC, from the same clock: what "in the future" and
    /// "in force" are judged against.
    pub fn today(&self) -> jiff::civil::Date {
        self.now().to_zoned(jiff::tz::TimeZone::UTC).date()
    }
}
