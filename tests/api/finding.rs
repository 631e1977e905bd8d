//! Finding past work (issue 13 item 8): every document has a short
//! reference shown wherever a person reads it, and the organisation's
//! documents, inbox and sent cases can be searched, sorted and paged.

use reqwest::{Method, StatusCode};

use crate::delivery::finished_request;
use crate::helpers::*;
use crate::request_package::kakao_emergency;

/// The references of the rows a result page shows, in order.
fn shown_references(html: &str) -> Vec<String> {
    let re = regex::Regex::new(
        r#"<tr class="cb-table__row" data-document="[^"]+" data-reference="([^"]+)""#,
    )
    .unwrap();
    re.captures_iter(html).map(|c| c[1].to_string()).collect()
}

/// Runs a statement built at run time on the test database.
async fn sql(app: &TestApp, statement: String) {
    let url = &app.db.url;
    if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(statement))
            .execute(&pool)
            .await
            .unwrap();
    } else {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(statement))
            .execute(&pool)
            .await
            .unwrap();
    }
}

/// A draft request through the API with this case number, target and
/// company; its id and reference.
async fn draft(
    app: &TestApp,
    token: &str,
    case_number: &str,
    target: &str,
    company: (&str, &str),
) -> (String, String) {
    let mut body = kakao_emergency();
    body["attestation"] = serde_json::Value::Null;
    body["acknowledged"] = serde_json::json!([]);
    body["requester"]["case_number"] = case_number.into();
    body["targets"][0]["value"] = target.into();
    body["company_id"] = company.0.into();
    body["entity"] = company.1.into();
    let res = api(
        app,
        token,
        Method::POST,
        "/api/v1/requests",
        Some(&body),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.json);
    let id = res.json["id"].as_str().unwrap().to_string();
    let html = app.get_html(&format!("/requests/{id}")).await;
    let re = regex::Regex::new(r#"<strong class="cb-reference">(CB-[0-9]{4}-[0-9]{6})</strong>"#)
        .unwrap();
    let reference = re
        .captures(&html)
        .expect("the overview shows the reference")[1]
        .to_string();
    (id, reference)
}

fn year() -> i16 {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .year()
}

#[tokio::test]
async fn a_finished_request_has_its_reference_on_the_dashboard_the_pdf_and_the_json() {
    let app = spawn_app().await;
    let package = finished_request(&app, "subscriber").await;
    let reference = format!("CB-{}-000001", year());
    let stored = query_strings(&app.db.url, "SELECT reference FROM documents").await;
    assert_eq!(
        stored,
        vec![reference.clone()],
        "the first document of the year"
    );
    let id = query_strings(&app.db.url, "SELECT public_id FROM documents").await[0].clone();

    let dashboard = app.get_html("/").await;
    assert_eq!(shown_references(&dashboard), vec![reference.clone()]);
    assert!(dashboard.contains(&id), "the UUID stays beside it");
    let done = app.get_html(&format!("/requests/{id}/done")).await;
    assert!(done.contains(&reference), "the confirmation names it");

    let json = app
        .get(&format!("/requests/{id}/package/document.json"))
        .await
        .bytes()
        .await
        .unwrap();
    let envelope: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(envelope["document_reference"], reference.as_str());
    let schema: serde_json::Value = app
        .get("/schemas/envelope.v1.json")
        .await
        .json()
        .await
        .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&envelope), "the schema knows the field");
    // The package is stored once: downloading again gives the same bytes.
    let again = app
        .get(&format!("/requests/{id}/package/document.json"))
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(json, again);

    let pdf = app
        .get(&format!("/requests/{id}/package/document.pdf"))
        .await
        .bytes()
        .await
        .unwrap();
    if let Some(text) = pdf_text(&pdf) {
        let cover = text
            .find("Documentreference")
            .expect("the cover has the row");
        assert!(text[cover..].starts_with("Documentreference"));
        let row: String = text[cover..].chars().take(60).collect();
        assert!(row.contains(&reference), "{row}");
    }
    assert!(!package.is_empty());
}

