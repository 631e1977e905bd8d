use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn login_then_dashboard_then_logout() {
    let app = spawn_app().await;
    // Signed out, the dashboard sends you to sign in and back.
    let res = app.get("/").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/login?next=/");

    let res = app.login(OFFICER).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/");
    let html = app.get_html("/").await;
    assert!(
        html.contains("Insp. Dana Villanueva"),
        "dashboard names the officer"
    );
    assert!(html.contains("Demo Police Cyber Unit"));
    assert!(html.contains("Demo organisation"), "demo banner is shown");

    let res = app.post_form("/logout", "/", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/login?signed_out=1");
    assert!(
        app.get_html("/login?signed_out=1")
            .await
            .contains("You have signed out")
    );
    assert_eq!(
        app.get("/").await.status(),
        StatusCode::SEE_OTHER,
        "signed out for real"
    );
}

#[tokio::test]
async fn returns_to_the_page_asked_for_but_never_off_site() {
    for (next, expected) in [
        ("/admin", "/admin"),
        ("//evil.example/", "/"),
        ("https://evil.example/", "/"),
        // Browsers drop the tab, leaving //evil.example.
        ("/\t/evil.example", "/"),
        // A line break once answered 500 after a correct password.
        ("/\n", "/"),
    ] {
        let app = spawn_app().await;
        let token = app.csrf_token("/login").await;
        let fields = [
            ("csrf_token", token.as_str()),
            ("email", ADMIN.0),
            ("password", ADMIN.1),
            ("next", next),
        ];
        let res = app.post_raw("/login", &fields).await;
        assert_eq!(location(&res), expected, "next={next}");
    }
}

#[tokio::test]
async fn wrong_password_is_refused_with_a_clear_message_and_audited() {
    let app = spawn_app().await;
    let res = app.login((OFFICER.0, "not-the-password")).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        title(&html).starts_with("Error:"),
        "title says there is an error"
    );
    assert!(html.contains("The email address or password is not correct"));
    assert!(
        html.contains(&format!(r#"value="{}""#, OFFICER.0)),
        "email is kept"
    );
    assert!(
        !html.contains("not-the-password"),
        "password is never echoed"
    );
    assert_eq!(
        app.get("/").await.status(),
        StatusCode::SEE_OTHER,
        "not signed in"
    );

    let audit = app.state.store.recent_audit(10).await.unwrap();
    let failed = audit
        .iter()
        .find(|a| a.action == "login.failed")
        .expect("audited");
    assert!(failed.actor_user_id.is_some(), "the account is named by id");
    assert_eq!(failed.ip.as_deref(), Some("127.0.0.1"));
    assert!(!failed.detail.contains("not-the-password"));

    // An unknown account gets the same answer, and is not stored by address.
    let res = app.login(("nobody@police.gov.ph", "whatever-it-is")).await;
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("The email address or password is not correct")
    );
    let audit = app.state.store.recent_audit(10).await.unwrap();
    assert!(
        audit
            .iter()
            .all(|a| !a.subject.contains("nobody") && !a.detail.contains("nobody"))
    );
}

#[tokio::test]
async fn successful_login_is_audited() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let audit = app.state.store.recent_audit(5).await.unwrap();
    assert_eq!(audit[0].action, "login.succeeded");
}

#[tokio::test]
async fn empty_form_shows_an_error_summary_linking_to_each_field() {
    let app = spawn_app().await;
    let res = app
        .post_form("/login", "/login", &[("email", ""), ("password", "")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(title(&html).starts_with("Error: "));
    let doc = scraper::Html::parse_document(&html);
    let sel = |s| scraper::Selector::parse(s).unwrap();
    let summary: Vec<(String, String)> = doc
        .select(&sel(".cb-error-summary__list a"))
        .map(|a| {
            (
                a.value().attr("href").unwrap().to_string(),
                a.text().collect(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("#email".to_string(), "Enter an email address".to_string()),
            ("#password".to_string(), "Enter your password".to_string()),
        ]
    );
    // Each field shows the same message inline, tied to the input.
    let inline: Vec<String> = doc
        .select(&sel(".cb-error-message"))
        .map(|e| e.text().collect())
        .collect();
    assert!(inline[0].contains("Enter an email address"));
    let email = doc.select(&sel("input#email")).next().unwrap();
    assert!(
        email
            .value()
            .attr("aria-describedby")
            .unwrap()
            .contains("email-error")
    );
    // The summary comes before the page heading.
    assert!(html.find("cb-error-summary").unwrap() < html.find("<h1").unwrap());
}

#[tokio::test]
async fn malformed_email_gets_its_own_message() {
    let app = spawn_app().await;
    let res = app
        .post_form(
            "/login",
            "/login",
            &[("email", "dana at police"), ("password", "x")],
        )
        .await;
    let html = res.text().await.unwrap();
    assert!(html.contains("Enter an email address in the correct format"));
    assert!(
        html.contains(r#"value="dana at police""#),
        "what was typed is kept"
    );
}

#[tokio::test]
async fn five_failures_lock_the_account_even_for_the_right_password() {
    let app = spawn_app().await;
    for _ in 0..5 {
        app.login((OFFICER.0, "wrong-password!")).await;
    }
    let res = app.login(OFFICER).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Too many failed attempts to sign in to this account"),
        "{html}"
    );
    assert!(html.contains("15 minutes"));
    // Other accounts are unaffected.
    app.login_ok(ANALYST).await;
    let audit = app.state.store.recent_audit(20).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "login.throttled_account"));
}

#[tokio::test]
async fn many_failures_from_one_address_lock_that_address() {
    let app = spawn_app().await;
    for i in 0..20 {
        let email = format!("guess{i}@police.gov.ph");
        app.login((&email, "guessing-password")).await;
    }
    let res = app.login(ANALYST).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("from this network"));
}

#[tokio::test]
async fn session_id_changes_at_login_and_cookie_is_locked_down() {
    let app = spawn_app().await;
    let before = app.get("/login").await;
    let cookie = before
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "plain http in tests");
    let id_before = cookie.split(';').next().unwrap().to_string();

    let res = app.login(OFFICER).await;
    let after = res
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    let id_after = after.split(';').next().unwrap().to_string();
    assert!(id_after.starts_with("casebridge_session="));
    assert_ne!(id_before, id_after, "a new session id at sign-in");

    // The old id no longer opens the signed-in session.
    let fixated = new_client();
    let res = fixated
        .get(app.url("/"))
        .header("cookie", id_before)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn cookies_are_secure_behind_https() {
    let db = TestDb::new().await;
    let mut config = test_config(&db);
    config.public_url = Some("https://casebridge.example".into());
    let app = spawn_with(db, config).await;
    let res = app.get("/login").await;
    let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.contains("Secure"));
    assert!(res.headers().get("strict-transport-security").is_some());
}

