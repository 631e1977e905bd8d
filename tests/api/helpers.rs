//! Spawns casebridge on port 0 with a fresh database and drives it over HTTP
//! like a browser: a cookie jar, no automatic redirects.

use casebridge::config::Config;
use casebridge::startup::Application;
use casebridge::web::AppState;
use regex::Regex;
use reqwest::{Client, Response, StatusCode};

pub const OFFICER: (&str, &str) = ("officer@cyber-unit.police.test", "demo-officer-2026");
pub const ANALYST: (&str, &str) = ("analyst@example-social.test", "demo-analyst-2026");
pub const ADMIN: (&str, &str) = ("admin@casebridge-ops.test", "demo-admin-2026");

/// A database of its own for one test: a temporary SQLite file, or a fresh
/// schema in the PostgreSQL database named by `CASEBRIDGE_TEST_POSTGRES_URL`.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn new() -> TestDb {
        match std::env::var("CASEBRIDGE_TEST_POSTGRES_URL") {
            Ok(base) if !base.is_empty() => {
                let schema = format!("t_{}", uuid::Uuid::new_v4().simple());
                let pool = sqlx::PgPool::connect(&base)
                    .await
                    .expect("PostgreSQL for tests");
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
                    .execute(&pool)
                    .await
                    .expect("create schema");
                pool.close().await;
                let sep = if base.contains('?') { '&' } else { '?' };
                TestDb {
                    url: format!("{base}{sep}options=-c%20search_path%3D{schema}"),
                    _dir: None,
                }
            }
            _ => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("casebridge.db").display());
                TestDb {
                    url,
                    _dir: Some(dir),
                }
            }
        }
    }
}

pub struct TestApp {
    pub base: String,
    pub client: Client,
    pub state: AppState,
    pub db: std::sync::Arc<TestDb>,
}

pub fn test_config(db: &TestDb) -> Config {
    Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        database_url: db.url.clone(),
        outbox_dir: std::env::temp_dir().join("casebridge-test-outbox"),
        ..Config::default()
    }
}

pub async fn spawn_app() -> TestApp {
    let db = TestDb::new().await;
    let config = test_config(&db);
    spawn_with(db, config).await
}

pub async fn spawn_with(db: TestDb, config: Config) -> TestApp {
    let app = Application::build(config).await.expect("app builds");
    serve(db, app)
}

/// The app serving with a clock the test moves.
pub async fn spawn_with_clock(clock: casebridge::app::Clock) -> TestApp {
    let db = TestDb::new().await;
    let config = test_config(&db);
    let app = Application::build(config)
        .await
        .expect("app builds")
        .with_clock(clock);
    serve(db, app)
}

fn serve(db: TestDb, app: Application) -> TestApp {
    let base = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    tokio::spawn(app.run_until(std::future::pending()));
    TestApp {
        base,
        client: new_client(),
        state,
        db: std::sync::Arc::new(db),
    }
}

pub fn new_client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

