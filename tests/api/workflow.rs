//! The workflow layer on its own: every transition, in every wrong state and
//! for every wrong role, is refused with its code and changes nothing; and
//! concurrent saves and attestations lose nothing and build one package.

use casebridge::app::{Actor, AttestInput, Error, Loaded, Submission, Via};
use casebridge::domain::report::Report;
use casebridge::domain::request::RecordsRequest;
use casebridge::domain::role::Role;
use casebridge::i18n::Locale;
use casebridge::store::User;
use reqwest::StatusCode;

use crate::helpers::*;

const COMPLETE: &str = include_str!("../data/reports/complete.json");
const REVIEWER: &str = "reviewer@example-social.test";
const SECOND: &str = "second-reviewer@example-social.test";

async fn user(app: &TestApp, email: &str) -> User {
    use casebridge::domain::email::EmailAddress;
    app.state
        .store
        .user_by_email(&EmailAddress::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap()
}

fn actor(u: &User) -> Actor<'_> {
    Actor::new(u, Via::Api, Locale::ENGLISH)
}

/// Everything a transition could write, as text: documents, audit, reviews,
/// packages, facts.
async fn snapshot(app: &TestApp) -> Vec<Vec<String>> {
    let url = &app.db.url;
    vec![
        query_strings(
            url,
            "SELECT public_id || ' ' || status || ' ' || CAST(revision AS TEXT) || ' ' || body
             FROM documents ORDER BY id",
        )
        .await,
        query_strings(
            url,
            "SELECT action || ' ' || subject FROM audit_log ORDER BY id",
        )
        .await,
        query_strings(
            url,
            "SELECT action || ' ' || comment FROM report_reviews ORDER BY id",
        )
        .await,
        query_strings(url, "SELECT public_id FROM packages ORDER BY id").await,
        query_strings(url, "SELECT kind FROM document_facts ORDER BY document_id").await,
    ]
}

fn code(r: Result<impl std::fmt::Debug, Error>) -> String {
    match r {
        Err(Error::Refused(r)) => r.code().to_string(),
        other => format!("not refused: {other:?}"),
    }
}

/// A complete emergency request to Kakao, not attested.
fn request_body() -> RecordsRequest {
    serde_json::from_value(request_json()).unwrap()
}

fn request_json() -> serde_json::Value {
    serde_json::json!({
        "company_id": "kakao",
        "entity": "Kakao Corp.",
        "request_type": "emergency",
        "legal_basis": { "kind": "emergency_disclosure" },
        "requester": {
            "name": "Insp. Dana Villanueva", "rank": "Police Inspector", "badge": "DEMO-0042",
            "email": "officer@cyber-unit.police.test", "phone": "+639175550101",
            "agency": "Demo Police Cyber Unit", "case_number": "DPCU-2026-118",
            "offence": "Threat to a child (fictional case)"
        },
        "targets": [{ "kind": "username", "value": "night_owl_example", "window": {
            "start": { "utc": "2026-11-01T00:00:00Z", "zone": "Asia/Manila" },
            "end": { "utc": "2026-11-02T00:00:00Z", "zone": "Asia/Manila" } } }],
        "data": {
            "categories": ["subscriber", "ip_logs"],
            "start": { "utc": "2026-11-01T00:00:00Z", "zone": "Asia/Manila" },
            "end": { "utc": "2026-11-02T00:00:00Z", "zone": "Asia/Manila" },
            "details": "Most recent login IP addresses with ports"
        },
        "emergency": {
            "nature": "child_at_risk",
            "imminence": "A meeting with a child is arranged for tonight (fictional).",
            "person_at_risk": "A 12-year-old user (fictional).",
            "why_urgent": "A treaty request takes months; the meeting is tonight.",
            "callback": "+639175550199",
            "supervisor_name": "Supt. Jose Example",
            "supervisor_contact": "duty@cyber-unit.police.test"
        },
        "non_disclosure": { "requested": false },
        "acknowledged": ["username_not_unique@targets[0].value"]
    })
}

