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

/// The session cookie set at sign-in, among a response's cookies.
fn session_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("casebridge_session="))
        .map(str::to_string)
}

#[tokio::test]
async fn session_id_changes_at_login_and_cookie_is_locked_down() {
    let app = spawn_app().await;
    let before = app.get("/login").await;
    assert_eq!(session_cookie(&before), None, "no session before sign-in");
    let token_cookie = before
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(token_cookie.starts_with("casebridge_login="));
    assert!(token_cookie.contains("HttpOnly"));
    assert!(token_cookie.contains("SameSite=Lax"));
    assert!(!token_cookie.contains("Secure"), "plain http in tests");

    // An id planted in the browser before sign-in is replaced at sign-in.
    let planted = "casebridge_session=AAAAAAAAAAAAAAAAAAAAAA";
    let html = before.text().await.unwrap();
    let token = hidden_value(&html, "csrf_token").unwrap();
    let res = app
        .client
        .post(app.url("/login"))
        .header(
            "cookie",
            format!("{planted}; {}", token_cookie.split(';').next().unwrap()),
        )
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", OFFICER.0),
            ("password", OFFICER.1),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let after = session_cookie(&res).expect("a session at sign-in");
    assert!(after.contains("HttpOnly") && after.contains("SameSite=Lax"));
    let id_after = after.split(';').next().unwrap().to_string();
    assert_ne!(planted, id_after, "a new session id at sign-in");

    // The planted id opens nothing.
    let fixated = new_client();
    let res = fixated
        .get(app.url("/"))
        .header("cookie", planted)
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
        let state = app.state.clone();
        let email = email.clone();
        tokio::spawn(async move {
            log_in(&state, &email, &format!("guess-{i}-wrong"), "203.0.113.66").await
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
    let stranger = log_in(&app.state, &email, OFFICER.1, "203.0.113.66").await;
    assert!(
        matches!(stranger.unwrap(), LoginOutcome::AccountThrottled { .. }),
        "even the right password waits at the guessing address"
    );
    let owner = log_in(&app.state, &email, OFFICER.1, "198.51.100.20").await;
    assert!(
        matches!(owner.unwrap(), LoginOutcome::SignedIn(_)),
        "the owner elsewhere still signs in"
    );
}

/// `n` wrong passwords on the officer's account, one from each of `n`
/// documentation addresses starting at `first` (203.0.113.x).
async fn guesses_from_many_addresses(app: &TestApp, first: u8, n: u8) {
    use casebridge::accounts::{LoginOutcome, log_in};
    let email = casebridge::domain::email::EmailAddress::parse(OFFICER.0).unwrap();
    for i in first..first + n {
        let out = log_in(
            &app.state,
            &email,
            "wrong-guess-xyz",
            &format!("203.0.113.{i}"),
        )
        .await
        .unwrap();
        assert!(matches!(out, LoginOutcome::Refused), "{i}: {out:?}");
    }
}

/// Guesses spread over many addresses slow down for every address the
/// account does not know: one minute after the tenth failure, then two,
/// then four, by the app's clock. The owner at an address they signed in
/// from before is not slowed.
#[tokio::test]
async fn guesses_from_many_addresses_wait_longer_each_time_but_the_owner_at_a_known_address_does_not()
 {
    use casebridge::accounts::{LoginOutcome, log_in};
    use jiff::SignedDuration;
    let start = jiff::Timestamp::now();
    let clock = casebridge::app::Clock::manual(start);
    let app = spawn_with_clock(clock.clone()).await;
    let email = casebridge::domain::email::EmailAddress::parse(OFFICER.0).unwrap();
    let at = |ip: &'static str, pass: &'static str| {
        let state = app.state.clone();
        let email = email.clone();
        async move { log_in(&state, &email, pass, ip).await.unwrap() }
    };
    // The owner signs in from the office once: that address is known.
    assert!(matches!(
        at("198.51.100.20", OFFICER.1).await,
        LoginOutcome::SignedIn(_)
    ));

    guesses_from_many_addresses(&app, 1, 10).await;
    let mut waited = Vec::new();
    for _ in 0..3 {
        // A new address, even with the right password, waits.
        let LoginOutcome::AccountThrottled { minutes } = at("192.0.2.200", OFFICER.1).await else {
            panic!("a new address is slowed after ten failures");
        };
        waited.push(minutes);
        // The owner at the known address is not.
        assert!(matches!(
            at("198.51.100.20", OFFICER.1).await,
            LoginOutcome::SignedIn(_)
        ));
        // Once the wait is over, the next guess is checked (and fails),
        // which makes the next wait longer.
        clock.set(clock.now() + SignedDuration::from_mins(minutes) + SignedDuration::from_secs(1));
        assert!(matches!(
            at("192.0.2.201", "still-wrong-guess").await,
            LoginOutcome::Refused
        ));
    }
    assert_eq!(waited, vec![1, 2, 4]);

    // In the browser, the wait is said in minutes, in the user's language.
    let res = app.login(OFFICER).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Wait 8 minutes, then try again"),
        "the next wait doubles again"
    );
}

/// A stranger locked out at their own address leaves the owner free, at a
/// known address and at a new one alike (until the account-wide delay).
#[tokio::test]
async fn a_stranger_throttled_at_their_address_cannot_lock_the_owner_out() {
    use casebridge::accounts::{LoginOutcome, log_in};
    let app = spawn_app().await;
    let email = casebridge::domain::email::EmailAddress::parse(OFFICER.0).unwrap();
    for _ in 0..12 {
        log_in(&app.state, &email, "stranger-guess", "203.0.113.9")
            .await
            .unwrap();
    }
    let stranger = log_in(&app.state, &email, OFFICER.1, "203.0.113.9").await;
    assert!(matches!(
        stranger.unwrap(),
        LoginOutcome::AccountThrottled { minutes: 15 }
    ));
    // Refused attempts were no guesses: only five passwords were checked,
    // so the owner at a new address is not slowed either.
    app.login_ok(OFFICER).await;
}

/// The throttle's account key is an HMAC-SHA256 under the server's secret:
/// the configured one, or one made at first start and kept in the database
/// (the same after a restart).
#[tokio::test]
async fn the_throttle_key_is_an_hmac_under_the_server_secret() {
    use hmac::{Hmac, Mac};
    use sha2::{Digest, Sha256};
    let expected = |secret: &str| {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(b"login-throttle\0");
        mac.update(OFFICER.0.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    };
    let keys = |app: &TestApp| {
        let url = app.db.url.clone();
        async move { query_strings(&url, "SELECT account_key FROM login_attempts ORDER BY id").await }
    };

    // Configured.
    let db = TestDb::new().await;
    let mut config = test_config(&db);
    let secret = "a-configured-secret-of-forty-characters!";
    config.server_secret = Some(casebridge::config::Secret::new(secret.into()));
    let app = spawn_with(db, config).await;
    app.login((OFFICER.0, "wrong-password!")).await;
    let stored = keys(&app).await;
    assert_eq!(stored, vec![expected(secret)]);
    assert_ne!(stored[0], hex::encode(Sha256::digest(OFFICER.0.as_bytes())));

    // Generated at first start, kept, and the same after a restart.
    let app = spawn_app().await;
    let secrets = query_strings(&app.db.url, "SELECT value FROM server_secrets").await;
    assert_eq!(secrets.len(), 1);
    assert!(secrets[0].len() >= 64, "256 random bits");
    app.login((OFFICER.0, "wrong-password!")).await;
    assert_eq!(keys(&app).await, vec![expected(&secrets[0])]);
    let again = casebridge::startup::Application::build(test_config(&app.db))
        .await
        .unwrap();
    drop(again);
    assert_eq!(
        query_strings(&app.db.url, "SELECT value FROM server_secrets").await,
        secrets
    );
}
