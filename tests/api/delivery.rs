//! Delivery against a real SMTP server process (aiosmtpd): the message
//! arrives once with the package, failures queue or fail as they should,
//! demo agencies only ever write to the outbox folder, portal uploads are
//! recorded. The worker's steps are run by the test, with a clock it moves,
//! so nothing waits for time to pass.

use casebridge::app::Clock;
use casebridge::app::delivery::Transports;
use casebridge::config::{SmtpConfig, SmtpTls};
use reqwest::{Method, StatusCode};

use crate::helpers::*;
use crate::request_flow::{finish, walk_to_check};
use crate::smtp::{SmtpServer, available, free_port, read_message};

pub(crate) const FROM: &str = "casebridge@mail.cyber-unit.police.test";
pub(crate) const RECIPIENT: &str = "lawenforcement@example-social.test";

/// An app whose mail goes to `port` in the clear, with the background
/// worker off so the test runs each step.
async fn app_with_smtp(port: u16, max_attempts: u32) -> (TestApp, tempfile::TempDir) {
    app_with(Some(port), SmtpTls::None, max_attempts).await
}

/// An app with mail to `port` (or none: the outbox folder only), secured
/// as `tls` says; the background worker is off.
async fn app_with(
    port: Option<u16>,
    tls: SmtpTls,
    max_attempts: u32,
) -> (TestApp, tempfile::TempDir) {
    app_trusting(port, tls, max_attempts, None).await
}

/// The same, trusting the certificate in `ca_file` too.
async fn app_trusting(
    port: Option<u16>,
    tls: SmtpTls,
    max_attempts: u32,
    ca_file: Option<std::path::PathBuf>,
) -> (TestApp, tempfile::TempDir) {
    let db = TestDb::new().await;
    let outbox = tempfile::tempdir().unwrap();
    let mut config = test_config(&db);
    config.outbox_dir = outbox.path().to_path_buf();
    config.smtp = port.map(|port| SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        tls,
        username: None,
        password: None,
        from: FROM.into(),
        timeout_seconds: 10,
        ca_file: ca_file.clone(),
    });
    config.delivery.worker = false;
    config.delivery.max_attempts = max_attempts;
    (spawn_with(db, config).await, outbox)
}

/// A final request of the demo agency to the fictional company, and its
/// package id. `kind` is the request type.
pub(crate) async fn finished_request(app: &TestApp, kind: &str) -> String {
    app.login_ok(OFFICER).await;
    let id = walk_to_check(app, kind).await;
    finish(app, &id).await;
    let ids = query_strings(&app.db.url, "SELECT public_id FROM packages").await;
    assert_eq!(ids.len(), 1);
    ids[0].clone()
}

/// The demo agency as a real one: the fictional company and its reserved
/// address stay, but mail now goes to the SMTP server.
pub(crate) async fn make_agency_real(app: &TestApp) {
    exec_sql(
        &app.db.url,
        "UPDATE orgs SET is_demo = FALSE
         WHERE id = (SELECT org_id FROM users WHERE email = 'officer@cyber-unit.police.test')",
    )
    .await;
}

/// Runs one worker step at `clock`'s time.
pub(crate) async fn step_at(
    app: &TestApp,
    clock: &Clock,
) -> casebridge::app::delivery::worker::Step {
    let mut worker = app.state.clone();
    worker.clock = clock.clone();
    let transports = Transports::from_config(&worker.config).unwrap();
    worker.deliver_due(&transports, 10).await.unwrap()
}

pub(crate) async fn send(app: &TestApp, token: &str, package: &str) -> ApiAnswer {
    let path = format!("/api/v1/packages/{package}/send");
    api(app, token, Method::POST, &path, None, &[]).await
}

