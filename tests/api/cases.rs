//! Follow-up over HTTP: a finished document goes into the inbox of the
//! organisation that answers for its recipient, and both sides follow one
//! case — its status, questions and answers, a new version, outcomes and
//! feedback — with every step told by email at a real SMTP server.

use reqwest::{Method, StatusCode};

use crate::delivery::{finished_request, step_at};
use crate::helpers::*;
use crate::report_package::{REVIEWER, complete, create, submit};
use crate::request_flow::finish;
use crate::smtp::{SmtpServer, available, free_port, read_message};
use casebridge::app::Clock;
use casebridge::config::{SmtpConfig, SmtpTls};

const DESK: (&str, &str) = ("desk@child-protection.police.test", "demo-authority-2026");

/// An app whose mail goes to a local SMTP server, the worker off.
async fn app_with_smtp(port: u16) -> (TestApp, tempfile::TempDir) {
    let db = TestDb::new().await;
    let outbox = tempfile::tempdir().unwrap();
    let mut config = test_config(&db);
    config.outbox_dir = outbox.path().to_path_buf();
    config.smtp = Some(SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        tls: SmtpTls::None,
        username: None,
        password: None,
        from: crate::delivery::FROM.into(),
        timeout_seconds: 10,
        ca_file: None,
    });
    config.delivery.worker = false;
    (spawn_with(db, config).await, outbox)
}

/// The demo organisations as real ones, so notices go to the SMTP server.
async fn make_everyone_real(app: &TestApp) {
    exec_sql(&app.db.url, "UPDATE orgs SET is_demo = FALSE").await;
}

/// Sends what is queued and returns the subjects and recipients of the
/// messages the server received since `seen`.
async fn mail_since(app: &TestApp, server: &SmtpServer, seen: &mut usize) -> Vec<(String, String)> {
    step_at(app, &Clock::system()).await;
    let all = server.messages();
    let new: Vec<(String, String)> = all[*seen..]
        .iter()
        .map(|m| {
            let read = read_message(m);
            (
                read["subject"].as_str().unwrap().to_string(),
                read["to"].as_str().unwrap().to_string(),
            )
        })
        // Account mail (a second factor set up at first sign-in) is not
        // about the case.
        .filter(|(subject, _): &(String, String)| !subject.starts_with("casebridge: "))
        .collect();
    *seen = all.len();
    new
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = html.find(start)? + start.len();
    let to = html[from..].find(end)? + from;
    Some(&html[from..to])
}

