//! Records requests: draft → final (attested, packaged); a new version of a
//! final request is a draft that, once attested, supersedes it.

use serde_json::json;

use super::documents::{OFFICERS, require};
use super::error::{Refusal, Result};
use super::packaging::files;
use super::status::RequestStatus;
use super::{Actor, App, Loaded, facts};
use crate::domain::country::CountryCode;
use crate::domain::national_id;
use crate::domain::request::{Attestation, RecordsRequest, SCHEMA_VERSION};
use crate::i18n::{Locale, Msg};
use crate::rules::request::{self as request_rules, Outcome};
use crate::store::{Change, Commit, Committed, Create, Delete, FileLine, Update};

pub use super::packaging::recipient_locale;

/// What the officer declares to make a request final.
#[derive(Debug, Clone, Default)]
pub struct AttestInput {
    /// The officer's name as they sign.
    pub name: String,
    /// The warnings they accept, as acknowledgement keys; `None` keeps the
    /// ones the draft has.
    pub acknowledged: Option<Vec<String>>,
}

const DRAFT: &[&str] = &["draft"];

/// Longer than this is not a name.
const MAX_NAME: usize = 200;

fn subject(id: &str) -> String {
    format!("request:{id}")
}

/// A request body as the API or a copy may bring it: nobody has attested it.
fn unattested(mut r: RecordsRequest) -> RecordsRequest {
    r.attestation = None;
    r
}

impl App {
    /// Every request rule over `r`, for the actor's agency, now.
    pub fn check_request(&self, actor: &Actor<'_>, r: &RecordsRequest) -> Outcome {
        request_rules::check(
            r,
            &request_rules::Context {
                directory: &self.directory,
                officer_country: actor.user.org.country,
                demo: actor.user.org.is_demo,
                now: self.now(),
                printable: &super::packaging::PdfText,
            },
        )
    }

    /// The countries whose national IDs the guard looks for in `r`.
    pub fn request_id_countries(&self, actor: &Actor<'_>, r: &RecordsRequest) -> Vec<CountryCode> {
        request_rules::national_id_jurisdictions(r, &self.directory, actor.user.org.country)
    }

    /// "Example Social – Subscriber information – 2 targets" in `locale`.
    pub fn request_title(&self, locale: Locale, r: &RecordsRequest) -> String {
        let company = r
            .company_id
            .as_deref()
            .and_then(|id| self.directory.company(id))
            .map(|c| c.name.as_str());
        let kind = r.request_type.map(|t| locale.t(t.label_key()));
        r.title(company, kind.as_deref())
    }

    /// Starts a draft request with `body` (empty from the builder, a whole
    /// document from the API).
    pub async fn create_request(
        &self,
        actor: &Actor<'_>,
        body: RecordsRequest,
    ) -> Result<Committed> {
        require(actor, OFFICERS, "officers_only")?;
        if body.attestation.is_some() {
            return Err(attestation_elsewhere());
        }
        super::text::plain_text_only(&body)?;
        self.insert_request(actor, &body, false, None, None).await
    }

    async fn insert_request(
        &self,
        actor: &Actor<'_>,
        body: &RecordsRequest,
        training: bool,
        follows: Option<&Loaded<RecordsRequest>>,
        copy_of: Option<&Loaded<RecordsRequest>>,
    ) -> Result<Committed> {
        let public_id = uuid::Uuid::new_v4().to_string();
        let subject = subject(&public_id);
        let title = self.request_title(actor.locale, body);
        let json = body.to_json();
        let (action, detail) = match (follows, copy_of) {
            (Some(prev), _) => (
                "request.version_created",
                json!({ "follows": prev.doc.public_id }),
            ),
            (_, Some(orig)) => (
                "request.draft_created",
                json!({ "copy_of": orig.doc.public_id }),
            ),
            _ => ("request.draft_created", json!({})),
        };
        let mut commit = Commit::new(
            self.now(),
            Change::Create(Create {
                public_id: &public_id,
                kind: "request",
                status: RequestStatus::Draft.as_str(),
                schema_version: SCHEMA_VERSION,
                owner_id: actor.user.id,
                org_id: actor.user.org.id,
                training,
                title: &title,
                body: &json,
                follows: follows.map(|p| (p.doc.id, p.doc.version)),
            }),
            actor.audit(action, &subject, detail),
        );
        commit.copy_files_from = follows.or(copy_of).map(|d| d.doc.id);
        commit.search = Some(self.request_keys(body));
        Ok(self.store.commit(&commit).await?)
    }

