//! Submitting an approved report's NCMEC form through the CyberTipline
//! API's documented flow, against a stand-in server the test starts on
//! 127.0.0.1: it checks basic authentication and each request's body and
//! answers with the documented XML. This checks casebridge's side of the
//! protocol only, not NCMEC's service.

use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode as Http, Uri};
use axum::response::{IntoResponse, Response};
use casebridge::config::{NcmecConfig, Secret};
use reqwest::{Method, StatusCode};

use crate::helpers::*;
use crate::report_package::{REVIEWER, complete, create, submit};

const USERNAME: &str = "esp-example";
const PASSWORD: &str = "tipline-pass-example";
const NCMEC_REPORT_ID: &str = "4242001";
const FILE_ID: &str = "3a1d4fd4106b82499b7c93442aa7dca4";

/// What the stand-in answers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    /// Every step succeeds.
    Files,
    /// `/submit` fails NCMEC's validation (4100).
    RejectSubmit,
    /// `/finish` fails with a server error (1000).
    FailFinish,
    /// `/submit` gets a proxy's HTML page.
    NotXml,
}

struct Fake {
    script: Script,
    /// (path, body) of every request, in order.
    seen: Mutex<Vec<(String, String)>>,
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn answer(root: &str, code: i64, description: &str, report_id: Option<&str>, n: usize) -> Response {
    let id = report_id
        .map(|r| format!("<reportId>{r}</reportId>"))
        .unwrap_or_default();
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><{root}><responseCode>{code}</responseCode>\
         <responseDescription>{description}</responseDescription>{id}</{root}>"
    );
    (
        [
            ("content-type", "application/xml".to_string()),
            ("Request-ID", format!("req-{n}")),
        ],
        body,
    )
        .into_response()
}

/// The first child elements of `xml`'s root, with their text.
fn children(xml: &str) -> (String, Vec<(String, String)>) {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let root = doc.root_element();
    let kids = root
        .children()
        .filter(|n| n.is_element())
        .map(|n| {
            (
                n.tag_name().name().to_string(),
                n.text().unwrap_or_default().to_string(),
            )
        })
        .collect();
    (root.tag_name().name().to_string(), kids)
}

async fn handle(
    State(f): State<Arc<Fake>>,
    uri: Uri,
    headers: HeaderMap,
    body: String,
) -> Response {
    let path = uri.path().strip_prefix("/ispws").unwrap_or("?").to_string();
    let n = {
        let mut seen = f.seen.lock().unwrap();
        seen.push((path.clone(), body.clone()));
        seen.len()
    };
    let auth = format!(
        "Basic {}",
        base64(format!("{USERNAME}:{PASSWORD}").as_bytes())
    );
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(auth.as_str()) {
        return Http::UNAUTHORIZED.into_response();
    }
    let invalid = || answer("reportResponse", 4000, "Invalid request", None, n);
    let by_id = body == format!("id={NCMEC_REPORT_ID}");
    match (f.script, path.as_str()) {
        (Script::NotXml, "/submit") => (
            Http::BAD_GATEWAY,
            [("content-type", "text/html")],
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response(),
        (_, "/submit") if children(&body).0 != "report" => invalid(),
        (Script::RejectSubmit, "/submit") => {
            answer("reportResponse", 4100, "Validation failed", None, n)
        }
        (_, "/submit") => answer("reportResponse", 0, "Success", Some(NCMEC_REPORT_ID), n),
        (_, "/fileinfo") => {
            let (root, kids) = children(&body);
            let ids_first = kids.first() == Some(&("reportId".into(), NCMEC_REPORT_ID.into()))
                && kids.get(1) == Some(&("fileId".into(), FILE_ID.into()));
            match root == "fileDetails" && ids_first {
                true => answer("reportResponse", 0, "Success", Some(NCMEC_REPORT_ID), n),
                false => invalid(),
            }
        }
        (_, "/finish") if !by_id => invalid(),
        (Script::FailFinish, "/finish") => {
            answer("reportDoneResponse", 1000, "Server error", None, n)
        }
        (_, "/finish") => answer("reportDoneResponse", 0, "Success", Some(NCMEC_REPORT_ID), n),
        (_, "/retract") if by_id => {
            answer("reportResponse", 0, "Success", Some(NCMEC_REPORT_ID), n)
        }
        _ => invalid(),
    }
}

/// Starts the stand-in and returns it with its base URL.
async fn stand_in(script: Script) -> (Arc<Fake>, String) {
    let fake = Arc::new(Fake {
        script,
        seen: Mutex::new(Vec::new()),
    });
    let router = axum::Router::new()
        .fallback(handle)
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, router).await });
    (fake, format!("http://127.0.0.1:{port}/ispws"))
}