/// The status a case page shows.
fn shown_status(html: &str) -> String {
    between(html, r#"id="case-status" data-status=""#, "\"")
        .unwrap_or("none")
        .to_string()
}

async fn move_case(
    b: &TestApp,
    case: &str,
    status: &str,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let mut fields = vec![("status", status)];
    fields.extend_from_slice(extra);
    b.post_form(
        &format!("/cases/{case}/status"),
        &format!("/cases/{case}"),
        &fields,
    )
    .await
}

fn package_on(html: &str) -> String {
    between(html, "/packages/", "/deliver")
        .expect("a deliver button")
        .to_string()
}

#[tokio::test]
async fn a_request_goes_to_the_company_inbox_and_both_sides_follow_it_to_completion() {
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), None);
    let (app, _outbox) = app_with_smtp(server.port).await;
    let mut seen = 0;

    // The officer finishes a request to the fictional company; the demo
    // member answers for it, so the page offers its inbox.
    let package = finished_request(&app, "subscriber").await;
    make_everyone_real(&app).await;
    let request = query_strings(
        &app.db.url,
        "SELECT public_id FROM documents WHERE status = 'final'",
    )
    .await[0]
        .clone();
    let done = app.get_html(&format!("/requests/{request}/done")).await;
    assert!(
        done.contains("Example Social (demo) receives cases on casebridge"),
        "{done}"
    );
    let res = app
        .post_form(
            &format!("/packages/{package}/deliver"),
            &format!("/requests/{request}/done"),
            &[],
        )
        .await;
    assert_eq!(location(&res), format!("/requests/{request}/done#delivery"));
    // Delivering again makes no second case.
    app.post_form(
        &format!("/packages/{package}/deliver"),
        &format!("/requests/{request}/done"),
        &[],
    )
    .await;
    let cases = query_strings(&app.db.url, "SELECT public_id FROM cases").await;
    assert_eq!(cases.len(), 1);
    let case = cases[0].clone();
    let done = app.get_html(&format!("/requests/{request}/done")).await;
    assert!(
        done.contains(&format!("href=\"/cases/{case}\"")),
        "the page links the case"
    );

    let mail = mail_since(&app, &server, &mut seen).await;
    let told: Vec<&str> = mail.iter().map(|(_, to)| to.as_str()).collect();
    assert_eq!(
        mail.len(),
        2,
        "both of the member's case workers are told: {mail:?}"
    );
    assert!(
        told.iter()
            .any(|t| t.contains("analyst@example-social.test"))
    );
    assert!(
        told.iter()
            .any(|t| t.contains("reviewer@example-social.test"))
    );
    assert!(mail.iter().all(|(s, _)| s.contains("new case")), "{mail:?}");

    // The analyst finds it in the inbox and reads the same package.
    let analyst = app.new_browser();
    analyst.login_ok(ANALYST).await;
    let inbox = analyst.get_html("/inbox").await;
    assert!(inbox.contains(&format!("data-case=\"{case}\"")), "{inbox}");
    assert!(inbox.contains("Cyber Unit"), "the sender is named");
    let page = analyst.get_html(&format!("/cases/{case}")).await;
    assert_eq!(shown_status(&page), "received");
    let theirs = analyst
        .get(&format!("/cases/{case}/files/document.pdf"))
        .await
        .bytes()
        .await
        .unwrap();
    let ours = app
        .get(&format!("/requests/{request}/package/document.pdf"))
        .await
        .bytes()
        .await
        .unwrap();
    assert!(theirs.starts_with(b"%PDF"));
    assert_eq!(
        theirs, ours,
        "the recipient reads the bytes the hashes were made over"
    );

    // Wrong order and the wrong side are refused; nothing changes.
    let res = move_case(&analyst, &case, "completed", &[]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let res = move_case(&app, &case, "acknowledged", &[]).await;
    assert_eq!(
        res.status(),
        StatusCode::FORBIDDEN,
        "the sender cannot set the recipient's status"
    );
    assert_eq!(
        shown_status(&analyst.get_html(&format!("/cases/{case}")).await),
        "received"
    );

    // Acknowledge, then ask a question; a question needs words.
    let res = move_case(&analyst, &case, "acknowledged", &[]).await;
    assert_eq!(location(&res), format!("/cases/{case}"));
    let res = move_case(&analyst, &case, "needs_clarification", &[("text", "  ")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Enter the words that go with this step")
    );
    let question = "Which of the two accounts holds the phone number in target 1?";
    move_case(
        &analyst,
        &case,
        "needs_clarification",
        &[("text", question)],
    )
    .await;
    let officer_view = app.get_html(&format!("/cases/{case}")).await;
    assert_eq!(shown_status(&officer_view), "needs_clarification");
    assert!(
        officer_view.contains(question),
        "the sender reads the question"
    );
    let mail = mail_since(&app, &server, &mut seen).await;
    assert_eq!(mail.len(), 2, "{mail:?}");
    assert!(
        mail.iter()
            .all(|(_, to)| to.contains("officer@cyber-unit.police.test"))
    );
    // The server names its files by count, so their order is not the order sent.
    assert!(
        mail.iter().any(|(s, _)| s.contains("acknowledged")),
        "{mail:?}"
    );
    assert!(
        mail.iter().any(|(s, _)| s.contains("question for you")),
        "{mail:?}"
    );
    assert!(
        !mail.iter().any(|(s, _)| s.contains(question)),
        "a notice carries no case content"
    );

    // The officer answers with a new version of the request: it replaces
    // the one on the case and answers the question, in one thread.
    let res = app
        .post_form(
            &format!("/requests/{request}/new-version"),
            &format!("/requests/{request}/done"),
            &[],
        )
        .await;
    let v2 = location(&res)
        .trim_start_matches("/requests/")
        .trim_end_matches("/check")
        .to_string();
    // Its officer's .test address passes the rules only in a demo agency.
    exec_sql(
        &app.db.url,
        "UPDATE orgs SET is_demo = TRUE WHERE kind = 'agency'",
    )
    .await;
    finish(&app, &v2).await;
    make_everyone_real(&app).await;
    let done2 = app.get_html(&format!("/requests/{v2}/done")).await;
    let package2 = package_on(&done2);
    app.post_form(
        &format!("/packages/{package2}/deliver"),
        &format!("/requests/{v2}/done"),
        &[],
    )
    .await;
    assert_eq!(
        query_strings(&app.db.url, "SELECT public_id FROM cases").await,
        vec![case.clone()],
        "one thread"
    );
    let page = analyst.get_html(&format!("/cases/{case}")).await;
    assert_eq!(shown_status(&page), "answered");
    assert!(page.contains(&v2), "the case names the new version");
    let theirs = analyst
        .get(&format!("/cases/{case}/files/document.json"))
        .await
        .bytes()
        .await
        .unwrap();
    let v2_json = app
        .get(&format!("/requests/{v2}/package/document.json"))
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(theirs, v2_json, "the recipient now reads version 2");

    // Outcome per target, then completed.
    move_case(&analyst, &case, "in_progress", &[]).await;
    let res = analyst
        .post_form(
            &format!("/cases/{case}/outcomes"),
            &format!("/cases/{case}"),
            &[
                ("target-0", "0"),
                ("outcome-0", "produced"),
                ("produced_on-0", "2999-01-01"),
            ],
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a date in the future is refused"
    );
    let res = analyst
        .post_form(
            &format!("/cases/{case}/outcomes"),
            &format!("/cases/{case}"),
            &[
                ("target-0", "0"),
                ("outcome-0", "produced"),
                ("produced_on-0", "2026-11-30"),
                ("channel-0", "the company secure portal"),
            ],
        )
        .await;
    assert_eq!(location(&res), format!("/cases/{case}"));
    move_case(&analyst, &case, "completed", &[]).await;

    // The officer sees every step.
    let page = app.get_html(&format!("/cases/{case}")).await;
    assert_eq!(shown_status(&page), "completed");
    for seen_text in [
        "Records produced",
        "2026-11-30",
        "the company secure portal",
        question,
        "New version of the document",
        "Acknowledged",
        "In progress",
    ] {
        assert!(page.contains(seen_text), "the sender sees {seen_text:?}");
    }
    let sent = app.get_html("/cases").await;
    assert!(sent.contains(&format!("data-case=\"{case}\"")));
    let mail = mail_since(&app, &server, &mut seen).await;
    let subjects: Vec<&str> = mail.iter().map(|(s, _)| s.as_str()).collect();
    assert!(
        subjects.iter().any(|s| s.contains("new version")),
        "{subjects:?}"
    );
    assert!(
        subjects.iter().any(|s| s.contains("outcomes")),
        "{subjects:?}"
    );
    assert!(
        subjects.iter().any(|s| s.contains("completed")),
        "{subjects:?}"
    );
    // Every step is in the audit log.
    let actions = query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE subject LIKE 'case:%' ORDER BY id",
    )
    .await;
    assert_eq!(
        actions,
        [
            "case.delivered",
            "case.status",
            "case.status",
            "case.version",
            "case.status",
            "case.outcome",
            "case.status"
        ]
    );
}

