//! The operator's command line, run as a real process against a real database.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crate::helpers::*;
use reqwest::StatusCode;

pub(crate) fn casebridge(db_url: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_casebridge"))
        .args(args)
        .env("CASEBRIDGE_DATABASE_URL", db_url)
        .env_remove("CASEBRIDGE_CONFIG")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run casebridge");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

/// `casebridge org add`, returning the process output.
fn org_add(db_url: &str, kind: &str, name: &str, country: &str, demo: bool) -> Output {
    let mut args = vec![
        "org",
        "add",
        "--kind",
        kind,
        "--name",
        name,
        "--country",
        country,
    ];
    if demo {
        args.push("--demo");
    }
    casebridge(db_url, &args, None)
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn assert_clean_failure(o: &Output, expected: &str) {
    assert!(!o.status.success(), "should fail: {}", stdout(o));
    let err = stderr(o);
    assert!(err.contains(expected), "stderr lacks {expected:?}: {err}");
    assert!(!err.contains("panicked"), "a panic, not a message: {err}");
}

#[tokio::test]
async fn migrate_creates_the_schema() {
    let db = TestDb::new().await;
    let out = casebridge(&db.url, &["migrate"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("up to date"));
    // Running it again is harmless.
    assert!(casebridge(&db.url, &["migrate"], None).status.success());
}

#[tokio::test]
async fn org_and_user_added_from_the_command_line_can_sign_in() {
    let db = TestDb::new().await;
    let out = org_add(
        &db.url,
        "agency",
        "Kathmandu Cyber Cell (test)",
        "np",
        false,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let slug = stdout(&out).trim().to_string();
    assert_eq!(slug, "kathmandu-cyber-cell-test");

    // The same name again gets a numbered slug rather than an error.
    let out = org_add(
        &db.url,
        "agency",
        "Kathmandu Cyber Cell (test)",
        "NP",
        false,
    );
    assert_eq!(stdout(&out).trim(), "kathmandu-cyber-cell-test-2");

    let out = casebridge(
        &db.url,
        &[
            "user",
            "add",
            "--org",
            &slug,
            "--email",
            "inspector@cyber.nepalpolice.gov.np",
            "--role",
            "officer",
            "--name",
            "Insp. Test Officer",
        ],
        Some("a-long-enough-password\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stdout(&out).contains("password:"),
        "a piped password is not printed"
    );

    let config = test_config(&db);
    let app = spawn_with(db, config).await;
    app.login_ok((
        "inspector@cyber.nepalpolice.gov.np",
        "a-long-enough-password",
    ))
    .await;
    assert!(
        app.get_html("/")
            .await
            .contains("Kathmandu Cyber Cell (test)")
    );
}

#[tokio::test]
async fn a_generated_password_is_printed_once_and_works() {
    let db = TestDb::new().await;
    let slug = stdout(&org_add(&db.url, "member", "Example Video Co", "SG", false))
        .trim()
        .to_string();
    let out = casebridge(
        &db.url,
        &[
            "user",
            "add",
            "--org",
            &slug,
            "--email",
            "tns@example-video.test",
            "--role",
            "member_analyst",
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = stdout(&out);
    let password = printed
        .lines()
        .find_map(|l| l.strip_prefix("password: "))
        .expect("generated password printed")
        .to_string();
    assert!(password.len() >= 12);

    let config = test_config(&db);
    let app = spawn_with(db, config).await;
    app.login_ok(("tns@example-video.test", &password)).await;
}

#[tokio::test]
async fn officers_need_a_government_address_of_their_country() {
    let db = TestDb::new().await;
    let slug = stdout(&org_add(
        &db.url,
        "agency",
        "Manila Cyber Unit",
        "PH",
        false,
    ))
    .trim()
    .to_string();
    let add = |email: &str, role: &str| {
        casebridge(
            &db.url,
            &[
                "user", "add", "--org", &slug, "--email", email, "--role", role,
            ],
            Some("a-long-enough-password\n"),
        )
    };
    assert_clean_failure(
        &add("officer@gmail.com", "officer"),
        "government domain of PH",
    );
    assert_clean_failure(
        &add("officer@police.gov.sg", "officer"),
        "government domain of PH",
    );
    assert_clean_failure(&add("officer@unit.test", "officer"), ".test addresses");
    assert_clean_failure(
        &add("analyst@pnp.gov.ph", "member_analyst"),
        "cannot belong",
    );
    assert!(add("officer@acg.pnp.gov.ph", "officer").status.success());
    assert_clean_failure(&add("officer@acg.pnp.gov.ph", "officer"), "already exists");

    // Demo organisations may use .test addresses.
    let demo = stdout(&org_add(&db.url, "agency", "Training Unit", "PH", true))
        .trim()
        .to_string();
    let out = casebridge(
        &db.url,
        &[
            "user",
            "add",
            "--org",
            &demo,
            "--email",
            "trainee@unit.test",
            "--role",
            "officer",
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[tokio::test]
async fn bad_input_on_the_command_line_gets_a_message() {
    let db = TestDb::new().await;
    assert_clean_failure(
        &org_add(&db.url, "agency", "X", "US", false),
        "does not serve the country US",
    );
    assert_clean_failure(&org_add(&db.url, "police", "X", "PH", false), "police");
    assert_clean_failure(
        &casebridge(
            &db.url,
            &[
                "user", "add", "--org", "nope", "--email", "a@b.test", "--role", "trainer",
            ],
            None,
        ),
        "no organisation has the slug",
    );
    let short = org_add(&db.url, "operator", "Ops", "SG", false);
    let slug = stdout(&short).trim().to_string();
    assert_clean_failure(
        &casebridge(
            &db.url,
            &[
                "user",
                "add",
                "--org",
                &slug,
                "--email",
                "ops@ops.test",
                "--role",
                "admin",
            ],
            Some("short\n"),
        ),
        "at least 12 characters",
    );
    // Long enough but guessed at once: refused, with what to do instead.
    for weak in ["aaaaaaaaaaaa", "            ", "password1234"] {
        assert_clean_failure(
            &casebridge(
                &db.url,
                &[
                    "user",
                    "add",
                    "--org",
                    &slug,
                    "--email",
                    "ops@ops.test",
                    "--role",
                    "admin",
                ],
                Some(&format!("{weak}\n")),
            ),
            "too easy to guess",
        );
    }
}

#[tokio::test]
async fn an_api_token_is_printed_once_and_authenticates() {
    let db = TestDb::new().await;
    let config = test_config(&db);
    let url = db.url.clone();
    // Starting the app seeds the demo accounts.
    let app = spawn_with(db, config).await;
    let out = casebridge(&url, &["token", "create", "--email", ANALYST.0], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let token = stdout(&out).trim().to_string();
    assert!(token.starts_with("cb_") && token.len() > 40);

    let res = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let me: serde_json::Value = res.json().await.unwrap();
    assert_eq!(me["email"], ANALYST.0);
    assert_eq!(me["organisation"]["kind"], "member");

    // Only a hash is stored.
    let stored = query_strings(&url, "SELECT token_hash FROM api_tokens").await;
    assert!(!stored.is_empty() && stored.iter().all(|h| h != &token));
    assert_clean_failure(
        &casebridge(&url, &["token", "create", "--email", "nobody@x.test"], None),
        "no user",
    );
}

#[tokio::test]
async fn start_up_problems_are_explained() {
    let db = TestDb::new().await;
    assert_clean_failure(
        &casebridge("mysql://db.example/cb", &["migrate"], None),
        "must start with sqlite:// or postgres://",
    );
    assert_clean_failure(
        &casebridge("postgres://cb:secret@127.0.0.1:1/cb", &["migrate"], None),
        "cannot open the database at postgres://cb:***@127.0.0.1:1/cb",
    );
    // A taken port.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    assert_clean_failure(
        &casebridge(&db.url, &["--addr", &addr], None),
        "cannot listen on",
    );
}

#[tokio::test]
async fn org_link_ties_an_organisation_to_the_entry_it_answers_for_and_refuses_what_does_not_fit() {
    let db = TestDb::new().await;
    let url = db.url.clone();
    let out = org_add(&url, "member", "Linked Platform (fictional)", "SG", true);
    assert!(out.status.success(), "{}", stderr(&out));
    let slug = stdout(&out).trim().to_string();
    let out = org_add(&url, "authority", "Linked Desk (fictional)", "PH", true);
    let desk = stdout(&out).trim().to_string();

    let link = |args: &[&str]| {
        let mut all = vec!["org", "link"];
        all.extend_from_slice(args);
        casebridge(&url, &all, None)
    };
    assert_clean_failure(
        &link(&["--org", &slug, "--company", "no-such-company"]),
        "no company with that id",
    );
    assert_clean_failure(
        &link(&["--org", &slug, "--authority", "PH:doj-ooc"]),
        "A member organisation answers for a company",
    );
    assert_clean_failure(
        &link(&["--org", &desk, "--authority", "PH:nobody"]),
        "no authority with that id",
    );
    assert_clean_failure(
        &link(&["--org", &desk, "--authority", "nonsense"]),
        "is not CC:ID",
    );

    let out = link(&["--org", &slug, "--company", "example-social"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("answers for company:example-social"));
    let out = link(&["--org", &desk, "--authority", "PH:doj-ooc"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = query_strings(
        &url,
        "SELECT slug || ' ' || recipient FROM orgs WHERE recipient IS NOT NULL ORDER BY slug",
    )
    .await;
    assert!(
        rows.contains(&format!("{slug} company:example-social")),
        "{rows:?}"
    );
    assert!(
        rows.contains(&format!("{desk} authority:PH:doj-ooc")),
        "{rows:?}"
    );
    let audited = query_strings(
        &url,
        "SELECT detail FROM audit_log WHERE action = 'org.linked'",
    )
    .await;
    assert!(
        audited
            .iter()
            .any(|d| d.contains("company:example-social") && d.contains("cli")),
        "{audited:?}"
    );

    // One organisation per entry.
    let out = org_add(&url, "member", "Second Platform (fictional)", "SG", true);
    let second = stdout(&out).trim().to_string();
    assert_clean_failure(
        &link(&["--org", &second, "--company", "example-social"]),
        "already answers for that entry",
    );
    let out = link(&["--org", &slug, "--none"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        link(&["--org", &second, "--company", "example-social"])
            .status
            .success()
    );
}
