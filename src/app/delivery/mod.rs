//! Delivery: each finished document's package reaches its recipient once.
//! "Send" builds the email and queues it with its audit entry in one
//! transaction; sending it again returns the same delivery. The worker
//! (see [`worker`]) sends what is queued. Portal recipients get the
//! download and a record of the upload the user made.

pub mod channel;
pub mod inbox;
pub mod keys;
pub mod message;
pub mod openpgp;
pub mod transport;
pub mod worker;

use serde_json::json;

pub use channel::{Recipient, Route};
pub use transport::{Attempt, Transports};

use super::documents::{MEMBERS, OFFICERS, require};
use super::error::{Error, Refusal, Result};
use super::{Actor, App, DocumentKind};
use crate::domain::report::Report;
use crate::domain::request::RecordsRequest;
use crate::domain::request_type::RequestType;
use crate::domain::time;
use crate::i18n::Msg;
use crate::store::{Delivery, Document, NewDelivery, NewUpload, StoredPackage};

/// The sending address when no SMTP server is configured: reserved, so a
/// file in the outbox can never be mistaken for real mail.
pub(crate) const OUTBOX_FROM: &str = "casebridge@outbox.invalid";

/// Longer than this is not a portal reference.
const MAX_REFERENCE: usize = 200;

/// What a finished document's page shows about its delivery.
#[derive(Debug, Clone)]
pub struct Panel {
    pub package_id: String,
    pub recipient: Option<Recipient>,
    pub deliveries: Vec<Delivery>,
    /// Mail for this document only goes to the outbox folder: the
    /// organisation is a demo or training one, or no server is configured.
    pub file_only: bool,
    /// Why: a demo or training organisation (else: no server).
    pub demo: bool,
}

impl Panel {
    /// The delivery to the recipient's current address, if one was made.
    pub fn current(&self) -> Option<&Delivery> {
        let address = self.recipient.as_ref().map(|r| r.address.as_str())?;
        self.deliveries.iter().find(|d| d.recipient == address)
    }
}

/// A package with the document it belongs to, checked for the actor.
struct Target {
    package: StoredPackage,
    package_row: i64,
    doc: Document,
    kind: DocumentKind,
    recipient: Option<Recipient>,
}

/// Who sends, as the email names them: person, reply address, callback.
struct Sender {
    person: String,
    email: String,
    callback: String,
    urgent: bool,
    cc: Vec<String>,
}

/// A built message, or why none could be.
#[derive(Default)]
struct Built {
    from: String,
    cc: Vec<String>,
    message: Option<Vec<u8>>,
    message_id: String,
    /// Fingerprints the package is encrypted to.
    encrypted_to: Vec<String>,
    /// Why there is no message; empty when there is one.
    reason: String,
}

fn invalid(field: &'static str, key: &'static str) -> Error {
    Refusal::Invalid(vec![(field, Msg::new(key))]).into()
}

fn subject(d: &str) -> String {
    format!("delivery:{d}")
}

impl App {
    /// Mail of `actor`'s organisation for `doc` goes to the outbox folder.
    fn file_only(&self, actor: &Actor<'_>, doc: &Document) -> bool {
        actor.user.org.is_demo || doc.training || self.config.smtp.is_none()
    }

    async fn target(&self, actor: &Actor<'_>, package_id: &str) -> Result<Target> {
        let org = actor.user.org.id;
        let (package_row, doc_row) = self
            .store
            .package_row(package_id, org)
            .await?
            .ok_or(Refusal::NotFound)?;
        let doc = self
            .store
            .document_by_row(doc_row, org)
            .await?
            .ok_or(Refusal::NotFound)?;
        let package = self
            .store
            .package_for_org(package_id, org)
            .await?
            .ok_or(Refusal::NotFound)?;
        let (kind, recipient) = match doc.kind.as_str() {
            "request" => {
                require(actor, OFFICERS, "officers_only")?;
                let body = RecordsRequest::from_json(&doc.body).map_err(Error::internal)?;
                let directory = self.directory.get();
                (
                    DocumentKind::Request,
                    channel::for_request(directory, &body),
                )
            }
            _ => {
                require(actor, MEMBERS, "members_only")?;
                let body = Report::from_json(&doc.body).map_err(Error::internal)?;
                (
                    DocumentKind::Report,
                    channel::for_report(&self.rules, &body),
                )
            }
        };
        Ok(Target {
            package,
            package_row,
            doc,
            kind,
            recipient,
        })
    }