    /// Saves a draft as `body`, with a new signed legal process when `file`
    /// is given, if nobody changed it since `revision`. Returns the new
    /// revision.
    pub async fn save_request(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<RecordsRequest>,
        revision: i64,
        body: &RecordsRequest,
        file: Option<FileLine<'_>>,
    ) -> Result<i64> {
        require(actor, OFFICERS, "officers_only")?;
        if loaded.status() != RequestStatus::Draft {
            return Err(Refusal::WrongState(loaded.doc.status.clone()).into());
        }
        if body.attestation.is_some() {
            return Err(attestation_elsewhere());
        }
        super::text::plain_text_only(body)?;
        let subject = subject(&loaded.doc.public_id);
        let title = self.request_title(actor.locale, body);
        let json = body.to_json();
        let mut commit = Commit::new(
            self.now(),
            Change::Update(Update {
                id: loaded.doc.id,
                org_id: actor.user.org.id,
                revision,
                from: DRAFT,
                to: "draft",
                title: &title,
                body: &json,
            }),
            actor.audit(
                "request.draft_saved",
                &subject,
                json!({ "revision": revision + 1 }),
            ),
        );
        commit.file = file;
        commit.search = Some(self.request_keys(body));
        Ok(self.store.commit(&commit).await?.revision)
    }

    /// Attests a draft that passes every rule, its warnings acknowledged:
    /// it becomes final, with its package, and supersedes the version it
    /// follows. `revision` is the one the officer checked (`None`: as
    /// loaded).
    pub async fn attest_request(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<RecordsRequest>,
        revision: Option<i64>,
        input: AttestInput,
    ) -> Result<Committed> {
        require(actor, OFFICERS, "officers_only")?;
        if loaded.status() != RequestStatus::Draft {
            return Err(Refusal::WrongState(loaded.doc.status.clone()).into());
        }
        let mut body = loaded.body.clone();
        let outcome = self.check_request(actor, &body);
        if let Some(acks) = input.acknowledged {
            body.acknowledged = outcome
                .warnings
                .iter()
                .map(|w| w.ack_key())
                .filter(|k| acks.contains(k))
                .collect();
        }
        if !outcome.is_ready(&body) {
            return Err(Refusal::NotReady { path: None }.into());
        }
        let name = input.name.trim().to_string();
        let countries = self.request_id_countries(actor, &body);
        check_name(actor.locale, &name, &countries)?;
        let at = self.now();
        body.attestation = Some(Attestation { name, at });
        let package = self
            .build_request_package(&loaded.doc, &body, actor.user, at)
            .await?;
        let package_id = package.package_id.to_string();
        let subject = subject(&loaded.doc.public_id);
        let title = self.request_title(actor.locale, &body);
        let json = body.to_json();
        let facts = facts::of_request(&loaded.doc, &body, at);
        let mut commit = Commit::new(
            at,
            Change::Update(Update {
                id: loaded.doc.id,
                org_id: actor.user.org.id,
                revision: revision.unwrap_or(loaded.doc.revision),
                from: DRAFT,
                to: RequestStatus::Final.as_str(),
                title: &title,
                body: &json,
            }),
            actor.audit(
                "request.finalised",
                &subject,
                json!({ "package": package_id, "acknowledged": body.acknowledged }),
            ),
        );
        commit.package = Some(files(&package, loaded.doc.training, &package_id));
        commit.facts = Some(&facts);
        commit.supersede = loaded.doc.supersedes_id;
        Ok(self.store.commit(&commit).await?)
    }