#[tokio::test]
async fn the_search_finds_by_reference_case_number_target_company_status_and_date() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let token = token_for(&app, OFFICER.0).await;
    let kakao = ("kakao", "Kakao Corp.");
    let (a, ref_a) = draft(&app, &token, "DPCU-2026-201", "night_owl_example", kakao).await;
    let check = app.get_html(&format!("/requests/{a}/check")).await;
    assert!(check.contains(&ref_a), "check your answers names it");
    let (_, ref_b) = draft(&app, &token, "DPCU-2026-202", "quiet_fox_example", kakao).await;
    let social = ("example-social", "Example Social Pte. Ltd. (fictional)");
    let (_, ref_c) = draft(&app, &token, "DPCU-2026-303", "Night_Owl_Example", social).await;
    let y = year();
    assert_eq!(
        [&ref_a, &ref_b, &ref_c].map(|r| r.to_string()),
        [1, 2, 3].map(|n| format!("CB-{y}-{n:06}")),
        "numbered in creation order"
    );
    let find = |query: &str| {
        let app = &app;
        let query = query.to_string();
        async move {
            let html = app.get_html(&format!("/documents?{query}")).await;
            let mut found = shown_references(&html);
            found.sort();
            (found, html)
        }
    };
    // A whole reference, in any case, and parts of one.
    assert_eq!(
        find(&format!("q={}", ref_b.to_lowercase())).await.0,
        vec![ref_b.clone()]
    );
    assert_eq!(find("q=000003").await.0, vec![ref_c.clone()]);
    assert_eq!(
        find(&format!("q=CB-{y}-00000")).await.0,
        vec![ref_a.clone(), ref_b.clone(), ref_c.clone()]
    );
    // The agency's case number, whole or in part.
    assert_eq!(find("q=dpcu-2026-202").await.0, vec![ref_b.clone()]);
    assert_eq!(
        find("q=DPCU-2026-2").await.0,
        vec![ref_a.clone(), ref_b.clone()]
    );
    // A target's identifier, whatever its letter case, from the side table.
    assert_eq!(
        find("target=NIGHT_OWL_EXAMPLE").await.0,
        vec![ref_a.clone(), ref_c.clone()]
    );
    // The company, by name or id.
    assert_eq!(find("q=example+social").await.0, vec![ref_c.clone()]);
    assert_eq!(find("q=kakao").await.0, vec![ref_a.clone(), ref_b.clone()]);
    // Status: none is final yet.
    assert_eq!(find("status=draft").await.0.len(), 3);
    let (none, html) = find("status=final").await;
    assert!(none.is_empty());
    assert!(html.contains(r#"id="found-none""#), "says nothing matched");
    assert!(html.contains("Showing 0 to 0 of 0"), "{html}");
    // A saved draft's new target is found, the old one no longer.
    let mut body = kakao_emergency();
    body["attestation"] = serde_json::Value::Null;
    body["acknowledged"] = serde_json::json!([]);
    body["targets"][0]["value"] = "new_handle_example".into();
    let path = format!("/api/v1/requests/{a}");
    let current = api(&app, &token, Method::GET, &path, None, &[]).await;
    let etag = current.etag();
    let saved = api(
        &app,
        &token,
        Method::PUT,
        &path,
        Some(&body),
        &[("if-match", &etag)],
    )
    .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.json);
    assert_eq!(
        find("target=new_handle_example").await.0,
        vec![ref_a.clone()]
    );
    assert_eq!(
        find("target=night_owl_example").await.0,
        vec![ref_c.clone()]
    );

    // Created dates, both ends included.
    sql(
        &app,
        format!(
            "UPDATE documents SET created_at = '2026-01-15T10:00:00Z' WHERE reference = '{ref_a}'"
        ),
    )
    .await;
    sql(
        &app,
        format!(
            "UPDATE documents SET created_at = '2026-02-01T00:00:00Z' WHERE reference = '{ref_b}'"
        ),
    )
    .await;
    sql(
        &app,
        format!(
            "UPDATE documents SET created_at = '2026-02-28T23:59:59Z' WHERE reference = '{ref_c}'"
        ),
    )
    .await;
    let range = "from-day=1&from-month=2&from-year=2026&to-day=28&to-month=2&to-year=2026";
    assert_eq!(find(range).await.0, vec![ref_b.clone(), ref_c.clone()]);
    let (_, html) = find("from-day=31&from-month=2&from-year=2026").await;
    assert!(html.contains("Enter a real date"), "a wrong date is named");
    assert!(shown_references(&html).is_empty());
    // Sorted by creation: newest first, the same on the dashboard.
    let html = app.get_html("/documents?sort=created").await;
    assert_eq!(
        shown_references(&html),
        vec![ref_c.clone(), ref_b.clone(), ref_a.clone()]
    );
    let html = app.get_html("/?sort=created&q=kakao").await;
    assert_eq!(shown_references(&html), vec![ref_b.clone(), ref_a.clone()]);
}

