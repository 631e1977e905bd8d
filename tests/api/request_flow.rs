//! The records-request builder from targets to a final, immutable request:
//! every step over HTTP, check your answers, attestation, versions, the
//! legal-process upload, and the request API.

use reqwest::StatusCode;
use reqwest::multipart;

use crate::helpers::*;
use crate::requests::{draft_of, requester_fields, step};

/// A one-page PDF with nothing active in it, as a signed order's scan is.
pub(crate) const FAKE_PDF: &[u8] = b"%PDF-1.4\n% fictional court order for tests\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\nxref\n0 4\n0000000000 65535 f \n0000000043 00000 n \n0000000092 00000 n \n0000000149 00000 n \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n220\n%%EOF\n";

fn time_fields(name: &str, d: &str, mo: &str, y: &str, h: &str, mi: &str) -> Vec<(String, String)> {
    [
        ("day", d),
        ("month", mo),
        ("year", y),
        ("hour", h),
        ("minute", mi),
    ]
    .iter()
    .map(|(p, v)| (format!("{name}-{p}"), v.to_string()))
    .chain([(format!("{name}-zone"), "Asia/Manila".to_string())])
    .collect()
}

async fn post_owned(app: &TestApp, path: &str, fields: &[(String, String)]) -> reqwest::Response {
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let page = path.split('?').next().unwrap_or(path);
    app.post_form(path, page, &refs).await
}

/// An IP target seen on 1 November 2026, without a port.
fn ip_target() -> Vec<(String, String)> {
    let mut f = vec![
        ("kind".to_string(), "ip".to_string()),
        ("value".into(), "203.0.113.7".into()),
        ("port".into(), String::new()),
        ("country".into(), String::new()),
        ("note".into(), "Seen at sign-in (fictional)".into()),
        ("action".into(), "continue".into()),
    ];
    f.extend(time_fields("observed", "1", "11", "2026", "18", "15"));
    f.extend(time_fields("start", "1", "10", "2026", "00", "00"));
    f.extend(time_fields("end", "31", "10", "2026", "23", "59"));
    f
}