pub(crate) async fn deliveries(
    app: &TestApp,
    token: &str,
    package: &str,
) -> Vec<serde_json::Value> {
    let path = format!("/api/v1/packages/{package}/deliveries");
    let res = api(app, token, Method::GET, &path, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    res.json["deliveries"].as_array().unwrap().clone()
}

pub(crate) fn later(hours: i64) -> Clock {
    Clock::manual(jiff::Timestamp::now() + jiff::SignedDuration::from_hours(hours))
}

#[tokio::test]
async fn the_package_arrives_once_with_its_hashes_message_id_and_reply_to() {
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), None);
    let (app, _outbox) = app_with_smtp(server.port, 5).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;

    let first = send(&app, &token, &package).await;
    assert_eq!(first.status, StatusCode::ACCEPTED, "{}", first.json);
    assert_eq!(first.json["channel"], "email");
    assert_eq!(first.json["recipient"], RECIPIENT);
    assert_eq!(first.json["status"], "queued");
    assert_eq!(first.json["transport"], "smtp");
    let again = send(&app, &token, &package).await;
    assert_eq!(again.status, StatusCode::ACCEPTED);
    assert_eq!(again.json["id"], first.json["id"], "the same delivery");

    let step = step_at(&app, &Clock::system()).await;
    assert_eq!(step.sent, 1);
    let received = server.messages();
    assert_eq!(received.len(), 1);
    assert_eq!(server.recipients(&received[0]), vec![RECIPIENT.to_string()]);
    let m = read_message(&received[0]);
    let listed = deliveries(&app, &token, &package).await;
    assert_eq!(listed.len(), 1);
    let d = &listed[0];
    assert_eq!(d["status"], "sent");
    assert!(d["last_reply"].as_str().unwrap().starts_with("250"), "{d}");
    assert!(d["sent_at"].is_string());
    assert_eq!(m["message_id"], d["message_id"]);
    assert!(
        m["message_id"]
            .as_str()
            .unwrap()
            .contains(first.json["id"].as_str().unwrap()),
        "the Message-ID comes from the delivery: {m}"
    );
    assert!(
        m["reply_to"]
            .as_str()
            .unwrap()
            .contains("officer@cyber-unit.police.test"),
        "{m}"
    );
    assert!(m["from"].as_str().unwrap().contains(FROM), "{m}");
    // The ZIP as stored, and its manifest lists the stored PDF.
    let zip_sha = query_strings(&app.db.url, "SELECT zip_sha256 FROM packages").await;
    let pdf_sha = query_strings(&app.db.url, "SELECT pdf_sha256 FROM packages").await;
    let attachments = m["attachments"].as_array().unwrap();
    assert_eq!(attachments.len(), 1);
    let zip = &attachments[0];
    assert_eq!(zip["sha256"], zip_sha[0].as_str());
    assert_eq!(zip["name"], format!("casebridge-{package}.zip").as_str());
    let pdf = zip["manifest"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "document.pdf")
        .unwrap();
    assert_eq!(pdf["sha256"], pdf_sha[0].as_str());
    let text = m["text"].as_str().unwrap();
    assert!(text.contains(&zip_sha[0]), "the body gives the ZIP's hash");
    assert!(text.contains("manifest.json"));
    assert!(!m["html"].as_str().unwrap().is_empty());

    // Sent: asking again or another step sends nothing more.
    assert_eq!(send(&app, &token, &package).await.json["status"], "sent");
    assert_eq!(step_at(&app, &later(24)).await.sent, 0);
    assert_eq!(server.messages().len(), 1);
    let audit = query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE subject LIKE 'delivery:%' ORDER BY id",
    )
    .await;
    assert_eq!(audit, ["delivery.queued", "delivery.sent"]);
}

#[tokio::test]
async fn with_the_server_down_it_stays_queued_and_goes_once_the_server_is_up() {
    if !available() {
        return;
    }
    let port = free_port();
    let (app, _outbox) = app_with_smtp(port, 5).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    assert_eq!(
        send(&app, &token, &package).await.status,
        StatusCode::ACCEPTED
    );

    let step = step_at(&app, &Clock::system()).await;
    assert_eq!(step.retrying, 1, "{step:?}");
    let d = &deliveries(&app, &token, &package).await[0];
    assert_eq!(d["status"], "queued");
    assert_eq!(d["attempts"], 1);
    assert!(!d["last_reply"].as_str().unwrap().is_empty(), "{d}");
    // Not due yet: the next step leaves it.
    assert_eq!(step_at(&app, &Clock::system()).await.sent, 0);

    let server = SmtpServer::start(port, None);
    let step = step_at(&app, &later(2)).await;
    assert_eq!(step.sent, 1, "{step:?}");
    assert_eq!(server.messages().len(), 1);
    assert_eq!(step_at(&app, &later(48)).await, Default::default());
    assert_eq!(server.messages().len(), 1, "sent once");
    assert_eq!(
        deliveries(&app, &token, &package).await[0]["status"],
        "sent"
    );
}

#[tokio::test]
async fn a_demo_agency_writes_an_eml_to_the_outbox_even_with_smtp_configured() {
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), None);
    let (app, outbox) = app_with_smtp(server.port, 5).await;
    let package = finished_request(&app, "subscriber").await;
    let done = app
        .get_html(&format!(
            "/requests/{}/done",
            query_strings(&app.db.url, "SELECT public_id FROM documents").await[0]
        ))
        .await;
    assert!(
        done.contains("demonstration or training"),
        "the page says so"
    );
    let token = token_for(&app, OFFICER.0).await;
    let res = send(&app, &token, &package).await;
    assert_eq!(res.status, StatusCode::ACCEPTED);
    assert_eq!(res.json["transport"], "file");
    assert_eq!(step_at(&app, &Clock::system()).await.sent, 1);
    assert!(server.messages().is_empty(), "nothing reached the server");
    let files: Vec<_> = std::fs::read_dir(outbox.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    assert_eq!(files.len(), 1);
    let m = read_message(&files[0]);
    let d = &deliveries(&app, &token, &package).await[0];
    assert_eq!(m["message_id"], d["message_id"]);
    assert_eq!(d["status"], "sent");
    assert!(
        d["last_reply"].as_str().unwrap().contains("written to"),
        "{d}"
    );
}

