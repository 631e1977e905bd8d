//! The APAC report wizard over HTTP: every step from start to an approved
//! report for two jurisdictions, repeatable sections, the rule findings that
//! block submission, four eyes, access from outside the organisation, and
//! Korean pages.

use reqwest::StatusCode;

use crate::helpers::*;

const REVIEWER: (&str, &str) = ("reviewer@example-social.test", "demo-reviewer-2026");
/// A Singapore NRIC with a valid check letter: refused wherever it appears.
const NRIC: &str = "S1234567D";

/// Posts `fields` to `path` with the CSRF token of the page itself.
async fn step(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let page = path.split('?').next().unwrap_or(path);
    app.post_form(path, page, fields).await
}

async fn step_owned(app: &TestApp, path: &str, fields: &[(String, String)]) -> reqwest::Response {
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    step(app, path, &refs).await
}

fn time(name: &str, when: &str, zone: &str) -> Vec<(String, String)> {
    // "2026-11-19 21:40"
    let (date, clock) = when.split_once(' ').unwrap();
    let d: Vec<&str> = date.split('-').collect();
    let t: Vec<&str> = clock.split(':').collect();
    [
        ("day", d[2]),
        ("month", d[1]),
        ("year", d[0]),
        ("hour", t[0]),
        ("minute", t[1]),
        ("zone", zone),
    ]
    .iter()
    .map(|(p, v)| (format!("{name}-{p}"), v.to_string()))
    .collect()
}

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

async fn new_report(app: &TestApp) -> String {
    let res = app.post_form("/reports", "/reports/new", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = location(&res);
    to.strip_prefix("/reports/")
        .and_then(|r| r.strip_suffix("/destination"))
        .unwrap_or_else(|| panic!("a new report starts at its destination: {to}"))
        .to_string()
}

fn assert_redirect(res: &reqwest::Response, to: &str) {
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "expected a redirect to {to}"
    );
    assert_eq!(location(res), to);
}

async fn incident(app: &TestApp, id: &str, zone: &str, escalation: &str) -> reqwest::Response {
    let mut f = fields(&[
        ("harm", "sextortion"),
        (
            "time_description",
            "Time the first threatening message was sent",
        ),
        ("platform", "Direct messages (fictional)"),
        ("imminent_risk", "yes"),
        ("escalation_reason", escalation),
        ("action", "continue"),
    ]);
    f.extend(time("occurred", "2026-11-19 21:40", zone));
    f.extend(time("aware", "2026-11-20 08:50", zone));
    step_owned(app, &format!("/reports/{id}/incident"), &f).await
}

fn account_fields(esp: &str, screen: &str, country: &str) -> Vec<(String, String)> {
    fields(&[
        ("esp_identifier", esp),
        ("screen_name", screen),
        ("profile_urls", "https://social.example/u/shadow-tiger-88"),
        ("email_1", "tiger88@mail.example"),
        ("email_1_verified", "yes"),
        ("phone_1", "+61 491 570 110"),
        (
            "device_ids",
            "advertising ID: 0f3c9e2a-7d41-4c5e-9b0a-1d2e3f405162",
        ),
        ("city", "Quezon City"),
        ("region", "Metro Manila"),
        ("country", country),
        ("location_verified", "no"),
        ("action", "continue"),
    ])
}

fn ip_fields(address: &str, port: &str, reason: &str, zone: &str) -> Vec<(String, String)> {
    let mut f = fields(&[
        ("address", address),
        ("port", port),
        ("port_missing_reason", reason),
        ("event", "login"),
        ("possible_proxy", "no"),
        ("action", "continue"),
    ]);
    f.extend(time("at", "2026-11-19 21:32", zone));
    f
}

const MD5: &str = "0123456789abcdef0123456789abcdef";
const SHA256: &str = "a3f1c2d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978";

fn file_fields(md5: &str) -> Vec<(String, String)> {
    fields(&[
        ("file_name", "IMG_0001.jpg"),
        ("hash_md5", md5),
        ("hash_sha256", SHA256),
        ("viewed", "yes"),
        ("attest", "yes"),
        ("publicly_available", "no"),
        ("relevance", "reported"),
        ("annotations", "possible_self_production"),
        ("classification", "B2"),
        ("action", "continue"),
    ])
}

fn reporter_fields(preserved: &str) -> Vec<(String, String)> {
    fields(&[
        ("organisation", "Example Social (fictional)"),
        ("name", "Jo Analyst"),
        ("email", "trust-safety@example-social.test"),
        ("phone", "+61491570156"),
        ("le_name", "Example Social LE Response"),
        ("le_email", "le-response@example-social.test"),
        ("le_phone", "+61491570157"),
        ("le_around_the_clock", "yes"),
        ("retention_days", "365"),
        ("legal_process_url", "https://example-social.test/legal"),
        ("preserved", preserved),
        ("preservation_reference", "PRES-2026-0415"),
        ("action", "continue"),
    ])
}

