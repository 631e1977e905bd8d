//! The audit log for the operator: pages of it narrowed by organisation,
//! action, account, subject and dates, the chain check on request, and an
//! export as JSON lines for a SIEM. Only admins read it; they belong to the
//! operator organisation and see every organisation's entries. An export
//! writes its own entry (`audit.exported`) before the first line goes out,
//! so taking a copy of the log is itself on the record.

use serde_json::json;

use crate::app::error::{Refusal, Result};
use crate::app::{Actor, App};
use crate::domain::email::EmailAddress;
use crate::domain::role::Role;
use crate::domain::time;
use crate::i18n::Msg;
use crate::store::{AuditCursor, AuditFilter, AuditPage, ChainCheck, ExportedEntry, NewAudit};

/// Entries per page.
pub const AUDIT_PAGE: i64 = 50;
/// Entries read per export batch.
const EXPORT_BATCH: i64 = 500;

/// The filters as typed: empty means "any".
#[derive(Debug, Clone, Default)]
pub struct AuditQuery<'a> {
    /// An organisation's slug.
    pub org: &'a str,
    pub action: &'a str,
    /// An account's email address or number.
    pub account: &'a str,
    pub subject: &'a str,
    pub from: Option<jiff::civil::Date>,
    /// The last day included.
    pub until: Option<jiff::civil::Date>,
}

/// A page of the log and, when asked for, what the chain check found.
pub struct AuditView {
    pub page: AuditPage,
    pub check: Option<ChainCheck>,
}

/// An export under way: the filtered log up to the entry that recorded it,
/// read oldest first a batch at a time.
pub struct AuditExport {
    app: App,
    filter: AuditFilter,
    after: i64,
    through: i64,
    done: bool,
}

fn only_admins(actor: &Actor<'_>) -> Result<()> {
    if actor.user.role == Role::Admin {
        Ok(())
    } else {
        Err(Refusal::Role("admins_only").into())
    }
}

fn some(s: &str) -> Option<String> {
    Some(s.trim()).filter(|s| !s.is_empty()).map(String::from)
}

/// An exported entry as one JSON line: the detail as JSON, not as text.
fn json_line(e: &ExportedEntry) -> String {
    let detail: serde_json::Value =
        serde_json::from_str(&e.detail).unwrap_or_else(|_| json!(e.detail));
    let mut v = serde_json::to_value(e).unwrap_or_else(|_| json!({}));
    if let Some(map) = v.as_object_mut() {
        map.insert("detail".into(), detail);
    }
    let mut line = v.to_string();
    line.push('\n');
    line
}

impl App {
    /// The typed filters as a store filter. An organisation or account that
    /// does not exist, or dates the wrong way round, are refused with the
    /// field they concern.
    pub async fn audit_filter(&self, q: &AuditQuery<'_>) -> Result<AuditFilter> {
        let mut problems = Vec::new();
        let mut f = AuditFilter {
            action_prefix: some(q.action),
            subject: some(q.subject),
            from: q.from.map(|d| d.to_string()),
            until: q
                .until
                .and_then(|d| d.tomorrow().ok())
                .map(|d| d.to_string()),
            ..AuditFilter::default()
        };
        if let Some(slug) = some(q.org) {
            match self.store.org_by_slug(&slug).await? {
                Some(org) => f.org_id = Some(org.id),
                None => problems.push(("org", Msg::new("error-audit-org-unknown"))),
            }
        }
        if let Some(account) = some(q.account) {
            let number = account.trim_start_matches('#').parse::<i64>().ok();
            let user = match (number, EmailAddress::parse(&account)) {
                (Some(id), _) => self.store.user_by_id(id).await?,
                (None, Ok(email)) => self.store.user_by_email(&email).await?,
                (None, Err(_)) => None,
            };
            match user {
                Some(u) => f.actor_user_id = Some(u.id),
                None => problems.push(("account", Msg::new("error-audit-account-unknown"))),
            }
        }
        if let (Some(from), Some(until)) = (q.from, q.until)
            && from > until
        {
            problems.push(("until", Msg::new("error-audit-dates-reversed")));
        }
        if problems.is_empty() {
            Ok(f)
        } else {
            Err(Refusal::Invalid(problems).into())
        }
    }

    /// A page of the filtered log, newest first, with the chain check when
    /// `verify` is set.
    pub async fn audit_page(
        &self,
        actor: &Actor<'_>,
        filter: &AuditFilter,
        cursor: AuditCursor,
        verify: bool,
    ) -> Result<AuditView> {
        only_admins(actor)?;
        let page = self.store.audit_page(filter, cursor, AUDIT_PAGE).await?;
        let check = if verify {
            Some(self.store.verify_audit_chain().await?)
        } else {
            None
        };
        Ok(AuditView { page, check })
    }

    /// Starts an export of the filtered log: records who took it and with
    /// which filters, then hands back the reader. `actor` is `None` for the
    /// operator's command line.
    pub async fn audit_export(
        &self,
        actor: Option<&Actor<'_>>,
        filter: &AuditFilter,
    ) -> Result<AuditExport> {
        if let Some(a) = actor {
            only_admins(a)?;
        }
        let through = self.store.last_audit_id().await?;
        let detail = json!({
            "org_id": filter.org_id,
            "action": filter.action_prefix,
            "actor_user_id": filter.actor_user_id,
            "subject": filter.subject,
            "from": filter.from,
            "until": filter.until,
            "through": through,
        });
        let entry = match actor {
            Some(a) => a.audit("audit.exported", "audit-log", detail),
            None => {
                let mut detail = detail;
                if let Some(map) = detail.as_object_mut() {
                    map.insert("via".into(), json!("cli"));
                }
                NewAudit {
                    actor_user_id: None,
                    org_id: None,
                    action: "audit.exported",
                    subject: "audit-log",
                    ip: None,
                    detail,
                }
            }
        };
        self.store.audit_at(entry, self.now()).await?;
        Ok(AuditExport {
            app: self.clone(),
            filter: filter.clone(),
            after: 0,
            through,
            done: false,
        })
    }
}

impl AuditExport {
    /// The next batch of JSON lines, or `None` once the export is complete.
    pub async fn next_lines(&mut self) -> Result<Option<String>> {
        if self.done {
            return Ok(None);
        }
        // Stop after a failure: the response ends with it.
        self.done = true;
        let rows = self
            .app
            .store
            .audit_export_batch(&self.filter, self.after, self.through, EXPORT_BATCH)
            .await?;
        self.done = (rows.len() as i64) < EXPORT_BATCH;
        let Some(last) = rows.last() else {
            return Ok(None);
        };
        self.after = last.id;
        Ok(Some(rows.iter().map(json_line).collect()))
    }
}

/// The date an entry's stored time falls on, for people: `YYYY-MM-DD HH:MM:SS UTC`.
pub fn audit_time(at: &str) -> String {
    time::from_db(at)
        .map(|t| t.strftime("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|| at.to_string())
}
