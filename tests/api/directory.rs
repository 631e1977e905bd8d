use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn officers_see_the_company_directory_with_unverified_facts_flagged() {
    let app = spawn_app().await;
    assert_eq!(
        app.get("/directory").await.status(),
        StatusCode::SEE_OTHER,
        "sign-in first"
    );
    app.login_ok(OFFICER).await;
    let html = app.get_html("/directory").await;
    for name in ["TikTok", "Meta", "Example Social (fictional)"] {
        assert!(html.contains(name), "{name} listed");
    }
    assert!(
        html.contains("cb-tag--unverified"),
        "unverified facts are counted and flagged"
    );

    let html = app.get_html("/directory/tiktok").await;
    assert!(
        html.contains("TikTok Pte. Ltd."),
        "the entity for APAC users"
    );
    assert!(html.contains("Source:") && html.contains("checked 2026-12-01"));
    let html = app.get_html("/directory/example-social").await;
    assert!(html.contains("Fictional"));
    assert!(html.contains(".test"));
}

#[tokio::test]
async fn an_unknown_company_is_a_404() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let res = app.get("/directory/no-such-company").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.unwrap().contains("Page not found"));
}

#[tokio::test]
async fn the_directory_reads_in_korean() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let html = app.get_html("/directory/kakao?lang=ko").await;
    assert!(html.contains("필요한 법적 절차"));
    assert!(!html.contains("Unknown localization"));
}

/// The admin correction form as loaded, with `changes` applied.
async fn corrected(app: &TestApp, id: &str, changes: &[(&str, &str)]) -> reqwest::Response {
    let page = format!("/admin/directory/{id}");
    let html = app.get_html(&page).await;
    let doc = scraper::Html::parse_document(&html);
    let mut fields: Vec<(String, String)> = Vec::new();
    let inputs = scraper::Selector::parse("input, textarea, select").unwrap();
    for el in doc.select(&inputs) {
        let v = el.value();
        let Some(name) = v.attr("name") else { continue };
        if name == "csrf_token" {
            continue;
        }
        match (el.value().name(), v.attr("type")) {
            ("input", Some("radio" | "checkbox")) => {
                if v.attr("checked").is_some() {
                    fields.push((name.into(), v.attr("value").unwrap_or("").into()));
                }
            }
            ("input", _) => fields.push((name.into(), v.attr("value").unwrap_or("").into())),
            ("textarea", _) => fields.push((name.into(), el.text().collect())),
            _ => {
                let selected = scraper::Selector::parse("option[selected]").unwrap();
                let value = el
                    .select(&selected)
                    .next()
                    .and_then(|o| o.value().attr("value"))
                    .unwrap_or("");
                fields.push((name.into(), value.into()));
            }
        }
    }
    for (k, v) in changes {
        fields.retain(|(name, _)| name != k);
        fields.push((k.to_string(), v.to_string()));
    }
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post_form(&page, &page, &refs).await
}

#[tokio::test]
async fn an_admin_corrects_a_company_and_officers_see_it_at_once() {
    let app = spawn_app().await;
    app.login_ok(ADMIN).await;
    let page = app.get_html("/directory/example-social").await;
    assert!(page.contains(r#"href="/admin/directory/example-social""#));
    let res = corrected(
        &app,
        "example-social",
        &[
            ("limits_max_range_days", "45"),
            (
                "limits-source",
                "https://example-social.test/law-enforcement (fictional)",
            ),
            ("limits-status", "unverified"),
        ],
    )
    .await;
    assert_eq!(location(&res), "/directory/example-social?edited=1");
    let page = app.get_html("/directory/example-social?edited=1").await;
    assert!(page.contains("45 days"));
    assert!(page.contains("The directory is corrected"));
    let audit = query_strings(
        &app.db.url,
        "SELECT action FROM audit_log WHERE action LIKE 'directory.%'",
    )
    .await;
    assert_eq!(audit, vec!["directory.company_edited"]);

    // The request rules use the corrected maximum from now on.
    let officer = app.new_browser();
    officer.login_ok(OFFICER).await;
    let id = crate::requests::draft_of(&officer, "example-social", "traffic").await;
    let data = officer.get_html(&format!("/requests/{id}/data")).await;
    assert!(data.contains("accepts requests covering at most 45 days"));

    // A restarted instance loads the shipped data with the edit on top.
    let (reloaded, latest) = casebridge::app::load_directory(&app.state.store)
        .await
        .unwrap();
    assert!(latest > 0);
    assert_eq!(
        reloaded
            .company("example-social")
            .unwrap()
            .limits
            .max_range_days,
        Some(45)
    );
    let history = app.get_html("/admin/directory/example-social").await;
    assert!(
        history.contains("admin@casebridge-ops.test"),
        "the history names the editor"
    );
}

#[tokio::test]
async fn bad_corrections_change_nothing_and_only_admins_may_correct() {
    let app = spawn_app().await;
    app.login_ok(ADMIN).await;
    let res = corrected(
        &app,
        "example-social",
        &[("intake-source", ""), ("limits_max_range_days", "forever")],
    )
    .await;
    assert_eq!(res.status(), reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("Enter where these facts come from"));
    assert!(html.contains("Enter a number of days"));
    // A fictional company cannot be pointed at a real-looking mailbox.
    let res = corrected(
        &app,
        "example-social",
        &[("intake_address", "police-requests@gmail.com")],
    )
    .await;
    assert_eq!(res.status(), reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("reserved .test or example domains")
    );
    let edits = query_strings(&app.db.url, "SELECT company_id FROM company_edits").await;
    assert!(edits.is_empty());
    assert_eq!(
        app.state
            .directory
            .company("example-social")
            .unwrap()
            .intake
            .address,
        "lawenforcement@example-social.test"
    );

    let officer = app.new_browser();
    officer.login_ok(OFFICER).await;
    let res = officer.get("/admin/directory/example-social").await;
    assert_eq!(res.status(), reqwest::StatusCode::FORBIDDEN);
    let res = officer
        .post_form(
            "/admin/directory/example-social",
            "/",
            &[("intake_address", "x@example.test")],
        )
        .await;
    assert_eq!(res.status(), reqwest::StatusCode::FORBIDDEN);
    let page = officer.get_html("/directory/example-social").await;
    assert!(
        !page.contains("/admin/directory/"),
        "no edit link for officers"
    );
    let res = app.get("/admin/directory/no-such-company").await;
    assert_eq!(res.status(), reqwest::StatusCode::NOT_FOUND);
}
