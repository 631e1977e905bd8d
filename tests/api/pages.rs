use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn unknown_pages_get_a_themed_404_in_the_users_language() {
    let app = spawn_app().await;
    let res = app.get("/no-such-page").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let html = res.text().await.unwrap();
    assert!(html.contains("Page not found"));
    assert!(
        html.contains("/static/casebridge.css"),
        "styled like every page"
    );

    let res = app.get("/no-such-page?lang=ko").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.unwrap().contains("<html lang=\"ko\""));
}

#[tokio::test]
async fn security_headers_on_every_response() {
    let app = spawn_app().await;
    for path in [
        "/login",
        "/no-such-page",
        "/static/casebridge.css",
        "/healthz",
    ] {
        let res = app.get(path).await;
        let h = res.headers();
        let csp = h.get("content-security-policy").unwrap().to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
        assert_eq!(h.get("referrer-policy").unwrap(), "no-referrer");
        assert_eq!(h.get("x-frame-options").unwrap(), "DENY");
    }
    let html = app.get_html("/login").await;
    assert!(!html.contains("<script"), "signed out, no script at all");
    app.login_ok(OFFICER).await;
    let html = app.get_html("/").await;
    let inline = regex::Regex::new(r"<script(?: [^>]*)?>[^<]").unwrap();
    assert!(!inline.is_match(&html), "scripts only from files");
    assert!(!html.contains("style="), "no inline style");
}