#[tokio::test]
async fn idle_session_expires_with_an_explanation() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    assert_eq!(app.get("/").await.status(), StatusCode::OK);
    assert!(
        app.get_html("/")
            .await
            .contains("30 minutes without activity"),
        "users are warned"
    );

    // Time passes: the session's expiry is now in the past.
    expire_all_sessions(&app).await;
    let res = app.get("/").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = location(&res);
    assert!(to.contains("expired=1"), "{to}");
    let html = app.get_html(&to).await;
    assert!(html.contains("You were signed out because there was no activity for 30 minutes"));
}

async fn expire_all_sessions(app: &TestApp) {
    exec_sql(
        &app.db.url,
        "UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z'",
    )
    .await;
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in() {
    let app = spawn_app().await;
    exec_sql(
        &app.db.url,
        "UPDATE users SET disabled = TRUE WHERE email = 'officer@cyber-unit.police.test'",
    )
    .await;
    let res = app.login(OFFICER).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn stay_signed_in_extends_the_session_and_needs_the_token() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let html = app.get_html("/").await;
    assert!(
        html.contains(r#"data-idle-seconds="1800""#),
        "the warning script knows the idle time"
    );
    assert!(
        html.contains(r#"id="timeout-warning""#) && html.contains("hidden>"),
        "warning ready, hidden"
    );
    assert!(html.contains(r#"<script src="/static/timeout.js?v="#));
    let token = hidden_value(&html, "csrf_token").unwrap();

    let res = app
        .client
        .post(app.url("/session/keepalive"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "no token, no effect");
    let res = app
        .client
        .post(app.url("/session/keepalive"))
        .header("x-csrf-token", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert!(
        res.headers().get("set-cookie").is_some(),
        "expiry pushed back"
    );

    let js = app.get("/static/timeout.js").await;
    assert!(
        js.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(js.text().await.unwrap().contains("/session/keepalive"));
}

/// Thirty wrong passwords in parallel on one account: each attempt counts
/// before its password is checked, so no more than the limit are checked.
/// And a stranger's failures from one address do not lock the owner out
/// at another.
#[tokio::test]
async fn parallel_guesses_stop_at_the_limit_and_a_stranger_cannot_lock_the_owner_out() {
    use casebridge::accounts::{LoginOutcome, MAX_FAILURES_PER_ACCOUNT, log_in};
    use casebridge::domain::email::EmailAddress;
    let app = spawn_app().await;
    let email = EmailAddress::parse(OFFICER.0).unwrap();
    let guesses = (0..30).map(|i| {
        let store = app.state.store.clone();
        let email = email.clone();
        tokio::spawn(async move {
            log_in(&store, &email, &format!("guess-{i}-wrong"), "203.0.113.66").await
        })
    });
    let mut checked = 0;
    for g in guesses {
        if matches!(g.await.unwrap().unwrap(), LoginOutcome::Refused) {
            checked += 1;
        }
    }
    assert!(
        checked <= MAX_FAILURES_PER_ACCOUNT,
        "{checked} passwords checked, the limit is {MAX_FAILURES_PER_ACCOUNT}"
    );
    let stranger = log_in(&app.state.store, &email, OFFICER.1, "203.0.113.66").await;
    assert!(
        matches!(stranger.unwrap(), LoginOutcome::AccountThrottled { .. }),
        "even the right password waits at the guessing address"
    );
    let owner = log_in(&app.state.store, &email, OFFICER.1, "198.51.100.20").await;
    assert!(
        matches!(owner.unwrap(), LoginOutcome::SignedIn(_)),
        "the owner elsewhere still signs in"
    );
}