    /// The next version of a finished request: a draft with the same
    /// answers and files, not attested, that references it. When one exists
    /// already, that one.
    pub async fn new_request_version(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<RecordsRequest>,
    ) -> Result<String> {
        require(actor, OFFICERS, "officers_only")?;
        if !loaded.status().is_finished() {
            return Err(Refusal::WrongState(loaded.doc.status.clone()).into());
        }
        if let Some(existing) = self.store.next_version(&loaded.doc).await? {
            return Ok(existing);
        }
        let mut body = unattested(loaded.body.clone());
        body.acknowledged.clear();
        let done = self
            .insert_request(actor, &body, loaded.doc.training, Some(loaded), None)
            .await?;
        Ok(done.public_id)
    }

    /// A new draft with the answers and files of any request of the agency.
    pub async fn duplicate_request(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<RecordsRequest>,
    ) -> Result<String> {
        require(actor, OFFICERS, "officers_only")?;
        let mut body = unattested(loaded.body.clone());
        body.acknowledged.clear();
        let done = self
            .insert_request(actor, &body, loaded.doc.training, None, Some(loaded))
            .await?;
        Ok(done.public_id)
    }

    /// A draft extension of a final, delivered preservation: the original's
    /// answers, marked as an extension with the original's reference and
    /// the date its preservation runs out.
    pub async fn extend_preservation(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<RecordsRequest>,
    ) -> Result<String> {
        require(actor, OFFICERS, "officers_only")?;
        let clock = self
            .preservation_of(&loaded.doc)
            .await?
            .ok_or_else(|| Refusal::WrongState(loaded.doc.status.clone()))?;
        let mut body = unattested(loaded.body.clone());
        body.acknowledged.clear();
        body.preservation = Some(crate::domain::request::Preservation::Extension {
            original_reference: loaded.doc.public_id.clone(),
            original_expiry: clock.expires_at.to_zoned(jiff::tz::TimeZone::UTC).date(),
        });
        let done = self
            .insert_request(actor, &body, loaded.doc.training, None, Some(loaded))
            .await?;
        Ok(done.public_id)
    }

    /// Deletes a draft of the agency.
    pub async fn delete_request(
        &self,
        actor: &Actor<'_>,
        loaded: &Loaded<RecordsRequest>,
    ) -> Result<()> {
        require(actor, OFFICERS, "officers_only")?;
        let subject = subject(&loaded.doc.public_id);
        let commit = Commit::new(
            self.now(),
            Change::Delete(Delete {
                id: loaded.doc.id,
                org_id: actor.user.org.id,
                from: DRAFT,
                unreviewed: false,
            }),
            actor.audit("request.draft_deleted", &subject, json!({})),
        );
        self.store.commit(&commit).await?;
        Ok(())
    }
}

/// A document cannot carry its own attestation: the officer attests it.
fn attestation_elsewhere() -> super::Error {
    Refusal::Invalid(vec![(
        "attestation",
        Msg::new("refusal-attestation-elsewhere"),
    )])
    .into()
}

/// What is wrong with the name an officer signs with, if anything: it must
/// be given, not too long, and hold no national ID the guard refuses for
/// the `countries` in play.
pub fn attestation_name_problem(
    locale: Locale,
    name: &str,
    countries: &[CountryCode],
) -> Option<Msg> {
    if name.is_empty() {
        Some(Msg::new("error-attest-name-empty"))
    } else if name.chars().count() > MAX_NAME {
        Some(Msg::new("error-text-too-long"))
    } else {
        national_id_problem(locale, name, countries)
    }
}

/// The refusal of a national ID in free text, named in `locale`.
pub(super) fn national_id_problem(
    locale: Locale,
    text: &str,
    countries: &[CountryCode],
) -> Option<Msg> {
    let flags = national_id::judge(text, national_id::Field::Text, countries);
    match national_id::strongest(&flags)? {
        (national_id::Severity::Error, kinds) => {
            let names: Vec<String> = kinds.iter().map(|k| locale.t(k.name_key())).collect();
            Some(Msg::new("error-national-id").arg("id_type", names.join(" / ")))
        }
        _ => None,
    }
}

fn check_name(locale: Locale, name: &str, countries: &[CountryCode]) -> Result<()> {
    match attestation_name_problem(locale, name, countries) {
        Some(m) => Err(Refusal::Invalid(vec![("name", m)]).into()),
        None => Ok(()),
    }
}
