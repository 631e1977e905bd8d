//! A client for the requests casebridge makes to NCMEC's CyberTipline API
//! ("ispws"): `/submit`, `/fileinfo`, `/finish` and `/retract`, with HTTP
//! basic authentication. `/upload` is the member's evidence store's: it
//! holds the files, casebridge never does. Every answer is read as the
//! documented XML (`<reportResponse>` or `<reportDoneResponse>` with a
//! `<responseCode>`); anything else is a [`CallError`], never a panic.

use std::time::Duration;

use crate::config::Secret;

/// NCMEC's test environment: the default, so nothing reaches the
/// production CyberTipline unless an operator configures it.
pub const TEST_BASE_URL: &str = "https://exttest.cybertip.org/ispws";
/// NCMEC's production environment.
pub const PRODUCTION_BASE_URL: &str = "https://report.cybertip.org/ispws";

/// The most of an answer read: the documented answers are a few hundred
/// bytes.
const MAX_ANSWER: usize = 64 * 1024;

/// What NCMEC answered to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub http_status: u16,
    pub code: i64,
    /// NCMEC's own words (`responseDescription`), when given.
    pub description: String,
    pub report_id: Option<String>,
    /// The `Request-ID` header, which NCMEC asks for when contacted about
    /// a request.
    pub request_id: String,
}

/// A request whose answer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    /// No answer: the host could not be reached or did not answer in time.
    #[error("NCMEC's service could not be reached: {0}")]
    Unreachable(String),
    /// An answer that is not the documented XML (an HTML error page, an
    /// empty 401, a proxy's message).
    #[error("NCMEC answered HTTP {http_status} without the documented XML response")]
    NotXml {
        http_status: u16,
        request_id: String,
    },
}

/// The base URL and credentials of one NCMEC account.
pub struct Client {
    http: reqwest::Client,
    base: String,
    username: String,
    password: Secret,
}

fn request_id(res: &reqwest::Response) -> String {
    res.headers()
        .get("Request-ID")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect()
}

/// The documented answer in `body`, or `None` when it is not one.
pub fn parse_answer(body: &[u8], http_status: u16, request_id: &str) -> Option<Answer> {
    let text = std::str::from_utf8(body).ok()?;
    let doc = roxmltree::Document::parse(text).ok()?;
    let root = doc.root_element();
    if !matches!(
        root.tag_name().name(),
        "reportResponse" | "reportDoneResponse"
    ) {
        return None;
    }
    let child = |name: &str| {
        root.children()
            .find(|n| n.is_element() && n.tag_name().name() == name)
            .and_then(|n| n.text())
            .map(str::trim)
    };
    let code = child("responseCode")?.parse::<i64>().ok()?;
    Some(Answer {
        http_status,
        code,
        description: child("responseDescription")
            .unwrap_or_default()
            .chars()
            .take(500)
            .collect(),
        report_id: child("reportId")
            .filter(|id| !id.is_empty() && id.len() <= 100)
            .map(String::from),
        request_id: request_id.to_string(),
    })
}

impl Client {
    pub fn new(base: &str, username: &str, password: &Secret) -> Result<Client, CallError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| CallError::Unreachable(e.to_string()))?;
        Ok(Client {
            http,
            base: base.trim_end_matches('/').to_string(),
            username: username.to_string(),
            password: password.clone(),
        })
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> Result<Answer, CallError> {
        let res = req
            .basic_auth(&self.username, Some(self.password.expose()))
            .send()
            .await
            // Without the URL: it is configuration, and errors are shown.
            .map_err(|e| CallError::Unreachable(e.without_url().to_string()))?;
        let status = res.status().as_u16();
        let rid = request_id(&res);
        let mut body = Vec::new();
        let mut res = res;
        while let Some(chunk) = res
            .chunk()
            .await
            .map_err(|e| CallError::Unreachable(e.without_url().to_string()))?
        {
            body.extend_from_slice(&chunk);
            if body.len() > MAX_ANSWER {
                break;
            }
        }
        parse_answer(&body, status, &rid).ok_or(CallError::NotXml {
            http_status: status,
            request_id: rid,
        })
    }

    fn xml(&self, path: &str, body: String) -> reqwest::RequestBuilder {
        self.http
            .post(format!("{}{path}", self.base))
            .header("Content-Type", "text/xml; charset=utf-8")
            .body(body)
    }

    fn by_id(&self, path: &str, report_id: &str) -> reqwest::RequestBuilder {
        let form = form_urlencoded::Serializer::new(String::new())
            .append_pair("id", report_id)
            .finish();
        self.http
            .post(format!("{}{path}", self.base))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(form)
    }

    /// `POST /submit`: opens a report; the answer carries its `reportId`.
    pub async fn submit(&self, report_xml: &str) -> Result<Answer, CallError> {
        self.send(self.xml("/submit", report_xml.to_string())).await
    }

    /// `POST /fileinfo`: the details of a file already uploaded.
    pub async fn file_info(&self, file_details_xml: String) -> Result<Answer, CallError> {
        self.send(self.xml("/fileinfo", file_details_xml)).await
    }

    /// `POST /finish`: files the report; it cannot be retracted after.
    pub async fn finish(&self, report_id: &str) -> Result<Answer, CallError> {
        self.send(self.by_id("/finish", report_id)).await
    }

    /// `POST /retract`: cancels a report that is not finished.
    pub async fn retract(&self, report_id: &str) -> Result<Answer, CallError> {
        self.send(self.by_id("/retract", report_id)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_answers_are_read_and_anything_else_is_not() {
        let a = parse_answer(
            b"<?xml version=\"1.0\"?><reportResponse><responseCode>0</responseCode>\
              <responseDescription>Success</responseDescription><reportId>4564654</reportId>\
              </reportResponse>",
            200,
            "r-1",
        )
        .unwrap();
        assert_eq!((a.code, a.report_id.as_deref()), (0, Some("4564654")));
        assert_eq!(a.request_id, "r-1");
        let done = parse_answer(
            b"<reportDoneResponse><responseCode>5102</responseCode><reportId>7</reportId>\
              <files><fileId>ab12</fileId></files></reportDoneResponse>",
            200,
            "",
        )
        .unwrap();
        assert_eq!(done.code, 5102);
        for bad in [
            &b""[..],
            b"<html><body>Bad gateway</body></html>",
            b"<reportResponse><responseCode>zero</responseCode></reportResponse>",
            b"<reportResponse><responseDescription>x</responseDescription></reportResponse>",
            b"<reportResponse><responseCode>0</responseCode>",
            b"\xff\xfe",
        ] {
            assert_eq!(parse_answer(bad, 502, ""), None, "{bad:?}");
        }
    }
}