#[tokio::test]
async fn a_4xx_reply_is_retried_up_to_the_limit_then_fails_and_can_be_retried() {
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), Some("451 4.3.0 Mailbox busy, try later"));
    let (app, _outbox) = app_with_smtp(server.port, 3).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    send(&app, &token, &package).await;
    for (hours, status) in [(0, "queued"), (3, "queued"), (6, "failed")] {
        step_at(&app, &later(hours)).await;
        let d = &deliveries(&app, &token, &package).await[0];
        assert_eq!(d["status"], status, "after {hours} h: {d}");
        assert!(d["last_reply"].as_str().unwrap().contains("451"), "{d}");
    }
    let audit = query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE subject LIKE 'delivery:%' ORDER BY id",
    )
    .await;
    assert_eq!(
        audit,
        [
            "delivery.queued",
            "delivery.retry_scheduled",
            "delivery.retry_scheduled",
            "delivery.failed"
        ]
    );
    assert!(server.messages().is_empty());

    // The server is fixed; the user retries and it goes.
    drop(server);
    let port = free_port();
    let good = SmtpServer::start(port, None);
    let mut config = (*app.state.config).clone();
    if let Some(s) = config.smtp.as_mut() {
        s.port = port;
    }
    let id = deliveries(&app, &token, &package).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.state.retry_delivery(None, &id).await.unwrap();
    let mut worker = app.state.clone();
    worker.config = std::sync::Arc::new(config);
    worker.clock = later(7);
    let t = Transports::from_config(&worker.config).unwrap();
    assert_eq!(worker.deliver_due(&t, 10).await.unwrap().sent, 1);
    assert_eq!(good.messages().len(), 1);
}

#[tokio::test]
async fn a_5xx_reply_fails_at_once() {
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), Some("554 5.7.1 Delivery not authorised"));
    let (app, _outbox) = app_with_smtp(server.port, 5).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    send(&app, &token, &package).await;
    let step = step_at(&app, &Clock::system()).await;
    assert_eq!(step.failed, 1, "{step:?}");
    let d = &deliveries(&app, &token, &package).await[0];
    assert_eq!(d["status"], "failed");
    assert_eq!(d["attempts"], 1);
    assert!(d["last_reply"].as_str().unwrap().contains("554"), "{d}");
    assert_eq!(step_at(&app, &later(24)).await, Default::default());

    // The page gives the reason and a retry button, which queues it again.
    let doc = query_strings(&app.db.url, "SELECT public_id FROM documents").await[0].clone();
    let done_path = format!("/requests/{doc}/done");
    let page = app.get_html(&done_path).await;
    assert!(page.contains("data-status=\"failed\""));
    assert!(
        page.contains("Not sent: ") && page.contains("5.7.1 Delivery not authorised"),
        "the reason is shown"
    );
    let id = d["id"].as_str().unwrap();
    let res = app
        .post_form(
            &format!("/deliveries/{id}/retry?package={package}"),
            &done_path,
            &[],
        )
        .await;
    assert_eq!(location(&res), format!("{done_path}#delivery"));
    assert_eq!(
        deliveries(&app, &token, &package).await[0]["status"],
        "queued"
    );
    assert!(!app.get_html(&done_path).await.contains("Try again"));
}

