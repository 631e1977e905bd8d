//! Accounts for a real deployment: sign-up with a link sent through a real
//! SMTP server (aiosmtpd), approval by the organisation's admin, TOTP at
//! first sign-in, password reset, organisation admins kept to their own
//! organisation, and disabling that ends sessions on another instance.

use casebridge::accounts::second_factor::code_at;
use casebridge::accounts::{NewAccount, add_org, add_user};
use casebridge::app::Clock;
use casebridge::app::delivery::Transports;
use casebridge::config::{Config, SmtpConfig, SmtpTls};
use casebridge::domain::{country::CountryCode, email::EmailAddress, org::OrgKind, role::Role};
use casebridge::startup::Application;
use regex::Regex;
use reqwest::StatusCode;

use crate::helpers::*;
use crate::smtp::{SmtpServer, available, free_port, read_message};

const FROM: &str = "casebridge@mail.casebridge.test";
const STRONG: &str = "harbour lantern quietly seven";
const ADMIN_OF_UNIT: (&str, &str) = ("people@ccu.pnp.gov.ph", "orchid basalt ferry ninety");

fn smtp_config(db: &TestDb, port: Option<u16>) -> Config {
    let mut config = test_config(db);
    config.smtp = port.map(|port| SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        tls: SmtpTls::None,
        username: None,
        password: None,
        from: FROM.into(),
        timeout_seconds: 10,
        ca_file: None,
    });
    config.delivery.worker = false;
    config
}

/// Sends what the outbox holds, at the app's time.
async fn deliver(app: &TestApp) -> usize {
    let transports = Transports::from_config(&app.state.config).unwrap();
    app.state.deliver_due(&transports, 20).await.unwrap().sent
}

/// A real (not demo) agency in the Philippines with its own admin.
async fn agency_with_admin(app: &TestApp) -> String {
    let org = add_org(
        &app.state.store,
        app.state.directory.get(),
        OrgKind::Agency,
        "Cyber Crime Unit (fictional)",
        CountryCode::parse("PH").unwrap(),
        false,
    )
    .await
    .unwrap();
    add_user(
        &app.state.store,
        app.state.directory.get(),
        &NewAccount {
            org_slug: &org.slug,
            email: &EmailAddress::parse(ADMIN_OF_UNIT.0).unwrap(),
            display_name: "Supt. Marisol Ocampo",
            role: Role::OrgAdmin,
            password: Some(ADMIN_OF_UNIT.1),
        },
    )
    .await
    .unwrap();
    org.slug
}

/// The link in the newest message the SMTP server kept for `to`.
fn link_in(server: &SmtpServer, to: &str, path: &str) -> String {
    let message = server
        .messages()
        .into_iter()
        .rev()
        .find(|m| server.recipients(m).iter().any(|r| r == to))
        .unwrap_or_else(|| panic!("no message to {to}"));
    let text = read_message(&message)["text"].as_str().unwrap().to_string();
    let re = Regex::new(&format!(r"{}\?token=([0-9a-f]{{64}})", regex::escape(path))).unwrap();
    re.captures(&text)
        .unwrap_or_else(|| panic!("no {path} link in: {text}"))[1]
        .to_string()
}

async fn sign_up(app: &TestApp, email: &str, agency: &str) -> reqwest::Response {
    app.post_form(
        "/signup",
        "/signup",
        &[
            ("email", email),
            ("name", "Insp. Joaquin Reyes"),
            ("agency", agency),
            ("password", STRONG),
        ],
    )
    .await
}

async fn audit_actions(app: &TestApp) -> Vec<String> {
    query_strings(&app.db.url, "SELECT action FROM audit_log ORDER BY id").await
}