pub(crate) async fn upload(
    app: &TestApp,
    id: &str,
    bytes: &[u8],
    name: &str,
    english: &str,
) -> reqwest::Response {
    let page = format!("/requests/{id}/legal-process");
    let token = app.csrf_token(&page).await;
    let form = multipart::Form::new()
        .text("csrf_token", token)
        .part(
            "file",
            multipart::Part::bytes(bytes.to_vec())
                .file_name(name.to_string())
                .mime_str("application/pdf")
                .unwrap(),
        )
        .text("signed-day", "20")
        .text("signed-month", "11")
        .text("signed-year", "2026")
        .text("signatory", "Judge Ana Example (fictional)")
        .text("english", english.to_string())
        .text("action", "continue");
    app.client
        .post(app.url(&page))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Walks a draft of `kind` from the company to check-your-answers.
pub(crate) async fn walk_to_check(app: &TestApp, kind: &str) -> String {
    let id = draft_of(app, "example-social", kind).await;
    if kind == "preservation" {
        step(
            app,
            &id,
            "preservation",
            &[("kind", "original"), ("action", "continue")],
        )
        .await;
    }
    let basis = match kind {
        "preservation" => "preservation_pending",
        "emergency" => "emergency_disclosure",
        "content" => "mlat",
        _ => "domestic_order",
    };
    let res = step(
        app,
        &id,
        "basis",
        &[
            ("basis", basis),
            (
                "provision",
                "Cybercrime Prevention Act (fictional citation), s. 14",
            ),
            ("reference", "CC-2026-0042"),
            ("action", "continue"),
        ],
    )
    .await;
    assert_eq!(
        location(&res),
        format!("/requests/{id}/requester"),
        "{kind}"
    );
    let res = step(app, &id, "requester", &requester_fields()).await;
    assert_eq!(location(&res), format!("/requests/{id}/targets"), "{kind}");

    // Targets: none yet, so Continue is refused.
    let list = app.get_html(&format!("/requests/{id}/targets")).await;
    assert!(list.contains("No identifiers added yet"), "{kind}");
    let res = step(app, &id, "targets", &[("action", "continue")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Add at least one identifier")
    );

    let res = post_owned(app, &format!("/requests/{id}/targets/new"), &ip_target()).await;
    assert_eq!(location(&res), format!("/requests/{id}/targets"), "{kind}");
    let list = app.get_html(&format!("/requests/{id}/targets")).await;
    assert!(list.contains("203.0.113.7"));
    assert!(
        list.contains("2026-11-01 18:15 Asia/Manila (2026-11-01 10:15 UTC)"),
        "the time seen, in its zone and in UTC"
    );
    let res = step(app, &id, "targets", &[("action", "continue")]).await;
    assert_eq!(location(&res), format!("/requests/{id}/data"));

    // Records and period.
    let category = match kind {
        "preservation" | "content" => "content",
        "subscriber" => "subscriber",
        _ => "ip_logs",
    };
    let mut data = vec![
        ("categories".to_string(), category.to_string()),
        (
            "details".into(),
            "Login IP addresses with ports and times".into(),
        ),
        ("action".into(), "continue".into()),
    ];
    data.extend(time_fields("start", "1", "10", "2026", "00", "00"));
    data.extend(time_fields("end", "31", "10", "2026", "23", "59"));
    let res = post_owned(app, &format!("/requests/{id}/data"), &data).await;
    let after_data = if kind == "emergency" {
        "emergency"
    } else {
        "non-disclosure"
    };
    assert_eq!(
        location(&res),
        format!("/requests/{id}/{after_data}"),
        "{kind}"
    );

    if kind == "emergency" {
        let res = step(
            app,
            &id,
            "emergency",
            &[
                ("nature", "child_at_risk"),
                (
                    "imminence",
                    "A message an hour ago arranges a meeting with a child tonight (fictional).",
                ),
                (
                    "person_at_risk",
                    "A 12-year-old user the account is messaging (fictional).",
                ),
                (
                    "why_urgent",
                    "A court order takes at least two days; the meeting is tonight.",
                ),
                ("callback", "0917 555 0199"),
                ("supervisor_name", "Supt. Jose Example"),
                ("supervisor_contact", "duty@cyber-unit.police.test"),
                ("action", "continue"),
            ],
        )
        .await;
        assert_eq!(location(&res), format!("/requests/{id}/non-disclosure"));
    }
    let res = step(
        app,
        &id,
        "non-disclosure",
        &[("requested", "no"), ("action", "continue")],
    )
    .await;
    let needs_process = matches!(kind, "subscriber" | "traffic" | "content");
    if needs_process {
        assert_eq!(
            location(&res),
            format!("/requests/{id}/legal-process"),
            "{kind}"
        );
        let res = upload(app, &id, FAKE_PDF, "court-order.pdf", "yes").await;
        assert_eq!(location(&res), format!("/requests/{id}/check"), "{kind}");
    } else {
        assert_eq!(location(&res), format!("/requests/{id}/check"), "{kind}");
    }
    id
}

/// The acknowledgement keys offered on check-your-answers.
fn ack_keys(html: &str) -> Vec<String> {
    let re = regex::Regex::new(r#"name="ack" type="checkbox" value="([^"]+)""#).unwrap();
    re.captures_iter(html).map(|c| c[1].to_string()).collect()
}

/// Acknowledges every warning, attests, and returns the confirmation page.
pub(crate) async fn finish(app: &TestApp, id: &str) -> String {
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    let mut fields: Vec<(String, String)> = ack_keys(&check)
        .into_iter()
        .map(|k| ("ack".to_string(), k))
        .collect();
    fields.push(("action".into(), "continue".into()));
    let res = post_owned(app, &format!("/requests/{id}/check"), &fields).await;
    assert_eq!(location(&res), format!("/requests/{id}/attest"));
    let res = step(
        app,
        id,
        "attest",
        &[
            ("declarations", "official"),
            ("declarations", "accurate"),
            ("declarations", "lawful"),
            ("name", "Insp. Dana Villanueva"),
        ],
    )
    .await;
    assert_eq!(location(&res), format!("/requests/{id}/done"));
    app.get_html(&format!("/requests/{id}/done")).await
}

#[tokio::test]
async fn every_request_type_walks_from_targets_to_a_final_request() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    for kind in [
        "preservation",
        "emergency",
        "subscriber",
        "traffic",
        "content",
    ] {
        let id = walk_to_check(&app, kind).await;
        let check = app.get_html(&format!("/requests/{id}/check")).await;
        assert!(check.contains("Check your answers"), "{kind}");
        assert!(
            !check.contains("problems must be fixed"),
            "{kind}: no errors left"
        );
        assert!(check.contains("Example Social Pte. Ltd. (fictional)"));
        assert!(
            check.contains("2026-10-31 23:59 Asia/Manila (2026-10-31 15:59 UTC)"),
            "{kind}: both times"
        );
        assert!(
            check.contains("carrier-grade NAT"),
            "{kind}: the missing port is a warning"
        );
        assert!(
            check.contains(&format!("/requests/{id}/targets?return=check")),
            "{kind}: Change links come back here"
        );
        if kind == "subscriber" {
            assert!(check.contains("court-order.pdf"));
            assert!(
                check.contains(&sha256_hex(FAKE_PDF)),
                "the legal process's SHA-256 is shown"
            );
        }
        let done = finish(&app, &id).await;
        assert!(done.contains("Request finished"), "{kind}");
        assert!(done.contains(&id));
        assert!(done.contains("Attested by Insp. Dana Villanueva"));
    }
    let dashboard = app.get_html("/").await;
    assert_eq!(
        dashboard
            .matches(r#"data-status="final">Finished<"#)
            .count(),
        5,
        "the dashboard lists the five finished requests with their status"
    );
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

#[tokio::test]
async fn warnings_need_an_acknowledgement_and_errors_block() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "traffic").await;
    // Unacknowledged warning: refused, nothing final.
    let res = step(&app, &id, "check", &[("action", "continue")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Fix each warning or tick it")
    );
    let res = app.get(&format!("/requests/{id}/attest")).await;
    assert_eq!(
        location(&res),
        format!("/requests/{id}/check"),
        "attestation needs a ready request"
    );

    // Fixing the warning instead: add the port through the Change link,
    // which comes back to check-your-answers.
    let mut fixed = ip_target();
    for (k, v) in fixed.iter_mut() {
        match k.as_str() {
            "port" => *v = "51234".into(),
            "country" => *v = "PH".into(),
            _ => {}
        }
    }
    fixed.push(("observed-second".into(), "42".into()));
    let res = post_owned(
        &app,
        &format!("/requests/{id}/targets/0?return=check"),
        &fixed,
    )
    .await;
    assert_eq!(
        location(&res),
        format!("/requests/{id}/targets?return=check")
    );
    let res = step(&app, &id, "targets?return=check", &[("action", "continue")]).await;
    assert_eq!(location(&res), format!("/requests/{id}/check"));
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    assert!(!check.contains("has no source port"));
    // With the seconds and the holder's country given, nothing is left to
    // acknowledge.
    assert_eq!(ack_keys(&check), Vec::<String>::new());

    // An error (period past the company's maximum) blocks until fixed.
    let mut data = vec![
        ("categories".to_string(), "ip_logs".to_string()),
        ("action".into(), "continue".into()),
    ];
    data.extend(time_fields("start", "1", "1", "2023", "00", "00"));
    data.extend(time_fields("end", "31", "10", "2026", "23", "59"));
    let res = post_owned(&app, &format!("/requests/{id}/data?return=check"), &data).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("accepts at most 730 days"),
        "the company's maximum, on the step itself"
    );
    assert!(html.contains(r#"value="2023""#), "values kept");
}

/// The user's path in a browser: continue, see the warning, tick it on the
/// page that came back, continue again. That page must carry the revision
/// its own save made, or the second continue is refused as stale.
#[tokio::test]
async fn the_check_page_shown_with_its_warning_can_be_sent_again_from_that_page() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "traffic").await;
    let res = step(&app, &id, "check", &[("action", "continue")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = res.text().await.unwrap();
    let token = hidden_value(&refused, "csrf_token").unwrap();
    let revision = hidden_value(&refused, "revision").unwrap();
    let keys = ack_keys(&refused);
    assert!(!keys.is_empty(), "the warning is offered for a tick");
    let mut fields = vec![
        ("csrf_token", token.as_str()),
        ("revision", revision.as_str()),
        ("action", "continue"),
    ];
    fields.extend(keys.iter().map(|k| ("ack", k.as_str())));
    let res = app
        .post_raw(&format!("/requests/{id}/check"), &fields)
        .await;
    assert_eq!(location(&res), format!("/requests/{id}/attest"));
}

#[tokio::test]
async fn step_rules_refuse_bad_identifiers_times_and_emergencies() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "emergency").await;
    // An IP address without the time it was seen.
    let mut f: Vec<(String, String)> = ip_target()
        .into_iter()
        .filter(|(k, _)| !k.starts_with("observed-day"))
        .collect();
    for (k, v) in f.iter_mut() {
        if k.starts_with("observed-") && !k.ends_with("zone") {
            v.clear();
        }
    }
    let res = post_owned(&app, &format!("/requests/{id}/targets/new"), &f).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Enter when the IP address was seen")
    );
    // A bad IMEI check digit and a window that ends before it starts.
    let mut f = ip_target();
    for (k, v) in f.iter_mut() {
        match k.as_str() {
            "kind" => *v = "imei".into(),
            "value" => *v = "490154203237519".into(),
            "end-year" => *v = "2025".into(),
            _ => {}
        }
    }
    f.retain(|(k, _)| !k.starts_with("observed-") && k != "port");
    let res = post_owned(&app, &format!("/requests/{id}/targets/new"), &f).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("last digit does not match"));
    assert!(html.contains("The end of the records period must be after its start"));
    // Emergency facts: every one is required, and the supervisor is someone else.
    let res = step(
        &app,
        &id,
        "emergency",
        &[
            ("nature", "child_at_risk"),
            ("imminence", ""),
            ("person_at_risk", "A child (fictional)."),
            ("why_urgent", ""),
            ("callback", ""),
            ("supervisor_name", "Insp. Dana Villanueva"),
            ("supervisor_contact", ""),
            ("action", "continue"),
        ],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    for msg in [
        "Describe what shows the harm is imminent",
        "Explain why normal legal process would be too slow",
        "Enter a callback number answered at any hour",
        "The supervisor must be someone other than the requesting officer",
        "Enter the supervisor’s official email or phone",
    ] {
        assert!(html.contains(msg), "{msg}");
    }
    // The draft keeps its earlier, valid emergency facts.
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    assert!(check.contains("Supt. Jose Example"));
}

#[tokio::test]
async fn the_legal_process_must_be_a_pdf_within_the_size_limit() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = draft_of(&app, "example-social", "subscriber").await;
    let res = upload(&app, &id, b"<html>not a pdf</html>", "order.pdf", "yes").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("The file must be a PDF"));
    let big = [b"%PDF-1.4\n".as_slice(), &vec![b'x'; 11 * 1024 * 1024]].concat();
    let res = upload(&app, &id, &big, "scan.pdf", "yes").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("smaller than 10 MB"));
    // Only a header is no PDF.
    let res = upload(&app, &id, b"%PDF-1.4\n%%EOF\n", "order.pdf", "yes").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("could not be read as a PDF")
    );
    // A right-to-left override would show `court-orderfdp.exe` as
    // `court-orderexe.pdf`: cleaned, it is not a .pdf name.
    let res = upload(&app, &id, FAKE_PDF, "court-order\u{202e}fdp.exe", "yes").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("must end in .pdf"));
    let stored = query_strings(&app.db.url, "SELECT file_name FROM attachments").await;
    assert!(stored.is_empty(), "nothing kept from refused files");
    // Without a translation, a company abroad cannot read it.
    let res = upload(&app, &id, FAKE_PDF, "../../etc/order.pdf", "no").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("include an English translation")
    );
    let stored = query_strings(
        &app.db.url,
        "SELECT file_name || ' ' || sha256 FROM attachments",
    )
    .await;
    assert_eq!(
        stored,
        vec![format!("order.pdf {}", sha256_hex(FAKE_PDF))],
        "the valid file is kept, its name cleaned"
    );
    // A multipart post without the CSRF token changes nothing.
    let form = multipart::Form::new().part(
        "file",
        multipart::Part::bytes(FAKE_PDF.to_vec()).file_name("x.pdf"),
    );
    let res = app
        .client
        .post(app.url(&format!("/requests/{id}/legal-process")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_final_request_never_changes_and_a_correction_is_a_new_version() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "subscriber").await;
    finish(&app, &id).await;
    let before = query_strings(
        &app.db.url,
        "SELECT body FROM documents WHERE status = 'final'",
    )
    .await;
    // Steps of a final request send the officer to its confirmation page.
    let path = format!("/requests/{id}/requester");
    let res = app.post_form(&path, "/", &requester_fields()).await;
    assert_eq!(location(&res), format!("/requests/{id}/done"));
    let res = app.get(&format!("/requests/{id}/targets/new")).await;
    assert_eq!(location(&res), format!("/requests/{id}/done"));
    let after = query_strings(
        &app.db.url,
        "SELECT body FROM documents WHERE status = 'final'",
    )
    .await;
    assert_eq!(before, after, "nothing in a final request changed");

    let res = app
        .post_form(
            &format!("/requests/{id}/new-version"),
            &format!("/requests/{id}/done"),
            &[],
        )
        .await;
    let to = location(&res);
    let v2 = to
        .strip_prefix("/requests/")
        .and_then(|r| r.strip_suffix("/check"))
        .unwrap()
        .to_string();
    assert_ne!(v2, id);
    let check = app.get_html(&format!("/requests/{v2}/check")).await;
    assert!(
        check.contains("203.0.113.7"),
        "the answers are carried over"
    );
    assert!(
        check.contains(&sha256_hex(FAKE_PDF)),
        "so is the legal process"
    );
    let rows = query_strings(
        &app.db.url,
        "SELECT d.version || ' ' || p.public_id FROM documents d JOIN documents p ON p.id = d.supersedes_id",
    )
    .await;
    assert_eq!(
        rows,
        vec![format!("2 {id}")],
        "version 2 references version 1"
    );
    let done = app.get_html(&format!("/requests/{id}/done")).await;
    assert!(done.contains("A newer version of this request exists"));
    let done2 = finish(&app, &v2).await;
    assert!(done2.contains("version 2"));
    assert!(
        done2.contains(&format!("/requests/{id}/done")),
        "links to the version it replaced"
    );
}