#[tokio::test]
async fn a_portal_recipient_gets_a_recorded_upload_and_no_email() {
    let app = spawn_app().await;
    // The fictional company takes emergencies on a web form.
    let package = finished_request(&app, "emergency").await;
    let token = token_for(&app, OFFICER.0).await;
    let res = send(&app, &token, &package).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert_eq!(res.json["error"]["path"], "channel");
    // The page links the form and takes the upload record; a bad time is
    // refused with its reason.
    let doc = query_strings(&app.db.url, "SELECT public_id FROM documents").await[0].clone();
    let done_path = format!("/requests/{doc}/done");
    let page = app.get_html(&done_path).await;
    assert!(page.contains("href=\"https://example-social.test/law-enforcement/emergency\""));
    assert!(page.contains("I have uploaded it"));
    assert!(!page.contains("Send the package by email"));
    let upload = format!("/packages/{package}/portal-upload");
    let res = app
        .post_form(
            &upload,
            &done_path,
            &[("reference", "ES-1"), ("uploaded_at", "last Tuesday")],
        )
        .await;
    assert_eq!(
        location(&res),
        format!("{done_path}?delivery_error=uploaded_at#delivery")
    );
    let path = format!("/api/v1/packages/{package}/portal-upload");
    let bad = serde_json::json!({ "reference": " ", "uploaded_at": "2026-12-01 10:00" });
    let res = api(&app, &token, Method::POST, &path, Some(&bad), &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json["error"]["path"], "reference");
    let future = serde_json::json!({ "reference": "ES-1", "uploaded_at": "2999-01-01 10:00" });
    let res = api(&app, &token, Method::POST, &path, Some(&future), &[]).await;
    assert_eq!(res.json["error"]["path"], "uploaded_at");
    assert!(
        deliveries(&app, &token, &package).await.is_empty(),
        "nothing recorded"
    );

    let ok =
        serde_json::json!({ "reference": "ES-2026-000123", "uploaded_at": "2026-12-01 10:00" });
    let res = api(&app, &token, Method::POST, &path, Some(&ok), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.json);
    assert_eq!(res.json["status"], "uploaded");
    assert_eq!(res.json["channel"], "portal");
    assert_eq!(res.json["portal_reference"], "ES-2026-000123");
    assert_eq!(res.json["uploaded_at"], "2026-12-01T10:00:00Z");
    let listed = deliveries(&app, &token, &package).await;
    assert_eq!(listed.len(), 1);
    let page = app.get_html(&done_path).await;
    assert!(page.contains("data-status=\"uploaded\""));
    assert!(page.contains("portal reference ES-2026-000123"));
    assert!(!page.contains("I have uploaded it"), "recorded once");

    // Another agency finds no such package.
    let creds = add_officer(
        &app,
        "Other Demo Unit",
        "PH",
        "other@second-unit.police.test",
        true,
    )
    .await;
    let theirs = token_for(&app, creds.0).await;
    assert_eq!(
        send(&app, &theirs, &package).await.status,
        StatusCode::NOT_FOUND
    );
    let res = api(
        &app,
        &theirs,
        Method::GET,
        &format!("/api/v1/packages/{package}/deliveries"),
        None,
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

/// Runs the `casebridge` command on the test database with `env` added.
fn casebridge(db_url: &str, args: &[&str], env: &[(&str, String)]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_casebridge"));
    cmd.args(args)
        .env("CASEBRIDGE_DATABASE_URL", db_url)
        .env_remove("CASEBRIDGE_CONFIG")
        .env_remove("CASEBRIDGE_SMTP_HOST")
        .env("RUST_LOG", "warn");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[tokio::test]
async fn the_command_line_lists_the_outbox_retries_a_failure_and_tests_smtp() {
    if !available() {
        return;
    }
    let refusing = SmtpServer::start(free_port(), Some("554 5.7.1 Delivery not authorised"));
    let (app, _outbox) = app_with_smtp(refusing.port, 5).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    let id = send(&app, &token, &package).await.json["id"]
        .as_str()
        .unwrap()
        .to_string();
    step_at(&app, &Clock::system()).await;

    let out = casebridge(&app.db.url, &["outbox", "list"], &[]);
    assert!(out.status.success());
    let listed = String::from_utf8_lossy(&out.stdout).to_string();
    let line = listed.lines().find(|l| l.contains(&id)).expect("listed");
    assert!(line.contains("failed") && line.contains("554"), "{line}");

    let out = casebridge(&app.db.url, &["outbox", "retry", &id], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        deliveries(&app, &token, &package).await[0]["status"],
        "queued"
    );
    let out = casebridge(&app.db.url, &["outbox", "retry", &id], &[]);
    assert!(!out.status.success(), "only a failed delivery is retried");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Only a failed delivery"));
    let out = casebridge(&app.db.url, &["outbox", "retry", "no-such-delivery"], &[]);
    assert!(!out.status.success());

    let server = SmtpServer::start(free_port(), None);
    let smtp = [
        ("CASEBRIDGE_SMTP_HOST", "127.0.0.1".to_string()),
        ("CASEBRIDGE_SMTP_PORT", server.port.to_string()),
        ("CASEBRIDGE_SMTP_TLS", "none".to_string()),
        ("CASEBRIDGE_SMTP_FROM", FROM.to_string()),
    ];
    let out = casebridge(
        &app.db.url,
        &["smtp-test", "--to", "duty@cyber-unit.police.test"],
        &smtp,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("250"));
    let got = server.messages();
    assert_eq!(got.len(), 1);
    assert_eq!(
        server.recipients(&got[0]),
        vec!["duty@cyber-unit.police.test".to_string()]
    );
    let out = casebridge(
        &app.db.url,
        &["smtp-test", "--to", "duty@cyber-unit.police.test"],
        &[],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no SMTP server is configured"));
}

/// Changes the fictional company's intake in the running app's directory.
fn set_intake(app: &TestApp, address: &str, verified: bool) {
    use casebridge::directory::Status;
    let mut c = app
        .state
        .directory
        .get()
        .company("example-social")
        .unwrap()
        .clone();
    c.intake.address = address.into();
    c.intake.provenance.status = if verified {
        Status::Verified
    } else {
        Status::Unverified
    };
    app.state.directory.replace_company(c).unwrap();
}

#[tokio::test]
async fn the_confirmation_page_shows_the_channel_and_its_send_button_queues_once() {
    let (app, _outbox) = app_with(None, SmtpTls::None, 5).await;
    let package = finished_request(&app, "subscriber").await;
    let doc = query_strings(&app.db.url, "SELECT public_id FROM documents").await[0].clone();
    let done_path = format!("/requests/{doc}/done");
    let page = app.get_html(&done_path).await;
    assert!(page.contains(RECIPIENT), "the address is shown");
    assert!(
        page.contains("casebridge demo data (fictional)"),
        "its source"
    );
    assert!(page.contains("Verified against its source"));
    assert!(page.contains("Send the package by email"));
    assert!(page.contains("demonstration or training"));
    assert!(
        !page.contains("name=\"confirm\""),
        "a verified address needs no tick"
    );

    // Without the CSRF token nothing is queued.
    let res = app
        .post_raw(&format!("/packages/{package}/send"), &[])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM deliveries")
            .await
            .is_empty()
    );

    let res = app
        .post_form(&format!("/packages/{package}/send"), &done_path, &[])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), format!("{done_path}#delivery"));
    let page = app.get_html(&done_path).await;
    assert!(page.contains("data-status=\"queued\""), "{page}");
    assert!(
        !page.contains("Send the package by email"),
        "sent once only"
    );
    let dashboard = app.get_html("/").await;
    assert!(dashboard.contains("data-delivery=\"queued\""));

    assert_eq!(step_at(&app, &Clock::system()).await.sent, 1);
    let page = app.get_html(&done_path).await;
    assert!(page.contains("data-status=\"sent\""));
    assert!(page.contains("Written to the outbox folder, not sent."));
    assert!(app.get_html("/").await.contains("data-delivery=\"sent\""));
    // A second post (an old tab) changes nothing.
    app.post_form(&format!("/packages/{package}/send"), &done_path, &[])
        .await;
    assert_eq!(
        query_strings(&app.db.url, "SELECT status FROM deliveries").await,
        ["sent"]
    );
}

#[tokio::test]
async fn an_unverified_address_needs_a_confirmation_and_a_malformed_one_sends_nothing() {
    let (app, _outbox) = app_with(None, SmtpTls::None, 5).await;
    let package = finished_request(&app, "subscriber").await;
    let doc = query_strings(&app.db.url, "SELECT public_id FROM documents").await[0].clone();
    let done_path = format!("/requests/{doc}/done");
    let token = token_for(&app, OFFICER.0).await;

    set_intake(&app, "lawenforcement at example-social.test", true);
    let res = send(&app, &token, &package).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert_eq!(res.json["error"]["path"], "recipient");
    assert!(
        res.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not a valid email address")
    );
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM deliveries")
            .await
            .is_empty()
    );

    set_intake(&app, RECIPIENT, false);
    let page = app.get_html(&done_path).await;
    assert!(page.contains("Not verified"));
    assert!(page.contains("name=\"confirm\""));
    let res = app
        .post_form(&format!("/packages/{package}/send"), &done_path, &[])
        .await;
    assert_eq!(
        location(&res),
        format!("{done_path}?delivery_error=confirm#delivery")
    );
    let page = app
        .get_html(&format!("{done_path}?delivery_error=confirm"))
        .await;
    assert!(
        page.contains("Tick the box to confirm"),
        "the reason is shown"
    );
    let res = send(&app, &token, &package).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json["error"]["path"], "confirm");
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM deliveries")
            .await
            .is_empty()
    );

    let res = app
        .post_form(
            &format!("/packages/{package}/send"),
            &done_path,
            &[("confirm", "yes")],
        )
        .await;
    assert_eq!(location(&res), format!("{done_path}#delivery"));
    let audit = query_strings(
        &app.db.url,
        "SELECT detail FROM audit_log WHERE action = 'delivery.queued'",
    )
    .await;
    assert_eq!(audit.len(), 1);
    assert!(audit[0].contains("\"confirmed\":true") && audit[0].contains("\"verified\":false"));
}