#[tokio::test]
async fn an_officer_signs_up_is_approved_by_the_agency_s_admin_sets_up_totp_and_signs_in() {
    if !available() {
        return;
    }
    let server = SmtpServer::start(free_port(), None);
    let db = TestDb::new().await;
    let config = smtp_config(&db, Some(server.port));
    let app = spawn_with(db, config).await;
    let unit = agency_with_admin(&app).await;
    let officer = "joaquin.reyes@ccu.pnp.gov.ph";

    let res = sign_up(&app, officer, &unit).await;
    assert_eq!(location(&res), "/signup?sent=1");
    assert!(
        app.get_html("/signup?sent=1")
            .await
            .contains("Check your email")
    );
    assert_eq!(
        deliver(&app).await,
        1,
        "the link goes out through the outbox"
    );
    let token = link_in(&server, officer, "/signup/verify");

    // Not before the address is confirmed.
    let refused = app.login((officer, STRONG)).await.text().await.unwrap();
    assert!(
        refused.contains("Confirm your email address first"),
        "{refused}"
    );

    // The link shows a button; only pressing it confirms.
    let page = app.get_html(&format!("/signup/verify?token={token}")).await;
    assert!(page.contains("Confirm my address"));
    let res = app
        .post_form(
            "/signup/verify",
            &format!("/signup/verify?token={token}"),
            &[("token", &token)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let said = res.text().await.unwrap();
    assert!(
        said.contains("Your organisation’s admin will approve your account: Supt. Marisol Ocampo"),
        "the page says who approves: {said}"
    );
    // The link worked once.
    let again = app
        .post_form("/signup/verify", "/signup", &[("token", &token)])
        .await;
    assert_eq!(again.status(), StatusCode::GONE);

    let waiting = app.login((officer, STRONG)).await.text().await.unwrap();
    assert!(waiting.contains("waiting for approval"), "{waiting}");

    // The agency's admin is told, signs in (setting up their own second
    // factor) and approves.
    assert_eq!(deliver(&app).await, 1);
    let admin = app.new_browser();
    let res = admin.login(ADMIN_OF_UNIT).await;
    assert_eq!(
        location(&res),
        "/login/second-factor/setup",
        "an admin needs a second factor"
    );
    admin
        .pass_second_factor(ADMIN_OF_UNIT.0, "/login/second-factor/setup")
        .await;
    let people = admin.get_html("/org").await;
    assert!(people.contains("Waiting for approval") && people.contains(officer));
    let id = app
        .state
        .store
        .user_by_email(&EmailAddress::parse(officer).unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    let res = admin
        .post_form(
            &format!("/org/people/{id}"),
            "/org",
            &[("action", "approve")],
        )
        .await;
    assert_eq!(location(&res), "/org?done=approved");
    assert_eq!(
        deliver(&app).await,
        2,
        "the officer is told, and the admin that their second factor was set up"
    );

    // First sign-in: the second factor is set up with the QR code's key.
    let res = app.login((officer, STRONG)).await;
    assert_eq!(location(&res), "/login/second-factor/setup");
    let setup = app.get_html("/login/second-factor/setup").await;
    assert!(setup.contains("<svg"), "a QR code drawn as SVG");
    let secret = Regex::new(r#"id="totp-secret">([A-Z2-7]+)<"#)
        .unwrap()
        .captures(&setup)
        .unwrap()[1]
        .to_string();
    let wrong = app
        .post_form(
            "/login/second-factor/setup",
            "/login/second-factor/setup",
            &[("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        location(&app.get("/").await).starts_with("/login"),
        "not signed in yet"
    );
    let code = code_at(&secret, app.state.now()).unwrap();
    let res = app
        .post_form(
            "/login/second-factor/setup",
            "/login/second-factor/setup",
            &[("code", &code)],
        )
        .await;
    let codes = res.text().await.unwrap();
    assert_eq!(
        codes.matches("<li><code>").count(),
        10,
        "ten recovery codes"
    );
    let res = app
        .post_form(
            "/login/second-factor/setup",
            "/login/second-factor",
            &[("action", "done")],
        )
        .await;
    assert_eq!(location(&res), "/");
    let home = app.get_html("/").await;
    assert!(home.contains("Insp. Joaquin Reyes"), "signed in");

    let actions = audit_actions(&app).await;
    for a in [
        "signup.started",
        "signup.verified",
        "signup.approved",
        "second_factor.enrolled",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
}

#[tokio::test]
async fn links_expire_and_only_government_or_declared_domains_sign_up() {
    let clock = Clock::manual("2026-12-01T08:00:00Z".parse().unwrap());
    let app = spawn_with_clock(clock.clone()).await;
    let unit = agency_with_admin(&app).await;

    let res = sign_up(&app, "someone@mail.example", &unit).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Use your work email address")
            && page.contains("gov.ph")
            && page.contains("go.jp"),
        "the message names the allowed domains"
    );

    // An address that already has an account gets the same answer, and
    // no second account.
    let res = sign_up(&app, ADMIN_OF_UNIT.0, &unit).await;
    assert_eq!(location(&res), "/signup?sent=1");
    let users = query_strings(&app.db.url, "SELECT email FROM users").await;
    assert_eq!(users.iter().filter(|u| *u == ADMIN_OF_UNIT.0).count(), 1);

    // A link followed after 24 hours is refused.
    let officer = "late.officer@ccu.pnp.gov.ph";
    assert_eq!(
        location(&sign_up(&app, officer, &unit).await),
        "/signup?sent=1"
    );
    let token = outbox_link(&app, officer, "/signup/verify").await;
    clock.set("2026-12-02T08:00:01Z".parse().unwrap());
    let page = app.get(&format!("/signup/verify?token={token}")).await;
    assert_eq!(page.status(), StatusCode::GONE);
    let res = app
        .post_form("/signup/verify", "/signup", &[("token", &token)])
        .await;
    assert_eq!(res.status(), StatusCode::GONE);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("This link no longer works")
    );
    let states = query_strings(
        &app.db.url,
        "SELECT state FROM users WHERE email = 'late.officer@ccu.pnp.gov.ph'",
    )
    .await;
    assert_eq!(states, ["unverified"]);
}

/// The link in the newest account email to `to` as the outbox holds it
/// (no SMTP server needed).
async fn outbox_link(app: &TestApp, to: &str, path: &str) -> String {
    let rows = app.state.store.recent_deliveries(50).await.unwrap();
    let d = rows
        .iter()
        .find(|d| d.recipient == to)
        .unwrap_or_else(|| panic!("no mail to {to}"));
    let message = query_message(app, &d.public_id).await;
    let re = Regex::new(&format!(r"{}\?token=([0-9a-f]{{64}})", regex::escape(path))).unwrap();
    re.captures(&message).unwrap()[1].to_string()
}

async fn query_message(app: &TestApp, public_id: &str) -> String {
    let url = &app.db.url;
    let sql = "SELECT message FROM deliveries WHERE public_id = $1";
    let bytes: Vec<u8> = if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        sqlx::query_scalar(sql)
            .bind(public_id)
            .fetch_one(&pool)
            .await
            .unwrap()
    } else {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        sqlx::query_scalar(sql)
            .bind(public_id)
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    // Quoted-printable soft line breaks would split the link.
    String::from_utf8_lossy(&bytes)
        .replace("=\r\n", "")
        .replace("=3D", "=")
}

#[tokio::test]
async fn a_totp_code_is_good_once_within_a_step_either_side_and_a_recovery_code_once() {
    let clock = Clock::manual("2026-12-01T08:00:10Z".parse().unwrap());
    let app = spawn_with_clock(clock.clone()).await;
    let who = add_officer(
        &app,
        "Island Police (fictional)",
        "PH",
        "duty@island.pnp.gov.ph",
        false,
    )
    .await;

    let res = app.login(who).await;
    assert_eq!(location(&res), "/login/second-factor/setup");
    let setup = app.get_html("/login/second-factor/setup").await;
    let secret = Regex::new(r#"id="totp-secret">([A-Z2-7]+)<"#)
        .unwrap()
        .captures(&setup)
        .unwrap()[1]
        .to_string();
    let t0: jiff::Timestamp = "2026-12-01T08:00:10Z".parse().unwrap();
    let first = code_at(&secret, t0).unwrap();
    let res = app
        .post_form(
            "/login/second-factor/setup",
            "/login/second-factor/setup",
            &[("code", &first)],
        )
        .await;
    let html = res.text().await.unwrap();
    let recovery: Vec<String> = Regex::new(r"<li><code>([A-Z0-9-]+)</code></li>")
        .unwrap()
        .captures_iter(&html)
        .map(|c| c[1].to_string())
        .collect();
    app.post_form(
        "/login/second-factor/setup",
        "/login/second-factor",
        &[("action", "done")],
    )
    .await;

    let sign_in_with = |code: String| {
        let app = app.new_browser();
        async move {
            let res = app.login(who).await;
            assert_eq!(location(&res), "/login/second-factor");
            let res = app
                .post_form(
                    "/login/second-factor",
                    "/login/second-factor",
                    &[("code", &code)],
                )
                .await;
            (res.status(), res.text().await.unwrap())
        }
    };
    // The enrolment's own code, 20 s later: already used.
    clock.set("2026-12-01T08:00:30Z".parse().unwrap());
    let (status, page) = sign_in_with(first.clone()).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a code is good once"
    );
    assert!(page.contains("already used"));
    // The next step's code is accepted a step early (clock drift)…
    let t_next: jiff::Timestamp = "2026-12-01T08:01:00Z".parse().unwrap();
    let (status, _) = sign_in_with(code_at(&secret, t_next).unwrap()).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the adjacent step counts");
    // …and then not again, nor the older one.
    let (status, _) = sign_in_with(code_at(&secret, t_next).unwrap()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "replay refused");
    // Two steps away is too far.
    clock.set("2026-12-01T08:02:00Z".parse().unwrap());
    let far: jiff::Timestamp = "2026-12-01T08:03:05Z".parse().unwrap();
    let (status, _) = sign_in_with(code_at(&secret, far).unwrap()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = sign_in_with(code_at(&secret, clock.now()).unwrap()).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the current step's code");

    // A recovery code, typed loosely, works once.
    let loose = recovery[0].to_lowercase().replace('-', " ");
    let (status, _) = sign_in_with(loose.clone()).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "a recovery code signs in");
    let (status, _) = sign_in_with(loose).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "but only once");

    // Guessing is throttled: after five wrong codes the right one waits.
    let guesser = app.new_browser();
    assert_eq!(location(&guesser.login(who).await), "/login/second-factor");
    for _ in 0..4 {
        let res = guesser
            .post_form(
                "/login/second-factor",
                "/login/second-factor",
                &[("code", "123456")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    clock.set("2026-12-01T08:02:40Z".parse().unwrap());
    let (status, page) = sign_in_with(code_at(&secret, clock.now()).unwrap()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Too many wrong codes"), "{page}");
}

#[tokio::test]
async fn a_password_reset_link_works_once_and_signs_out_every_session() {
    let app = spawn_app().await;
    let who = add_officer(
        &app,
        "Harbour Police (fictional)",
        "PH",
        "desk@harbour.pnp.gov.ph",
        false,
    )
    .await;
    app.login_ok(who).await;
    assert!(app.get_html("/").await.contains("Another Officer"));

    let stranger = app.new_browser();
    let res = stranger
        .post_form(
            "/password/forgot",
            "/password/forgot",
            &[("email", "nobody@harbour.pnp.gov.ph")],
        )
        .await;
    assert_eq!(
        location(&res),
        "/password/forgot?sent=1",
        "the same answer for unknown addresses"
    );
    let res = stranger
        .post_form("/password/forgot", "/password/forgot", &[("email", who.0)])
        .await;
    assert_eq!(location(&res), "/password/forgot?sent=1");
    let mails = app.state.store.recent_deliveries(50).await.unwrap();
    assert!(
        mails
            .iter()
            .all(|d| d.recipient != "nobody@harbour.pnp.gov.ph")
    );
    let token = outbox_link(&app, who.0, "/password/reset").await;

    let new_password = "tidal compass marble eleven";
    let path = format!("/password/reset?token={token}");
    let weak = stranger
        .post_form(
            "/password/reset",
            &path,
            &[
                ("token", &token),
                ("password", "aaaaaaaaaaaa"),
                ("confirm_password", "aaaaaaaaaaaa"),
            ],
        )
        .await;
    assert_eq!(
        weak.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "the policy holds"
    );
    let res = stranger
        .post_form(
            "/password/reset",
            &path,
            &[
                ("token", &token),
                ("password", new_password),
                ("confirm_password", new_password),
            ],
        )
        .await;
    assert_eq!(location(&res), "/login?password_changed=1");
    // The session signed in before the reset is gone.
    let res = app.get("/").await;
    assert!(
        location(&res).starts_with("/login"),
        "signed out everywhere"
    );
    // The link worked once; the new password works, the old does not.
    let again = stranger
        .post_form(
            "/password/reset",
            "/password/forgot",
            &[
                ("token", &token),
                ("password", new_password),
                ("confirm_password", new_password),
            ],
        )
        .await;
    assert_eq!(again.status(), StatusCode::GONE);
    assert_eq!(
        app.login(who).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let res = app.login((who.0, new_password)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let told = app.state.store.recent_deliveries(50).await.unwrap();
    assert!(
        told.iter().filter(|d| d.recipient == who.0).count() >= 2,
        "the reset link and the notice that the password changed"
    );
    assert!(
        audit_actions(&app)
            .await
            .iter()
            .any(|a| a == "password.reset")
    );
}

const DEMO_UNIT_ADMIN: (&str, &str) = ("people@cyber-unit.police.test", "demo-orgadmin-2026");

#[tokio::test]
async fn an_org_admin_manages_only_their_own_organisation_s_people() {
    let app = spawn_app().await;
    app.login_ok(DEMO_UNIT_ADMIN).await;
    let page = app.get_html("/org").await;
    assert!(page.contains(OFFICER.0), "their own officer is listed");
    assert!(
        !page.contains(ANALYST.0),
        "another organisation's people are not"
    );

    let member = app
        .state
        .store
        .user_by_email(&EmailAddress::parse(ANALYST.0).unwrap())
        .await
        .unwrap()
        .unwrap();
    let res = app.get(&format!("/org?org={}", member.org.slug)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    for action in ["disable", "reset_factor", "approve"] {
        let res = app
            .post_form(
                &format!("/org/people/{}", member.id),
                "/org",
                &[("action", action)],
            )
            .await;
        assert_eq!(
            res.status(),
            StatusCode::NOT_FOUND,
            "{action} on another organisation"
        );
    }
    let res = app
        .post_form(
            &format!("/org/people/{}?org={}", member.id, member.org.slug),
            "/org",
            &[("action", "disable")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let after = app
        .state
        .store
        .user_by_id(member.id)
        .await
        .unwrap()
        .unwrap();
    assert!(
        !after.disabled,
        "the other organisation's analyst is untouched"
    );

    // A role of another kind of organisation cannot be given.
    let officer = app
        .state
        .store
        .user_by_email(&EmailAddress::parse(OFFICER.0).unwrap())
        .await
        .unwrap()
        .unwrap();
    let res = app
        .post_form(
            &format!("/org/people/{}", officer.id),
            "/org",
            &[("action", "role"), ("role", "member_reviewer")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("does not exist in this kind of organisation")
    );
}

#[tokio::test]
async fn disabling_a_user_ends_their_session_on_another_instance_at_once() {
    let db = TestDb::new().await;
    let config = test_config(&db);
    let url = db.url.clone();
    let first = spawn_with(db, config.clone()).await;
    // A second instance on the same database, as behind a load balancer.
    let second_app = Application::build(Config {
        database_url: url,
        ..config
    })
    .await
    .unwrap();
    let second = TestApp {
        base: format!("http://127.0.0.1:{}", second_app.port()),
        client: new_client(),
        state: second_app.state().clone(),
        db: first.db.clone(),
    };
    tokio::spawn(second_app.run_until(std::future::pending()));

    second.login_ok(OFFICER).await;
    assert_eq!(second.get("/").await.status(), StatusCode::OK);
    let admin = first.new_browser();
    admin.login_ok(DEMO_UNIT_ADMIN).await;
    let officer = first
        .state
        .store
        .user_by_email(&EmailAddress::parse(OFFICER.0).unwrap())
        .await
        .unwrap()
        .unwrap();
    let res = admin
        .post_form(
            &format!("/org/people/{}", officer.id),
            "/org",
            &[("action", "disable")],
        )
        .await;
    assert_eq!(location(&res), "/org?done=disabled");
    let res = second.get("/").await;
    assert!(
        location(&res).starts_with("/login"),
        "the next request on the other instance is signed out"
    );
    let sessions = query_strings(
        &first.db.url,
        "SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE u.email = 'officer@cyber-unit.police.test'",
    )
    .await;
    assert!(sessions.is_empty(), "the session rows are gone");
}

#[tokio::test]
async fn a_token_made_in_the_app_keeps_to_its_scope_and_stops_when_revoked_or_expired() {
    use reqwest::Method;
    let clock = Clock::manual("2026-12-01T08:00:00Z".parse().unwrap());
    let app = spawn_with_clock(clock.clone()).await;
    app.login_ok(OFFICER).await;
    let make = |name: &'static str, scope: &'static str| {
        let app = &app;
        async move {
            let res = app
                .post_form(
                    "/account/tokens",
                    "/account",
                    &[
                        ("token_name", name),
                        ("token_scope", scope),
                        ("token_days", "30"),
                    ],
                )
                .await;
            assert_eq!(res.status(), StatusCode::OK);
            let html = res.text().await.unwrap();
            Regex::new(r#"id="new-token">(cb_[0-9a-f]+)<"#)
                .unwrap()
                .captures(&html)
                .expect("the new token is shown once")[1]
                .to_string()
        }
    };
    let checker = make("intake checker", "validate").await;
    let system = make("records system", "documents").await;
    let body = serde_json::json!({});
    let validate = api(
        &app,
        &checker,
        Method::POST,
        "/api/v1/requests/validate",
        Some(&body),
        &[],
    )
    .await;
    assert_ne!(
        validate.status,
        StatusCode::FORBIDDEN,
        "validating is in scope"
    );
    assert_ne!(validate.status, StatusCode::UNAUTHORIZED);
    let create = api(
        &app,
        &checker,
        Method::POST,
        "/api/v1/requests",
        Some(&body),
        &[],
    )
    .await;
    assert_eq!(create.status, StatusCode::FORBIDDEN, "creating is not");
    let me = api(&app, &system, Method::GET, "/api/v1/me", None, &[]).await;
    assert_eq!(me.status, StatusCode::OK);
    let send = api(
        &app,
        &system,
        Method::POST,
        "/api/v1/packages/none/send",
        Some(&body),
        &[],
    )
    .await;
    assert_eq!(
        send.status,
        StatusCode::FORBIDDEN,
        "a documents token cannot send"
    );

    // The page lists both with their last use, never the token itself.
    let page = app.get_html("/account").await;
    assert!(page.contains("intake checker") && page.contains("records system"));
    assert!(!page.contains(&checker) && !page.contains(&system));
    assert!(page.contains("2026-12-01T08:00:00Z"), "last used");

    // Revoked: refused at once.
    let id = query_strings(
        &app.db.url,
        "SELECT CAST(id AS TEXT) FROM api_tokens WHERE name = 'intake checker'",
    )
    .await
    .remove(0);
    let res = app
        .post_form(&format!("/account/tokens/{id}/revoke"), "/account", &[])
        .await;
    assert_eq!(location(&res), "/account?done=token-revoked#tokens");
    let after = api(
        &app,
        &checker,
        Method::POST,
        "/api/v1/requests/validate",
        Some(&body),
        &[],
    )
    .await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    // Expired after 30 days.
    assert_eq!(
        api(&app, &system, Method::GET, "/api/v1/me", None, &[])
            .await
            .status,
        StatusCode::OK
    );
    clock.set("2026-12-31T08:00:01Z".parse().unwrap());
    assert_eq!(
        api(&app, &system, Method::GET, "/api/v1/me", None, &[])
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    let actions = audit_actions(&app).await;
    assert!(actions.iter().any(|a| a == "api_token.created"));
    assert!(actions.iter().any(|a| a == "api_token.revoked"));
}

#[tokio::test]
async fn an_officer_s_rank_badge_and_phone_are_remembered_for_the_next_request() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let first = crate::request_flow::walk_to_check(&app, "subscriber").await;
    let profile = app.get_html("/account").await;
    assert!(
        profile.contains(r#"value="Police Inspector""#) && profile.contains(r#"value="DEMO-0042""#),
        "the account page shows what the request step typed"
    );
    let second = crate::requests::draft_of(&app, "example-social", "subscriber").await;
    assert_ne!(first, second);
    let page = app.get_html(&format!("/requests/{second}/requester")).await;
    assert!(
        page.contains(r#"value="Police Inspector""#),
        "rank prefilled"
    );
    assert!(page.contains(r#"value="DEMO-0042""#), "badge prefilled");
    let phone = query_strings(
        &app.db.url,
        "SELECT phone FROM users WHERE email = 'officer@cyber-unit.police.test'",
    )
    .await
    .remove(0);
    assert!(phone.contains("917"), "the phone is kept: {phone}");
    assert!(
        page.contains(&format!(r#"value="{phone}""#)),
        "phone prefilled"
    );
    assert!(
        audit_actions(&app)
            .await
            .iter()
            .any(|a| a == "user.profile_changed")
    );
}