fn attest_input() -> AttestInput {
    AttestInput {
        name: "Insp. Dana Villanueva".into(),
        acknowledged: None,
    }
}

/// The request with every warning the rules give it acknowledged, as an
/// officer ready to attest has done.
fn ready(app: &TestApp, officer: &User) -> RecordsRequest {
    let mut body = request_body();
    body.acknowledged = app
        .state
        .check_request(&actor(officer), &body)
        .warnings
        .iter()
        .map(|w| w.ack_key())
        .collect();
    body
}

async fn request(app: &TestApp, u: &User, id: &str) -> Loaded<RecordsRequest> {
    app.state.request(&actor(u), id).await.unwrap()
}

async fn report(app: &TestApp, u: &User, id: &str) -> Loaded<Report> {
    app.state.report(&actor(u), id).await.unwrap()
}

fn complete_report() -> Report {
    serde_json::from_str(COMPLETE).unwrap()
}

/// A report by `author` submitted with every warning acknowledged.
async fn submitted(app: &TestApp, author: &User) -> String {
    let s = &app.state;
    let id = s
        .create_report(&actor(author), complete_report())
        .await
        .unwrap()
        .public_id;
    let loaded = report(app, author, &id).await;
    let acks = s
        .check_report(&loaded.body)
        .unwrap()
        .warnings
        .iter()
        .map(|w| w.ack_key())
        .collect();
    let submission = Submission {
        acknowledged: Some(acks),
    };
    s.submit_report(&actor(author), &loaded, None, submission)
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn every_request_transition_is_refused_in_the_wrong_state_or_for_the_wrong_person() {
    let app = spawn_app().await;
    let s = &app.state;
    let officer = user(&app, OFFICER.0).await;
    let analyst = user(&app, ANALYST.0).await;
    add_officer(
        &app,
        "Other Demo Unit",
        "PH",
        "other@second-unit.police.test",
        true,
    )
    .await;
    let stranger = user(&app, "other@second-unit.police.test").await;
    let draft_id = s
        .create_request(&actor(&officer), ready(&app, &officer))
        .await
        .unwrap()
        .public_id;
    let final_id = s
        .create_request(&actor(&officer), ready(&app, &officer))
        .await
        .unwrap()
        .public_id;
    let f = request(&app, &officer, &final_id).await;
    s.attest_request(&actor(&officer), &f, None, attest_input())
        .await
        .unwrap();
    let draft = request(&app, &officer, &draft_id).await;
    let fin = request(&app, &officer, &final_id).await;
    let body = draft.body.clone();
    let before = snapshot(&app).await;

    let mut incomplete = draft.clone();
    incomplete.body.emergency = None;
    let cases: Vec<(&str, String, &str)> = vec![
        // Finished requests never change.
        (
            "save final",
            code(
                s.save_request(&actor(&officer), &fin, fin.doc.revision, &body, None)
                    .await,
            ),
            "wrong_state",
        ),
        (
            "attest final",
            code(
                s.attest_request(&actor(&officer), &fin, None, attest_input())
                    .await,
            ),
            "wrong_state",
        ),
        (
            "delete final",
            code(s.delete_request(&actor(&officer), &fin).await),
            "wrong_state",
        ),
        (
            "new version of a draft",
            code(s.new_request_version(&actor(&officer), &draft).await),
            "wrong_state",
        ),
        // A stale revision, a draft that does not pass, a bad name.
        (
            "save stale",
            code(
                s.save_request(
                    &actor(&officer),
                    &draft,
                    draft.doc.revision - 1,
                    &body,
                    None,
                )
                .await,
            ),
            "stale",
        ),
        (
            "attest stale",
            code(
                s.attest_request(
                    &actor(&officer),
                    &draft,
                    Some(draft.doc.revision + 1),
                    attest_input(),
                )
                .await,
            ),
            "stale",
        ),
        (
            "attest incomplete",
            code(
                s.attest_request(&actor(&officer), &incomplete, None, attest_input())
                    .await,
            ),
            "not_ready",
        ),
        (
            "attest unacknowledged",
            code(
                s.attest_request(
                    &actor(&officer),
                    &draft,
                    None,
                    AttestInput {
                        name: "Insp. Dana Villanueva".into(),
                        acknowledged: Some(vec![]),
                    },
                )
                .await,
            ),
            "not_ready",
        ),
        (
            "attest without a name",
            code(
                s.attest_request(&actor(&officer), &draft, None, AttestInput::default())
                    .await,
            ),
            "invalid",
        ),
        (
            "save with an attestation",
            code({
                let mut b = body.clone();
                b.attestation = fin.body.attestation.clone();
                s.save_request(&actor(&officer), &draft, draft.doc.revision, &b, None)
                    .await
            }),
            "invalid",
        ),
        // Wrong role: a member analyst.
        (
            "analyst saves",
            code(
                s.save_request(&actor(&analyst), &draft, draft.doc.revision, &body, None)
                    .await,
            ),
            "officers_only",
        ),
        (
            "analyst attests",
            code(
                s.attest_request(&actor(&analyst), &draft, None, attest_input())
                    .await,
            ),
            "officers_only",
        ),
        (
            "analyst deletes",
            code(s.delete_request(&actor(&analyst), &draft).await),
            "officers_only",
        ),
        (
            "analyst duplicates",
            code(s.duplicate_request(&actor(&analyst), &fin).await),
            "officers_only",
        ),
        (
            "analyst reads",
            code(s.request(&actor(&analyst), &draft_id).await),
            "not_found",
        ),
        // Another agency's officer.
        (
            "stranger reads",
            code(s.request(&actor(&stranger), &draft_id).await),
            "not_found",
        ),
        (
            "stranger saves",
            code(
                s.save_request(&actor(&stranger), &draft, draft.doc.revision, &body, None)
                    .await,
            ),
            "not_found",
        ),
        (
            "stranger attests",
            code(
                s.attest_request(&actor(&stranger), &draft, None, attest_input())
                    .await,
            ),
            "not_found",
        ),
        (
            "stranger deletes",
            code(s.delete_request(&actor(&stranger), &draft).await),
            "not_found",
        ),
    ];
    for (what, got, want) in &cases {
        assert_eq!(got, want, "{what}");
    }
    assert_eq!(snapshot(&app).await, before, "nothing changed");
}

#[tokio::test]
async fn every_report_transition_is_refused_in_the_wrong_state_or_for_the_wrong_person() {
    let app = spawn_app().await;
    let s = &app.state;
    add_colleague(&app, REVIEWER, SECOND, "Kenji Second", Role::MemberReviewer).await;
    let analyst = user(&app, ANALYST.0).await;
    let reviewer = user(&app, REVIEWER).await;
    let second = user(&app, SECOND).await;
    let officer = user(&app, OFFICER.0).await;
    // One report in each state, all written by the analyst.
    let draft_id = s
        .create_report(&actor(&analyst), complete_report())
        .await
        .unwrap()
        .public_id;
    let review_id = submitted(&app, &analyst).await;
    let returned_id = submitted(&app, &analyst).await;
    let r = report(&app, &reviewer, &returned_id).await;
    s.return_report(&actor(&reviewer), &r, "Add the IP events.")
        .await
        .unwrap();
    let approved_id = submitted(&app, &analyst).await;
    let r = report(&app, &reviewer, &approved_id).await;
    s.approve_report(&actor(&reviewer), &r).await.unwrap();
    // And one written by the reviewer.
    let own_id = submitted(&app, &reviewer).await;

    let draft = report(&app, &analyst, &draft_id).await;
    let review = report(&app, &analyst, &review_id).await;
    let returned = report(&app, &analyst, &returned_id).await;
    let approved = report(&app, &analyst, &approved_id).await;
    let own = report(&app, &reviewer, &own_id).await;
    let body = complete_report();
    let before = snapshot(&app).await;
    let mut broken = draft.clone();
    broken.body.reporter.email.clear();

    let none = || Submission { acknowledged: None };
    let cases: Vec<(&str, String, &str)> = vec![
        // The author's changes: only to drafts and returned reports.
        (
            "save in review",
            code(
                s.save_report(&actor(&analyst), &review, review.doc.revision, &body)
                    .await,
            ),
            "wrong_state",
        ),
        (
            "save approved",
            code(
                s.save_report(&actor(&analyst), &approved, approved.doc.revision, &body)
                    .await,
            ),
            "wrong_state",
        ),
        (
            "save by a colleague",
            code(
                s.save_report(&actor(&reviewer), &draft, draft.doc.revision, &body)
                    .await,
            ),
            "not_author",
        ),
        (
            "save stale",
            code(
                s.save_report(&actor(&analyst), &draft, draft.doc.revision - 1, &body)
                    .await,
            ),
            "stale",
        ),
        (
            "submit in review",
            code(
                s.submit_report(&actor(&analyst), &review, None, none())
                    .await,
            ),
            "wrong_state",
        ),
        (
            "submit approved",
            code(
                s.submit_report(&actor(&analyst), &approved, None, none())
                    .await,
            ),
            "wrong_state",
        ),
        (
            "submit by a colleague",
            code(s.submit_report(&actor(&second), &draft, None, none()).await),
            "not_author",
        ),
        (
            "submit unacknowledged",
            code(
                s.submit_report(
                    &actor(&analyst),
                    &draft,
                    None,
                    Submission {
                        acknowledged: Some(vec![]),
                    },
                )
                .await,
            ),
            "not_ready",
        ),
        (
            "submit with errors",
            code(
                s.submit_report(&actor(&analyst), &broken, None, none())
                    .await,
            ),
            "not_ready",
        ),
        (
            "delete in review",
            code(s.delete_report(&actor(&analyst), &review).await),
            "wrong_state",
        ),
        (
            "delete returned",
            code(s.delete_report(&actor(&analyst), &returned).await),
            "wrong_state",
        ),
        (
            "delete approved",
            code(s.delete_report(&actor(&analyst), &approved).await),
            "wrong_state",
        ),
        (
            "delete by a colleague",
            code(s.delete_report(&actor(&reviewer), &draft).await),
            "not_author",
        ),
        // Four eyes: only another reviewer decides, only in review.
        (
            "analyst approves",
            code(s.approve_report(&actor(&analyst), &review).await),
            "reviewers_only",
        ),
        (
            "analyst returns",
            code(s.return_report(&actor(&analyst), &review, "No.").await),
            "reviewers_only",
        ),
        (
            "analyst attests a file",
            code(
                s.attest_file_review(&actor(&analyst), &review, 0, "UTC")
                    .await,
            ),
            "reviewers_only",
        ),
        (
            "author approves",
            code(s.approve_report(&actor(&reviewer), &own).await),
            "four_eyes",
        ),
        (
            "author returns",
            code(s.return_report(&actor(&reviewer), &own, "Mine.").await),
            "four_eyes",
        ),
        (
            "author attests a file",
            code(
                s.attest_file_review(&actor(&reviewer), &own, 0, "UTC")
                    .await,
            ),
            "four_eyes",
        ),
        (
            "approve a draft",
            code(s.approve_report(&actor(&reviewer), &draft).await),
            "wrong_state",
        ),
        (
            "approve returned",
            code(s.approve_report(&actor(&reviewer), &returned).await),
            "wrong_state",
        ),
        (
            "approve approved",
            code(s.approve_report(&actor(&second), &approved).await),
            "wrong_state",
        ),
        (
            "return a draft",
            code(s.return_report(&actor(&reviewer), &draft, "x").await),
            "wrong_state",
        ),
        (
            "return approved",
            code(s.return_report(&actor(&second), &approved, "x").await),
            "wrong_state",
        ),
        (
            "return without a comment",
            code(s.return_report(&actor(&reviewer), &review, "  ").await),
            "invalid",
        ),
        (
            "attest a file of a draft",
            code(
                s.attest_file_review(&actor(&reviewer), &draft, 0, "UTC")
                    .await,
            ),
            "wrong_state",
        ),
        (
            "attest a file that is not there",
            code(
                s.attest_file_review(&actor(&reviewer), &review, 99, "UTC")
                    .await,
            ),
            "not_found",
        ),
        // Officers are no members; another organisation sees nothing.
        (
            "officer reads",
            code(s.report(&actor(&officer), &draft_id).await),
            "not_found",
        ),
        (
            "officer saves",
            code(
                s.save_report(&actor(&officer), &draft, draft.doc.revision, &body)
                    .await,
            ),
            "members_only",
        ),
        (
            "officer approves",
            code(s.approve_report(&actor(&officer), &review).await),
            "reviewers_only",
        ),
        (
            "officer duplicates",
            code(s.duplicate_report(&actor(&officer), &approved).await),
            "members_only",
        ),
    ];
    for (what, got, want) in &cases {
        assert_eq!(got, want, "{what}");
    }
    assert_eq!(snapshot(&app).await, before, "nothing changed");
}

#[tokio::test]
async fn racing_attestations_and_downloads_make_one_package_with_the_same_bytes() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let officer = user(&app, OFFICER.0).await;
    let id = app
        .state
        .create_request(&actor(&officer), ready(&app, &officer))
        .await
        .unwrap()
        .public_id;
    // The downloaders sign in first, one after another: sign-ins of one
    // account from one address count against its throttle while they run.
    let mut browsers = Vec::new();
    for _ in 0..10 {
        let browser = app.new_browser();
        browser.login_ok(OFFICER).await;
        browsers.push(browser);
    }
    let mut tasks = Vec::new();
    for i in 0..20 {
        let state = app.state.clone();
        let officer = officer.clone();
        let id = id.clone();
        let browser = if i % 2 == 1 { browsers.pop() } else { None };
        tasks.push(tokio::spawn(async move {
            if let Some(browser) = browser {
                let res = browser
                    .get(&format!("/requests/{id}/package/document.pdf"))
                    .await;
                (res.status() == StatusCode::OK).then(|| res.bytes())
            } else {
                let loaded = state.request(&actor(&officer), &id).await.unwrap();
                let _ = state
                    .attest_request(&actor(&officer), &loaded, None, attest_input())
                    .await;
                None
            }
        }));
    }
    let mut downloads = Vec::new();
    for t in tasks {
        if let Some(bytes) = t.await.unwrap() {
            downloads.push(bytes.await.unwrap().to_vec());
        }
    }
    let packages = query_strings(&app.db.url, "SELECT public_id FROM packages").await;
    assert_eq!(packages.len(), 1, "one package for one attested request");
    let audit = query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE action = 'request.finalised'",
    )
    .await;
    assert_eq!(audit.len(), 1, "attested once");
    let last = app
        .get(&format!("/requests/{id}/package/document.pdf"))
        .await;
    let last = last.bytes().await.unwrap().to_vec();
    assert!(last.starts_with(b"%PDF-"));
    for d in &downloads {
        assert_eq!(d, &last, "every download gives the same bytes");
    }
}