#[tokio::test]
async fn starttls_required_against_a_server_without_it_fails_and_sends_nothing_in_the_clear() {
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), None);
    let (app, _outbox) = app_with(Some(server.port), SmtpTls::Starttls, 5).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    send(&app, &token, &package).await;
    let step = step_at(&app, &Clock::system()).await;
    assert_eq!(step.failed, 1, "{step:?}");
    let d = &deliveries(&app, &token, &package).await[0];
    assert_eq!(d["status"], "failed");
    assert!(
        d["last_reply"].as_str().unwrap().contains("STARTTLS"),
        "{d}"
    );
    assert!(server.messages().is_empty(), "nothing went in the clear");
}

#[tokio::test]
async fn an_approved_reports_page_names_its_authority_channel_and_the_api_refuses_email() {
    use crate::report_package::{REVIEWER, SECOND, complete, create, submit};
    let (app, _outbox) = app_with(None, SmtpTls::None, 5).await;
    add_colleague(
        &app,
        REVIEWER,
        SECOND,
        "Kenji Second",
        casebridge::domain::role::Role::MemberReviewer,
    )
    .await;
    let reviewer = token_for(&app, REVIEWER).await;
    let second = token_for(&app, SECOND).await;
    let id = create(&app, &reviewer, &complete()).await;
    assert_eq!(submit(&app, &reviewer, &id).await.status, StatusCode::OK);
    let approve = format!("/api/v1/reports/{id}/approve");
    let res = api(&app, &second, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let package = query_strings(&app.db.url, "SELECT public_id FROM packages").await[0].clone();

    // The Philippine DOJ office takes reports through NCMEC's CyberTipline:
    // casebridge cannot send there, and says so.
    let res = send(&app, &second, &package).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert_eq!(res.json["error"]["path"], "channel");
    let officer = token_for(&app, OFFICER.0).await;
    assert_eq!(
        send(&app, &officer, &package).await.status,
        StatusCode::NOT_FOUND,
        "another organisation's package"
    );
    app.login_ok((SECOND, "another-colleague-pass")).await;
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(page.contains("id=\"delivery\""), "{page}");
    assert!(page.contains("data-route=\"other\""));
    assert!(page.contains("casebridge cannot send through this channel"));
    assert!(!page.contains("Send the package by email"));
}

/// Works through the outbox until a step finds nothing due; what it sent.
async fn drain(app: casebridge::app::App) -> usize {
    let t = Transports::from_config(&app.config).unwrap();
    let mut sent = 0;
    loop {
        let step = app.deliver_due(&t, 10).await.unwrap();
        if step == Default::default() {
            return sent;
        }
        sent += step.sent;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_database_send_200_queued_messages_once_each() {
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), None);
    let (app, _outbox) = app_with_smtp(server.port, 5).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    send(&app, &token, &package).await;
    // 199 more queued copies of that delivery, each to its own (fictional)
    // desk, so the server can tell them apart by recipient.
    exec_sql(
        &app.db.url,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 199)
         INSERT INTO deliveries (public_id, package_id, document_id, org_id, channel, recipient,
             recipient_name, transport, status, attempts, next_attempt_at, message_id,
             envelope_from, envelope_to, message, last_reply, created_at, updated_at)
         SELECT d.public_id || '-' || n.i, d.package_id, d.document_id, d.org_id, d.channel,
             'desk' || n.i || '@example-social.test', d.recipient_name, d.transport, 'queued', 0,
             d.next_attempt_at, d.message_id, d.envelope_from,
             'desk' || n.i || '@example-social.test', d.message, '', d.created_at, d.updated_at
         FROM deliveries d, n",
    )
    .await;
    // Two instances: each its own connection pool to the same database.
    let mut instances = Vec::new();
    for _ in 0..2 {
        let mut other = app.state.clone();
        other.store = casebridge::store::Store::connect(&app.db.url)
            .await
            .unwrap();
        instances.push(other);
    }
    let second = instances.pop().unwrap();
    let first = instances.pop().unwrap();
    let (a, b) = tokio::join!(tokio::spawn(drain(first)), tokio::spawn(drain(second)));
    assert_eq!(a.unwrap() + b.unwrap(), 200);
    let received = server.messages();
    assert_eq!(received.len(), 200, "each message once");
    let mut recipients: Vec<String> = received.iter().flat_map(|m| server.recipients(m)).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 200, "no duplicates");
    let statuses = query_strings(&app.db.url, "SELECT DISTINCT status FROM deliveries").await;
    assert_eq!(statuses, ["sent"]);
    let sent = query_strings(
        &app.db.url,
        "SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE action = 'delivery.sent'",
    )
    .await;
    assert_eq!(sent, ["200"]);
}