fn paths(f: &Fake) -> Vec<String> {
    f.seen
        .lock()
        .unwrap()
        .iter()
        .map(|(p, _)| p.clone())
        .collect()
}

async fn app_for(base_url: &str) -> TestApp {
    let db = TestDb::new().await;
    let mut config = test_config(&db);
    config.ncmec = NcmecConfig {
        base_url: base_url.to_string(),
        username: Some(USERNAME.into()),
        password: Some(Secret::new(PASSWORD.into())),
    };
    spawn_with(db, config).await
}

/// An approved report for NCMEC written by `analyst` and approved by
/// `reviewer`: (report id, package id, the ZIP's address).
async fn approved(app: &TestApp, analyst: &str, reviewer: &str) -> (String, String, String) {
    let analyst = token_for(app, analyst).await;
    let id = create(app, &analyst, &complete()).await;
    assert_eq!(submit(app, &analyst, &id).await.status, StatusCode::OK);
    let reviewer = token_for(app, reviewer).await;
    let approve = format!("/api/v1/reports/{id}/approve");
    let res = api(app, &reviewer, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let package = res.json["package"]["id"].as_str().unwrap().to_string();
    let zip = res.json["package"]["files"]["zip"]
        .as_str()
        .unwrap()
        .to_string();
    (id, package, zip)
}

/// A member organisation that is not demo data, with an analyst and a
/// reviewer: their sign-ins.
async fn real_member(
    app: &TestApp,
) -> ((&'static str, &'static str), (&'static str, &'static str)) {
    use casebridge::accounts::{NewAccount, add_org, add_user};
    use casebridge::domain::{country::CountryCode, email::EmailAddress, org::OrgKind, role::Role};
    let org = add_org(
        &app.state.store,
        &app.state.directory,
        OrgKind::Member,
        "Harbour Chat",
        CountryCode::parse("PH").unwrap(),
        false,
    )
    .await
    .unwrap();
    let people = [
        ("analyst@harbour-chat.example", Role::MemberAnalyst),
        ("reviewer@harbour-chat.example", Role::MemberReviewer),
    ];
    for (email, role) in people {
        add_user(
            &app.state.store,
            &app.state.directory,
            &NewAccount {
                org_slug: &org.slug,
                email: &EmailAddress::parse(email).unwrap(),
                display_name: "Rowan Example",
                role,
                password: Some("harbour-pass-2026"),
            },
        )
        .await
        .unwrap();
    }
    (
        (people[0].0, "harbour-pass-2026"),
        (people[1].0, "harbour-pass-2026"),
    )
}

/// The reviewer's button, with file 1's id, as a signed-in browser.
async fn press(app: &TestApp, report: &str, file_id: &str) -> reqwest::Response {
    let review = format!("/reports/{report}/review");
    app.post_form(
        &format!("/reports/{report}/ncmec"),
        &review,
        &[("file_id_1", file_id)],
    )
    .await
}

async fn ncmec_rows(app: &TestApp) -> Vec<String> {
    query_strings(
        &app.db.url,
        "SELECT status || ' ' || COALESCE(ncmec_report_id, '-') FROM ncmec_submissions ORDER BY id",
    )
    .await
}

async fn ncmec_audit(app: &TestApp) -> Vec<String> {
    query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE action LIKE 'ncmec.%' ORDER BY id",
    )
    .await
}