    /// The delivery panel of a finished document's package.
    pub async fn delivery_panel(
        &self,
        actor: &Actor<'_>,
        package: &StoredPackage,
    ) -> Result<Panel> {
        let t = self.target(actor, &package.public_id).await?;
        let deliveries = self
            .store
            .deliveries_for_document(t.doc.id, t.doc.org_id)
            .await?;
        Ok(Panel {
            package_id: package.public_id.clone(),
            file_only: self.file_only(actor, &t.doc),
            demo: actor.user.org.is_demo || t.doc.training,
            recipient: t.recipient,
            deliveries,
        })
    }

    /// The deliveries of a package of the actor's organisation.
    pub async fn deliveries(&self, actor: &Actor<'_>, package_id: &str) -> Result<Vec<Delivery>> {
        let t = self.target(actor, package_id).await?;
        Ok(self
            .store
            .deliveries_for_document(t.doc.id, t.doc.org_id)
            .await?
            .into_iter()
            .filter(|d| d.package_id == Some(t.package_row))
            .collect())
    }

    /// Queues the package for its recipient by email. An unverified address
    /// needs `confirmed`. Asking again returns the delivery already made and
    /// sends nothing more.
    pub async fn send_package(
        &self,
        actor: &Actor<'_>,
        package_id: &str,
        confirmed: bool,
    ) -> Result<Delivery> {
        let t = self.target(actor, package_id).await?;
        let finished = match t.kind {
            DocumentKind::Request => t.doc.status == "final",
            DocumentKind::Report => t.doc.status == "approved",
        };
        if !finished {
            return Err(Refusal::WrongState(t.doc.status.clone()).into());
        }
        let to = match &t.recipient {
            Some(r) if r.route == Route::Email => r,
            _ => return Err(invalid("channel", "delivery-error-no-email")),
        };
        let existing = self
            .store
            .deliveries_for_document(t.doc.id, t.doc.org_id)
            .await?
            .into_iter()
            .find(|d| d.package_id == Some(t.package_row) && d.recipient == to.address);
        if let Some(d) = &existing
            && d.sendable
        {
            return Ok(d.clone());
        }
        if existing.is_none() && to.needs_confirmation() && !confirmed {
            return Err(invalid("confirm", "delivery-error-confirm"));
        }
        let delivery_id = existing
            .as_ref()
            .map_or_else(|| uuid::Uuid::new_v4().to_string(), |d| d.public_id.clone());
        let built = self.letter(actor, &t, to, &delivery_id).await?;
        let file_only = self.file_only(actor, &t.doc);
        let transport = if file_only { "file" } else { "smtp" };
        let envelope_to = std::iter::once(to.address.as_str())
            .chain(built.cc.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("\n");
        let message = built.message.as_deref();
        let subject = subject(&delivery_id);
        let action = match (message.is_some(), existing.is_some()) {
            (true, false) => "delivery.queued",
            (true, true) => "delivery.rebuilt",
            (false, _) => "delivery.failed",
        };
        let audit = actor.audit(
            action,
            &subject,
            json!({
                "package": t.package.public_id,
                "document": t.doc.public_id,
                "recipient": to.address,
                "cc": built.cc,
                "verified": to.verified,
                "confirmed": confirmed,
                "transport": transport,
                "encrypted_to": built.encrypted_to,
                "reason": built.reason,
            }),
        );
        let now = time::to_db(self.now());
        if let Some(d) = existing {
            self.store
                .rebuild_delivery(d.id, message, &envelope_to, &built.reason, &audit, &now)
                .await?;
            return self
                .store
                .delivery(&d.public_id, Some(d.org_id))
                .await?
                .ok_or_else(|| Refusal::NotFound.into());
        }
        let (d, _) = self
            .store
            .queue_delivery(
                &NewDelivery {
                    public_id: &delivery_id,
                    package_id: t.package_row,
                    document_id: t.doc.id,
                    org_id: t.doc.org_id,
                    recipient: &to.address,
                    recipient_name: &to.name,
                    transport,
                    message_id: &built.message_id,
                    envelope_from: &built.from,
                    envelope_to: &envelope_to,
                    message,
                    reason: &built.reason,
                    requested_by: actor.user.id,
                },
                &audit,
                &now,
            )
            .await?;
        Ok(d)
    }

    /// The message for `to`: encrypted when the recipient has a key, signed
    /// when DKIM is configured. No message (and the reason) when the key
    /// cannot be used: nothing then goes out in the clear.
    async fn letter(
        &self,
        actor: &Actor<'_>,
        t: &Target,
        to: &Recipient,
        delivery_id: &str,
    ) -> Result<Built> {
        let sender = self.sender(actor, t)?;
        let from = self
            .config
            .smtp
            .as_ref()
            .map_or(OUTBOX_FROM, |s| s.from.as_str())
            .to_string();
        let now = self.now();
        let mut built = Built {
            from,
            cc: sender.cc.clone(),
            ..Built::default()
        };
        let encrypted = match self.store.recipient_key(&to.key_id).await? {
            None => None,
            Some(k) => match self.encrypt_package(&k.armored, &t.package, now) {
                Ok((bytes, fingerprints)) => {
                    built.encrypted_to = fingerprints;
                    Some(bytes)
                }
                Err(problem) => {
                    built.reason = format!(
                        "not sent: {problem}; record a usable key for the recipient, then send again"
                    );
                    built.message_id = message::message_id(delivery_id, &built.from);
                    return Ok(built);
                }
            },
        };
        let letter = message::Letter {
            delivery_id,
            at: now,
            from: &built.from,
            to: &to.address,
            to_name: &to.name,
            kind: t.kind,
            urgent: sender.urgent,
            training: t.doc.training,
            reference: &t.doc.reference,
            package: &t.package,
            org: &actor.user.org.name,
            person: &sender.person,
            reply_to: Some(sender.email.as_str()).filter(|e| !e.is_empty()),
            callback: &sender.callback,
            locale: to.locale,
            cc: &sender.cc,
            encrypted: encrypted.as_deref(),
        };
        let (mut m, message_id) = message::build(&letter).map_err(|e| match e {
            message::LetterError::Recipient(_) => {
                invalid("recipient", "delivery-error-bad-address")
            }
            other => Error::internal(other),
        })?;
        if let Some(dkim) = &self.config.delivery.dkim {
            message::sign(&mut m, dkim).map_err(Error::internal)?;
        }
        built.message = Some(m.formatted());
        built.message_id = message_id;
        Ok(built)
    }

    /// The package's ZIP encrypted to the recipient's key and the sender
    /// organisation's, with the fingerprints it is encrypted to.
    fn encrypt_package(
        &self,
        armored: &str,
        package: &StoredPackage,
        now: jiff::Timestamp,
    ) -> std::result::Result<(Vec<u8>, Vec<String>), openpgp::KeyProblem> {
        let recipient = openpgp::parse(armored)?;
        let sender = self
            .config
            .delivery
            .sender_key
            .as_deref()
            .map(openpgp::parse)
            .transpose()?;
        let keys: Vec<&openpgp::PublicKey> =
            std::iter::once(&recipient).chain(sender.as_ref()).collect();
        let bytes = openpgp::encrypt(
            &keys,
            &message::zip_name(&package.public_id),
            &package.zip_bytes,
            now,
        )?;
        Ok((bytes, keys.iter().map(|k| k.fingerprint.clone()).collect()))
    }

    fn sender(&self, actor: &Actor<'_>, t: &Target) -> Result<Sender> {
        let user_email = actor.user.email.to_string();
        Ok(match t.kind {
            DocumentKind::Request => {
                let r = RecordsRequest::from_json(&t.doc.body).map_err(Error::internal)?;
                let q = r.requester.unwrap_or_default();
                let person = [q.rank.as_str(), q.name.as_str()]
                    .iter()
                    .filter(|s| !s.trim().is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" ");
                let callback = r
                    .emergency
                    .as_ref()
                    .map(|e| e.callback.clone())
                    .filter(|c| !c.is_empty())
                    .unwrap_or(q.phone);
                Sender {
                    person,
                    email: if q.email.is_empty() {
                        user_email
                    } else {
                        q.email
                    },
                    callback,
                    urgent: r.request_type == Some(RequestType::Emergency),
                    cc: q.cc,
                }
            }
            DocumentKind::Report => {
                let r = Report::from_json(&t.doc.body).map_err(Error::internal)?;
                Sender {
                    person: r.reporter.name.clone(),
                    email: if r.reporter.email.is_empty() {
                        user_email
                    } else {
                        r.reporter.email.clone()
                    },
                    callback: r.reporter.phone.clone(),
                    urgent: r.incident.child_at_imminent_risk == Some(true),
                    cc: r.reporter.cc.clone(),
                }
            }
        })
    }

    /// Records that the user uploaded the package at the recipient's portal:
    /// when, and the reference the portal gave. Recording it again returns
    /// the first record.
    pub async fn record_portal_upload(
        &self,
        actor: &Actor<'_>,
        package_id: &str,
        reference: &str,
        uploaded_at: &str,
    ) -> Result<Delivery> {
        let t = self.target(actor, package_id).await?;
        let portal = match &t.recipient {
            Some(r) if r.route == Route::Portal && !r.address.is_empty() => r,
            _ => return Err(invalid("portal", "delivery-error-no-portal")),
        };
        let reference = reference.trim();
        if reference.is_empty()
            || reference.chars().count() > MAX_REFERENCE
            || reference.chars().any(char::is_control)
        {
            return Err(invalid("reference", "delivery-error-reference"));
        }
        let now = self.now();
        let at = parse_when(uploaded_at)
            .filter(|at| *at <= now)
            .ok_or_else(|| invalid("uploaded_at", "delivery-error-uploaded-at"))?;
        let delivery_id = uuid::Uuid::new_v4().to_string();
        let subject = subject(&delivery_id);
        let audit = actor.audit(
            "delivery.portal_uploaded",
            &subject,
            json!({
                "package": t.package.public_id,
                "document": t.doc.public_id,
                "portal": portal.address,
                "reference": reference,
                "uploaded_at": time::to_db(at),
            }),
        );
        let (d, _) = self
            .store
            .record_upload(
                &NewUpload {
                    public_id: &delivery_id,
                    package_id: t.package_row,
                    document_id: t.doc.id,
                    org_id: t.doc.org_id,
                    recipient: &portal.address,
                    recipient_name: &portal.name,
                    reference,
                    uploaded_at: &time::to_db(at),
                    uploaded_by: actor.user.id,
                },
                &audit,
                &time::to_db(now),
            )
            .await?;
        Ok(d)
    }

    /// Queues a failed delivery again, due now. `actor` is `None` for the
    /// operator's command line, which may retry any organisation's.
    pub async fn retry_delivery(
        &self,
        actor: Option<&Actor<'_>>,
        delivery_id: &str,
    ) -> Result<Delivery> {
        let org = actor.map(|a| a.user.org.id);
        let current = self
            .store
            .delivery(delivery_id, org)
            .await?
            .ok_or(Refusal::NotFound)?;
        if let Some(a) = actor {
            // Account emails have no document: only the operator retries them.
            let document = current.document_id.ok_or(Refusal::NotFound)?;
            let doc = self
                .store
                .document_by_row(document, a.user.org.id)
                .await?
                .ok_or(Refusal::NotFound)?;
            let roles = if doc.kind == "request" {
                OFFICERS
            } else {
                MEMBERS
            };
            require(
                a,
                roles,
                if doc.kind == "request" {
                    "officers_only"
                } else {
                    "members_only"
                },
            )?;
        }
        if current.status != "failed" {
            return Err(invalid("delivery", "delivery-error-not-failed"));
        }
        if !current.sendable {
            return Err(invalid("delivery", "delivery-error-key-retry"));
        }
        let subject = subject(delivery_id);
        let detail = json!({ "previous_reply": current.last_reply });
        let audit = match actor {
            Some(a) => a.audit("delivery.retried", &subject, detail),
            None => crate::store::NewAudit {
                actor_user_id: None,
                org_id: Some(current.org_id),
                action: "delivery.retried",
                subject: &subject,
                ip: None,
                detail: json!({ "previous_reply": current.last_reply, "via": "cli" }),
            },
        };
        let now = time::to_db(self.now());
        match self
            .store
            .requeue_delivery(delivery_id, org, &audit, &now)
            .await?
        {
            Some((d, true)) => Ok(d),
            Some((_, false)) => Err(invalid("delivery", "delivery-error-not-failed")),
            None => Err(Refusal::NotFound.into()),
        }
    }
}

/// `2026-12-01 14:05` or `2026-12-01T14:05` (UTC), or an RFC 3339 instant.
fn parse_when(s: &str) -> Option<jiff::Timestamp> {
    let s = s.trim();
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Some(time::round(t));
    }
    let civil = s.replace(' ', "T");
    let dt: jiff::civil::DateTime = civil.parse().ok()?;
    dt.to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| time::round(z.timestamp()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upload_times_read_as_utc() {
        let t = parse_when("2026-12-01 14:05").unwrap();
        assert_eq!(t.to_string(), "2026-12-01T14:05:00Z");
        assert_eq!(
            parse_when("2026-12-01T14:05:09+09:00").unwrap().to_string(),
            "2026-12-01T05:05:09Z"
        );
        assert!(parse_when("yesterday").is_none());
        assert!(parse_when("").is_none());
    }
}