#[tokio::test]
async fn a_worker_that_dies_after_the_server_accepted_leads_to_one_resend_with_the_same_message_id()
{
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), None);
    let (app, _outbox) = app_with_smtp(server.port, 5).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    send(&app, &token, &package).await;

    // A worker claims the row and the server accepts the message, then the
    // worker dies before it records that.
    let now = jiff::Timestamp::now();
    let lease = now + jiff::SignedDuration::from_mins(5);
    let claimed = app
        .state
        .store
        .claim_deliveries(
            &casebridge::domain::time::to_db(now),
            &casebridge::domain::time::to_db(lease),
            10,
        )
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    let t = Transports::from_config(&app.state.config).unwrap();
    let c = &claimed[0];
    let to = [c.envelope_to.as_str()];
    let first = t
        .send(&c.transport, &c.envelope_from, &to, &c.message)
        .await;
    assert!(matches!(
        first,
        casebridge::app::delivery::Attempt::Accepted(_)
    ));
    assert_eq!(
        deliveries(&app, &token, &package).await[0]["status"],
        "sending"
    );

    // While the lease holds, no other worker touches it.
    assert_eq!(step_at(&app, &Clock::system()).await, Default::default());
    // Once it has run out, the next worker sends it again, once.
    assert_eq!(step_at(&app, &later(1)).await.sent, 1);
    assert_eq!(step_at(&app, &later(2)).await, Default::default());
    let received = server.messages();
    assert_eq!(received.len(), 2, "one documented resend");
    let ids: Vec<_> = received
        .iter()
        .map(|m| read_message(m)["message_id"].clone())
        .collect();
    assert_eq!(ids[0], ids[1], "the resend carries the same Message-ID");
    let d = &deliveries(&app, &token, &package).await[0];
    assert_eq!(d["status"], "sent");
    assert_eq!(d["attempts"], 2);
    assert_eq!(d["message_id"], ids[0]);
}

