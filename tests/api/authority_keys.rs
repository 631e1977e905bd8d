//! Report authorities' OpenPGP keys, against real GnuPG and the real SMTP
//! server (aiosmtpd): an admin records an authority's key with the same
//! form as a company's, the list shows its fingerprint, and an approved
//! report sent to that authority by email arrives encrypted so that gpg
//! opens it to the package's ZIP. A key whose only encryption key is its
//! primary key is accepted and used. Nobody but an admin reaches the pages.

use reqwest::{Method, StatusCode};

use crate::delivery::{send, step_at};
use crate::delivery_crypto::{Gpg, app_with, attachments, gpg_available, sha256};
use crate::helpers::*;
use crate::report_package::{REVIEWER, SECOND, complete, create, submit};
use crate::smtp::{SmtpServer, available, free_port};
use casebridge::app::Clock;

/// The Philippine cybercrime centre takes reports by email.
const FORM: &str = "/admin/authorities/PH/cicc/key";

async fn record_by_form(app: &TestApp, key: &str) -> reqwest::Response {
    let admin = app.new_browser();
    admin.login_ok(ADMIN).await;
    admin
        .post_form(
            FORM,
            FORM,
            &[
                ("key", key),
                (
                    "source",
                    "Key handed over by the authority's liaison (fictional)",
                ),
                ("checked-day", "1"),
                ("checked-month", "12"),
                ("checked-year", "2026"),
            ],
        )
        .await
}

/// A report to CICC, submitted by one reviewer and approved by another;
/// the member's organisation made real so mail goes to the SMTP server.
/// Returns the package id and the approver's token.
async fn approved_report_to_cicc(app: &TestApp) -> (String, String) {
    add_colleague(
        app,
        REVIEWER,
        SECOND,
        "Kenji Second",
        casebridge::domain::role::Role::MemberReviewer,
    )
    .await;
    let reviewer = token_for(app, REVIEWER).await;
    let second = token_for(app, SECOND).await;
    let mut report = complete();
    report["destination"]["authority"] = "cicc".into();
    report["destination"]["also_to_ncmec"] = false.into();
    let id = create(app, &reviewer, &report).await;
    let submitted = submit(app, &reviewer, &id).await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.json);
    let approve = format!("/api/v1/reports/{id}/approve");
    let res = api(app, &second, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    exec_sql(
        &app.db.url,
        "UPDATE orgs SET is_demo = FALSE
         WHERE id = (SELECT org_id FROM users WHERE email = 'reviewer@example-social.test')",
    )
    .await;
    let package = query_strings(&app.db.url, "SELECT public_id FROM packages").await[0].clone();
    (package, second)
}

/// Sends the package, runs the worker once, and checks that the one message
/// carries only the encrypted ZIP and that `key` opens it to the ZIP's bytes.
async fn arrives_encrypted_to(app: &TestApp, server: &SmtpServer, key: &Gpg) {
    let (package, token) = approved_report_to_cicc(app).await;
    let queued = send(app, &token, &package).await;
    assert_eq!(queued.status, StatusCode::ACCEPTED, "{}", queued.json);
    assert_eq!(step_at(app, &Clock::system()).await.sent, 1);
    let received = server.messages();
    assert_eq!(received.len(), 1);
    assert_eq!(server.recipients(&received[0]), ["report@cicc.gov.ph"]);
    let dir = tempfile::tempdir().unwrap();
    let files = attachments(&received[0], dir.path());
    assert_eq!(files.len(), 1, "only the sealed package");
    assert_eq!(files[0].0, format!("casebridge-{package}.zip.gpg"));
    let sealed = std::fs::read(&files[0].1).unwrap();
    assert_ne!(&sealed[..2], b"PK", "no ZIP in the clear");
    let plain = key.decrypt(&files[0].1);
    assert_eq!(&plain[..2], b"PK", "a ZIP inside");
    let zip_sha = query_strings(&app.db.url, "SELECT zip_sha256 FROM packages").await;
    assert_eq!(sha256(&plain), zip_sha[0], "the package's own ZIP");
}