/// Every step with complete answers, up to check-your-answers. Returns the
/// report's id.
async fn complete_draft(app: &TestApp, country: &str, authority: &str, zone: &str) -> String {
    let id = new_report(app).await;
    let res = step(
        app,
        &format!("/reports/{id}/destination"),
        &[("jurisdiction", country), ("action", "continue")],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/authority"));
    let res = step(
        app,
        &format!("/reports/{id}/authority"),
        &[
            ("authority", authority),
            ("zone", zone),
            ("also_to_ncmec", "yes"),
            ("action", "continue"),
        ],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/incident"));
    let res = incident(
        app,
        &id,
        zone,
        "A payment deadline of 24 hours and a threat to send images to classmates",
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/online"));
    let res = step(
        app,
        &format!("/reports/{id}/online"),
        &[
            ("urls", "https://social.example/u/shadow-tiger-88"),
            ("third_party_hosted", "no"),
            ("action", "continue"),
        ],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/accounts"));
    let res = step_owned(
        app,
        &format!("/reports/{id}/accounts/new"),
        &account_fields("u-4417-0093", "shadow_tiger_88", country),
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/accounts/0/ip-events"));
    let res = step_owned(
        app,
        &format!("/reports/{id}/accounts/0/ip-events/new"),
        &ip_fields("203.0.113.45", "51234", "", zone),
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/accounts/0/ip-events"));
    let res = step(
        app,
        &format!("/reports/{id}/accounts/0/ip-events"),
        &[("action", "continue")],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/accounts"));
    let res = step(
        app,
        &format!("/reports/{id}/accounts"),
        &[("action", "continue")],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/victims"));
    let res = step(
        app,
        &format!("/reports/{id}/victims/new"),
        &[
            ("screen_name", "sunflower.doodles"),
            ("age_stated", "14"),
            ("age_min", "12"),
            ("age_max", "15"),
            ("age_basis", "self_declared"),
            ("age_basis", "reviewer_assessment"),
            ("region", "Metro Manila"),
            ("country", country),
            ("action", "continue"),
        ],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/victims"));
    let res = step(
        app,
        &format!("/reports/{id}/victims"),
        &[("action", "continue")],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/files"));
    let res = step_owned(app, &format!("/reports/{id}/files/new"), &file_fields(MD5)).await;
    assert_redirect(&res, &format!("/reports/{id}/files"));
    let res = step(
        app,
        &format!("/reports/{id}/files"),
        &[("action", "continue")],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/livestream"));
    let res = step(
        app,
        &format!("/reports/{id}/livestream"),
        &[("livestream", "no"), ("action", "continue")],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/prior"));
    let res = step(
        app,
        &format!("/reports/{id}/prior"),
        &[
            ("prior", "yes"),
            ("prior_1", "CT-0000000-TEST"),
            ("prior_1_kind", "cybertipline"),
            ("action", "continue"),
        ],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/reporter"));
    let res = step_owned(
        app,
        &format!("/reports/{id}/reporter"),
        &reporter_fields("yes"),
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/check"));
    id
}

/// Every warning's acknowledgement value on a check-your-answers page.
fn acks(html: &str) -> Vec<String> {
    let re = regex::Regex::new(r#"name="ack" type="checkbox" value="([^"]+)""#).unwrap();
    re.captures_iter(html)
        .map(|c| c[1].replace("&#x5b;", "[").replace("&#x5d;", "]"))
        .collect()
}

/// Sends the report for review, acknowledging every warning.
async fn submit(app: &TestApp, id: &str) -> reqwest::Response {
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    let mut f = vec![("action".to_string(), "continue".to_string())];
    f.extend(acks(&check).into_iter().map(|k| ("ack".to_string(), k)));
    step_owned(app, &format!("/reports/{id}/check"), &f).await
}

/// A reviewer's approval, posted from the review page.
async fn approve(who: &TestApp, id: &str) -> reqwest::Response {
    let page = format!("/reports/{id}/review");
    who.post_form(&format!("/reports/{id}/approve"), &page, &[])
        .await
}

async fn status_of(app: &TestApp, id: &str) -> String {
    let html = app.get_html(&format!("/reports/{id}/review")).await;
    let re = regex::Regex::new(r#"id="status">([^<]+)<"#).unwrap();
    re.captures(&html)
        .map(|c| c[1].to_string())
        .unwrap_or_default()
}

#[tokio::test]
async fn analyst_walks_a_philippine_report_with_lists_to_approval() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let dashboard = app.get_html("/").await;
    assert!(
        dashboard.contains(r#"href="/reports/new""#),
        "members start reports"
    );
    let start = app.get_html("/reports/new").await;
    assert!(start.contains("never takes images"), "{start}");
    assert!(!start.contains(r#"type="file""#), "no upload anywhere");

    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;

    // The authority page shows the pack's authorities and marks unconfirmed
    // intake channels.
    let authority = app.get_html(&format!("/reports/{id}/authority")).await;
    assert!(authority.contains("Office of Cybercrime"));
    assert!(authority.contains("Philippine National Police"));
    // The incident page shows the NCMEC incident type of each harm.
    let incident = app.get_html(&format!("/reports/{id}/incident")).await;
    assert!(
        incident.contains("NCMEC incident type: Online Enticement of Children for Sexual Acts")
    );
    assert!(
        incident.contains("Actionability score:"),
        "the panel is beside the step"
    );

    // IP events of the account: add a second one without port but with a
    // reason, change the first, remove the second.
    let events = format!("/reports/{id}/accounts/0/ip-events");
    let res = step_owned(
        &app,
        &format!("{events}/new"),
        &ip_fields(
            "198.51.100.4",
            "",
            "Ports not logged before March 2025",
            "Asia/Manila",
        ),
    )
    .await;
    assert_redirect(&res, &events);
    let html = app.get_html(&events).await;
    assert!(html.contains("198.51.100.4") && html.contains("Ports not logged before March 2025"));
    let res = step_owned(
        &app,
        &format!("{events}/0"),
        &ip_fields("203.0.113.46", "40001", "", "Asia/Manila"),
    )
    .await;
    assert_redirect(&res, &events);
    let res = step(&app, &format!("{events}/1/remove"), &[]).await;
    assert_redirect(&res, &events);
    let html = app.get_html(&events).await;
    assert!(
        html.contains("203.0.113.46") && html.contains("40001"),
        "changed"
    );
    assert!(
        !html.contains("203.0.113.45"),
        "the old address is replaced"
    );
    assert!(!html.contains("198.51.100.4"), "removed");

    // A second account, then removed again.
    let res = step_owned(
        &app,
        &format!("/reports/{id}/accounts/new"),
        &account_fields("u-9999-0001", "second_account_x", "PH"),
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/accounts/1/ip-events"));
    let accounts = app.get_html(&format!("/reports/{id}/accounts")).await;
    assert!(accounts.contains("second_account_x") && accounts.contains("shadow_tiger_88"));
    let res = step(&app, &format!("/reports/{id}/accounts/1/remove"), &[]).await;
    assert_redirect(&res, &format!("/reports/{id}/accounts"));
    let accounts = app.get_html(&format!("/reports/{id}/accounts")).await;
    assert!(!accounts.contains("second_account_x"));
    assert!(accounts.contains("tiger88@mail.example (Verified)"));

    // A victim added twice, the second removed.
    let res = step(
        &app,
        &format!("/reports/{id}/victims/new"),
        &[
            ("screen_name", "another.child"),
            ("age_stated", "9"),
            ("action", "continue"),
        ],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/victims"));
    let res = step(&app, &format!("/reports/{id}/victims/1/remove"), &[]).await;
    assert_redirect(&res, &format!("/reports/{id}/victims"));
    let victims = app.get_html(&format!("/reports/{id}/victims")).await;
    assert!(victims.contains("sunflower.doodles") && !victims.contains("another.child"));

    // Check your answers: answers with Change links, checklist with
    // weights, clocks in Manila time and UTC.
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    assert!(check.contains("Check your report"), "{check}");
    assert!(check.contains("shadow_tiger_88"));
    assert!(check.contains(&format!(r#"href="/reports/{id}/incident?return=check""#)));
    assert!(
        check.contains("Actionability score: 100 out of 100"),
        "{check}"
    );
    assert!(check.contains("Files viewed by a person"));
    assert!(
        check.contains("Courts have excluded evidence"),
        "why it matters"
    );
    assert!(check.contains("Jo Analyst"), "the reporter");
    assert!(check.contains("(+08:00) Asia/Manila"), "due time in Manila");
    assert!(check.contains(" UTC"), "due time in UTC");
    assert!(check.contains("Checked against rule pack version"));
    assert!(
        !check.contains("problems must be fixed"),
        "no errors: {check}"
    );
    // Viewed by the analyst, who attested it with name and time.
    assert!(
        check.contains("Yes: viewed by Min-jun Analyst, 20"),
        "{check}"
    );

    // A chat service beside the web address.
    let res = step(
        &app,
        &format!("/reports/{id}/online?return=check"),
        &[
            ("urls", "https://social.example/u/shadow-tiger-88"),
            ("chat_client", "Example Social direct messages"),
            ("chat_room", "dm-5521"),
            ("action", "continue"),
        ],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/check"));
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    // The chat service and its room, each under its own label.
    for value in [
        "Example Social direct messages",
        "dm-5521",
        "Room, group or channel",
    ] {
        assert!(check.contains(value), "{value}");
    }

    // A Change link comes back to check-your-answers.
    let f = fields(&[("livestream", "no"), ("action", "continue")]);
    let res = step_owned(&app, &format!("/reports/{id}/livestream?return=check"), &f).await;
    assert_redirect(&res, &format!("/reports/{id}/check"));

    // Warnings must be acknowledged.
    let has_warnings = !acks(&check).is_empty();
    if has_warnings {
        let res = step(
            &app,
            &format!("/reports/{id}/check"),
            &[("action", "continue")],
        )
        .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap().contains("Tick each warning"));
    }
    let res = submit(&app, &id).await;
    assert_redirect(&res, &format!("/reports/{id}/review?submitted=1"));
    assert_eq!(status_of(&app, &id).await, "In review");
    // Frozen: the steps lead to the review page and changes do not stick.
    let res = app.get(&format!("/reports/{id}/incident")).await;
    assert_redirect(&res, &format!("/reports/{id}/review"));
    let dashboard = app.get_html("/").await;
    assert!(
        dashboard.contains("In review"),
        "the author sees the status"
    );

    // The reviewer approves.
    let reviewer = app.new_browser();
    reviewer.login_ok(REVIEWER).await;
    let queue = reviewer.get_html("/").await;
    assert!(queue.contains("Reports waiting for your review"));
    assert!(queue.contains(&format!("/reports/{id}/review")));
    let review = reviewer.get_html(&format!("/reports/{id}/review")).await;
    assert!(review.contains("Approve report"));
    let res = approve(&reviewer, &id).await;
    assert_redirect(&res, &format!("/reports/{id}/review"));
    assert_eq!(status_of(&reviewer, &id).await, "Approved");
    assert_eq!(status_of(&app, &id).await, "Approved");

    let url = &app.db.url;
    let statuses = query_strings(url, "SELECT status FROM documents WHERE kind = 'report'").await;
    assert_eq!(statuses, ["approved"]);
    let versions = query_strings(
        url,
        "SELECT action || ' ' || pack_version FROM report_reviews ORDER BY id",
    )
    .await;
    assert_eq!(versions.len(), 2);
    assert!(versions[0].starts_with("submitted 2026-"), "{versions:?}");
    assert!(versions[1].starts_with("approved 2026-"), "{versions:?}");
    let actions = query_strings(
        url,
        "SELECT action FROM audit_log WHERE subject LIKE 'report:%' ORDER BY id",
    )
    .await;
    for a in [
        "report.draft_created",
        "report.file_attested",
        "report.submitted",
        "report.approved",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    // The attestation is stored in the report: who and when.
    let body = query_strings(url, "SELECT body FROM documents WHERE kind = 'report'").await;
    let doc: serde_json::Value = serde_json::from_str(&body[0]).unwrap();
    let review = &doc["files"][0]["review"];
    assert_eq!(review["reviewer"], "Min-jun Analyst");
    assert!(review["at"]["at"].as_str().unwrap().starts_with("20"));
}

#[tokio::test]
async fn an_australian_report_goes_from_start_to_approved() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "AU", "accce", "Australia/Sydney").await;
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    assert!(
        check.contains("Australia/Sydney"),
        "clocks in the office zone"
    );
    assert!(!check.contains("problems must be fixed"), "{check}");
    let res = submit(&app, &id).await;
    assert_redirect(&res, &format!("/reports/{id}/review?submitted=1"));
    let reviewer = app.new_browser();
    reviewer.login_ok(REVIEWER).await;
    // Before approval there is no package to download.
    let res = app
        .get(&format!("/reports/{id}/package/document.pdf"))
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::NOT_FOUND);
    let res = approve(&reviewer, &id).await;
    assert_redirect(&res, &format!("/reports/{id}/review"));
    assert_eq!(status_of(&app, &id).await, "Approved");

    // Approval packages the report: the author downloads the same bytes the
    // page states the hashes of, and another organisation gets nothing.
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    let pdf = app
        .get(&format!("/reports/{id}/package/document.pdf"))
        .await
        .bytes()
        .await
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let json = app
        .get(&format!("/reports/{id}/package/document.json"))
        .await
        .bytes()
        .await
        .unwrap();
    use sha2::Digest;
    for bytes in [&pdf, &json] {
        assert!(page.contains(&hex::encode(sha2::Sha256::digest(bytes))));
    }
    let envelope: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(envelope["schema"]["id"], "casebridge.apac-report");
    assert_eq!(envelope["document"]["destination"]["jurisdiction"], "AU");
    assert!(
        envelope["rule_pack_version"]
            .as_str()
            .is_some_and(|v| !v.is_empty())
    );
    let again = reviewer
        .get(&format!("/reports/{id}/package/document.pdf"))
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(again, pdf, "downloaded again, unchanged");
    let officer = app.new_browser();
    officer.login_ok(OFFICER).await;
    let res = officer
        .get(&format!("/reports/{id}/package/document.pdf"))
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_new_zealand_report_needs_where_online_it_happened() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "NZ", "dia", "Pacific/Auckland").await;
    let res = step(
        &app,
        &format!("/reports/{id}/online?return=check"),
        &[("urls", ""), ("chat_client", ""), ("action", "continue")],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/check"));
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    assert!(
        check.contains("Where online it happened is required for this destination."),
        "{check}"
    );
    assert!(check.contains(&format!("/reports/{id}/online?return=check")));
    let res = submit(&app, &id).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = step(
        &app,
        &format!("/reports/{id}/online?return=check"),
        &[
            ("urls", "https://social.example/p/7781"),
            ("action", "continue"),
        ],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/check"));
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    assert!(check.contains("https://social.example/p/7781"));
    assert!(!check.contains("problems must be fixed"), "{check}");
    let res = submit(&app, &id).await;
    assert_redirect(&res, &format!("/reports/{id}/review?submitted=1"));
    let reviewer = app.new_browser();
    reviewer.login_ok(REVIEWER).await;
    let res = approve(&reviewer, &id).await;
    assert_redirect(&res, &format!("/reports/{id}/review"));
    assert_eq!(status_of(&app, &id).await, "Approved");
}

#[tokio::test]
async fn a_field_the_jurisdiction_requires_blocks_submission() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;
    // The Philippine pack requires the preservation status.
    let res = step_owned(
        &app,
        &format!("/reports/{id}/reporter"),
        &reporter_fields(""),
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/check"));
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    assert!(
        check.contains("Whether the data is preserved is required for this destination."),
        "{check}"
    );
    assert!(
        check.contains(&format!("/reports/{id}/reporter?return=check")),
        "linked to its step"
    );
    let res = submit(&app, &id).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("Fix the problems listed before you send the report for review."));
    assert!(title(&html).starts_with("Error:"), "{}", title(&html));
    let statuses = query_strings(
        &app.db.url,
        "SELECT status FROM documents WHERE kind = 'report'",
    )
    .await;
    assert_eq!(statuses, ["draft"]);
    // Australia does not require it: the same answers pass there.
    let au = complete_draft(&app, "AU", "accce", "Australia/Sydney").await;
    step_owned(
        &app,
        &format!("/reports/{au}/reporter"),
        &reporter_fields(""),
    )
    .await;
    let check = app.get_html(&format!("/reports/{au}/check")).await;
    assert!(!check.contains("preservation.preserved is required"));
}

#[tokio::test]
async fn bad_ip_events_hashes_and_national_ids_are_refused_with_the_reason() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;

    // No port and no reason.
    let res = step_owned(
        &app,
        &format!("/reports/{id}/accounts/0/ip-events/new"),
        &ip_fields("198.51.100.4", "", "", "Asia/Manila"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Give the source port, or say why it is not available."),
        "{html}"
    );
    assert!(
        html.contains(r##"href="#port""##),
        "the summary links to the field"
    );
    assert!(html.contains(r#"value="198.51.100.4""#), "values are kept");
    // Out of range.
    let res = step_owned(
        &app,
        &format!("/reports/{id}/accounts/0/ip-events/new"),
        &ip_fields("198.51.100.4", "70000", "", "Asia/Manila"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("from 1 to 65535"));

    // A login logged in the future.
    let mut f = ip_fields("198.51.100.4", "443", "", "Asia/Manila");
    f.retain(|(k, _)| !k.starts_with("at-"));
    f.extend(time("at", "2031-01-01 10:00", "Asia/Manila"));
    let res = step_owned(&app, &format!("/reports/{id}/accounts/0/ip-events/new"), &f).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("The time the address was logged is in the future.")
    );

    // An MD5 one character short.
    let res = step_owned(
        &app,
        &format!("/reports/{id}/files/new"),
        &file_fields(&MD5[1..]),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("A MD5 hash has 32 characters; this one has 31."),
        "{html}"
    );

    // A time in the future, with the summary linking to the date boxes.
    let mut f = fields(&[
        ("harm", "sextortion"),
        ("imminent_risk", "no"),
        ("action", "continue"),
    ]);
    f.extend(time("occurred", "2031-01-01 10:00", "Asia/Manila"));
    f.extend(time("aware", "2026-11-20 08:50", "Asia/Manila"));
    let res = step_owned(&app, &format!("/reports/{id}/incident"), &f).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains(r##"<a href="#occurred">The time of the incident is in the future."##),
        "{html}"
    );
    assert_eq!(
        html.matches("The time of the incident is in the future.")
            .count(),
        2,
        "summary and field once each"
    );

    // Material found by a classifier must be viewed before it is reported.
    let mut f = fields(&[
        ("harm", "csam_novel"),
        ("imminent_risk", "no"),
        ("action", "continue"),
    ]);
    f.extend(time("occurred", "2026-11-19 21:40", "Asia/Manila"));
    f.extend(time("aware", "2026-11-20 08:50", "Asia/Manila"));
    let res = step_owned(&app, &format!("/reports/{id}/incident"), &f).await;
    assert_redirect(&res, &format!("/reports/{id}/online"));
    let mut f = file_fields(MD5);
    f.retain(|(k, _)| k != "attest" && k != "viewed");
    f.push(("viewed".into(), "no".into()));
    let res = step_owned(&app, &format!("/reports/{id}/files/new"), &f).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains(r##"<a href="#viewed">Material found by a classifier"##),
        "{html}"
    );

    // Another hash is another file: the earlier attestation does not cover it.
    let mut f = file_fields(MD5);
    f.retain(|(k, _)| k != "attest" && k != "hash_sha256");
    let res = step_owned(&app, &format!("/reports/{id}/files/0"), &f).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("Tick the box to attest"));
    let mut f = file_fields(MD5);
    f.retain(|(k, _)| k != "attest");
    let res = step_owned(&app, &format!("/reports/{id}/files/0"), &f).await;
    assert_redirect(&res, &format!("/reports/{id}/files"));

    // A national ID number in free text.
    let res = incident(
        &app,
        &id,
        "Asia/Manila",
        &format!("Holder of {NRIC} threatened the child"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("This looks like a national identity number"),
        "{html}"
    );
    let body = query_strings(
        &app.db.url,
        "SELECT body FROM documents WHERE kind = 'report'",
    )
    .await;
    assert!(!body[0].contains(NRIC), "nothing was stored");
    assert!(!body[0].contains("70000"));
}

#[tokio::test]
async fn a_reviewer_cannot_approve_their_own_report_and_analysts_cannot_approve() {
    let app = spawn_app().await;
    app.login_ok(REVIEWER).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;
    let res = submit(&app, &id).await;
    assert_redirect(&res, &format!("/reports/{id}/review?submitted=1"));
    let review = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(
        !review.contains("Approve report"),
        "no approve button for the author"
    );
    assert!(review.contains("You wrote this report"));
    let res = approve(&app, &id).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("You wrote this report, so you cannot approve")
    );
    assert_eq!(status_of(&app, &id).await, "In review");
    let queue = app.get_html("/").await;
    assert!(
        !queue.contains("Reports waiting for your review"),
        "not in their own queue"
    );

    // An analyst of the organisation cannot approve either.
    let analyst = app.new_browser();
    analyst.login_ok(ANALYST).await;
    let res = approve(&analyst, &id).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(status_of(&app, &id).await, "In review");
    let approved = query_strings(
        &app.db.url,
        "SELECT action FROM report_reviews WHERE action = 'approved'",
    )
    .await;
    assert!(approved.is_empty());
}

#[tokio::test]
async fn only_the_author_edits_a_draft() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;
    let reviewer = app.new_browser();
    reviewer.login_ok(REVIEWER).await;
    for page in ["", "/incident", "/accounts/0", "/check"] {
        let res = reviewer.get(&format!("/reports/{id}{page}")).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{page}");
    }
    let res = reviewer
        .post_form(
            &format!("/reports/{id}/accounts/0/remove"),
            "/reports/new",
            &[],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let accounts = app.get_html(&format!("/reports/{id}/accounts")).await;
    assert!(accounts.contains("shadow_tiger_88"), "nothing changed");
}

/// The task list of a draft: each section with where it stands, nothing
/// after the destination open until a destination is chosen, and the
/// sections the destination's rules fault marked incomplete.
#[tokio::test]
async fn a_draft_opens_at_its_task_list() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = new_report(&app).await;
    let tasks = |html: &str| -> Vec<(String, String)> {
        let doc = scraper::Html::parse_document(html);
        let item = scraper::Selector::parse(".cb-task-list__item").unwrap();
        let name = scraper::Selector::parse(".cb-task-list__name-and-hint").unwrap();
        let status = scraper::Selector::parse(".cb-task-list__status").unwrap();
        let text = |e: scraper::ElementRef, s: &scraper::Selector| {
            e.select(s)
                .next()
                .map(|n| {
                    n.text()
                        .collect::<String>()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default()
        };
        doc.select(&item)
            .map(|e| (text(e, &name), text(e, &status)))
            .collect()
    };
    let fresh = tasks(&app.get_html(&format!("/reports/{id}")).await);
    assert_eq!(fresh.len(), 10, "nine sections and the check: {fresh:?}");
    assert_eq!(fresh[0], ("Destination".into(), "Incomplete".into()));
    assert!(
        fresh[1..9].iter().all(|(_, s)| s == "Cannot start yet"),
        "{fresh:?}"
    );
    assert_eq!(fresh[9].1, "Not ready yet");

    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;
    let done = tasks(&app.get_html(&format!("/reports/{id}")).await);
    let status_of = |name: &str| {
        done.iter()
            .find(|(n, _)| n.starts_with(name))
            .map(|(_, s)| s.clone())
            .unwrap_or_else(|| panic!("no task {name}: {done:?}"))
    };
    assert_eq!(status_of("Destination"), "Completed");
    assert_eq!(status_of("Incident"), "Completed");
    assert_eq!(status_of("Check your report"), "Ready to check");

    // Without its account, that section is to do again.
    let accounts = format!("/reports/{id}/accounts");
    let res = app
        .post_form(&format!("{accounts}/0/remove"), &accounts, &[])
        .await;
    assert_redirect(&res, &accounts);
    let after = tasks(&app.get_html(&format!("/reports/{id}")).await);
    let find = |name: &str| after.iter().find(|(n, _)| n.starts_with(name)).cloned();
    assert_eq!(find("Reported accounts").unwrap().1, "Incomplete");
}

#[tokio::test]
async fn a_returned_report_shows_the_comments_and_is_editable_again() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;
    submit(&app, &id).await;
    let reviewer = app.new_browser();
    reviewer.login_ok(REVIEWER).await;
    // A return needs a comment.
    let res = reviewer
        .post_form(
            &format!("/reports/{id}/return"),
            &format!("/reports/{id}/review"),
            &[("comment", "")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("Say what must change"));
    let comment = "Add the second IP address from the login on 18 November (fictional).";
    let res = reviewer
        .post_form(
            &format!("/reports/{id}/return"),
            &format!("/reports/{id}/review"),
            &[("comment", comment)],
        )
        .await;
    assert_redirect(&res, "/?returned=1");

    // The author sees the comment and can change the report again.
    let dashboard = app.get_html("/").await;
    assert!(dashboard.contains("Returned with comments"), "{dashboard}");
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    assert!(check.contains("A reviewer returned this report"));
    assert!(check.contains("Add the second IP address from the login on 18 November"));
    let res = step_owned(
        &app,
        &format!("/reports/{id}/accounts/0/ip-events/new"),
        &ip_fields("198.51.100.9", "443", "", "Asia/Manila"),
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/accounts/0/ip-events"));
    let res = submit(&app, &id).await;
    assert_redirect(&res, &format!("/reports/{id}/review?submitted=1"));
    let review = reviewer.get_html(&format!("/reports/{id}/review")).await;
    assert!(
        review.contains("198.51.100.9"),
        "the reviewer sees the change"
    );
    assert!(review.contains("Returned with comments"), "history");
    let audit = query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE action = 'report.returned'",
    )
    .await;
    assert_eq!(audit.len(), 1);
}

#[tokio::test]
async fn other_organisations_get_404_and_officers_and_admins_403() {
    use casebridge::accounts::{NewAccount, add_org, add_user};
    use casebridge::domain::{country::CountryCode, email::EmailAddress, org::OrgKind, role::Role};

    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;

    let org = add_org(
        &app.state.store,
        &app.state.directory,
        OrgKind::Member,
        "Other Platform (fictional)",
        CountryCode::parse("SG").unwrap(),
        true,
    )
    .await
    .unwrap();
    add_user(
        &app.state.store,
        &app.state.directory,
        &NewAccount {
            org_slug: &org.slug,
            email: &EmailAddress::parse("reviewer@other-platform.test").unwrap(),
            display_name: "Other Reviewer",
            role: Role::MemberReviewer,
            password: Some("other-reviewer-pass"),
        },
    )
    .await
    .unwrap();
    let other = app.new_browser();
    other
        .login_ok(("reviewer@other-platform.test", "other-reviewer-pass"))
        .await;
    for page in [
        "",
        "/destination",
        "/authority",
        "/incident",
        "/online",
        "/accounts",
        "/accounts/0",
        "/accounts/0/ip-events",
        "/victims",
        "/files",
        "/files/0",
        "/livestream",
        "/prior",
        "/reporter",
        "/check",
        "/review",
        "/package/document.pdf",
    ] {
        let res = other.get(&format!("/reports/{id}{page}")).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{page}");
    }
    let res = other
        .post_form(&format!("/reports/{id}/approve"), "/reports/new", &[])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let html = other.get_html("/").await;
    assert!(!html.contains(&id), "not on their dashboard");

    let officer = app.new_browser();
    officer.login_ok(OFFICER).await;
    for page in ["/reports/new".to_string(), format!("/reports/{id}/check")] {
        let res = officer.get(&page).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{page}");
    }
    let admin = app.new_browser();
    admin.login_ok(ADMIN).await;
    let res = admin.get(&format!("/reports/{id}/review")).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn korean_pages_render_every_step() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;
    app.get("/?lang=ko").await;
    for page in [
        "/reports/new".to_string(),
        format!("/reports/{id}/destination"),
        format!("/reports/{id}/authority"),
        format!("/reports/{id}/incident"),
        format!("/reports/{id}/online"),
        format!("/reports/{id}/accounts"),
        format!("/reports/{id}/accounts/0"),
        format!("/reports/{id}/accounts/0/ip-events"),
        format!("/reports/{id}/accounts/0/ip-events/0"),
        format!("/reports/{id}/victims"),
        format!("/reports/{id}/victims/0"),
        format!("/reports/{id}/files"),
        format!("/reports/{id}/files/0"),
        format!("/reports/{id}/livestream"),
        format!("/reports/{id}/prior"),
        format!("/reports/{id}/reporter"),
        format!("/reports/{id}/check"),
        "/".to_string(),
    ] {
        let res = app.get(&page).await;
        assert_eq!(res.status(), StatusCode::OK, "{page}");
        let html = res.text().await.unwrap();
        assert!(!html.contains("Unknown localization"), "{page}: {html}");
        assert!(html.contains(r#"<html lang="ko""#), "{page}");
        assert!(html.contains("보고"), "{page} is in Korean");
    }
    // An error in Korean, too.
    let res = step_owned(
        &app,
        &format!("/reports/{id}/accounts/0/ip-events/new"),
        &ip_fields("198.51.100.4", "", "", "Asia/Manila"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(!html.contains("Unknown localization"));
    assert!(html.contains("포트"), "the port message in Korean: {html}");
    submit(&app, &id).await;
    let html = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(!html.contains("Unknown localization"), "{html}");
    assert!(html.contains("검토 중"), "status in Korean");
    // The reviewer's side, with the decision forms, in Korean.
    let reviewer = app.new_browser();
    reviewer.login_ok(REVIEWER).await;
    reviewer.get("/?lang=ko").await;
    for page in ["/".to_string(), format!("/reports/{id}/review")] {
        let html = reviewer.get_html(&page).await;
        assert!(!html.contains("Unknown localization"), "{page}: {html}");
        assert!(html.contains("검토"), "{page}");
    }
    let res = reviewer
        .post_form(
            &format!("/reports/{id}/return"),
            &format!("/reports/{id}/review"),
            &[("comment", "")],
        )
        .await;
    let html = res.text().await.unwrap();
    assert!(html.contains("무엇을 바꿔야 하는지"), "the error in Korean");
}

#[tokio::test]
async fn the_wizard_can_satisfy_every_jurisdictions_rules() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let packs: Vec<(String, String, String)> = app
        .state
        .rules
        .packs()
        .iter()
        .map(|p| {
            (
                p.jurisdiction.unwrap().to_string(),
                p.authorities[0].id.clone(),
                p.zones[0].clone(),
            )
        })
        .collect();
    assert_eq!(packs.len(), 18);
    for (code, authority, zone) in packs {
        let id = complete_draft(&app, &code, &authority, &zone).await;
        let check = app.get_html(&format!("/reports/{id}/check")).await;
        assert!(
            !check.contains("problems must be fixed"),
            "{code}: the wizard's answers leave errors: {check}"
        );
        assert!(check.contains(&zone), "{code}: due times in {zone}");
        let res = submit(&app, &id).await;
        assert_redirect(&res, &format!("/reports/{id}/review?submitted=1"));
    }
}

#[tokio::test]
async fn a_reviewer_attests_a_file_they_viewed_during_review() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;
    // A hash match nobody at the company has opened yet.
    let mut f = file_fields(MD5);
    f.retain(|(k, _)| k != "attest" && k != "viewed" && k != "file_name");
    f.push(("viewed".into(), "no".into()));
    f.push(("file_name".into(), "VID_0002.mp4".into()));
    let res = step_owned(&app, &format!("/reports/{id}/files/new"), &f).await;
    assert_redirect(&res, &format!("/reports/{id}/files"));
    submit(&app, &id).await;

    // The author cannot attest through the review.
    let res = app
        .post_form(
            &format!("/reports/{id}/files/1/attest"),
            &format!("/reports/{id}/review"),
            &[],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    let reviewer = app.new_browser();
    reviewer.login_ok(REVIEWER).await;
    let review = reviewer.get_html(&format!("/reports/{id}/review")).await;
    assert!(review.contains("I viewed VID_0002.mp4 myself"), "{review}");
    assert!(
        !review.contains("I viewed IMG_0001.jpg myself"),
        "already attested"
    );
    let res = reviewer
        .post_form(
            &format!("/reports/{id}/files/1/attest"),
            &format!("/reports/{id}/review"),
            &[],
        )
        .await;
    assert_redirect(&res, &format!("/reports/{id}/review"));
    let review = reviewer.get_html(&format!("/reports/{id}/review")).await;
    assert!(
        review.contains("Yes: viewed by Priya Reviewer, 20"),
        "{review}"
    );
    assert!(!review.contains("I viewed VID_0002.mp4 myself"));
    let body = query_strings(
        &app.db.url,
        "SELECT body FROM documents WHERE kind = 'report'",
    )
    .await;
    let doc: serde_json::Value = serde_json::from_str(&body[0]).unwrap();
    assert_eq!(doc["files"][1]["viewed_by_person"], true);
    assert_eq!(doc["files"][1]["review"]["reviewer"], "Priya Reviewer");
    let audit = query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE action = 'report.file_attested'",
    )
    .await;
    assert_eq!(audit.len(), 2, "the analyst's and the reviewer's");
}

#[tokio::test]
async fn drafts_are_duplicated_and_deleted_but_reviewed_reports_are_kept() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;
    let original = app.get_html(&format!("/reports/{id}/check")).await;
    assert!(original.contains(&format!("/reports/{id}/delete")));

    // A copy is a new draft with the same answers.
    let res = app
        .post_form(
            &format!("/reports/{id}/duplicate"),
            &format!("/reports/{id}/check"),
            &[],
        )
        .await;
    let to = res.headers()["location"].to_str().unwrap().to_string();
    let copy = to
        .strip_prefix("/reports/")
        .and_then(|r| r.strip_suffix("/check"))
        .unwrap()
        .to_string();
    assert_ne!(copy, id);
    let copied = app.get_html(&format!("/reports/{copy}/check")).await;
    assert!(
        copied.contains("shadow_tiger_88") || copied.contains("Quezon"),
        "{copied}"
    );

    // Another member may not delete the author's draft.
    let reviewer = app.new_browser();
    reviewer.login_ok(REVIEWER).await;
    let res = reviewer
        .post_form(&format!("/reports/{copy}/delete"), "/", &[])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    // The author deletes the copy after confirming.
    let page = app.get_html(&format!("/reports/{copy}/delete")).await;
    assert!(page.contains("Delete this draft report?"));
    let res = app
        .post_form(
            &format!("/reports/{copy}/delete"),
            &format!("/reports/{copy}/delete"),
            &[],
        )
        .await;
    assert_redirect(&res, "/?deleted=1");
    assert_eq!(
        app.get(&format!("/reports/{copy}/check")).await.status(),
        StatusCode::NOT_FOUND
    );

    // A report that has been through review is kept with its history.
    submit(&app, &id).await;
    reviewer
        .post_form(
            &format!("/reports/{id}/return"),
            &format!("/reports/{id}/review"),
            &[("comment", "Add the device ID (fictional).")],
        )
        .await;
    let page = app.get_html(&format!("/reports/{id}/delete")).await;
    assert!(page.contains("has been through review"), "{page}");
    let res = app
        .post_form(&format!("/reports/{id}/delete"), "/", &[])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&format!("/reports/{id}/check")).await.status(),
        StatusCode::OK,
        "the returned report is still there"
    );
    let reviews = query_strings(&app.db.url, "SELECT action FROM report_reviews ORDER BY id").await;
    assert_eq!(reviews, vec!["submitted", "returned"]);
}

#[tokio::test]
async fn ids_typed_as_account_or_device_ids_are_refused_and_possible_ids_are_acknowledged() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = complete_draft(&app, "PH", "doj-ooc", "Asia/Manila").await;
    let account = format!("/reports/{id}/accounts/0");

    // A letter-and-checksum ID is refused in typed fields too, at the step.
    for (field, value) in [
        ("esp_identifier", NRIC.to_string()),
        ("device_ids", format!("IMEI: {NRIC}")),
    ] {
        let mut f = account_fields("u-4417-0093", "shadow_tiger_88", "PH");
        f.retain(|(k, _)| k != field);
        f.push((field.to_string(), value));
        let res = step_owned(&app, &account, &f).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let html = res.text().await.unwrap();
        assert!(
            html.contains("This looks like a national identity number"),
            "{field}: {html}"
        );
    }
    let body = query_strings(
        &app.db.url,
        "SELECT body FROM documents WHERE kind = 'report'",
    )
    .await;
    assert!(!body[0].contains(NRIC), "nothing was stored");

    // A numeric platform id that reads as an ID passes; grouped digits in
    // free text that may be an Aadhaar are a warning to acknowledge.
    let mut f = account_fields("749522587953", "shadow_tiger_88", "PH");
    f.push((
        "additional_info".to_string(),
        "Sent vouchers with code 2345 6789 0124".to_string(),
    ));
    let res = step_owned(&app, &account, &f).await;
    assert_redirect(&res, &format!("/reports/{id}/accounts/0/ip-events"));
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    assert!(
        check.contains("This may be a national identity number (Indian Aadhaar number"),
        "{check}"
    );
    let key = "possible_national_id@reported_persons[0].additional_info";
    assert!(acks(&check).iter().any(|k| k == key), "{:?}", acks(&check));
    // Not acknowledged: the report does not go.
    let others: Vec<(String, String)> = acks(&check)
        .into_iter()
        .filter(|k| k != key)
        .map(|k| ("ack".to_string(), k))
        .chain([("action".to_string(), "continue".to_string())])
        .collect();
    let res = step_owned(&app, &format!("/reports/{id}/check"), &others).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // One click more and it does.
    let res = submit(&app, &id).await;
    assert_redirect(&res, &format!("/reports/{id}/review?submitted=1"));
}

/// Text in a script no shipped font covers is named at the step where it
/// is typed: the first Continue shows the step again with the characters
/// on their field, nothing lost; continuing again keeps them as typed.
#[tokio::test]
async fn text_the_pdf_cannot_print_is_said_at_its_step_and_kept_on_a_second_continue() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let id = new_report(&app).await;
    let res = step(
        &app,
        &format!("/reports/{id}/destination"),
        &[("jurisdiction", "PH"), ("action", "continue")],
    )
    .await;
    assert_redirect(&res, &format!("/reports/{id}/authority"));
    // Gujarati: no font in fonts/ covers it (fonts/GLOSSARY.md).
    let reason = "Threat sent from અમદાવાદ (fictional)";
    let res = incident(&app, &id, "Asia/Manila", reason).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("The package PDF cannot show these characters"),
        "said at the step"
    );
    assert!(
        page.contains("અ"),
        "the characters are named, the answer kept"
    );
    let seen = hidden_value(&page, "unprintable_seen").expect("the page remembers what it said");
    let report = app.get_html(&format!("/reports/{id}/incident")).await;
    assert!(!report.contains("અમદાવાદ"), "nothing stored yet");

    // Continue again from that page: kept as typed.
    let token = hidden_value(&page, "csrf_token").unwrap();
    let revision = hidden_value(&page, "revision").unwrap();
    let mut again = vec![
        ("csrf_token".to_string(), token),
        ("revision".to_string(), revision),
        ("unprintable_seen".to_string(), seen),
        ("harm".into(), "sextortion".into()),
        (
            "time_description".into(),
            "Time the first threatening message was sent".into(),
        ),
        ("platform".into(), "Direct messages (fictional)".into()),
        ("imminent_risk".into(), "yes".into()),
        ("escalation_reason".into(), reason.into()),
        ("action".into(), "continue".into()),
    ];
    again.extend(time("occurred", "2026-11-19 21:40", "Asia/Manila"));
    again.extend(time("aware", "2026-11-20 08:50", "Asia/Manila"));
    let refs: Vec<(&str, &str)> = again
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = app
        .post_raw(&format!("/reports/{id}/incident"), &refs)
        .await;
    assert_redirect(&res, &format!("/reports/{id}/online"));
    let stored = app.get_html(&format!("/reports/{id}/incident")).await;
    assert!(stored.contains("અમદાવાદ"), "kept as typed");
}

/// Ids on a page are unique: a duplicate breaks the error summary's links
/// and the HTML checker. Empty list pages had two `id="add"`.
#[tokio::test]
async fn empty_list_pages_have_each_id_once() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let report = new_report(&app).await;
    let officer = app.new_browser();
    officer.login_ok(OFFICER).await;
    let request = crate::requests::draft_of(&officer, "example-social", "subscriber").await;
    let id = regex::Regex::new(r#"\sid="([^"]+)""#).unwrap();
    for (who, page) in [
        (&app, format!("/reports/{report}/accounts")),
        (&app, format!("/reports/{report}/victims")),
        (&officer, format!("/requests/{request}/targets")),
    ] {
        let html = who.get_html(&page).await;
        let mut seen = std::collections::HashSet::new();
        for c in id.captures_iter(&html) {
            assert!(seen.insert(c[1].to_string()), "{page}: id {} twice", &c[1]);
        }
        assert!(seen.contains("add"), "{page}: the add link keeps its id");
    }
}