#[tokio::test]
async fn an_approved_report_reaches_the_authority_and_its_feedback_reaches_the_member() {
    let app = spawn_app().await;
    // The demo desk answers for the authority the fixture report goes to.
    let linked = app
        .state
        .link_org(
            None,
            "demo-child-protection-desk-ph",
            casebridge::app::cases::LinkTarget::parse_authority("PH:doj-ooc").as_ref(),
        )
        .await
        .unwrap();
    assert_eq!(linked.recipient.as_deref(), Some("authority:PH:doj-ooc"));

    let analyst_token = token_for(&app, ANALYST.0).await;
    let report = create(&app, &analyst_token, &complete()).await;
    assert!(
        submit(&app, &analyst_token, &report)
            .await
            .status
            .is_success()
    );
    let reviewer = token_for(&app, REVIEWER).await;
    let approved = api(
        &app,
        &reviewer,
        Method::POST,
        &format!("/api/v1/reports/{report}/approve"),
        None,
        &[],
    )
    .await;
    assert!(approved.status.is_success(), "{}", approved.json);

    app.login_ok(ANALYST).await;
    let review = app.get_html(&format!("/reports/{report}/review")).await;
    let package = package_on(&review);
    let res = app
        .post_form(
            &format!("/packages/{package}/deliver"),
            &format!("/reports/{report}/review"),
            &[],
        )
        .await;
    assert!(res.status().is_redirection());
    let case = query_strings(&app.db.url, "SELECT public_id FROM cases").await[0].clone();

    let desk = app.new_browser();
    desk.login_ok(DESK).await;
    assert!(
        desk.get_html("/inbox")
            .await
            .contains(&format!("data-case=\"{case}\""))
    );
    move_case(&desk, &case, "acknowledged", &[]).await;
    // "Not actionable" needs its reason.
    let res = desk
        .post_form(
            &format!("/cases/{case}/feedback"),
            &format!("/cases/{case}"),
            &[("feedback", "not_actionable")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Choose why you could not act on it")
    );
    let res = desk
        .post_form(
            &format!("/cases/{case}/feedback"),
            &format!("/cases/{case}"),
            &[
                ("feedback", "not_actionable"),
                ("feedback_reason", "no_ip_port_time"),
            ],
        )
        .await;
    assert_eq!(location(&res), format!("/cases/{case}"));

    // The member sees it on the case, and the member cannot give feedback.
    let page = app.get_html(&format!("/cases/{case}")).await;
    assert!(
        page.contains("Not actionable: No IP address with port and time"),
        "{page}"
    );
    let res = app
        .post_form(
            &format!("/cases/{case}/feedback"),
            &format!("/cases/{case}"),
            &[("feedback", "actionable")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    // Demo organisations mail only the outbox folder.
    let notices = query_strings(
        &app.db.url,
        "SELECT transport FROM deliveries WHERE purpose = 'notice'",
    )
    .await;
    assert!(
        !notices.is_empty() && notices.iter().all(|t| t == "file"),
        "{notices:?}"
    );
}

#[tokio::test]
async fn nobody_else_reaches_a_case_and_demo_data_never_meets_real_data() {
    let app = spawn_app().await;
    let package = finished_request(&app, "subscriber").await;
    let request = query_strings(
        &app.db.url,
        "SELECT public_id FROM documents WHERE status = 'final'",
    )
    .await[0]
        .clone();
    let done = format!("/requests/{request}/done");

    // A real member answering for the company: the demo agency cannot
    // reach it, and the page says so instead of offering the button.
    exec_sql(
        &app.db.url,
        "UPDATE orgs SET is_demo = FALSE WHERE slug = 'example-social-demo'",
    )
    .await;
    let page = app.get_html(&done).await;
    assert!(page.contains("Demo organisations exchange cases only with other demo organisations"));
    app.post_form(&format!("/packages/{package}/deliver"), &done, &[])
        .await;
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM cases")
            .await
            .is_empty()
    );
    exec_sql(
        &app.db.url,
        "UPDATE orgs SET is_demo = TRUE WHERE slug = 'example-social-demo'",
    )
    .await;
    app.post_form(&format!("/packages/{package}/deliver"), &done, &[])
        .await;
    let case = query_strings(&app.db.url, "SELECT public_id FROM cases").await[0].clone();

    // Another agency's officer, another company's analyst, the desk of an
    // authority and the trainer get nothing: not the page, the files or a move.
    let other = add_officer(
        &app,
        "Other Agency (fictional)",
        "SG",
        "officer@other-agency.police.test",
        true,
    )
    .await;
    for who in [
        other,
        DESK,
        ("trainer@casebridge-ops.test", "demo-trainer-2026"),
    ] {
        let b = app.new_browser();
        b.login_ok(who).await;
        for path in [
            format!("/cases/{case}"),
            format!("/cases/{case}/files/bundle.zip"),
        ] {
            let status = b.get(&path).await.status();
            assert!(
                matches!(status.as_u16(), 403 | 404),
                "{path} as {}: {status}",
                who.0
            );
        }
        let csrf = b.csrf_token("/").await;
        let res = b
            .post_raw(
                &format!("/cases/{case}/status"),
                &[("csrf_token", &csrf), ("status", "acknowledged")],
            )
            .await;
        assert!(
            matches!(res.status().as_u16(), 403 | 404),
            "{} moved the case: {}",
            who.0,
            res.status()
        );
        assert!(!b.get_html("/inbox").await.contains(&case));
    }
    // The officer's agency has no inbox of its own.
    assert_eq!(app.get("/inbox").await.status(), StatusCode::FORBIDDEN);
    let status = query_strings(&app.db.url, "SELECT status FROM cases").await;
    assert_eq!(status, ["received"]);
}

#[tokio::test]
async fn integrators_on_both_sides_follow_a_case_through_the_api() {
    let app = spawn_app().await;
    let package = finished_request(&app, "subscriber").await;
    let request = query_strings(
        &app.db.url,
        "SELECT public_id FROM documents WHERE status = 'final'",
    )
    .await[0]
        .clone();
    let officer = token_for(&app, OFFICER.0).await;
    let analyst = token_for(&app, ANALYST.0).await;

    let deliver = format!("/api/v1/packages/{package}/deliver");
    let first = api(&app, &officer, Method::POST, &deliver, None, &[]).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.json);
    let case = first.json["id"].as_str().unwrap().to_string();
    assert_eq!(first.json["status"], "received");
    assert_eq!(first.json["side"], "sender");
    let again = api(&app, &officer, Method::POST, &deliver, None, &[]).await;
    assert_eq!(again.status, StatusCode::OK, "the same case, nothing new");
    assert_eq!(again.json["id"], case.as_str());

    // The inbox lists it; a cursor that was never given out is refused.
    let inbox = api(
        &app,
        &analyst,
        Method::GET,
        "/api/v1/inbox?open=true&limit=1",
        None,
        &[],
    )
    .await;
    assert_eq!(inbox.status, StatusCode::OK, "{}", inbox.json);
    assert_eq!(inbox.json["total"], 1);
    assert_eq!(inbox.json["cases"][0]["id"], case.as_str());
    assert!(inbox.json["next_cursor"].is_null());
    let bad = api(
        &app,
        &analyst,
        Method::GET,
        "/api/v1/inbox?cursor=zzz",
        None,
        &[],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json["error"]["path"], "cursor");
    let officer_inbox = api(&app, &officer, Method::GET, "/api/v1/inbox", None, &[]).await;
    assert_eq!(
        officer_inbox.status,
        StatusCode::FORBIDDEN,
        "an agency has no inbox"
    );

    let status = format!("/api/v1/cases/{case}/status");
    let post = |token: &str, path: &str, body: serde_json::Value| {
        let (token, path) = (token.to_string(), path.to_string());
        let app = &app;
        async move { api(app, &token, Method::POST, &path, Some(&body), &[]).await }
    };
    let res = post(
        &officer,
        &status,
        serde_json::json!({"status": "acknowledged"}),
    )
    .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.json);
    let res = post(
        &analyst,
        &status,
        serde_json::json!({"status": "completed"}),
    )
    .await;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.json);
    assert_eq!(res.json["error"]["code"], "wrong_state");
    let res = post(&analyst, &status, serde_json::json!({"status": "sent"})).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = post(
        &analyst,
        &status,
        serde_json::json!({"status": "acknowledged"}),
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_eq!(
        res.json["moves"],
        serde_json::json!([
            "in_progress",
            "needs_clarification",
            "completed",
            "rejected"
        ])
    );

    // A message with a national ID is refused and stored nowhere.
    let messages = format!("/api/v1/cases/{case}/messages");
    let res = post(
        &analyst,
        &messages,
        serde_json::json!({"text": "The holder's NRIC is S1234567D"}),
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert_eq!(res.json["error"]["path"], "text");
    let res = post(
        &analyst,
        &messages,
        serde_json::json!({"text": "We are looking into it."}),
    )
    .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.json);
    let seen = api(
        &app,
        &officer,
        Method::GET,
        &format!("/api/v1/cases/{case}"),
        None,
        &[],
    )
    .await;
    let texts: Vec<&str> = seen.json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert!(texts.contains(&"We are looking into it."));
    assert!(!texts.iter().any(|t| t.contains("S1234567D")));

    let outcomes = format!("/api/v1/cases/{case}/outcomes");
    let res = post(
        &analyst,
        &outcomes,
        serde_json::json!({"outcomes": [{"target": 9, "outcome": "no_records"}]}),
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = post(
        &analyst,
        &outcomes,
        serde_json::json!({"outcomes": [{"target": 0, "outcome": "no_records"}]}),
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_eq!(res.json["outcomes"][0]["outcome"], "no_records");

    // The officer withdraws the request: the case closes for both sides.
    let withdraw = format!("/api/v1/requests/{request}/withdraw");
    let res = post(
        &officer,
        &withdraw,
        serde_json::json!({"reason": "The account holder was identified otherwise."}),
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_eq!(res.json["cases"][0]["status"], "withdrawn");
    let res = post(
        &analyst,
        &status,
        serde_json::json!({"status": "completed"}),
    )
    .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    let res = post(&officer, &withdraw, serde_json::json!({"reason": "again"})).await;
    assert_eq!(
        res.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "nothing open is left to withdraw"
    );
}

/// The app's workflow at a moved clock, as the jobs home would run it.
fn at(app: &TestApp, clock: &Clock) -> casebridge::app::App {
    let mut later = app.state.clone();
    later.clock = clock.clone();
    later
}

/// The notices queued so far, as "recipient message" with soft line breaks
/// and folded headers undone.
async fn notices(app: &TestApp) -> Vec<String> {
    let sql = "SELECT recipient, message FROM deliveries WHERE purpose = 'notice' ORDER BY id";
    let url = &app.db.url;
    let rows: Vec<(String, Vec<u8>)> = if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        sqlx::query_as(sql).fetch_all(&pool).await.unwrap()
    } else {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        sqlx::query_as(sql).fetch_all(&pool).await.unwrap()
    };
    rows.into_iter()
        .map(|(to, m)| {
            let m = String::from_utf8_lossy(&m)
                .replace("=\r\n", "")
                .replace("\r\n ", " ");
            format!("{to} {m}")
        })
        .collect()
}

#[tokio::test]
async fn a_delivered_preservation_reminds_its_officer_30_14_and_7_days_before_it_runs_out() {
    let app = spawn_app().await;
    let start = jiff::Timestamp::now();
    let package = finished_request(&app, "preservation").await;
    let request = query_strings(
        &app.db.url,
        "SELECT public_id FROM documents WHERE status = 'final'",
    )
    .await[0]
        .clone();
    let done = format!("/requests/{request}/done");
    assert!(
        !app.get_html(&done).await.contains("id=\"preservation\""),
        "no clock before delivery"
    );
    app.post_form(&format!("/packages/{package}/deliver"), &done, &[])
        .await;

    // Example Social (fictional) states 90 days.
    let page = app.get_html(&done).await;
    assert!(page.contains("90 days from delivery"), "{page}");
    assert!(
        page.contains("89 days left") || page.contains("90 days left"),
        "{page}"
    );

    let clock = Clock::manual(start);
    let day = |d: i64| {
        start + jiff::SignedDuration::from_hours(24 * d) + jiff::SignedDuration::from_mins(5)
    };
    let mut told = Vec::new();
    for (d, expected) in [
        (59, 0),
        (60, 1),
        (61, 0),
        (77, 1),
        (84, 1),
        (85, 0),
        (91, 0),
    ] {
        clock.set(day(d));
        let sent = at(&app, &clock).send_reminders().await.unwrap();
        assert_eq!(sent, expected, "day {d}");
        if sent > 0 {
            told.push(d);
        }
    }
    assert_eq!(told, [60, 77, 84]);
    let kinds = query_strings(&app.db.url, "SELECT kind FROM reminders ORDER BY kind").await;
    assert_eq!(
        kinds,
        ["preservation-14", "preservation-30", "preservation-7"]
    );
    let mail = notices(&app).await;
    let officer: Vec<&String> = mail
        .iter()
        .filter(|m| m.starts_with("officer@cyber-unit.police.test"))
        .collect();
    assert_eq!(officer.len(), 3, "{mail:#?}");
    assert!(
        officer
            .iter()
            .all(|m| m.contains("preservation runs out soon") && m.contains(&request)),
        "{officer:#?}"
    );
    assert!(officer[2].contains("URGENT"), "the last week is urgent");

    // One click prefills the extension from the original.
    let res = app
        .post_form(&format!("/requests/{request}/extend"), &done, &[])
        .await;
    let to = location(&res);
    let extension = to
        .trim_start_matches("/requests/")
        .trim_end_matches("/check")
        .to_string();
    assert_ne!(extension, request);
    let token = token_for(&app, OFFICER.0).await;
    let got = api(
        &app,
        &token,
        Method::GET,
        &format!("/api/v1/requests/{extension}"),
        None,
        &[],
    )
    .await;
    let body = &got.json["document"];
    assert_eq!(body["preservation"]["kind"], "extension", "{}", got.json);
    assert_eq!(body["preservation"]["original_reference"], request.as_str());
    let expiry = (start + jiff::SignedDuration::from_hours(24 * 90))
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
        .to_string();
    assert_eq!(body["preservation"]["original_expiry"], expiry.as_str());
    assert_eq!(body["company_id"], "example-social");
    assert!(
        body["attestation"].is_null(),
        "the officer attests the extension anew"
    );
}

#[tokio::test]
async fn an_urgent_case_nobody_acknowledges_is_flagged_on_both_sides_and_both_are_told_once() {
    let app = spawn_app().await;
    let start = jiff::Timestamp::now();
    let package = finished_request(&app, "emergency").await;
    let request = query_strings(
        &app.db.url,
        "SELECT public_id FROM documents WHERE status = 'final'",
    )
    .await[0]
        .clone();
    let done = format!("/requests/{request}/done");
    app.post_form(&format!("/packages/{package}/deliver"), &done, &[])
        .await;
    let case = query_strings(&app.db.url, "SELECT public_id FROM cases").await[0].clone();
    let before = notices(&app).await.len();

    let clock = Clock::manual(start + jiff::SignedDuration::from_mins(30));
    assert_eq!(
        at(&app, &clock).send_reminders().await.unwrap(),
        0,
        "within the hour"
    );
    assert!(
        !app.get_html(&format!("/cases/{case}"))
            .await
            .contains("id=\"case-late\"")
    );
    clock.set(start + jiff::SignedDuration::from_mins(61));
    assert_eq!(at(&app, &clock).send_reminders().await.unwrap(), 1);
    assert_eq!(
        at(&app, &clock).send_reminders().await.unwrap(),
        0,
        "told once"
    );
    let mail = notices(&app).await;
    let new: Vec<&String> = mail[before..].iter().collect();
    assert_eq!(
        new.len(),
        3,
        "the member's two case workers and the officer: {new:#?}"
    );
    assert!(new.iter().all(|m| m.contains("urgent, not acknowledged")));
    assert!(
        new.iter()
            .any(|m| m.starts_with("officer@cyber-unit.police.test")
                && m.contains("Consider calling"))
    );

    // Received long ago: both sides' pages and the inbox say so.
    exec_sql(
        &app.db.url,
        "UPDATE cases SET received_at = '2026-01-01T00:00:00Z'",
    )
    .await;
    let officer_page = app.get_html(&format!("/cases/{case}")).await;
    assert!(officer_page.contains("Not acknowledged within 60 minutes"));
    let analyst = app.new_browser();
    analyst.login_ok(ANALYST).await;
    let inbox = analyst.get_html("/inbox").await;
    assert!(inbox.contains("data-late=\"yes\""), "{inbox}");
    move_case(&analyst, &case, "acknowledged", &[]).await;
    assert!(
        !analyst
            .get_html("/inbox")
            .await
            .contains("data-late=\"yes\"")
    );
    assert!(
        !app.get_html(&format!("/cases/{case}"))
            .await
            .contains("id=\"case-late\"")
    );
}