#[tokio::test]
async fn an_authority_key_recorded_by_form_encrypts_the_report_sent_to_it() {
    if !available() || !gpg_available() {
        return;
    }
    let authority = Gpg::new(
        "Intake <intake@cicc.example>",
        "future-default",
        "default",
        "1y",
        None,
    );
    let server = SmtpServer::start(free_port(), None);
    let app = app_with(server.port, |_| {}).await;
    let admin = app.new_browser();
    admin.login_ok(ADMIN).await;
    let list = admin.get_html("/admin/authorities").await;
    assert!(
        list.contains(r#"data-authority="PH/cicc""#),
        "the rule packs' authorities are listed"
    );
    assert!(list.contains(r#"data-key="none""#) && list.contains("no key"));
    assert!(list.contains(r#"href="/admin/authorities/PH/cicc/key""#));
    let form = admin.get_html(FORM).await;
    assert!(form.contains("Cybercrime Investigation and Coordinating Center"));
    assert!(form.contains("Reports sent to this authority by email are encrypted"));

    let res = record_by_form(&app, &authority.public_key()).await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "{}",
        res.text().await.unwrap()
    );
    assert_eq!(location(&res), "/admin/authorities?edited=1");
    let stored = query_strings(
        &app.db.url,
        "SELECT recipient || ' ' || fingerprint FROM recipient_keys",
    )
    .await;
    assert_eq!(stored.len(), 1);
    let fingerprint = stored[0]
        .strip_prefix("authority:PH:cicc ")
        .unwrap()
        .to_string();
    let list = admin.get_html("/admin/authorities?edited=1").await;
    assert!(
        list.contains(&format!(r#"data-key="{fingerprint}""#)),
        "{list}"
    );
    assert!(
        admin.get_html(FORM).await.contains(&fingerprint),
        "the key in force"
    );
    let audited = query_strings(
        &app.db.url,
        "SELECT subject FROM audit_log WHERE action = 'directory.recipient_key_recorded'",
    )
    .await;
    assert_eq!(audited, ["recipient-key:authority:PH:cicc"]);

    arrives_encrypted_to(&app, &server, &authority).await;
}

#[tokio::test]
async fn a_key_that_encrypts_with_its_primary_key_alone_is_accepted_and_used() {
    if !available() || !gpg_available() {
        return;
    }
    // One RSA key that signs, certifies and encrypts; no subkey at all.
    let authority = Gpg::new(
        "Intake <intake@cicc.example>",
        "rsa2048",
        "sign,cert,encr",
        "never",
        None,
    );
    let listed = authority.run(&["--list-keys", "--with-colons"]);
    let colons = String::from_utf8_lossy(&listed.stdout).to_string();
    assert!(!colons.contains("\nsub:"), "no subkey: {colons}");
    let server = SmtpServer::start(free_port(), None);
    let app = app_with(server.port, |_| {}).await;
    let res = record_by_form(&app, &authority.public_key()).await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "{}",
        res.text().await.unwrap()
    );
    arrives_encrypted_to(&app, &server, &authority).await;
}

#[tokio::test]
async fn the_authority_pages_are_for_admins_only_and_unknown_authorities_are_not_found() {
    let app = spawn_app().await;
    for who in [OFFICER, ANALYST] {
        let browser = app.new_browser();
        browser.login_ok(who).await;
        for path in ["/admin/authorities", FORM] {
            let res = browser.get(path).await;
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{} on {path}", who.0);
        }
        let token = browser.csrf_token("/").await;
        let res = browser
            .post_raw(
                FORM,
                &[("csrf_token", &token), ("key", "x"), ("source", "y")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{} posting", who.0);
    }
    assert!(
        query_strings(&app.db.url, "SELECT recipient FROM recipient_keys")
            .await
            .is_empty()
    );
    let admin = app.new_browser();
    admin.login_ok(ADMIN).await;
    for path in [
        "/admin/authorities/PH/no-such-office/key",
        "/admin/authorities/ZZ/cicc/key",
        "/admin/authorities/not-a-code/cicc/key",
    ] {
        assert_eq!(
            admin.get(path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert!(
        admin
            .get_html("/admin")
            .await
            .contains(r#"href="/admin/authorities""#)
    );
}
