//! Strangers are cheap: a visit that signs no one in writes no session row
//! and sets no session cookie; the sign-in form's CSRF token is a signed
//! cookie; bodies are limited per route.

use reqwest::StatusCode;

use crate::helpers::*;
use crate::request_flow::walk_to_check;

async fn session_rows(app: &TestApp) -> usize {
    query_strings(&app.db.url, "SELECT CAST(COUNT(*) AS TEXT) FROM sessions").await[0]
        .parse()
        .unwrap()
}

fn sets_session_cookie(res: &reqwest::Response) -> bool {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|c| c.starts_with("casebridge_session="))
}

#[tokio::test]
async fn three_hundred_anonymous_requests_write_no_session() {
    let app = spawn_app().await;
    let before = session_rows(&app).await;
    let paths = [
        ("/login", StatusCode::OK),
        ("/api/v1/me", StatusCode::UNAUTHORIZED),
        ("/no/such/page", StatusCode::NOT_FOUND),
        ("/healthz", StatusCode::OK),
        ("/static/casebridge.css", StatusCode::OK),
    ];
    for i in 0..300 {
        let (path, status) = paths[i % paths.len()];
        // A new browser each time, as a crawler or a flood would be.
        let res = new_client().get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), status, "{path}");
        assert!(!sets_session_cookie(&res), "{path} set a session cookie");
    }
    assert_eq!(session_rows(&app).await, before, "no session row written");
    // A signed-in user still gets a session.
    app.login_ok(OFFICER).await;
    assert_eq!(session_rows(&app).await, before + 1);
}

/// The cookie `casebridge_login=…` and the form token of a fresh sign-in
/// page.
async fn sign_in_page(browser: &reqwest::Client, app: &TestApp) -> (String, String) {
    let res = browser.get(app.url("/login")).send().await.unwrap();
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("casebridge_login="))
        .expect("the token cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let token = hidden_value(&res.text().await.unwrap(), "csrf_token").unwrap();
    (cookie, token)
}

async fn post_login(app: &TestApp, cookie: Option<&str>, token: &str) -> reqwest::Response {
    let mut req = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", token),
            ("email", OFFICER.0),
            ("password", OFFICER.1),
        ]);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn the_sign_in_token_lives_in_a_signed_cookie_and_forgeries_are_refused() {
    let start = jiff::Timestamp::now();
    let clock = casebridge::app::Clock::manual(start);
    let app = spawn_with_clock(clock.clone()).await;
    let browser = new_client();
    let (cookie, token) = sign_in_page(&browser, &app).await;
    assert!(cookie.contains(&token), "the cookie carries the token");

    // Missing cookie, a token of another page, a forged signature, a
    // forged token with a stolen signature: all refused, nothing recorded.
    let (_, other_token) = sign_in_page(&new_client(), &app).await;
    let forged_tag = format!("{}0", &cookie[..cookie.len() - 1]);
    let forged_tag = if forged_tag == cookie {
        format!("{}1", &cookie[..cookie.len() - 1])
    } else {
        forged_tag
    };
    let swapped = cookie.replacen(&token, &other_token, 1);
    for (what, c, t) in [
        ("no cookie", None, token.as_str()),
        (
            "another page's token",
            Some(cookie.as_str()),
            other_token.as_str(),
        ),
        (
            "forged signature",
            Some(forged_tag.as_str()),
            token.as_str(),
        ),
        (
            "token swapped in",
            Some(swapped.as_str()),
            other_token.as_str(),
        ),
    ] {
        let res = post_login(&app, c, t).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{what}");
        assert!(res.text().await.unwrap().contains("This form has expired"));
    }
    let audit = app.state.store.recent_audit(20).await.unwrap();
    assert!(audit.iter().all(|a| !a.action.starts_with("login")));

    // After its lifetime the cookie is refused too.
    clock.set(start + jiff::SignedDuration::from_hours(3));
    let res = post_login(&app, Some(&cookie), &token).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "expired");

    // A fresh page signs in, and the cookie is cleared once a session holds
    // the token.
    let (cookie, token) = sign_in_page(&browser, &app).await;
    let res = post_login(&app, Some(&cookie), &token).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(
        res.headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|c| c.starts_with("casebridge_login=;") && c.contains("Max-Age=0"))
    );
    assert!(sets_session_cookie(&res));
    assert_eq!(session_rows(&app).await, 1);
}

#[tokio::test]
async fn bodies_are_limited_per_route() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let token = app.csrf_token("/").await;

    // A normal form: a body of 300 KiB is refused with a clear page.
    let big = "x".repeat(300 * 1024);
    let res = app
        .post_raw("/logout", &[("csrf_token", &token), ("note", &big)])
        .await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let html = res.text().await.unwrap();
    assert!(html.contains("What you sent is too large"), "{html}");
    assert_eq!(
        app.get("/").await.status(),
        StatusCode::OK,
        "still signed in"
    );

    // The JSON API: a document of 2 MiB is refused, structured.
    let api_token = token_for(&app, OFFICER.0).await;
    let doc = serde_json::json!({ "padding": "y".repeat(2 * 1024 * 1024) });
    let res = api(
        &app,
        &api_token,
        reqwest::Method::POST,
        "/api/v1/requests/validate",
        Some(&doc),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", res.json);

    // The legal-process upload keeps its large limit: a 2 MiB PDF, far
    // over the form limit, is accepted.
    let id = walk_to_check(&app, "subscriber").await;
    let pdf = pdf_of_size(2 * 1024 * 1024);
    let res = crate::request_flow::upload(&app, &id, &pdf, "order.pdf", "yes").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), format!("/requests/{id}/check"));
}

/// A plain, valid PDF of about `size` bytes (a scanned order is this big).
fn pdf_of_size(size: usize) -> Vec<u8> {
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages = doc.new_object_id();
    let line = b"0 0 m 595 842 l S\n";
    let content = doc.add_object(Stream::new(dictionary! {}, line.repeat(size / line.len())));
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages,
        "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page.into()],
            "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// The session's idle timer reads the app's clock: moved past the idle
/// time, the session is gone.
#[tokio::test]
async fn the_idle_timer_follows_the_apps_clock() {
    let start = jiff::Timestamp::now();
    let clock = casebridge::app::Clock::manual(start);
    let app = spawn_with_clock(clock.clone()).await;
    app.login_ok(OFFICER).await;
    clock.set(start + jiff::SignedDuration::from_mins(10));
    assert_eq!(app.get("/").await.status(), StatusCode::OK);
    clock.set(start + jiff::SignedDuration::from_mins(45));
    let res = app.get("/").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).contains("expired=1"));
}