#[tokio::test]
async fn fifty_a_page_with_the_filters_kept_and_nothing_of_another_agency() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let token = token_for(&app, OFFICER.0).await;
    let kakao = ("kakao", "Kakao Corp.");
    let mut mine = Vec::new();
    for i in 0..53 {
        let (_, r) = draft(
            &app,
            &token,
            &format!("PAGE-{i:03}"),
            "night_owl_example",
            kakao,
        )
        .await;
        mine.push(r);
    }
    // Another agency has a request with the same case number and target.
    let other = app.new_browser();
    let who = add_officer(
        &app,
        "Other Agency (fictional)",
        "PH",
        "other@agency.police.test",
        true,
    )
    .await;
    other.login_ok(who).await;
    let other_token = token_for(&app, who.0).await;
    let (_, theirs) = draft(&other, &other_token, "PAGE-001", "night_owl_example", kakao).await;

    let first = app.get_html("/documents?q=page-&sort=created").await;
    let rows = shown_references(&first);
    assert_eq!(rows.len(), 50);
    assert!(first.contains("Showing 1 to 50 of 53"), "{first}");
    let mut newest: Vec<String> = mine.iter().rev().cloned().collect();
    assert_eq!(rows, newest[..50].to_vec(), "newest created first");
    let next = regex::Regex::new(r#"rel="next" href="([^"]+)""#)
        .unwrap()
        .captures(&first)
        .expect("a next page link")[1]
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    assert!(next.contains("q=page-") && next.contains("sort=created") && next.contains("page=2"));
    let second = app.get_html(&next).await;
    assert!(second.contains("Showing 51 to 53 of 53"), "{next}");
    assert_eq!(shown_references(&second), newest.split_off(50));
    assert!(second.contains(r#"rel="prev""#));
    assert!(!second.contains(r#"rel="next""#));

    // Never the other agency's, however it is looked for.
    for query in [
        format!("q={theirs}"),
        "q=PAGE-001".to_string(),
        "target=night_owl_example&page=2".to_string(),
    ] {
        let html = app.get_html(&format!("/documents?{query}")).await;
        assert!(!shown_references(&html).contains(&theirs), "{query}");
    }
    let html = other.get_html("/documents?target=night_owl_example").await;
    assert_eq!(shown_references(&html), vec![theirs.clone()]);
    // The page needs a session.
    let anonymous = app.new_browser().get("/documents").await;
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_delivered_request_shows_its_case_status_and_is_found_in_the_inbox() {
    let app = spawn_app().await;
    let package = finished_request(&app, "subscriber").await;
    let request = query_strings(&app.db.url, "SELECT public_id FROM documents").await[0].clone();
    let reference = query_strings(&app.db.url, "SELECT reference FROM documents").await[0].clone();
    let res = app
        .post_form(
            &format!("/packages/{package}/deliver"),
            &format!("/requests/{request}/done"),
            &[],
        )
        .await;
    assert_eq!(location(&res), format!("/requests/{request}/done#delivery"));
    let dashboard = app.get_html("/").await;
    assert!(
        dashboard.contains(r#"data-case-status="received""#),
        "{dashboard}"
    );
    assert!(dashboard.contains(&reference));

    let sent = app.get_html(&format!("/cases?q={reference}")).await;
    assert!(
        sent.contains(&format!(r#"data-reference="{reference}""#)),
        "{sent}"
    );

    let analyst = app.new_browser();
    analyst.login_ok(ANALYST).await;
    let case = query_strings(&app.db.url, "SELECT public_id FROM cases").await[0].clone();
    let page = analyst.get_html(&format!("/cases/{case}")).await;
    assert!(
        page.contains(&reference),
        "the case page names the reference"
    );
    for query in [
        format!("q={}", reference.to_lowercase()),
        "q=dpcu-2026-117".to_string(),
        "target=203.0.113.7".to_string(),
        "from-day=1&from-month=1&from-year=2026".to_string(),
    ] {
        let inbox = analyst.get_html(&format!("/inbox?{query}")).await;
        assert!(
            inbox.contains(&format!(r#"data-case="{case}""#)),
            "{query}: {inbox}"
        );
        assert!(inbox.contains(&reference), "{query}");
    }
    for query in [
        "target=198.51.100.1",
        "q=CB-1999-000001",
        "to-day=1&to-month=1&to-year=2000",
    ] {
        let inbox = analyst.get_html(&format!("/inbox?{query}")).await;
        assert!(
            !inbox.contains(&format!(r#"data-case="{case}""#)),
            "{query}"
        );
    }
    let inbox = analyst.get_html("/inbox?sort=updated").await;
    assert!(inbox.contains(&format!(r#"data-case="{case}""#)));
}
