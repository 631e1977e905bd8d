//! The documented submission flow: open the report with `/submit`, post
//! each file's details with `/fileinfo` (the member's evidence store has
//! uploaded the file and gave its `fileId`), then `/finish`. When a step
//! after `/submit` fails, the report NCMEC opened is retracted, since it is
//! not finished; a report that did not open has nothing to retract.

use serde::{Deserialize, Serialize};

use super::client::{CallError, Client};
use super::codes::is_success;

/// One file's details with the `fileId` the member's evidence store got
/// back from NCMEC's `/upload`.
pub struct FileToSend {
    /// The file's number in the report, from 1.
    pub number: usize,
    /// The `<fileDetails>` document from the package.
    pub xml: String,
    pub file_id: String,
}

/// One request and NCMEC's answer, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// `submit`, `fileinfo`, `finish` or `retract`.
    pub step: String,
    /// The file's number, for `fileinfo`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// NCMEC's response code; none when no documented answer came.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub request_id: String,
    /// Why no documented answer came: `unreachable` or `not_xml`; or
    /// `no_report_id` for a successful `/submit` without a report id.
    #[serde(default)]
    pub problem: String,
}

impl Step {
    pub fn succeeded(&self) -> bool {
        self.code.is_some_and(is_success) && self.problem.is_empty()
    }
}

/// How the flow ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// `/finish` succeeded: the report is filed and cannot be retracted.
    Finished,
    /// A step failed after `/submit` and the open report was retracted.
    Retracted,
    /// A step failed and nothing is left open (or the retract failed too,
    /// and NCMEC deletes the unfinished report on its own).
    Failed,
}

impl Ending {
    pub fn as_str(self) -> &'static str {
        match self {
            Ending::Finished => "finished",
            Ending::Retracted => "retracted",
            Ending::Failed => "failed",
        }
    }
}

pub struct Run {
    pub steps: Vec<Step>,
    pub report_id: Option<String>,
    pub ending: Ending,
}

/// The `<fileDetails>` document with the `reportId` and `fileId` it must
/// start with, in the schema's order.
pub fn with_ids(file_xml: &str, report_id: &str, file_id: &str) -> String {
    let mut ids = String::from("<fileDetails><reportId>");
    super::xml::escape(report_id, &mut ids);
    ids.push_str("</reportId><fileId>");
    super::xml::escape(file_id, &mut ids);
    ids.push_str("</fileId>");
    file_xml.replacen("<fileDetails>", &ids, 1)
}

fn step(name: &str, file: Option<usize>, answer: Result<super::client::Answer, CallError>) -> Step {
    let mut s = Step {
        step: name.to_string(),
        file,
        http_status: None,
        code: None,
        description: String::new(),
        request_id: String::new(),
        problem: String::new(),
    };
    match answer {
        Ok(a) => {
            s.http_status = Some(a.http_status);
            s.code = Some(a.code);
            s.description = a.description;
            s.request_id = a.request_id;
        }
        Err(CallError::Unreachable(_)) => s.problem = "unreachable".into(),
        Err(CallError::NotXml {
            http_status,
            request_id,
        }) => {
            s.http_status = Some(http_status);
            s.request_id = request_id;
            s.problem = "not_xml".into();
        }
    }
    s
}

/// Runs the flow for one report and its files.
pub async fn run(client: &Client, report_xml: &str, files: &[FileToSend]) -> Run {
    let answer = client.submit(report_xml).await;
    let report_id = answer.as_ref().ok().and_then(|a| a.report_id.clone());
    let mut opened = step("submit", None, answer);
    let Some(report_id) = report_id.filter(|_| opened.succeeded()) else {
        if opened.succeeded() {
            opened.problem = "no_report_id".into();
        }
        return Run {
            steps: vec![opened],
            report_id: None,
            ending: Ending::Failed,
        };
    };
    let mut steps = vec![opened];
    let mut failed = false;
    for f in files {
        let xml = with_ids(&f.xml, &report_id, &f.file_id);
        let s = step("fileinfo", Some(f.number), client.file_info(xml).await);
        failed = !s.succeeded();
        steps.push(s);
        if failed {
            break;
        }
    }
    if !failed {
        let s = step("finish", None, client.finish(&report_id).await);
        let finished = s.succeeded() || s.code == Some(5102);
        steps.push(s);
        if finished {
            return Run {
                steps,
                report_id: Some(report_id),
                ending: Ending::Finished,
            };
        }
    }
    let s = step("retract", None, client.retract(&report_id).await);
    let ending = match s.succeeded() || s.code == Some(5101) {
        true => Ending::Retracted,
        false => Ending::Failed,
    };
    steps.push(s);
    Run {
        steps,
        report_id: Some(report_id),
        ending,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ids_come_first_in_the_file_details() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fileDetails><originalFileName>a.jpg</originalFileName></fileDetails>\n";
        assert_eq!(
            with_ids(xml, "77", "ab<1"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fileDetails><reportId>77</reportId>\
             <fileId>ab&lt;1</fileId><originalFileName>a.jpg</originalFileName></fileDetails>\n"
        );
    }
}