#[tokio::test]
async fn a_dropped_connection_or_a_server_too_slow_to_answer_is_retried_later() {
    if !available() {
        return;
    }
    for mode in ["!drop", "!slow"] {
        let server = SmtpServer::start(free_port(), Some(mode));
        let (app, _outbox) = app_with_smtp(server.port, 5).await;
        let mut config = (*app.state.config).clone();
        if let Some(s) = config.smtp.as_mut() {
            // The slow server answers long after this.
            s.timeout_seconds = 1;
        }
        let package = finished_request(&app, "subscriber").await;
        make_agency_real(&app).await;
        let token = token_for(&app, OFFICER.0).await;
        send(&app, &token, &package).await;
        let mut worker = app.state.clone();
        worker.config = std::sync::Arc::new(config);
        let t = Transports::from_config(&worker.config).unwrap();
        let step = worker.deliver_due(&t, 10).await.unwrap();
        assert_eq!(step.retrying, 1, "{mode}: {step:?}");
        let d = &deliveries(&app, &token, &package).await[0];
        assert_eq!(d["status"], "queued", "{mode}");
        assert!(!d["last_reply"].as_str().unwrap().is_empty(), "{mode}: {d}");
        if mode == "!slow" {
            assert!(
                d["last_reply"].as_str().unwrap().contains("within 1 s"),
                "{d}"
            );
        }
        assert!(server.messages().is_empty(), "{mode}");
    }
}

#[tokio::test]
async fn starttls_to_a_server_with_a_certificate_the_app_trusts_delivers_over_tls() {
    if !available() {
        return;
    }
    if !tool_available("openssl", &["version"], "openssl") {
        return;
    }
    let (server, cert) = SmtpServer::start_tls(free_port());
    let (app, _outbox) = app_trusting(Some(server.port), SmtpTls::Starttls, 5, Some(cert)).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    send(&app, &token, &package).await;
    let step = step_at(&app, &Clock::system()).await;
    assert_eq!(
        step.sent,
        1,
        "{step:?}: {:?}",
        deliveries(&app, &token, &package).await
    );
    let got = server.messages();
    assert_eq!(got.len(), 1);
    assert!(server.over_tls(&got[0]), "the message came over STARTTLS");

    // Without the certificate the app does not trust the server: failed,
    // nothing sent.
    let (other, _) = SmtpServer::start_tls(free_port());
    let (app, _outbox) = app_with(Some(other.port), SmtpTls::Starttls, 5).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    send(&app, &token, &package).await;
    let step = step_at(&app, &Clock::system()).await;
    assert_eq!(step.failed, 1, "{step:?}");
    let d = &deliveries(&app, &token, &package).await[0];
    assert_eq!(d["status"], "failed");
    let reply = d["last_reply"].as_str().unwrap();
    assert!(
        reply.contains("certificate"),
        "the reason names it: {reply}"
    );
    assert!(other.messages().is_empty());
}