#[tokio::test]
async fn the_validate_api_applies_the_same_rules() {
    let app = spawn_app().await;
    let token = token_for(&app, OFFICER.0).await;
    let client = reqwest::Client::new();
    let post = |body: String, token: Option<&str>| {
        let mut req = client
            .post(app.url("/api/v1/requests/validate"))
            .header("content-type", "application/json")
            .body(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send()
    };
    let res = post("{}".into(), None).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let analyst = token_for(&app, ANALYST.0).await;
    let res = post("{}".into(), Some(&analyst)).await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    let doc = serde_json::json!({
        "company_id": "example-social",
        "entity": "Example Social Pte. Ltd. (fictional)",
        "request_type": "content",
        "legal_basis": { "kind": "domestic_order", "provision": "Fictional Act s. 1", "reference": "" },
        "targets": [{
            "kind": "ip", "value": "203.0.113.9",
            "window": {
                "start": { "utc": "2026-10-01T00:00:00Z", "zone": "Asia/Manila" },
                "end": { "utc": "2026-10-02T00:00:00Z", "zone": "Asia/Manila" }
            }
        }]
    });
    let res = post(doc.to_string(), Some(&token)).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["valid"], false);
    let has = |list: &str, code: &str, path: &str| {
        body[list]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == code && f["path"] == path)
    };
    assert!(has("errors", "content_without_process", "legal_basis.kind"));
    assert!(has("errors", "ip_without_time", "targets[0].observed_at"));
    assert!(
        has("errors", "email_not_government", "requester.email")
            || has("errors", "missing_requester", "requester")
    );
    assert!(has("warnings", "ip_without_port", "targets[0].port"));
    let item = body["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "content_process")
        .unwrap();
    assert_eq!(item["status"], "missing");
    assert!(item["why"].as_str().unwrap().contains("warrant"));

    // Messages follow Accept-Language.
    let res = client
        .post(app.url("/api/v1/requests/validate"))
        .bearer_auth(&token)
        .header("accept-language", "ko")
        .body(doc.to_string())
        .send()
        .await
        .unwrap();
    let ko: serde_json::Value = res.json().await.unwrap();
    assert!(
        ko["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("포트")
    );

    // A document that does not match the schema: 422 with the path.
    let bad =
        serde_json::json!({ "targets": [{ "kind": "ip", "value": "203.0.113.9", "port": 70000 }] });
    let res = post(bad.to_string(), Some(&token)).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: serde_json::Value = res.json().await.unwrap();
    assert_eq!(problem["error"]["code"], "schema_mismatch");
    assert_eq!(problem["error"]["path"], "targets[0].port");
    let res = post(r#"{"colour": "blue"}"#.into(), Some(&token))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = post("not json".into(), Some(&token)).await.unwrap();
    let problem: serde_json::Value = res.json().await.unwrap();
    assert_eq!(problem["error"]["code"], "invalid_json");
}

#[tokio::test]
async fn the_schema_describes_what_the_builder_stores() {
    let app = spawn_app().await;
    let res = reqwest::get(app.url("/schemas/request.v1.json"))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let schema: serde_json::Value = res.json().await.unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");

    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "emergency").await;
    finish(&app, &id).await;
    let token = token_for(&app, OFFICER.0).await;
    let res = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/requests/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let stored: serde_json::Value = res.json().await.unwrap();
    assert_eq!(stored["status"], "final");
    let doc = &stored["document"];
    let errors: Vec<String> = validator.iter_errors(doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut bad = doc.clone();
    bad["targets"][0]["kind"] = "fax".into();
    assert!(!validator.is_valid(&bad));
    let mut bad = doc.clone();
    bad["unexpected"] = true.into();
    assert!(!validator.is_valid(&bad));
}

#[tokio::test]
async fn another_agency_gets_404_by_page_and_by_api() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "preservation").await;
    let other = app.new_browser();
    let creds = add_officer(
        &app,
        "Other Demo Unit",
        "PH",
        "other@second-unit.police.test",
        true,
    )
    .await;
    other.login_ok(creds).await;
    for page in [
        "check",
        "targets",
        "targets/0",
        "data",
        "attest",
        "done",
        "legal-process",
    ] {
        let res = other.get(&format!("/requests/{id}/{page}")).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{page}");
    }
    let res = other
        .post_form(&format!("/requests/{id}/targets/0/remove"), "/", &[])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let theirs = token_for(&app, creds.0).await;
    let ours = token_for(&app, OFFICER.0).await;
    let get = |token: String| {
        reqwest::Client::new()
            .get(app.url(&format!("/api/v1/requests/{id}")))
            .bearer_auth(token)
            .send()
    };
    assert_eq!(get(theirs).await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(get(ours).await.unwrap().status(), StatusCode::OK);
    let targets = app.get_html(&format!("/requests/{id}/targets")).await;
    assert!(
        targets.contains("203.0.113.7"),
        "the owner's draft is untouched"
    );
}

#[tokio::test]
async fn the_later_steps_read_in_korean_with_no_missing_text() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "emergency").await;
    let sub = walk_to_check(&app, "subscriber").await;
    let mut pages = Vec::new();
    for page in [
        "targets",
        "targets/0",
        "targets/new",
        "data",
        "emergency",
        "non-disclosure",
        "check",
    ] {
        pages.push(
            app.get_html(&format!("/requests/{id}/{page}?lang=ko"))
                .await,
        );
    }
    pages.push(
        app.get_html(&format!("/requests/{sub}/legal-process?lang=ko"))
            .await,
    );
    pages.push(app.get_html(&format!("/requests/{id}")).await);
    for html in &pages {
        assert!(!html.contains("Unknown localization"), "{html}");
        assert!(html.contains(r#"lang="ko""#));
    }
    assert!(
        pages[6].contains("답변 확인"),
        "check your answers in Korean"
    );
    assert!(
        pages[6].contains("통신사 NAT"),
        "the CGNAT warning in Korean"
    );
}

#[tokio::test]
async fn a_legal_process_file_named_with_a_national_id_is_refused_and_not_stored() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "subscriber").await;
    // A fictional NRIC that passes the checksum, as people type it.
    let res = upload(&app, &id, FAKE_PDF, "order for S 1234567 D.pdf", "yes").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("This looks like a national identity number (Singapore"),
        "{html}"
    );
    let names = query_strings(&app.db.url, "SELECT file_name FROM attachments").await;
    assert_eq!(
        names,
        ["court-order.pdf"],
        "the refused file was not stored"
    );
    // A compact timestamp in a file name is no identity number.
    let res = upload(&app, &id, FAKE_PDF, "202611231430.pdf", "yes").await;
    assert_eq!(location(&res), format!("/requests/{id}/check"));
}