#[tokio::test]
async fn a_reviewer_files_the_report_with_ncmec_and_its_report_id_is_kept_and_shown() {
    let (fake, url) = stand_in(Script::Files).await;
    let app = app_for(&url).await;
    let (analyst, reviewer) = real_member(&app).await;
    let (id, _, zip_url) = approved(&app, analyst.0, reviewer.0).await;
    app.login_ok(reviewer).await;
    let review = format!("/reports/{id}/review");
    let page = app.get_html(&review).await;
    assert!(page.contains("Submit to NCMEC"), "{page}");
    assert!(page.contains("name=\"file_id_1\""), "{page}");
    assert!(!page.contains("id=\"ncmec-demo\""), "not demo data");

    let res = press(&app, &id, FILE_ID).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&res),
        format!("{review}?ncmec=1#ncmec-submissions")
    );
    assert_eq!(paths(&fake), ["/submit", "/fileinfo", "/finish"]);
    // The report NCMEC received is the one in the package, byte for byte.
    let token = token_for(&app, reviewer.0).await;
    let zip = api(&app, &token, Method::GET, &zip_url, None, &[])
        .await
        .bytes;
    let report_xml = casebridge::package::read_entry(&zip, "ncmec/report.xml").unwrap();
    assert_eq!(fake.seen.lock().unwrap()[0].1.as_bytes(), &report_xml[..]);

    let page = app.get_html(&format!("{review}?ncmec=1")).await;
    assert!(page.contains("Filed with NCMEC"), "{page}");
    assert!(
        page.contains(&format!("NCMEC report id: {NCMEC_REPORT_ID}")),
        "{page}"
    );
    assert_eq!(page.matches("Code 0: success.").count(), 3, "{page}");
    assert!(page.contains("Request-ID req-3"), "{page}");
    assert_eq!(
        ncmec_rows(&app).await,
        [format!("finished {NCMEC_REPORT_ID}")]
    );
    assert_eq!(
        ncmec_audit(&app).await,
        ["ncmec.started", "ncmec.submitted"]
    );

    // Filed once: a second press is refused and sends nothing.
    assert!(page.contains("already filed with NCMEC"), "{page}");
    let res = press(&app, &id, FILE_ID).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("already filed with NCMEC")
    );
    assert_eq!(paths(&fake).len(), 3);
    // The credentials are in neither the records nor the audit log.
    let stored = query_strings(
        &app.db.url,
        "SELECT steps || base_url || error FROM ncmec_submissions
         UNION ALL SELECT detail FROM audit_log",
    )
    .await;
    assert!(
        !stored
            .iter()
            .any(|s| s.contains(PASSWORD) || s.contains(USERNAME))
    );
}

#[tokio::test]
async fn a_report_failing_ncmec_validation_at_submit_shows_4100_and_leaves_nothing_to_retract() {
    let (fake, url) = stand_in(Script::RejectSubmit).await;
    let app = app_for(&url).await;
    let (id, _, _) = approved(&app, ANALYST.0, REVIEWER).await;
    app.login_ok((REVIEWER, "demo-reviewer-2026")).await;
    assert_eq!(
        press(&app, &id, FILE_ID).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        paths(&fake),
        ["/submit"],
        "nothing opened, nothing to retract"
    );
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(
        page.contains("Code 4100: the document failed NCMEC&#39;s validation against its schema."),
        "{page}"
    );
    assert!(page.contains("NCMEC said: Validation failed"), "{page}");
    assert!(page.contains("Not filed"), "{page}");
    assert_eq!(ncmec_rows(&app).await, ["failed -"]);
    assert_eq!(ncmec_audit(&app).await, ["ncmec.started", "ncmec.failed"]);
    // Not filed, so it may be tried again once corrected.
    assert!(page.contains("name=\"file_id_1\""), "{page}");
}

#[tokio::test]
async fn a_finish_that_fails_is_followed_by_a_retract_and_both_are_recorded() {
    let (fake, url) = stand_in(Script::FailFinish).await;
    let app = app_for(&url).await;
    let (id, _, _) = approved(&app, ANALYST.0, REVIEWER).await;
    app.login_ok((REVIEWER, "demo-reviewer-2026")).await;
    assert_eq!(
        press(&app, &id, FILE_ID).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        paths(&fake),
        ["/submit", "/fileinfo", "/finish", "/retract"]
    );
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(
        page.contains("Code 1000: an error on NCMEC&#39;s server."),
        "{page}"
    );
    assert!(
        page.contains("Retract the unfinished report (/retract)"),
        "{page}"
    );
    assert!(
        page.contains("Not filed: retracted after a failed step"),
        "{page}"
    );
    assert_eq!(
        ncmec_rows(&app).await,
        [format!("retracted {NCMEC_REPORT_ID}")]
    );
    assert_eq!(
        ncmec_audit(&app).await,
        ["ncmec.started", "ncmec.retracted"]
    );
}

