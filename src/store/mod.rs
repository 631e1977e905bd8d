//! One store over SQLite and PostgreSQL. The backend is chosen once from the URL
//! scheme; every query is written once in SQL that both understand (`$1`
//! placeholders, `ON CONFLICT`, RFC 3339 text timestamps) and run at runtime.

mod accounts;
mod attachments;
mod audit;
mod audit_query;
mod cases;
mod commit;
mod company_edits;
mod deliveries;
mod documents;
mod duties;
mod finding;
mod login_attempts;
mod ncmec;
mod orgs;
mod packages;
mod recipient_keys;
mod reminders;
mod reviews;
mod secrets;
mod sessions;
mod tokens;
mod users;

pub use accounts::{AccountChange, AccountMail, LinkPurpose, NewLink};
pub use attachments::Attachment;
pub use audit::{AuditEntry, CONTENT_CHANGED, ChainCheck, LINK_BROKEN, NewAudit};
pub use audit_query::{AuditCursor, AuditFilter, AuditPage, ExportedEntry};
pub use cases::{
    Case, CaseChange, CaseEvent, CaseFilter, CaseOutcome, CaseScope, CaseSet, NewCase,
    NewCaseEvent, NewNotice, NewOutcome,
};
pub use commit::{
    Change, Commit, CommitError, Committed, Create, Delete, Facts, FileLine, NOTHING_DUE,
    PackageFiles, ReviewLine, SearchKeys, Update,
};
pub use company_edits::CompanyEdit;
pub use deliveries::{Claimed, Delivery, NewDelivery, NewUpload, Outcome as AttemptOutcome};
pub use documents::{Document, DocumentSummary};
pub use duties::{DutyRecord, NewDutyRecord};
pub use finding::{DocumentQuery, SortBy, like_pattern};
pub use login_attempts::Failures;
pub use ncmec::{NcmecEnd, NcmecSubmission, NewNcmecSubmission};
pub use orgs::{NewOrg, Org};
pub use packages::StoredPackage;
pub use recipient_keys::{NewRecipientKey, RecipientKey};
pub use reminders::DeliveredPreservation;
pub use reviews::{ReportSummary, ReviewEntry};
pub use sessions::{SessionInfo, SessionRows};
pub use tokens::{NewToken, TokenInfo};
pub use users::{AccountState, NewUser, Profile, User};

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
}

#[derive(Clone, Debug)]
enum Backend {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same expression against whichever pool the store holds. The body
/// is compiled twice, once per backend, so the SQL must suit both.
macro_rules! on_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.backend {
            $crate::store::Backend::Sqlite($pool) => $body,
            $crate::store::Backend::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_pool;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database URL must start with sqlite:// or postgres:// (got {0:?})")]
    UnknownScheme(String),
    #[error("cannot open the database at {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("{0}")]
    Conflict(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The URL with any password replaced, for messages and logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let creds = &url[scheme_end + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

impl Store {
    /// Opens the database named by `url`; SQLite files are created if missing.
    pub async fn connect(url: &str) -> Result<Self> {
        let connect_err = |source| StoreError::Connect {
            url: redact_url(url),
            source,
        };
        let backend = if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(connect_err)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                // 8 MiB of pages per connection instead of SQLite's 2 MiB:
                // enough for the upper levels of every index, so a list of
                // 50 out of a million rows reads few pages from the file
                // (which the kernel caches anyway). Each connection keeps
                // its cache while it lives, so this times the pool's 8 is
                // resident memory: 64 MiB here, not the 512 MiB of the
                // earlier 64 MiB per connection (README, Memory).
                .pragma("cache_size", "-8192");
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await
                .map_err(connect_err)?;
            Backend::Sqlite(pool)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let options = PgConnectOptions::from_str(url).map_err(connect_err)?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await
                .map_err(connect_err)?;
            Backend::Postgres(pool)
        } else {
            return Err(StoreError::UnknownScheme(redact_url(url)));
        };
        Ok(Store { backend })
    }

    /// Applies any migrations the database has not seen yet.
    pub async fn migrate(&self) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await?,
            Backend::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        self.seal_unchained_audit().await
    }

    pub fn backend_name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        on_pool!(self, p => sqlx::query("SELECT 1").execute(p).await.is_ok())
    }

    pub async fn close(&self) {
        on_pool!(self, p => p.close().await)
    }
}

/// Whether an error is a unique-constraint violation, in either database.
fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.is_unique_violation())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords_only() {
        assert_eq!(
            redact_url("postgres://cb:s3cret@db.example:5432/cb"),
            "postgres://cb:***@db.example:5432/cb"
        );
        assert_eq!(
            redact_url("postgres://cb@db.example/cb"),
            "postgres://cb@db.example/cb"
        );
        assert_eq!(
            redact_url("sqlite://casebridge.db"),
            "sqlite://casebridge.db"
        );
    }
}