/// The page of a target, to add one.
const NEW_TARGET: &[(&str, &str)] = &[
    ("kind", "email"),
    ("start-day", "1"),
    ("start-month", "11"),
    ("start-year", "2026"),
    ("start-hour", "00"),
    ("start-minute", "00"),
    ("start-zone", "Asia/Manila"),
    ("end-day", "2"),
    ("end-month", "11"),
    ("end-year", "2026"),
    ("end-hour", "00"),
    ("end-minute", "00"),
    ("end-zone", "Asia/Manila"),
];

#[tokio::test]
async fn parallel_saves_of_one_draft_never_lose_a_save_they_confirmed() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let officer = user(&app, OFFICER.0).await;
    let id = app
        .state
        .create_request(&actor(&officer), ready(&app, &officer))
        .await
        .unwrap()
        .public_id;
    let page = format!("/requests/{id}/targets/new");
    let html = app.get_html(&page).await;
    let token = hidden_value(&html, "csrf_token").unwrap();
    let revision = hidden_value(&html, "revision").unwrap();
    let mut tasks = Vec::new();
    for i in 0..20 {
        let client = app.client.clone();
        let url = app.url(&page);
        let (token, revision) = (token.clone(), revision.clone());
        tasks.push(tokio::spawn(async move {
            let value = format!("user{i}@example.test");
            let mut fields: Vec<(&str, &str)> = vec![
                ("csrf_token", &token),
                ("revision", &revision),
                ("value", &value),
            ];
            fields.extend_from_slice(NEW_TARGET);
            let body = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&fields)
                .finish();
            let res = client
                .post(url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .unwrap();
            let status = res.status();
            let text = res.text().await.unwrap();
            (value, status, text)
        }));
    }
    let mut confirmed = Vec::new();
    for t in tasks {
        let (value, status, text) = t.await.unwrap();
        if status == StatusCode::SEE_OTHER {
            confirmed.push(value);
        } else {
            // Refused, and told why, the typed value still on the page.
            assert!(
                text.contains("changed in another window"),
                "{status}: {text}"
            );
            assert!(text.contains(&value), "the typed value is kept");
        }
    }
    assert_eq!(
        confirmed.len(),
        1,
        "one save from that page, the rest refused"
    );
    let stored = app.state.request(&actor(&officer), &id).await.unwrap();
    for v in &confirmed {
        assert!(
            stored.body.targets.iter().any(|t| &t.value == v),
            "{v} was confirmed and is stored"
        );
    }
}