#[tokio::test]
async fn an_answer_that_is_not_the_documented_xml_is_a_clear_error() {
    let (fake, url) = stand_in(Script::NotXml).await;
    let app = app_for(&url).await;
    let (id, _, _) = approved(&app, ANALYST.0, REVIEWER).await;
    app.login_ok((REVIEWER, "demo-reviewer-2026")).await;
    assert_eq!(
        press(&app, &id, FILE_ID).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(paths(&fake), ["/submit"]);
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(
        page.contains("NCMEC answered HTTP 502 without the documented XML response"),
        "{page}"
    );
    assert_eq!(ncmec_rows(&app).await, ["failed -"]);

    // Wrong credentials: NCMEC's empty 401 is the same clear error.
    let (fake, url) = stand_in(Script::Files).await;
    let db = TestDb::new().await;
    let mut config = test_config(&db);
    config.ncmec = NcmecConfig {
        base_url: url,
        username: Some(USERNAME.into()),
        password: Some(Secret::new("not-the-password".into())),
    };
    let app = spawn_with(db, config).await;
    let (id, _, _) = approved(&app, ANALYST.0, REVIEWER).await;
    app.login_ok((REVIEWER, "demo-reviewer-2026")).await;
    assert_eq!(
        press(&app, &id, FILE_ID).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(paths(&fake), ["/submit"]);
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(page.contains("NCMEC answered HTTP 401 without"), "{page}");
}

#[tokio::test]
async fn only_a_reviewer_of_the_reports_organisation_may_submit_and_every_file_needs_its_id() {
    let (fake, url) = stand_in(Script::Files).await;
    let app = app_for(&url).await;
    let (id, package, _) = approved(&app, ANALYST.0, REVIEWER).await;
    // The analyst who wrote it: refused, nothing sent.
    app.login_ok(ANALYST).await;
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(!page.contains("name=\"file_id_1\""), "{page}");
    assert!(
        page.contains("Only a reviewer of the member organisation can submit"),
        "{page}"
    );
    let res = press(&app, &id, FILE_ID).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    // A reviewer of another organisation: the package is not found.
    let (_, other) = real_member(&app).await;
    let outsider = app
        .state
        .store
        .user_by_email(&casebridge::domain::email::EmailAddress::parse(other.0).unwrap())
        .await
        .unwrap()
        .unwrap();
    let actor = casebridge::app::Actor::new(
        &outsider,
        casebridge::app::Via::Cli,
        casebridge::i18n::Locale::ENGLISH,
    );
    let refused = app
        .state
        .submit_to_ncmec(&actor, &package, &[(1, FILE_ID.into())])
        .await;
    assert!(
        matches!(
            refused,
            Err(casebridge::app::Error::Refused(
                casebridge::app::Refusal::NotFound
            ))
        ),
        "{refused:?}"
    );
    // The reviewer, without the file's id: told which, nothing sent.
    let reviewer = app.new_browser();
    reviewer.login_ok((REVIEWER, "demo-reviewer-2026")).await;
    let res = press(&reviewer, &id, " ").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Enter the file id NCMEC gave file 1."),
        "{page}"
    );
    assert!(paths(&fake).is_empty(), "{:?}", paths(&fake));
    assert!(ncmec_rows(&app).await.is_empty());
}

#[tokio::test]
async fn a_demo_organisation_never_reaches_ncmec() {
    // Not on this machine: a demo organisation is refused before any
    // request (and the .example host would not resolve anyway).
    let app = app_for("https://ispws.cybertip.example/ispws").await;
    let (id, package, _) = approved(&app, ANALYST.0, REVIEWER).await;
    app.login_ok((REVIEWER, "demo-reviewer-2026")).await;
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(page.contains("id=\"ncmec-demo\""), "{page}");
    assert!(
        page.contains("Demo and training data never reach NCMEC"),
        "{page}"
    );
    assert!(!page.contains("name=\"file_id_1\""), "{page}");
    let res = press(&app, &id, FILE_ID).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Demo and training data never reach NCMEC")
    );
    let user = app
        .state
        .store
        .user_by_email(&casebridge::domain::email::EmailAddress::parse(REVIEWER).unwrap())
        .await
        .unwrap()
        .unwrap();
    let actor = casebridge::app::Actor::new(
        &user,
        casebridge::app::Via::Cli,
        casebridge::i18n::Locale::ENGLISH,
    );
    let refused = app
        .state
        .submit_to_ncmec(&actor, &package, &[(1, FILE_ID.into())])
        .await;
    assert!(
        matches!(
            refused,
            Err(casebridge::app::Error::Refused(
                casebridge::app::Refusal::Invalid(_)
            ))
        ),
        "{refused:?}"
    );
    assert!(ncmec_rows(&app).await.is_empty());
}

