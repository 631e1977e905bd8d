//! Submitting an approved report's NCMEC form to the CyberTipline API, for
//! members who hold NCMEC credentials. Only a reviewer of the report's
//! organisation may; only a package with NCMEC as a destination; never a
//! demo or training one, except to a stand-in on this machine. The start
//! and the end are each recorded with their audit entry in one
//! transaction; NCMEC's report id and every step's response code are kept.

use serde_json::json;

use super::documents::REVIEWERS;
use super::error::{Error, Refusal, Result};
use super::{Actor, App};
use crate::domain::report::Report;
use crate::domain::time;
use crate::i18n::Msg;
use crate::ncmec::client::Client;
use crate::ncmec::submit::{Ending, FileToSend, Step, run};
use crate::store::{Document, NcmecEnd, NcmecSubmission, NewNcmecSubmission, StoredPackage};

/// Longer than this is not a `fileId` NCMEC gave (they are hex strings).
const MAX_FILE_ID: usize = 100;

fn invalid(key: &'static str) -> Error {
    Refusal::Invalid(vec![("ncmec", Msg::new(key))]).into()
}

/// What the review page shows about submitting a package to NCMEC.
#[derive(Debug, Clone)]
pub struct NcmecPanel {
    pub submissions: Vec<NcmecSubmission>,
    /// Why the actor may not submit now (a message key); `None` when they
    /// may.
    pub blocked: Option<&'static str>,
    /// The organisation or the report is demo or training data.
    pub demo: bool,
    pub base_url: String,
}

/// The steps of a recorded submission, in order.
pub fn ncmec_steps(s: &NcmecSubmission) -> Vec<Step> {
    serde_json::from_str(&s.steps).unwrap_or_default()
}

/// Checks a `fileId` for each of the report's `files` files, numbered from 1.
fn file_ids(files: usize, given: &[(usize, String)]) -> Result<Vec<String>> {
    let mut ids = vec![String::new(); files];
    for (n, id) in given {
        let slot = n
            .checked_sub(1)
            .and_then(|i| ids.get_mut(i))
            .ok_or_else(|| invalid("ncmec-error-file-number"))?;
        *slot = id.trim().to_string();
    }
    for (i, id) in ids.iter().enumerate() {
        if id.is_empty() {
            return Err(Refusal::Invalid(vec![(
                "ncmec",
                Msg::new("ncmec-error-file-id-missing").arg("number", i + 1),
            )])
            .into());
        }
        let ok = id.len() <= MAX_FILE_ID
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !ok {
            return Err(Refusal::Invalid(vec![(
                "ncmec",
                Msg::new("ncmec-error-file-id-invalid").arg("number", i + 1),
            )])
            .into());
        }
    }
    Ok(ids)
}

impl App {
    /// Demo and training data never reach NCMEC: only a stand-in on this
    /// machine.
    fn ncmec_demo(&self, actor: &Actor<'_>, doc: &Document) -> bool {
        actor.user.org.is_demo || doc.training
    }

