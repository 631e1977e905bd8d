//! A report's legal clocks after approval: the member records a duty as
//! done (Korea's "delete immediately" stops being Overdue), the duty to
//! report is done when the report reaches its destination, and the
//! authority sees both on its case; pages and API.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::*;
use crate::report_package::{REVIEWER, complete, create};

const DESK: (&str, &str) = ("desk@child-protection.police.test", "demo-authority-2026");

/// Submits `report` (acknowledging its warnings) and has the reviewer
/// approve it; answers its id.
async fn approved(app: &TestApp, report: &Value) -> String {
    let analyst = token_for(app, ANALYST.0).await;
    let id = create(app, &analyst, report).await;
    let validate = "/api/v1/reports/validate";
    let checked = api(app, &analyst, Method::POST, validate, Some(report), &[]).await;
    let acks: Vec<Value> = checked.json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["acknowledgement"].clone())
        .collect();
    let submit = format!("/api/v1/reports/{id}/submit");
    let body = serde_json::json!({ "acknowledged": acks });
    let res = api(app, &analyst, Method::POST, &submit, Some(&body), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let reviewer = token_for(app, REVIEWER).await;
    let approve = format!("/api/v1/reports/{id}/approve");
    let res = api(app, &reviewer, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    id
}

fn clock<'a>(clocks: &'a Value, duty: &str) -> &'a Value {
    clocks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["duty"] == duty)
        .unwrap_or_else(|| panic!("no clock {duty} in {clocks}"))
}

async fn link_desk(app: &TestApp, authority: &str) {
    app.state
        .link_org(
            None,
            "demo-child-protection-desk-ph",
            casebridge::app::cases::LinkTarget::parse_authority(authority).as_ref(),
        )
        .await
        .unwrap();
}

/// The row of the clocks table that names `summary`.
fn clock_row<'a>(html: &'a str, summary: &str) -> &'a str {
    let at = html
        .find(summary)
        .unwrap_or_else(|| panic!("{summary}: {html}"));
    let end = html[at..].find("</tr>").map_or(html.len(), |e| at + e);
    &html[at..end]
}

async fn duty_rows(app: &TestApp) -> Vec<String> {
    query_strings(
        &app.db.url,
        "SELECT duty || ' ' || done_at || ' ' || note FROM duty_records ORDER BY duty",
    )
    .await
}