/// `casebridge ncmec submit` as an operator runs it (off the test's
/// runtime, which serves the stand-in meanwhile).
async fn cli(db_url: &str, base_url: &str, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_casebridge"));
    command
        .args(args)
        .env("CASEBRIDGE_DATABASE_URL", db_url)
        .env_remove("CASEBRIDGE_CONFIG")
        .env("CASEBRIDGE_NCMEC_BASE_URL", base_url)
        .env("CASEBRIDGE_NCMEC_USERNAME", USERNAME)
        .env("CASEBRIDGE_NCMEC_PASSWORD", PASSWORD)
        .env("RUST_LOG", "warn");
    tokio::task::spawn_blocking(move || command.output().expect("run casebridge"))
        .await
        .unwrap()
}

#[tokio::test]
async fn the_command_line_submits_and_prints_every_code_with_its_meaning() {
    let (fake, url) = stand_in(Script::Files).await;
    let app = app_for(&url).await;
    let (_, package, _) = approved(&app, ANALYST.0, REVIEWER).await;
    let text = |o: &std::process::Output| {
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    };
    // No id for file 1: a clear message, nothing sent.
    let out = cli(
        &app.db.url,
        &url,
        &["ncmec", "submit", &package, "--as", REVIEWER],
    )
    .await;
    assert!(!out.status.success());
    assert!(
        text(&out).contains("Enter the file id NCMEC gave file 1."),
        "{}",
        text(&out)
    );
    assert!(!text(&out).contains("panicked"));
    // The analyst may not.
    let out = cli(
        &app.db.url,
        &url,
        &[
            "ncmec",
            "submit",
            &package,
            "--as",
            ANALYST.0,
            "--file-id",
            &format!("1={FILE_ID}"),
        ],
    )
    .await;
    assert!(!out.status.success());
    assert!(text(&out).contains("Only a reviewer"), "{}", text(&out));
    assert!(paths(&fake).is_empty());

    let out = cli(
        &app.db.url,
        &url,
        &[
            "ncmec",
            "submit",
            &package,
            "--as",
            REVIEWER,
            "--file-id",
            &format!("1={FILE_ID}"),
        ],
    )
    .await;
    let shown = text(&out);
    assert!(out.status.success(), "{shown}");
    assert_eq!(paths(&fake), ["/submit", "/fileinfo", "/finish"]);
    for line in [
        "submit: code 0: success. [Request-ID req-1]",
        "fileinfo (file 1): code 0: success.",
        "finish: code 0: success.",
        "NCMEC report id: 4242001",
        "filed with NCMEC",
    ] {
        assert!(shown.contains(line), "{line:?} in {shown}");
    }
    assert!(!shown.contains(PASSWORD));
    assert_eq!(
        ncmec_rows(&app).await,
        [format!("finished {NCMEC_REPORT_ID}")]
    );
    let audit = query_strings(
        &app.db.url,
        "SELECT detail FROM audit_log WHERE action = 'ncmec.submitted'",
    )
    .await;
    assert!(audit[0].contains("\"via\":\"cli\""), "{audit:?}");
}