    /// Why `actor` may not submit `doc`'s package to NCMEC now, if so.
    fn ncmec_blocked(
        &self,
        actor: &Actor<'_>,
        doc: &Document,
        body: &Report,
        submissions: &[NcmecSubmission],
    ) -> Option<&'static str> {
        if doc.status != "approved" || body.destination.also_to_ncmec != Some(true) {
            return Some("ncmec-error-not-a-destination");
        }
        if !actor.has_role(REVIEWERS) {
            return Some("refusal-ncmec-reviewers-only");
        }
        if self.ncmec_demo(actor, doc) && !self.config.ncmec.is_loopback() {
            return Some("ncmec-error-demo");
        }
        if self.config.ncmec.credentials().is_none() {
            return Some("ncmec-error-no-credentials");
        }
        if let Some(s) = submissions
            .iter()
            .find(|s| s.status == "finished" || s.status == "started")
        {
            return Some(match s.status.as_str() {
                "finished" => "ncmec-error-already-finished",
                _ => "ncmec-error-under-way",
            });
        }
        None
    }

    /// The NCMEC panel of an approved report's package.
    pub async fn ncmec_panel(
        &self,
        actor: &Actor<'_>,
        doc: &Document,
        body: &Report,
    ) -> Result<NcmecPanel> {
        if doc.org_id != actor.user.org.id {
            return Err(Refusal::NotFound.into());
        }
        let submissions = self.store.ncmec_submissions(doc.id, doc.org_id).await?;
        Ok(NcmecPanel {
            blocked: self.ncmec_blocked(actor, doc, body, &submissions),
            demo: self.ncmec_demo(actor, doc),
            base_url: self.config.ncmec.base_url.clone(),
            submissions,
        })
    }

    /// Submits the NCMEC form of package `package_id` with the `fileId` of
    /// each file (numbered from 1) and records the outcome. A refusal
    /// changes nothing and sends nothing; once a request went out the
    /// outcome is recorded whatever NCMEC answered.
    pub async fn submit_to_ncmec(
        &self,
        actor: &Actor<'_>,
        package_id: &str,
        given: &[(usize, String)],
    ) -> Result<NcmecSubmission> {
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
            .filter(|d| d.kind == "report")
            .ok_or(Refusal::NotFound)?;
        let package = self
            .store
            .package_for_org(package_id, org)
            .await?
            .ok_or(Refusal::NotFound)?;
        let body = Report::from_json(&doc.body).map_err(Error::internal)?;
        let submissions = self.store.ncmec_submissions(doc.id, org).await?;
        match self.ncmec_blocked(actor, &doc, &body, &submissions) {
            Some("refusal-ncmec-reviewers-only") => {
                return Err(Refusal::Role("ncmec_reviewers_only").into());
            }
            Some(key) => return Err(invalid(key)),
            None => {}
        }
        let ids = file_ids(body.files.len(), given)?;
        let (report_xml, files) = form(&package, ids)?;
        let (username, password) = self
            .config
            .ncmec
            .credentials()
            .ok_or_else(|| invalid("ncmec-error-no-credentials"))?;
        let client = Client::new(&self.config.ncmec.base_url, username, password)
            .map_err(Error::internal)?;
        let public_id = uuid::Uuid::new_v4().to_string();
        let subject = format!("ncmec:{public_id}");
        let base_url = self.config.ncmec.base_url.as_str();
        let detail = json!({
            "package": package.public_id,
            "document": doc.public_id,
            "base_url": base_url,
            "files": files.len(),
        });
        let started = self
            .store
            .start_ncmec_submission(
                &NewNcmecSubmission {
                    public_id: &public_id,
                    package_id: package_row,
                    document_id: doc.id,
                    org_id: org,
                    submitted_by: actor.user.id,
                    base_url,
                },
                &actor.audit("ncmec.started", &subject, detail),
                &time::to_db(self.now()),
            )
            .await?;
        if !started {
            return Err(invalid("ncmec-error-under-way"));
        }
        let outcome = run(&client, &report_xml, &files).await;
        let steps = serde_json::to_string(&outcome.steps).map_err(Error::internal)?;
        let action = match outcome.ending {
            Ending::Finished => "ncmec.submitted",
            Ending::Retracted => "ncmec.retracted",
            Ending::Failed => "ncmec.failed",
        };
        let codes: Vec<_> = outcome
            .steps
            .iter()
            .map(
                |s| json!({ "step": s.step, "file": s.file, "code": s.code, "problem": s.problem }),
            )
            .collect();
        let error = outcome
            .steps
            .iter()
            .find(|s| !s.succeeded())
            .map(|s| s.problem.clone())
            .unwrap_or_default();
        let audit = actor.audit(
            action,
            &subject,
            json!({
                "package": package.public_id,
                "document": doc.public_id,
                "ncmec_report_id": outcome.report_id,
                "steps": codes,
            }),
        );
        self.store
            .end_ncmec_submission(
                &public_id,
                &NcmecEnd {
                    status: outcome.ending.as_str(),
                    ncmec_report_id: outcome.report_id.as_deref(),
                    steps: &steps,
                    error: &error,
                },
                &audit,
                &time::to_db(self.now()),
            )
            .await?;
        self.store
            .ncmec_submissions(doc.id, org)
            .await?
            .into_iter()
            .find(|s| s.public_id == public_id)
            .ok_or_else(|| Refusal::NotFound.into())
    }
}

/// The report and file documents from the package's ZIP, byte for byte
/// what the member downloaded and reviewed.
fn form(package: &StoredPackage, ids: Vec<String>) -> Result<(String, Vec<FileToSend>)> {
    let entry = |name: &str| {
        crate::package::read_entry(&package.zip_bytes, name)
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| invalid("ncmec-error-no-form"))
    };
    let report = entry("ncmec/report.xml")?;
    let files = ids
        .into_iter()
        .enumerate()
        .map(|(i, file_id)| {
            Ok(FileToSend {
                number: i + 1,
                xml: entry(&format!("ncmec/files/{}.xml", i + 1))?,
                file_id,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((report, files))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_needs_a_plain_file_id_and_no_number_is_made_up() {
        let ok = file_ids(2, &[(2, " b2 ".into()), (1, "a1".into())]).unwrap();
        assert_eq!(ok, vec!["a1", "b2"]);
        assert!(file_ids(0, &[]).unwrap().is_empty());
        for bad in [
            vec![(1, "a1".to_string())],
            vec![(1, "a1".into()), (3, "c".into())],
            vec![(0, "x".into())],
            vec![(1, "a 1".into()), (2, "b".into())],
            vec![(1, "a".repeat(101)), (2, "b".into())],
        ] {
            assert!(file_ids(2, &bad).is_err(), "{bad:?}");
        }
    }
}
