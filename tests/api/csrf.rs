use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn login_without_a_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    app.get("/login").await; // a session with a token exists
    let res = app
        .post_raw("/login", &[("email", OFFICER.0), ("password", OFFICER.1)])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("This form has expired"),
        "themed page explains"
    );
    assert_eq!(
        app.get("/").await.status(),
        StatusCode::SEE_OTHER,
        "not signed in"
    );
    let audit = app.state.store.recent_audit(20).await.unwrap();
    assert!(
        audit.iter().all(|a| !a.action.starts_with("login")),
        "no attempt recorded"
    );
}

#[tokio::test]
async fn a_wrong_token_is_refused() {
    let app = spawn_app().await;
    app.get("/login").await;
    let res = app
        .post_raw(
            "/login",
            &[
                ("csrf_token", "0000"),
                ("email", OFFICER.0),
                ("password", OFFICER.1),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn another_sessions_token_is_refused() {
    let app = spawn_app().await;
    let other = new_client();
    let html = other
        .get(app.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let foreign = hidden_value(&html, "csrf_token").unwrap();
    app.get("/login").await;
    let res = app
        .post_raw(
            "/login",
            &[
                ("csrf_token", &foreign),
                ("email", OFFICER.0),
                ("password", OFFICER.1),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn logout_needs_a_token_too() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let res = app.post_raw("/logout", &[]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.get("/").await.status(),
        StatusCode::OK,
        "still signed in"
    );
}

#[tokio::test]
async fn cross_site_posts_are_refused_even_with_a_token() {
    let app = spawn_app().await;
    let token = app.csrf_token("/login").await;
    let body = format!("csrf_token={token}&email=a%40b.test&password=x");
    let res = app
        .client
        .post(app.url("/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn every_post_form_carries_the_token() {
    let app = spawn_app().await;
    app.login_ok(ADMIN).await;
    for page in ["/", "/admin", "/kit"] {
        let html = app.get_html(page).await;
        let doc = scraper::Html::parse_document(&html);
        let forms = scraper::Selector::parse(r#"form[method="post"]"#).unwrap();
        let token = scraper::Selector::parse(r#"input[name="csrf_token"]"#).unwrap();
        let mut n = 0;
        for f in doc.select(&forms) {
            n += 1;
            assert!(
                f.select(&token).next().is_some(),
                "a form on {page} lacks the token"
            );
        }
        assert!(n > 0, "{page} has forms");
    }
}
