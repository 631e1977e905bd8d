//! The audit log in the app (`/admin/audit`): admins narrow it with
//! filters, page through it 50 at a time newest first, check the chain and
//! see the first broken entry, and export it as JSON lines (an export is
//! itself recorded); nobody else may read it. `casebridge audit export`
//! writes the same lines.

use casebridge::store::NewAudit;
use regex::Regex;
use reqwest::StatusCode;

use crate::cli::{casebridge, stderr, stdout};
use crate::helpers::*;

/// Writes one entry through the store at `at` (RFC 3339).
async fn seed(
    app: &TestApp,
    org: Option<i64>,
    actor: Option<i64>,
    action: &str,
    subject: &str,
    at: &str,
) {
    app.state
        .store
        .audit_at(
            NewAudit {
                actor_user_id: actor,
                org_id: org,
                action,
                subject,
                ip: Some("192.0.2.10"),
                detail: serde_json::json!({ "seeded": true }),
            },
            at.parse().unwrap(),
        )
        .await
        .unwrap();
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    app.state
        .store
        .user_by_email(&casebridge::domain::email::EmailAddress::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn slug_of(app: &TestApp, org: i64) -> String {
    let orgs = app.state.store.list_orgs().await.unwrap();
    orgs.into_iter().find(|o| o.id == org).unwrap().slug
}

/// The entry ids a page lists, in its order.
fn entries(html: &str) -> Vec<i64> {
    Regex::new(r#"data-entry="(\d+)""#)
        .unwrap()
        .captures_iter(html)
        .map(|c| c[1].parse().unwrap())
        .collect()
}

fn link(html: &str, id: &str) -> Option<String> {
    let re = Regex::new(&format!(r#"id="{id}" href="([^"]*)""#)).unwrap();
    re.captures(html)
        .map(|c| c[1].replace("&amp;", "&").replace("&#38;", "&"))
}

/// Two organisations' entries on three days: agency logins, member
/// reports, one with the subject REP-7Q.
async fn some_entries(app: &TestApp) -> (i64, i64, i64) {
    let agency = org_of(app, OFFICER.0).await;
    let member = org_of(app, ANALYST.0).await;
    let officer = user_id(app, OFFICER.0).await;
    let analyst = user_id(app, ANALYST.0).await;
    let a = (Some(agency), Some(officer));
    let m = (Some(member), Some(analyst));
    for (who, action, subject, at) in [
        (a, "test.audit.login", "user", "2026-11-01T09:00:00Z"),
        (a, "test.audit.login", "user", "2026-11-02T09:00:00Z"),
        (
            m,
            "test.audit.report.created",
            "report:REP-7Q",
            "2026-11-02T10:00:00Z",
        ),
        (
            m,
            "test.audit.report.approved",
            "report:REP-7Q",
            "2026-11-03T23:59:59Z",
        ),
        (
            m,
            "test.audit.report.created",
            "report:REP-9Z",
            "2026-11-04T00:00:00Z",
        ),
    ] {
        seed(app, who.0, who.1, action, subject, at).await;
    }
    (agency, member, analyst)
}

#[tokio::test]
async fn filters_narrow_the_log_by_organisation_action_account_subject_and_dates() {
    let app = spawn_app().await;
    let (agency, member, analyst) = some_entries(&app).await;
    app.login_ok(ADMIN).await;
    let base = "/admin/audit?action=test.audit.";
    let count = |html: &str| entries(html).len();
    let all = app.get_html(base).await;
    assert_eq!(count(&all), 5, "{all}");
    assert!(all.contains("192.0.2.10"), "the address is shown");
    let agency_slug = slug_of(&app, agency).await;
    let member_slug = slug_of(&app, member).await;
    let html = app.get_html(&format!("{base}&org={agency_slug}")).await;
    assert_eq!(count(&html), 2, "the agency's two logins");
    let html = app
        .get_html(&format!("{base}report.&org={member_slug}"))
        .await;
    assert_eq!(count(&html), 3, "the member's report entries");
    let html = app
        .get_html("/admin/audit?action=test.audit.report.approved")
        .await;
    assert_eq!(count(&html), 1);
    let html = app.get_html(&format!("{base}&account={}", ANALYST.0)).await;
    assert_eq!(count(&html), 3, "by the analyst's email");
    let html = app.get_html(&format!("{base}&account=%23{analyst}")).await;
    assert_eq!(count(&html), 3, "by the analyst's number");
    let html = app.get_html(&format!("{base}&subject=REP-7Q")).await;
    assert_eq!(count(&html), 2, "by a reference");
    // 2 to 3 November, both days whole.
    let days =
        "&from-day=2&from-month=11&from-year=2026&until-day=3&until-month=11&until-year=2026";
    let html = app.get_html(&format!("{base}{days}")).await;
    assert_eq!(count(&html), 3, "{html}");
    // Filters combine.
    let html = app
        .get_html(&format!("{base}{days}&subject=REP-7Q&org={member_slug}"))
        .await;
    assert_eq!(count(&html), 2);

    // Bad filters are answered on the page, with nothing listed.
    for (query, says) in [
        ("org=no-such-org", "No organisation has this slug"),
        (
            "account=nobody%40example.test",
            "No account has this email address or number",
        ),
        ("from-day=31&from-month=2&from-year=2026", "Error"),
        (
            "from-day=3&from-month=11&from-year=2026&until-day=1&until-month=11&until-year=2026",
            "The last day must be on or after the first day",
        ),
    ] {
        let res = app.get(&format!("/admin/audit?{query}")).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        let html = res.text().await.unwrap();
        assert!(html.contains(says), "{query}: {says}");
        assert!(entries(&html).is_empty());
        assert!(title(&html).starts_with("Error"), "{query}");
    }
}

#[tokio::test]
async fn pages_hold_fifty_entries_newest_first_with_older_and_newer_links() {
    let app = spawn_app().await;
    for i in 0..120 {
        let subject = format!("n-{i}");
        seed(
            &app,
            None,
            None,
            "test.page",
            &subject,
            "2026-11-05T12:00:00Z",
        )
        .await;
    }
    app.login_ok(ADMIN).await;
    let first = app.get_html("/admin/audit?action=test.page").await;
    let ids1 = entries(&first);
    assert_eq!(ids1.len(), 50);
    assert!(ids1.windows(2).all(|w| w[0] > w[1]), "newest first");
    assert!(
        first.contains("n-119"),
        "the newest entry on the first page"
    );
    assert!(link(&first, "newer").is_none());
    let older = link(&first, "older").expect("an older page");
    assert!(older.contains("action=test.page"), "filters kept: {older}");

    let second = app.get_html(&older).await;
    let ids2 = entries(&second);
    assert_eq!(ids2.len(), 50);
    assert!(
        ids2[0] < ids1[49],
        "continues where the first stopped: {ids1:?} {ids2:?} {older}"
    );
    let third = app.get_html(&link(&second, "older").unwrap()).await;
    let ids3 = entries(&third);
    assert_eq!(ids3.len(), 20);
    assert!(third.contains("n-0<"), "the oldest entry is last");
    assert!(link(&third, "older").is_none(), "nothing older");

    let back = app.get_html(&link(&third, "newer").unwrap()).await;
    assert_eq!(entries(&back), ids2, "newer leads back to the same page");
    let top = app.get_html(&link(&back, "newer").unwrap()).await;
    assert_eq!(entries(&top), ids1);
    assert!(link(&top, "newer").is_none());
}

#[tokio::test]
async fn verify_says_the_chain_holds_then_names_the_first_tampered_entry() {
    let app = spawn_app().await;
    some_entries(&app).await;
    app.login_ok(ADMIN).await;
    let html = app.get_html("/admin/audit?verify=1").await;
    assert!(html.contains(r#"data-ok="yes""#), "{html}");
    assert!(html.contains("The audit chain holds"));
    let plain = app.get_html("/admin/audit").await;
    assert!(!plain.contains("id=\"verdict\""), "only checked when asked");

    let edited = query_strings(
        &app.db.url,
        "SELECT CAST(id AS TEXT) FROM audit_log WHERE subject = 'report:REP-9Z'",
    )
    .await;
    exec_sql(
        &app.db.url,
        "UPDATE audit_log SET subject = 'report:REP-0X' WHERE subject = 'report:REP-9Z'",
    )
    .await;
    let html = app.get_html("/admin/audit?verify=1").await;
    assert!(html.contains(r#"data-ok="no""#), "{html}");
    assert!(
        html.contains(&format!(
            "Entry {} is the first that does not hold",
            edited[0]
        )),
        "names entry {}: {html}",
        edited[0]
    );
    assert!(html.contains("the entry was edited"));
}

#[tokio::test]
async fn the_export_is_json_lines_of_the_filtered_log_and_is_itself_audited() {
    let app = spawn_app().await;
    let (_, member, _) = some_entries(&app).await;
    app.login_ok(ADMIN).await;
    let page = app.get_html("/admin/audit?action=test.audit.report.").await;
    let href = link(&page, "export-link").expect("the page links its export");
    assert!(href.starts_with("/admin/audit/export.jsonl?"), "{href}");
    let res = app.get(&href).await;
    assert_eq!(res.status(), StatusCode::OK);
    let kind = res.headers()["content-type"].to_str().unwrap().to_string();
    assert!(kind.starts_with("application/jsonl"), "{kind}");
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains(".jsonl")
    );
    let body = res.text().await.unwrap();
    assert!(body.ends_with('\n'));
    let lines: Vec<serde_json::Value> = body
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON value"))
        .collect();
    assert_eq!(lines.len(), 3, "{body}");
    assert!(
        lines
            .windows(2)
            .all(|w| w[0]["id"].as_i64() < w[1]["id"].as_i64()),
        "oldest first"
    );
    assert_eq!(lines[0]["action"], "test.audit.report.created");
    assert_eq!(lines[0]["subject"], "report:REP-7Q");
    assert_eq!(lines[0]["org_id"], member);
    assert_eq!(lines[0]["detail"]["seeded"], true, "the detail as JSON");
    assert_eq!(lines[0]["at"], "2026-11-02T10:00:00Z");
    let hashes = query_strings(
        &app.db.url,
        "SELECT entry_hash FROM audit_log WHERE action LIKE 'test.audit.report.%' ORDER BY id",
    )
    .await;
    assert_eq!(lines[2]["entry_hash"], hashes[2], "with the chain's links");
    assert_eq!(lines[1]["prev_hash"].as_str().map(str::len), Some(64));

    let admin = user_id(&app, ADMIN.0).await.to_string();
    let exported = query_strings(
        &app.db.url,
        "SELECT CAST(actor_user_id AS TEXT) || ' ' || detail FROM audit_log
         WHERE action = 'audit.exported'",
    )
    .await;
    assert_eq!(exported.len(), 1, "the export is recorded once");
    assert!(
        exported[0].starts_with(&format!("{admin} ")),
        "{}",
        exported[0]
    );
    assert!(
        exported[0].contains("test.audit.report."),
        "with its filters"
    );
    let html = app
        .get_html("/admin/audit?action=audit.exported&verify=1")
        .await;
    assert_eq!(entries(&html).len(), 1, "and listed");
    assert!(html.contains(r#"data-ok="yes""#), "the chain still holds");
}

#[tokio::test]
async fn only_admins_may_read_or_export_the_log() {
    let app = spawn_app().await;
    some_entries(&app).await;
    for who in [OFFICER, ANALYST] {
        let browser = app.new_browser();
        browser.login_ok(who).await;
        for path in [
            "/admin/audit",
            "/admin/audit?verify=1",
            "/admin/audit/export.jsonl",
        ] {
            let res = browser.get(path).await;
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{} on {path}", who.0);
            let body = res.text().await.unwrap();
            assert!(!body.contains("test.audit."), "no entry shown");
        }
    }
    let stranger = app.new_browser();
    let res = stranger.get("/admin/audit/export.jsonl").await;
    assert!(res.status().is_redirection() || res.status() == StatusCode::UNAUTHORIZED);
    assert!(
        query_strings(
            &app.db.url,
            "SELECT id FROM audit_log WHERE action = 'audit.exported'"
        )
        .await
        .is_empty(),
        "a refused export records no export"
    );
    let admin = app.new_browser();
    admin.login_ok(ADMIN).await;
    let html = admin.get_html("/admin").await;
    assert!(
        html.contains(r#"href="/admin/audit""#),
        "linked from /admin"
    );
}

#[tokio::test]
async fn the_command_line_exports_json_lines_since_a_day_for_one_organisation() {
    let app = spawn_app().await;
    let (_, member, _) = some_entries(&app).await;
    let slug = slug_of(&app, member).await;
    let out = casebridge(
        &app.db.url,
        &["audit", "export", "--since", "2026-11-03", "--org", &slug],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Entries the app itself wrote for the organisation today count too;
    // of the seeded ones, the two from 3 November on.
    let subjects: Vec<&str> = lines
        .iter()
        .filter(|l| l["action"].as_str().unwrap().starts_with("test.audit."))
        .map(|l| l["subject"].as_str().unwrap())
        .collect();
    assert_eq!(
        subjects,
        ["report:REP-7Q", "report:REP-9Z"],
        "{}",
        stdout(&out)
    );
    assert!(lines.iter().all(|l| l["org_slug"] == slug.as_str()));
    assert!(
        lines
            .iter()
            .all(|l| l["at"].as_str().unwrap() >= "2026-11-03")
    );

    let everything = casebridge(&app.db.url, &["audit", "export"], None);
    assert!(everything.status.success());
    let n = stdout(&everything).lines().count();
    assert!(n >= 6, "every entry, the first export's record too: {n}");
    let recorded = query_strings(
        &app.db.url,
        "SELECT detail FROM audit_log WHERE action = 'audit.exported' ORDER BY id",
    )
    .await;
    assert_eq!(recorded.len(), 2, "each export is recorded");
    assert!(recorded[0].contains("\"via\":\"cli\""), "{}", recorded[0]);

    let bad = casebridge(
        &app.db.url,
        &["audit", "export", "--org", "no-such-org"],
        None,
    );
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("no-such-org"), "{}", stderr(&bad));
}