#[tokio::test]
async fn pages_with_data_are_never_cached_but_css_is() {
    let app = spawn_app().await;
    assert_eq!(
        app.get("/login")
            .await
            .headers()
            .get("cache-control")
            .unwrap(),
        "no-store"
    );
    let css = app.get("/static/casebridge.css").await;
    assert!(
        css.headers()
            .get("cache-control")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    assert!(
        css.headers()
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(css.text().await.unwrap().contains(".cb-error-summary"));
}

#[tokio::test]
async fn oversized_bodies_are_refused_with_413() {
    let db = TestDb::new().await;
    let mut config = test_config(&db);
    config.max_body_bytes = 4096;
    let app = spawn_with(db, config).await;
    let token = app.csrf_token("/login").await;
    let big = "x".repeat(10_000);
    let res = app
        .post_raw(
            "/login",
            &[("csrf_token", &token), ("email", &big), ("password", "x")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(res.text().await.unwrap().contains("too large"));
}

#[tokio::test]
async fn the_page_kit_shows_every_component_and_validates() {
    let app = spawn_app().await;
    let html = app.get_html("/kit").await;
    for class in [
        "cb-input",
        "cb-textarea",
        "cb-radios",
        "cb-checkboxes",
        "cb-select",
        "cb-date-time",
        "cb-hint",
        "cb-summary-list",
        "cb-task-list",
        "cb-button",
        "cb-back-link",
        "cb-tag--unverified",
        "Step 3 of 9",
    ] {
        assert!(html.contains(class), "kit lacks {class}");
    }
    // Submitted empty: one message per question, in page order.
    let res = app
        .post_form("/kit", "/kit", &[("when-zone", "Asia/Kathmandu")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    let doc = scraper::Html::parse_document(&html);
    let links: Vec<String> = doc
        .select(&scraper::Selector::parse(".cb-error-summary__list a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(links, ["#name", "#email", "#type", "#country", "#when"]);
    // Every link lands on an element with that id.
    for l in &links {
        assert!(
            html.contains(&format!(r#"id="{}""#, &l[1..])),
            "nothing has id {l}"
        );
    }
    assert!(
        html.contains(r#"<option value="Asia/Kathmandu" selected>"#),
        "zone kept"
    );
}

#[tokio::test]
async fn the_page_kit_converts_local_time_to_utc() {
    let app = spawn_app().await;
    let res = app
        .post_form(
            "/kit",
            "/kit",
            &[
                ("name", "Insp. Dana Villanueva"),
                ("email", "dana@cyber-unit.police.test"),
                ("type", "preservation"),
                ("country", "NP"),
                ("when-day", "3"),
                ("when-month", "2"),
                ("when-year", "2026"),
                ("when-hour", "14"),
                ("when-minute", "30"),
                ("when-zone", "Asia/Kathmandu"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("2026-02-03 08:45 UTC"), "Nepal is UTC+05:45");
    assert!(!html.contains("cb-error-summary"));
}

#[tokio::test]
async fn public_jurisdiction_list_carries_sources() {
    let app = spawn_app().await;
    let v: serde_json::Value = app.get("/api/v1/jurisdictions").await.json().await.unwrap();
    let list = v["jurisdictions"].as_array().unwrap();
    assert_eq!(list.len(), 18);
    let np = list.iter().find(|j| j["code"] == "NP").unwrap();
    assert_eq!(np["zones"][0], "Asia/Kathmandu");
    assert!(np["provenance"]["source"].as_str().unwrap().len() > 5);
    assert!(np["provenance"]["checked"].as_str().is_some());
}

#[tokio::test]
async fn no_page_shows_a_missing_translation_in_any_language() {
    for lang in ["en", "ko"] {
        let app = spawn_app().await;
        app.get(&format!("/login?lang={lang}")).await;
        let mut pages = vec![app.get_html("/login").await, app.get_html("/nope").await];
        pages.push(
            app.post_form("/login", "/login", &[])
                .await
                .text()
                .await
                .unwrap(),
        );
        pages.push(app.get_html("/login?expired=1").await);
        pages.push(
            app.post_form("/kit", "/kit", &[])
                .await
                .text()
                .await
                .unwrap(),
        );
        app.login_ok(ADMIN).await;
        for p in ["/", "/admin", "/kit", "/directory", "/directory/meta"] {
            pages.push(app.get_html(p).await);
        }
        pages.push(app.post_raw("/logout", &[]).await.text().await.unwrap());
        for html in pages {
            assert!(!html.contains("Unknown localization"), "{lang}: {html}");
        }
    }
}

#[tokio::test]
async fn a_failing_database_gives_a_themed_500_not_a_crash() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    app.state.store.close().await;
    let res = app.get("/").await;
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Sorry, there is a problem with casebridge"),
        "{html}"
    );
    assert!(html.contains("Nothing you entered has been lost"));
    assert!(
        !html.contains("sqlx") && !html.contains("pool"),
        "no internals shown"
    );
}

#[tokio::test]
async fn a_request_the_app_cannot_read_gets_a_themed_400_and_changes_nothing() {
    let app = spawn_app().await;
    let token = app.csrf_token("/login").await;
    // A JSON body where a form is expected.
    let res = app
        .client
        .post(app.url("/login"))
        .header("content-type", "application/json")
        .header("x-csrf-token", &token)
        .body(r#"{"email":"officer@cyber-unit.police.test"}"#)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error(), "{}", res.status());
    let html = res.text().await.unwrap();
    assert!(
        html.contains("The request could not be understood"),
        "{html}"
    );
    assert_eq!(
        app.get("/").await.status(),
        StatusCode::SEE_OTHER,
        "not signed in"
    );
}

#[tokio::test]
async fn every_page_names_a_favicon_that_is_there() {
    let app = spawn_app().await;
    let html = app.get_html("/login").await;
    assert!(
        html.contains(r#"<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">"#),
        "{html}"
    );
    // Browsers that ask for the old name get the same icon, not a 404.
    for path in ["/static/favicon.svg", "/favicon.ico"] {
        let res = app.get(path).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(res.headers()["content-type"], "image/svg+xml");
        assert!(res.text().await.unwrap().starts_with("<svg"), "{path}");
    }
}

#[tokio::test]
async fn the_glossary_explains_the_terms_and_every_page_and_the_guidance_link_to_it() {
    let db = TestDb::new().await;
    let mut config = test_config(&db);
    config.support_contact = Some("help@casebridge-ops.test".into());
    let app = spawn_with(db, config).await;
    let page = app.get_html("/glossary").await;
    for (anchor, words) in [
        ("cgnat", "source port"),
        ("pdq", "256 bits"),
        ("mlat", "treaty"),
        ("preservation", "keep the records"),
        ("edr", "serious harm"),
        ("industry-classification", "lascivious"),
    ] {
        assert!(
            page.contains(&format!(r#"id="{anchor}""#)),
            "{anchor} has its anchor"
        );
        assert!(page.contains(words), "{anchor} is explained");
    }
    let login = app.get_html("/login").await;
    assert!(
        login.contains(r#"href="/glossary""#),
        "the footer links the glossary"
    );
    assert!(
        login.contains(r#"href="mailto:help@casebridge-ops.test" id="support-contact""#),
        "the operator's support contact is in the footer"
    );
    app.login_ok(OFFICER).await;
    let id = crate::requests::draft_of(&app, "example-social", "subscriber").await;
    let step = app.get_html(&format!("/requests/{id}/basis")).await;
    assert!(
        step.contains("explained in the glossary"),
        "the guidance points to the glossary"
    );
    let korean = app.get_html("/glossary?lang=ko").await;
    assert!(
        korean.contains("통신사 NAT"),
        "the glossary reads in Korean"
    );
}