#[tokio::test]
async fn a_stale_step_is_refused_with_the_answers_kept_and_the_other_window_wins() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let officer = user(&app, OFFICER.0).await;
    let id = app
        .state
        .create_request(&actor(&officer), ready(&app, &officer))
        .await
        .unwrap()
        .public_id;
    let page = format!("/requests/{id}/requester");
    // Two windows open the same step.
    let first = app.get_html(&page).await;
    let second = app.get_html(&page).await;
    let fields = |html: &str, case: &'static str| {
        let mut f: Vec<(String, String)> = [
            ("name", "Insp. Dana Villanueva"),
            ("rank", "Police Inspector"),
            ("badge", "DEMO-0042"),
            ("email", "officer@cyber-unit.police.test"),
            ("phone", "+639175550101"),
            ("agency", "Demo Police Cyber Unit"),
            ("offence", "Threat to a child (fictional case)"),
            ("case_number", case),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        f.push((
            "csrf_token".into(),
            hidden_value(html, "csrf_token").unwrap(),
        ));
        f.push(("revision".into(), hidden_value(html, "revision").unwrap()));
        f
    };
    let res = post(&app, &page, fields(&first, "CASE-FIRST")).await;
    let status = res.status();
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "{}",
        res.text().await.unwrap()
    );
    let res = post(&app, &page, fields(&second, "CASE-SECOND")).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("changed in another window"), "{html}");
    assert!(html.contains("CASE-SECOND"), "the typed value is kept");
    let stored = app.state.request(&actor(&officer), &id).await.unwrap();
    assert_eq!(stored.body.requester.unwrap().case_number, "CASE-FIRST");
    // Saving again from the refused page is a deliberate choice: it saves.
    let res = post(&app, &page, fields(&html, "CASE-SECOND")).await;
    let status = res.status();
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "{}",
        res.text().await.unwrap()
    );
    let stored = app.state.request(&actor(&officer), &id).await.unwrap();
    assert_eq!(stored.body.requester.unwrap().case_number, "CASE-SECOND");
}