/// The legal-process page posts a file; sent from a page older than the
/// draft, nothing is stored and the page says why, with the current
/// revision, so sending it again keeps the officer's file.
#[tokio::test]
async fn a_legal_process_sent_from_an_older_page_is_kept_only_when_sent_again() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "subscriber").await;
    let page = format!("/requests/{id}/legal-process");
    let old = hidden_value(&app.get_html(&page).await, "revision").unwrap();
    // Another window saves the draft meanwhile.
    let res = step(&app, &id, "check", &[("action", "save")]).await;
    assert_eq!(location(&res), "/?saved=1");
    let send = |revision: String| {
        let form = multipart::Form::new()
            .part(
                "file",
                multipart::Part::bytes(FAKE_PDF.to_vec())
                    .file_name("amended-order.pdf")
                    .mime_str("application/pdf")
                    .unwrap(),
            )
            .text("revision", revision)
            .text("signed-day", "20")
            .text("signed-month", "11")
            .text("signed-year", "2026")
            .text("signatory", "Judge Ana Example (fictional)")
            .text("english", "yes")
            .text("action", "continue");
        let app = &app;
        let page = page.clone();
        async move {
            let token = app.csrf_token(&page).await;
            app.client
                .post(app.url(&page))
                .multipart(form.text("csrf_token", token))
                .send()
                .await
                .unwrap()
        }
    };
    let res = send(old.clone()).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("changed in another window"),
        "the page says why"
    );
    let current = hidden_value(&html, "revision").unwrap();
    assert_ne!(current, old, "the page carries the current revision");
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    assert!(!check.contains("amended-order.pdf"), "nothing was stored");

    let res = send(current).await;
    assert_eq!(location(&res), format!("/requests/{id}/check"));
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    assert!(
        check.contains("amended-order.pdf"),
        "sent again, it is kept"
    );
}