impl TestApp {
    /// Another browser on the same app: its own cookie jar, no session.
    pub fn new_browser(&self) -> TestApp {
        TestApp {
            base: self.base.clone(),
            client: new_client(),
            state: self.state.clone(),
            db: self.db.clone(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn get_html(&self, path: &str) -> String {
        self.get(path).await.text().await.unwrap()
    }

    /// Posts a form as a browser would, with the CSRF token and (on a
    /// draft's pages) the revision from `form_page`.
    pub async fn post_form(
        &self,
        path: &str,
        form_page: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        let html = self.get_html(form_page).await;
        let token = hidden_value(&html, "csrf_token")
            .unwrap_or_else(|| panic!("no CSRF token on {form_page}"));
        let revision = hidden_value(&html, "revision");
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        if let Some(r) = revision.as_deref()
            && !fields.iter().any(|(k, _)| *k == "revision")
        {
            all.push(("revision", r));
        }
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts exactly the given fields.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn csrf_token(&self, page: &str) -> String {
        let html = self.get_html(page).await;
        hidden_value(&html, "csrf_token").unwrap_or_else(|| panic!("no CSRF token on {page}"))
    }

    pub async fn login(&self, (email, password): (&str, &str)) -> Response {
        self.post_form(
            "/login",
            "/login",
            &[("email", email), ("password", password)],
        )
        .await
    }

    pub async fn login_ok(&self, who: (&str, &str)) {
        let res = self.login(who).await;
        assert_eq!(
            res.status(),
            StatusCode::SEE_OTHER,
            "sign-in as {} failed",
            who.0
        );
        let to = location(&res);
        if to.starts_with("/login/second-factor") {
            self.pass_second_factor(who.0, &to).await;
        }
    }

    /// Completes the second factor after a right password, as its owner
    /// would: at the first sign-in by enrolling with the key the page shows
    /// (keeping the recovery codes), later with one of those codes, so that
    /// sign-ins within the same 30 seconds never replay a TOTP code.
    pub async fn pass_second_factor(&self, email: &str, to: &str) {
        let key = format!("{}|{email}", self.db.url);
        if to == "/login/second-factor/setup" {
            let html = self.get_html(to).await;
            let secret = Regex::new(r#"id="totp-secret">([A-Z2-7]+)<"#)
                .unwrap()
                .captures(&html)
                .unwrap_or_else(|| panic!("no key on the enrolment page for {email}"))[1]
                .to_string();
            let code =
                casebridge::accounts::second_factor::code_at(&secret, self.state.now()).unwrap();
            let res = self.post_form(to, to, &[("code", code.as_str())]).await;
            assert_eq!(res.status(), StatusCode::OK, "enrolment for {email}");
            let html = res.text().await.unwrap();
            let codes: Vec<String> = Regex::new(r"<li><code>([A-Z0-9-]+)</code></li>")
                .unwrap()
                .captures_iter(&html)
                .map(|c| c[1].to_string())
                .collect();
            assert_eq!(codes.len(), 10, "recovery codes for {email}");
            RECOVERY.lock().unwrap().insert(key, codes);
            // The enrolment page is gone now; the code page carries the token.
            let res = self
                .post_form(to, "/login/second-factor", &[("action", "done")])
                .await;
            assert_eq!(
                res.status(),
                StatusCode::SEE_OTHER,
                "signed in after enrolling"
            );
        } else {
            let code = RECOVERY
                .lock()
                .unwrap()
                .get_mut(&key)
                .and_then(|c| c.pop())
                .unwrap_or_else(|| panic!("no recovery code left for {email}"));
            let res = self.post_form(to, to, &[("code", code.as_str())]).await;
            assert_eq!(
                res.status(),
                StatusCode::SEE_OTHER,
                "second factor for {email}"
            );
        }
    }
}

/// Recovery codes kept at enrolment, by database and address.
static RECOVERY: std::sync::LazyLock<
    std::sync::Mutex<std::collections::HashMap<String, Vec<String>>>,
> = std::sync::LazyLock::new(Default::default);

pub fn hidden_value(html: &str, name: &str) -> Option<String> {
    let re = Regex::new(&format!(r#"name="{name}" value="([^"]*)""#)).unwrap();
    re.captures(html).map(|c| c[1].to_string())
}

pub fn location(res: &Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

pub fn title(html: &str) -> String {
    let re = Regex::new(r"<title>([^<]*)</title>").unwrap();
    re.captures(html)
        .map(|c| c[1].to_string())
        .unwrap_or_default()
}

/// Runs one statement on the test database, behind the app's back: for
/// states a test cannot reach through the app (time passing, say).
pub async fn exec_sql(url: &str, sql: &'static str) {
    if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        sqlx::query(sql).execute(&pool).await.unwrap();
    } else {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
}

/// The first column of every row of a query, as text.
pub async fn query_strings(url: &str, sql: &'static str) -> Vec<String> {
    let rows: Vec<(String,)> = if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        sqlx::query_as(sql).fetch_all(&pool).await.unwrap()
    } else {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        sqlx::query_as(sql).fetch_all(&pool).await.unwrap()
    };
    rows.into_iter().map(|(s,)| s).collect()
}

/// A GET with one extra request header.
pub async fn get_with(app: &TestApp, path: &str, header: &str, value: &str) -> String {
    app.client
        .get(app.url(path))
        .header(header, value)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Adds an agency with one officer and returns the officer's sign-in.
pub async fn add_officer(
    app: &TestApp,
    agency: &str,
    country: &str,
    email: &'static str,
    demo: bool,
) -> (&'static str, &'static str) {
    use casebridge::accounts::{NewAccount, add_org, add_user};
    use casebridge::domain::{country::CountryCode, email::EmailAddress, org::OrgKind, role::Role};
    let password = "another-officer-pass";
    let org = add_org(
        &app.state.store,
        &app.state.directory,
        OrgKind::Agency,
        agency,
        CountryCode::parse(country).unwrap(),
        demo,
    )
    .await
    .unwrap();
    add_user(
        &app.state.store,
        &app.state.directory,
        &NewAccount {
            org_slug: &org.slug,
            email: &EmailAddress::parse(email).unwrap(),
            display_name: "Another Officer",
            role: Role::Officer,
            password: Some(password),
        },
    )
    .await
    .unwrap();
    (email, password)
}

/// A new API token for the user with `email`.
pub async fn token_for(app: &TestApp, email: &str) -> String {
    use casebridge::domain::email::EmailAddress;
    let user = app
        .state
        .store
        .user_by_email(&EmailAddress::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap();
    app.state.store.create_api_token(user.id).await.unwrap()
}

/// The text of a PDF as `pdftotext` reads it, with all whitespace removed
/// (long values wrap inside their cell), or `None`, with the reason printed,
/// where poppler is not installed.
pub fn pdf_text(pdf: &[u8]) -> Option<String> {
    use std::process::Command;
    if Command::new("pdftotext").arg("-v").output().is_err() {
        eprintln!("skipped: pdftotext (poppler-utils) is not installed");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext failed");
    Some(
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect(),
    )
}

/// `text` without whitespace, to compare with [`pdf_text`].
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect()
}

/// What an API call answered: status, headers and the body as JSON (or
/// `Null` when it is not JSON).
pub struct ApiAnswer {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub json: serde_json::Value,
    pub bytes: Vec<u8>,
}

impl ApiAnswer {
    pub fn etag(&self) -> String {
        self.headers
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    }
}

/// Calls the JSON API as `token`: `method` on `path` with an optional JSON
/// body and extra headers.
pub async fn api(
    app: &TestApp,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<&serde_json::Value>,
    headers: &[(&str, &str)],
) -> ApiAnswer {
    let mut req = reqwest::Client::new()
        .request(method, app.url(path))
        .bearer_auth(token);
    if let Some(b) = body {
        req = req
            .header("content-type", "application/json")
            .body(b.to_string());
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.bytes().await.unwrap().to_vec();
    let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    ApiAnswer {
        status,
        headers,
        json,
        bytes,
    }
}

/// Adds a person to the organisation of `colleague` and returns the
/// sign-in.
pub async fn add_colleague(
    app: &TestApp,
    colleague: &str,
    email: &'static str,
    name: &str,
    role: casebridge::domain::role::Role,
) -> (&'static str, &'static str) {
    use casebridge::accounts::{NewAccount, add_user};
    use casebridge::domain::email::EmailAddress;
    let password = "another-colleague-pass";
    let org = app
        .state
        .store
        .user_by_email(&EmailAddress::parse(colleague).unwrap())
        .await
        .unwrap()
        .unwrap()
        .org;
    add_user(
        &app.state.store,
        &app.state.directory,
        &NewAccount {
            org_slug: &org.slug,
            email: &EmailAddress::parse(email).unwrap(),
            display_name: name,
            role,
            password: Some(password),
        },
    )
    .await
    .unwrap();
    (email, password)
}

/// The row id of the organisation `email` belongs to.
pub async fn org_of(app: &TestApp, email: &str) -> i64 {
    app.state
        .store
        .user_by_email(&casebridge::domain::email::EmailAddress::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap()
        .org
        .id
}

/// Whether `program args` runs here. Outside CI a missing tool skips the
/// test with the reason printed; in CI (`CI` set) it is a failure, since
/// `.ci/run` installs `package`.
pub fn tool_available(program: &str, args: &[&str], package: &str) -> bool {
    let ok = std::process::Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(std::env::var_os("CI").is_none(), "CI needs {package}");
        eprintln!("skipped: {package} is not installed");
    }
    ok
}