#[tokio::test]
async fn korea_s_immediate_takedown_is_recorded_as_done_and_the_authority_sees_it() {
    let app = spawn_app().await;
    link_desk(&app, "KR:knpa").await;
    let mut report = complete();
    report["destination"]["jurisdiction"] = "KR".into();
    report["destination"]["authority"] = "knpa".into();
    let id = approved(&app, &report).await;
    let analyst = token_for(&app, ANALYST.0).await;
    let res = api(
        &app,
        &analyst,
        Method::GET,
        &format!("/api/v1/reports/{id}"),
        None,
        &[],
    )
    .await;
    assert_eq!(clock(&res.json["clocks"], "kr-delete")["status"], "overdue");

    app.login_ok(ANALYST).await;
    let review = format!("/reports/{id}/review");
    let page = app.get_html(&review).await;
    let delete = "Delete and block detected child and youth sexual exploitation material";
    assert!(clock_row(&page, delete).contains("Overdue"), "{page}");
    assert!(page.contains("Record a duty as done"), "{page}");
    // Into the authority's inbox first, so it sees what happens next.
    let package = hidden_package(&page);
    let res = app
        .post_form(&format!("/packages/{package}/deliver"), &review, &[])
        .await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let case = query_strings(&app.db.url, "SELECT public_id FROM cases").await[0].clone();

    // Which duty must be said; a time to come is refused; nothing is kept.
    let path = format!("/reports/{id}/duties");
    let res = app.post_form(&path, &review, &[("note", "x")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Choose the duty that was done")
    );
    let seoul = jiff::tz::TimeZone::get("Asia/Seoul").unwrap();
    let fields = |t: jiff::Zoned| {
        vec![
            ("done-day", t.day().to_string()),
            ("done-month", t.month().to_string()),
            ("done-year", t.year().to_string()),
            ("done-hour", t.hour().to_string()),
            ("done-minute", t.minute().to_string()),
            ("done-zone", "Asia/Seoul".to_string()),
        ]
    };
    let tomorrow = jiff::Timestamp::now()
        .to_zoned(seoul.clone())
        .tomorrow()
        .unwrap();
    let mut future = fields(tomorrow);
    future.push(("duty", "kr-delete".into()));
    let future: Vec<(&str, &str)> = future.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app.post_form(&path, &review, &future).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("The time the duty was done is in the future")
    );
    assert!(duty_rows(&app).await.is_empty());

    // Done ten minutes ago, with a note: the clock stops.
    let done = jiff::Timestamp::now()
        .checked_sub(jiff::SignedDuration::from_mins(10))
        .unwrap()
        .to_zoned(seoul);
    let mut ok = fields(done.clone());
    ok.push(("duty", "kr-delete".into()));
    ok.push((
        "note",
        "Removed from the CDN and the account blocked.".into(),
    ));
    let ok: Vec<(&str, &str)> = ok.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app.post_form(&path, &review, &ok).await;
    assert_eq!(
        location(&res),
        format!("/reports/{id}/review?recorded=1#clocks")
    );
    let page = app
        .get_html(&format!("/reports/{id}/review?recorded=1"))
        .await;
    let row = clock_row(&page, delete);
    let shown = done
        .strftime("%Y-%m-%d %H:%M (+09:00) Asia/Seoul")
        .to_string();
    assert!(row.contains(">Done<") && !row.contains("Overdue"), "{row}");
    assert!(row.contains(&shown), "{shown} in {row}");
    assert!(row.contains("Removed from the CDN"), "{row}");
    assert!(page.contains("The duty is recorded as done"), "{page}");
    assert_eq!(duty_rows(&app).await.len(), 1);

    // The authority sees the stopped clock and the event in the history.
    let desk = app.new_browser();
    desk.login_ok(DESK).await;
    let case_page = desk.get_html(&format!("/cases/{case}")).await;
    let row = clock_row(&case_page, delete);
    assert!(row.contains(">Done<") && row.contains(&shown), "{row}");
    assert!(case_page.contains("data-kind=\"duty\""), "{case_page}");
    assert!(!case_page.contains("/duties"), "the authority has no form");
    // … and cannot record anything itself.
    let desk_token = token_for(&app, DESK.0).await;
    let body = serde_json::json!({ "duty": "kr-delete" });
    let api_path = format!("/api/v1/reports/{id}/duties");
    let res = api(&app, &desk_token, Method::POST, &api_path, Some(&body), &[]).await;
    assert!(
        matches!(res.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
        "{}",
        res.status
    );

    // Recording again corrects it; both are in the audit log.
    let res = app
        .post_form(&path, &review, &[("duty", "kr-delete")])
        .await;
    assert!(res.status().is_redirection());
    assert_eq!(duty_rows(&app).await.len(), 1);
    assert!(!duty_rows(&app).await[0].contains("CDN"));
    let actions = query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE action LIKE 'report.duty%' ORDER BY id",
    )
    .await;
    assert_eq!(actions, ["report.duty_done", "report.duty_corrected"]);
}

/// The package id the review page's delivery forms post to.
fn hidden_package(html: &str) -> String {
    let at = html.find("/packages/").expect("a delivery form") + "/packages/".len();
    html[at..].split('/').next().unwrap().to_string()
}