/// Queues 49 more copies of the one delivery there is, each to its own
/// fictional desk and with its own Message-ID.
async fn queue_copies(url: &str) {
    if url.starts_with("sqlite:") {
        exec_sql(
            url,
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 49)
             INSERT INTO deliveries (public_id, package_id, document_id, org_id, channel,
                 recipient, recipient_name, transport, status, attempts, next_attempt_at,
                 message_id, envelope_from, envelope_to, message, last_reply, created_at,
                 updated_at)
             SELECT d.public_id || '-' || n.i, d.package_id, d.document_id, d.org_id, d.channel,
                 'desk' || n.i || '@example-social.test', d.recipient_name, d.transport,
                 'queued', 0, d.next_attempt_at,
                 REPLACE(d.message_id, d.public_id, d.public_id || '-' || n.i), d.envelope_from,
                 'desk' || n.i || '@example-social.test',
                 CAST(REPLACE(CAST(d.message AS TEXT), '<' || d.public_id || '.',
                              '<' || d.public_id || '-' || n.i || '.') AS BLOB),
                 '', d.created_at, d.updated_at
             FROM deliveries d, n",
        )
        .await;
    } else {
        exec_sql(
            url,
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 49)
             INSERT INTO deliveries (public_id, package_id, document_id, org_id, channel,
                 recipient, recipient_name, transport, status, attempts, next_attempt_at,
                 message_id, envelope_from, envelope_to, message, last_reply, created_at,
                 updated_at)
             SELECT d.public_id || '-' || n.i, d.package_id, d.document_id, d.org_id, d.channel,
                 'desk' || n.i || '@example-social.test', d.recipient_name, d.transport,
                 'queued', 0, d.next_attempt_at,
                 REPLACE(d.message_id, d.public_id, d.public_id || '-' || n.i), d.envelope_from,
                 'desk' || n.i || '@example-social.test',
                 convert_to(REPLACE(convert_from(d.message, 'UTF8'), '<' || d.public_id || '.',
                                    '<' || d.public_id || '-' || n.i || '.'), 'UTF8'),
                 '', d.created_at, d.updated_at
             FROM deliveries d, n",
        )
        .await;
    }
}

/// `casebridge serve` on the test database, sending to `smtp_port`.
fn serve(db_url: &str, smtp_port: u16, outbox: &std::path::Path) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_casebridge"))
        .arg("serve")
        .env("CASEBRIDGE_DATABASE_URL", db_url)
        .env_remove("CASEBRIDGE_CONFIG")
        .env("CASEBRIDGE_ADDR", "127.0.0.1:0")
        .env("CASEBRIDGE_DEMO_DATA", "false")
        .env("CASEBRIDGE_OUTBOX_DIR", outbox)
        .env("CASEBRIDGE_SMTP_HOST", "127.0.0.1")
        .env("CASEBRIDGE_SMTP_PORT", smtp_port.to_string())
        .env("CASEBRIDGE_SMTP_TLS", "none")
        .env("CASEBRIDGE_SMTP_FROM", FROM)
        .env("CASEBRIDGE_SMTP_TIMEOUT_SECONDS", "1")
        .env("CASEBRIDGE_DELIVERY_POLL_SECONDS", "1")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("casebridge serve starts")
}

/// Waits (up to two minutes) until `done` holds; false if it never did.
async fn eventually(mut done: impl AsyncFnMut() -> bool) -> bool {
    for _ in 0..1200 {
        if done().await {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test]
async fn killed_mid_way_and_restarted_the_app_delivers_each_of_50_messages_once() {
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), None);
    let (app, outbox) = app_with_smtp(server.port, 5).await;
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    send(&app, &token, &package).await;
    queue_copies(&app.db.url).await;

    let mut first = serve(&app.db.url, server.port, outbox.path());
    assert!(
        eventually(async || !server.messages().is_empty()).await,
        "the first instance sends"
    );
    first.kill().unwrap(); // SIGKILL: no shutdown, leases left behind
    first.wait().unwrap();
    let sending_at_kill = query_strings(
        &app.db.url,
        "SELECT public_id FROM deliveries WHERE status = 'sending'",
    )
    .await
    .len();
    let before = server.messages().len();
    eprintln!("killed after {before} messages, {sending_at_kill} being sent");

    let mut second = serve(&app.db.url, server.port, outbox.path());
    let url = app.db.url.clone();
    let all_sent = eventually(async || {
        query_strings(
            &url,
            "SELECT public_id FROM deliveries WHERE status <> 'sent'",
        )
        .await
        .is_empty()
    })
    .await;
    second.kill().unwrap();
    second.wait().unwrap();
    assert!(all_sent, "the restarted instance sends the rest");

    let received = server.messages();
    let mut by_id: std::collections::BTreeMap<String, Vec<Vec<String>>> = Default::default();
    for m in &received {
        let id = read_message(m)["message_id"].as_str().unwrap().to_string();
        by_id.entry(id).or_default().push(server.recipients(m));
    }
    assert_eq!(by_id.len(), 50, "every message arrived");
    let repeats = received.len() - 50;
    assert!(
        repeats <= sending_at_kill,
        "{repeats} repeats, {sending_at_kill} were being sent when the app died"
    );
    for (id, copies) in &by_id {
        assert!(
            copies.windows(2).all(|w| w[0] == w[1]),
            "{id}: a repeat goes to the same recipient with the same Message-ID"
        );
    }
}