async fn post(app: &TestApp, page: &str, f: Vec<(String, String)>) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post_raw(page, &pairs).await
}

/// Counts rows of a table (or any one-number query) in the test database.
async fn count(url: &str, sql: &'static str) -> i64 {
    query_strings(url, sql).await[0].parse().unwrap()
}

#[tokio::test]
async fn sigterm_while_packages_are_built_stops_within_ten_seconds_and_leaves_nothing_half_written()
{
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let db = TestDb::new().await;
    let mut server = Command::new(env!("CARGO_BIN_EXE_casebridge"))
        .env("CASEBRIDGE_DATABASE_URL", &db.url)
        .env("CASEBRIDGE_ADDR", "127.0.0.1:0")
        .env_remove("CASEBRIDGE_CONFIG")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start casebridge");
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let base = loop {
        let line = lines
            .next()
            .expect("casebridge prints its address")
            .unwrap();
        if let Some(rest) = line.split("running at ").nth(1) {
            break rest
                .split_whitespace()
                .next()
                .unwrap()
                .trim_end_matches('/')
                .to_string();
        }
    };
    let token = Command::new(env!("CARGO_BIN_EXE_casebridge"))
        .args(["token", "create", "--email", OFFICER.0])
        .env("CASEBRIDGE_DATABASE_URL", &db.url)
        .env_remove("CASEBRIDGE_CONFIG")
        .output()
        .unwrap();
    let token = String::from_utf8(token.stdout).unwrap().trim().to_string();
    let client = reqwest::Client::new();
    let mut ids = Vec::new();
    for _ in 0..40 {
        let res = client
            .post(format!("{base}/api/v1/requests"))
            .bearer_auth(&token)
            .json(&request_json())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::CREATED);
        let body: serde_json::Value = res.json().await.unwrap();
        ids.push(body["id"].as_str().unwrap().to_string());
    }
    let checked: serde_json::Value = client
        .post(format!("{base}/api/v1/requests/validate"))
        .bearer_auth(&token)
        .json(&request_json())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let acks: Vec<serde_json::Value> = checked["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["acknowledgement"].clone())
        .collect();
    let attestation = serde_json::json!({ "name": "Insp. Dana Villanueva", "acknowledged": acks });
    // Forty attestations, each building a package; SIGTERM as they run.
    let mut calls = Vec::new();
    for id in &ids {
        let req = client
            .post(format!("{base}/api/v1/requests/{id}/attest"))
            .bearer_auth(&token)
            .json(&attestation);
        calls.push(tokio::spawn(req.send()));
    }
    tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    let asked = std::time::Instant::now();
    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let exited = loop {
        if let Some(status) = server.try_wait().unwrap() {
            break status;
        }
        assert!(
            asked.elapsed().as_secs() < 10,
            "still running 10 s after SIGTERM"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    assert!(exited.success(), "a clean exit: {exited}");
    for c in calls {
        if let Ok(res) = c.await.unwrap() {
            assert!(!res.status().is_server_error(), "{}", res.status());
        }
    }
    // What the next start finds: every finished request whole, nothing else.
    let url = &db.url;
    let finals = count(
        url,
        "SELECT CAST(COUNT(*) AS TEXT) FROM documents WHERE status = 'final'",
    )
    .await;
    let drafts = count(
        url,
        "SELECT CAST(COUNT(*) AS TEXT) FROM documents WHERE status = 'draft'",
    )
    .await;
    assert_eq!(finals + drafts, 40);
    assert!(finals > 0, "attestations ran before the stop");
    eprintln!("{finals} of 40 requests were attested before the stop");
    for (what, sql) in [
        (
            "packages",
            "SELECT CAST(COUNT(*) AS TEXT) FROM packages p JOIN documents d ON d.id = p.document_id WHERE d.status = 'final'",
        ),
        (
            "facts",
            "SELECT CAST(COUNT(*) AS TEXT) FROM document_facts f JOIN documents d ON d.id = f.document_id WHERE d.status = 'final'",
        ),
        (
            "audit entries",
            "SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE action = 'request.finalised'",
        ),
    ] {
        assert_eq!(
            count(url, sql).await,
            finals,
            "one of each per final request: {what}"
        );
    }
    assert_eq!(
        count(url, "SELECT CAST(COUNT(*) AS TEXT) FROM packages").await,
        finals,
        "no package without its request"
    );
    let restart = Command::new(env!("CARGO_BIN_EXE_casebridge"))
        .arg("migrate")
        .env("CASEBRIDGE_DATABASE_URL", &db.url)
        .env_remove("CASEBRIDGE_CONFIG")
        .output()
        .unwrap();
    assert!(restart.status.success(), "the database opens again");
}

/// Both validate APIs answer in one vocabulary: a client that reads a
/// report's findings and checklist reads a request's the same way.
#[tokio::test]
async fn both_validate_apis_speak_one_vocabulary_of_findings_and_checklist_items() {
    let app = spawn_app().await;
    let officer = token_for(&app, OFFICER.0).await;
    let analyst = token_for(&app, ANALYST.0).await;
    // A request with an IP and no port (a warning) and no legal basis (an
    // error); a report missing its reporter's email (an error).
    let request = serde_json::json!({
        "company_id": "example-social",
        "entity": "Example Social Pte. Ltd. (fictional)",
        "request_type": "subscriber",
        "targets": [{
            "kind": "ip", "value": "203.0.113.9",
            "observed_at": { "utc": "2026-10-05T10:00:00Z", "zone": "Asia/Manila" },
            "window": {
                "start": { "utc": "2026-10-01T00:00:00Z", "zone": "Asia/Manila" },
                "end": { "utc": "2026-10-31T00:00:00Z", "zone": "Asia/Manila" }
            }
        }]
    });
    let mut report: serde_json::Value = serde_json::from_str(COMPLETE).unwrap();
    report["reporter"]["email"] = "".into();
    let post = reqwest::Method::POST;
    let req = api(
        &app,
        &officer,
        post.clone(),
        "/api/v1/requests/validate",
        Some(&request),
        &[],
    )
    .await;
    let rep = api(
        &app,
        &analyst,
        post,
        "/api/v1/reports/validate",
        Some(&report),
        &[],
    )
    .await;
    assert_eq!(req.status, StatusCode::OK, "{:#}", req.json);
    assert_eq!(rep.status, StatusCode::OK, "{:#}", rep.json);

    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let finding_keys = [
        "acknowledged",
        "acknowledgement",
        "code",
        "message",
        "path",
        "rule",
        "severity",
        "step",
    ];
    for (what, f, severity) in [
        ("request error", &req.json["errors"][0], "error"),
        ("request warning", &req.json["warnings"][0], "warning"),
        ("report error", &rep.json["errors"][0], "error"),
    ] {
        assert_eq!(keys(f), finding_keys, "{what}: {f:#}");
        assert_eq!(f["severity"], severity, "{what}");
        assert!(
            !f["step"].as_str().unwrap().is_empty(),
            "{what} names its page"
        );
    }
    let item_keys = [
        "code",
        "status",
        "status_label",
        "step",
        "title",
        "weight",
        "why",
    ];
    let req_item = &req.json["checklist"][0];
    let rep_item = &rep.json["actionability"]["items"][0];
    assert_eq!(keys(req_item), item_keys);
    assert_eq!(keys(rep_item), item_keys);
    let statuses = ["met", "partly", "missing", "not_applicable"];
    for i in req.json["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .chain(rep.json["actionability"]["items"].as_array().unwrap())
    {
        assert!(statuses.contains(&i["status"].as_str().unwrap()), "{i:#}");
    }
}

/// The API reads one JSON object: bytes after it, a second document or an
/// array at the top are refused with their own code, and nothing is made.
#[tokio::test]
async fn the_api_reads_exactly_one_json_object() {
    let app = spawn_app().await;
    let token = token_for(&app, ANALYST.0).await;
    let before = snapshot(&app).await;
    let client = reqwest::Client::new();
    for (body, code) in [
        (format!("{COMPLETE}\u{0}<<not json>>"), "trailing_data"),
        (format!("{COMPLETE}{COMPLETE}"), "trailing_data"),
        (format!("[{COMPLETE}]"), "not_an_object"),
    ] {
        for path in ["/api/v1/reports/validate", "/api/v1/reports"] {
            let res = client
                .post(app.url(path))
                .bearer_auth(&token)
                .header("content-type", "application/json")
                .body(body.clone())
                .send()
                .await
                .unwrap();
            assert_eq!(
                res.status(),
                StatusCode::UNPROCESSABLE_ENTITY,
                "{path} {code}"
            );
            let json: serde_json::Value = res.json().await.unwrap();
            assert_eq!(json["error"]["code"], code, "{path}");
        }
    }
    assert_eq!(snapshot(&app).await, before, "nothing was made");
}