#[tokio::test]
async fn delivering_a_report_does_its_duty_to_report_and_integrators_record_the_rest() {
    let app = spawn_app().await;
    link_desk(&app, "PH:doj-ooc").await;
    let id = approved(&app, &complete()).await;
    let analyst = token_for(&app, ANALYST.0).await;
    let get = format!("/api/v1/reports/{id}");
    let res = api(&app, &analyst, Method::GET, &get, None, &[]).await;
    assert_ne!(clock(&res.json["clocks"], "ph-report")["status"], "done");

    let package = res.json["package"]["id"].as_str().unwrap().to_string();
    let deliver = format!("/api/v1/packages/{package}/deliver");
    let res = api(&app, &analyst, Method::POST, &deliver, None, &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.json);
    let case = res.json["id"].as_str().unwrap().to_string();
    let res = api(&app, &analyst, Method::GET, &get, None, &[]).await;
    let report_duty = clock(&res.json["clocks"], "ph-report");
    assert_eq!(report_duty["status"], "done", "{report_duty}");
    assert_eq!(report_duty["done"]["by_delivery"], true);

    let path = format!("/api/v1/reports/{id}/duties");
    let post = |body: Value| {
        let (app, analyst, path) = (&app, &analyst, &path);
        async move { api(app, analyst, Method::POST, path, Some(&body), &[]).await }
    };
    // A clock that has not started cannot be closed; an unknown duty is
    // not found; unknown fields are refused.
    let res = post(serde_json::json!({ "duty": "ph-takedown" })).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert_eq!(res.json["error"]["path"], "done_at");
    let res =
        post(serde_json::json!({ "duty": "ph-traffic-data", "done_at": "2099-01-01T00:00:00Z" }))
            .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert!(
        res.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("must not be in the future"),
        "{}",
        res.json
    );
    let res = post(serde_json::json!({ "duty": "no-such-duty" })).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.json);
    let res = post(serde_json::json!({ "duty": "ph-traffic-data", "by": "x" })).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert!(duty_rows(&app).await.is_empty());

    let res = post(serde_json::json!({
        "duty": "ph-traffic-data",
        "done_at": "2026-11-20T09:30:00+08:00",
        "note": "Traffic data held in the legal-hold store.",
    }))
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let kept = clock(&res.json["clocks"], "ph-traffic-data");
    assert_eq!(kept["status"], "done");
    assert_eq!(kept["done"]["at"], "2026-11-20T01:30:00Z");

    // The authority's integrator reads both on the case.
    let desk = token_for(&app, DESK.0).await;
    let res = api(
        &app,
        &desk,
        Method::GET,
        &format!("/api/v1/cases/{case}"),
        None,
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_eq!(
        clock(&res.json["clocks"], "ph-traffic-data")["status"],
        "done"
    );
    assert_eq!(clock(&res.json["clocks"], "ph-report")["status"], "done");
    let events: Vec<&Value> = res.json["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "duty")
        .collect();
    assert_eq!(events.len(), 1, "{}", res.json);
    assert_eq!(events[0]["reason"], "ph-traffic-data");
}

#[tokio::test]
async fn an_admin_links_an_organisation_to_its_entry_in_the_app() {
    let app = spawn_app().await;
    let desk = "demo-child-protection-desk-ph";
    let page = format!("/admin/orgs/{desk}/link");
    let recipient = || async {
        query_strings(
            &app.db.url,
            "SELECT COALESCE(recipient, '-') FROM orgs WHERE slug = 'demo-child-protection-desk-ph'",
        )
        .await
    };
    // Not for other roles.
    app.login_ok(ANALYST).await;
    assert_eq!(app.get(&page).await.status(), StatusCode::FORBIDDEN);

    let admin = app.new_browser();
    admin.login_ok(ADMIN).await;
    let overview = admin.get_html("/admin").await;
    assert!(overview.contains(&format!("href=\"{page}\"")), "{overview}");
    assert!(overview.contains("authority:PH:pnp-wcpc"), "{overview}");
    let form = admin.get_html(&page).await;
    assert!(form.contains("value=\"authority:PH:doj-ooc\""), "{form}");
    assert!(form.contains("value=\"authority:KR:knpa\""), "{form}");
    assert!(
        !form.contains("value=\"company:"),
        "an authority answers for no company"
    );

    // A company for an authority, or something not on the list: refused,
    // nothing changes.
    for (value, says) in [
        (
            "company:example-social",
            "A member organisation answers for a company",
        ),
        ("authority:PH:nobody", "There is no authority with that id"),
        ("bogus", "Choose an entry from the list"),
    ] {
        let res = admin.post_form(&page, &page, &[("recipient", value)]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{value}");
        let html = res.text().await.unwrap();
        assert!(html.contains(says), "{value}: {html}");
        assert_eq!(recipient().await, ["authority:PH:pnp-wcpc"]);
    }

    let res = admin
        .post_form(&page, &page, &[("recipient", "authority:PH:doj-ooc")])
        .await;
    assert_eq!(location(&res), "/admin?linked=1#orgs");
    assert_eq!(recipient().await, ["authority:PH:doj-ooc"]);
    assert!(
        admin
            .get_html("/admin?linked=1")
            .await
            .contains("Link saved")
    );
    let res = admin.post_form(&page, &page, &[("recipient", "")]).await;
    assert!(res.status().is_redirection());
    assert_eq!(recipient().await, ["-"]);
    let audited = query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE action = 'org.linked' AND actor_user_id IS NOT NULL",
    )
    .await;
    assert_eq!(audited.len(), 2, "{audited:?}");
}