#[tokio::test]
async fn a_log_time_to_the_second_in_a_us_zone_reaches_check_json_and_pdf() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "subscriber").await;
    let edit = format!("/requests/{id}/targets/0");

    // The zone list starts with UTC, then offers any IANA zone.
    let page = app.get_html(&edit).await;
    let zones: Vec<&str> = page
        .split(r#"id="observed-zone""#)
        .nth(1)
        .and_then(|s| s.split("</select>").next())
        .unwrap_or_default()
        .split("<option")
        .skip(1)
        .collect();
    assert!(zones[0].contains(">UTC<"), "UTC first: {:?}", zones.first());
    assert!(zones.iter().any(|o| o.contains(">America/Los_Angeles<")));
    assert!(zones.len() > 300, "every IANA zone, not only the region's");
    assert!(page.contains(r#"name="observed-second""#));
    // Example Social has two entities: the page says which answers for whom.
    assert!(page.contains("Example Social Australia Pty Ltd (fictional): users in AU, NZ"));
    assert!(page.contains("Example Social Pte. Ltd. (fictional): users everywhere else"));

    // A log line read in Pacific time (standard time again from 1 November), to the second.
    let mut f = ip_target();
    f.retain(|(k, _)| !k.starts_with("observed-"));
    f.extend(time_fields("observed", "1", "11", "2026", "18", "15"));
    f.retain(|(k, _)| k != "observed-zone");
    f.push(("observed-second".into(), "07".into()));
    f.push(("observed-zone".into(), "America/Los_Angeles".into()));
    let res = post_owned(&app, &edit, &f).await;
    assert_eq!(location(&res), format!("/requests/{id}/targets"));

    // Shown in its zone and in UTC with the seconds, and offered again
    // with them for editing.
    let expected = "2026-11-01 18:15:07 America/Los_Angeles (2026-11-02 02:15:07 UTC)";
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    assert!(
        check.contains(expected),
        "check-your-answers shows the seconds: {}",
        check
            .split("203.0.113.7")
            .nth(1)
            .unwrap_or_default()
            .chars()
            .take(3000)
            .collect::<String>()
    );
    let warning = "is given to the minute only";
    assert!(
        !check.contains(warning),
        "a time to the second does not warn that it is to the minute"
    );
    let again = app.get_html(&edit).await;
    assert!(again.contains(r#"name="observed-second" type="text" inputmode="numeric" value="07""#));

    let done = finish(&app, &id).await;
    assert!(done.contains("Request finished"));
    let json: serde_json::Value = app
        .get(&format!("/requests/{id}/package/document.json"))
        .await
        .json()
        .await
        .unwrap();
    let seen = &json["document"]["targets"][0]["observed_at"];
    assert_eq!(seen["utc"], "2026-11-02T02:15:07Z");
    assert_eq!(seen["zone"], "America/Los_Angeles");
    let pdf = app
        .get(&format!("/requests/{id}/package/document.pdf"))
        .await
        .bytes()
        .await
        .unwrap();
    if let Some(text) = pdf_text(&pdf) {
        assert!(
            text.contains("02:15:07UTC"),
            "the PDF gives the UTC time to the second"
        );
        assert!(text.contains("America/Los_Angeles"));
    }
}

/// Changing the legal process's answers from check-your-answers without
/// choosing the file again: the browser sends an empty file part with an
/// empty file name, which keeps the file there is.
#[tokio::test]
async fn changing_the_signatory_from_check_your_answers_keeps_the_uploaded_file() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "subscriber").await;
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    let before = hidden_value(
        &app.get_html(&format!("/requests/{id}/legal-process")).await,
        "revision",
    )
    .unwrap();
    assert!(!check.contains("Judge Ben Example"), "{check}");
    let page = format!("/requests/{id}/legal-process");
    let token = app.csrf_token(&page).await;
    let form = multipart::Form::new()
        .part(
            "file",
            multipart::Part::bytes(Vec::new())
                .file_name("")
                .mime_str("application/octet-stream")
                .unwrap(),
        )
        .text("revision", before)
        .text("signed-day", "20")
        .text("signed-month", "11")
        .text("signed-year", "2026")
        .text("signatory", "Judge Ben Example (fictional)")
        .text("english", "yes")
        .text("action", "continue")
        .text("csrf_token", token);
    let res = app
        .client
        .post(app.url(&format!("{page}?return=check")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let to = location(&res);
    assert!(
        status.is_redirection(),
        "{status}: {}",
        res.text().await.unwrap()
    );
    assert_eq!(to, format!("/requests/{id}/check"));
    let check_after = app.get_html(&format!("/requests/{id}/check")).await;
    assert!(check_after.contains("Judge Ben Example"), "{check_after}");
    let names = |html: &str| html.matches(".pdf").count();
    assert!(
        names(&check_after) >= 1 && names(&check_after) == names(&check),
        "the file is still there"
    );
}

/// The upload's CSRF token travels in the body, never in the address: a
/// token in the query alone is refused, one in the body is enough.
#[tokio::test]
async fn the_upload_s_csrf_token_is_read_from_the_body_only() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "subscriber").await;
    let page = format!("/requests/{id}/legal-process");
    let html = app.get_html(&page).await;
    assert!(
        !html.contains("?csrf_token="),
        "no token in the form's address"
    );
    let token = app.csrf_token(&page).await;
    let form = || {
        multipart::Form::new()
            .part(
                "file",
                multipart::Part::bytes(FAKE_PDF.to_vec())
                    .file_name("body-token.pdf")
                    .mime_str("application/pdf")
                    .unwrap(),
            )
            .text("signed-day", "20")
            .text("signed-month", "11")
            .text("signed-year", "2026")
            .text("signatory", "Judge Ana Example (fictional)")
            .text("english", "yes")
            .text("action", "continue")
    };
    let post = |url: String, form: multipart::Form| {
        let app = &app;
        async move {
            app.client
                .post(app.url(&url))
                .multipart(form)
                .send()
                .await
                .unwrap()
        }
    };
    let res = post(format!("{page}?csrf_token={token}"), form()).await;
    assert_eq!(
        res.status(),
        StatusCode::FORBIDDEN,
        "the address is no place for it"
    );
    let res = post(page.clone(), form().text("csrf_token", "0".repeat(64))).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    assert!(
        !check.contains("body-token.pdf"),
        "nothing refused was stored"
    );
    let res = post(page.clone(), form().text("csrf_token", token)).await;
    assert_eq!(location(&res), format!("/requests/{id}/check"));
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    assert!(check.contains("body-token.pdf"));
}
