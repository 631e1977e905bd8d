//! A few end-to-end checks in Debian's Chromium, driven through chromedriver:
//! what only a real browser shows (focus, the timeout script). They skip, with
//! a printed reason, on a machine without `chromium` and `chromedriver`;
//! `.ci/run` installs both.

use std::process::{Child, Command, Stdio};
use std::str::FromStr;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

use crate::helpers::*;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// A headless Chromium session; the driver process ends with it.
pub(crate) struct Browser {
    pub(crate) client: Client,
    _driver: Driver,
}

/// The chromedriver process, stopped when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(crate) async fn browser() -> Option<Browser> {
    if !std::path::Path::new(CHROMIUM).exists() || !std::path::Path::new(CHROMEDRIVER).exists() {
        eprintln!(
            "skipped: {CHROMIUM} or {CHROMEDRIVER} is missing (apt-get install chromium chromium-driver)"
        );
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let driver = Driver(
        Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver"),
    );
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1200,900"
            ]
        }
    });
    let caps = caps.as_object().unwrap().clone();
    let url = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(caps.clone());
        if let Ok(client) = builder.connect(&url).await {
            return Some(Browser {
                client,
                _driver: driver,
            });
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start");
}

async fn active_id(c: &Client) -> String {
    c.execute(
        "return document.activeElement.id || document.activeElement.className",
        vec![],
    )
    .await
    .unwrap()
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// Waits until the browser shows `path`: a click returns before the next page.
async fn wait_for_path(c: &Client, path: &str) {
    for _ in 0..100 {
        if c.current_url().await.unwrap().path() == path
            && c.execute("return document.readyState", vec![])
                .await
                .unwrap()
                == "complete"
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let at = c.current_url().await.unwrap();
    let page = c.source().await.unwrap_or_default();
    let summary: String = page
        .split("cb-error-summary__list")
        .nth(1)
        .map(|s| s.split("</ul>").next().unwrap_or_default().to_string())
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    panic!("the browser never reached {path}: it is at {at}; error summary: {summary}");
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn text_of(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Waits up to `secs` for `el` to be shown (or hidden); returns whether it happened.
async fn displayed_within(el: &fantoccini::elements::Element, shown: bool, secs: u64) -> bool {
    for _ in 0..secs * 5 {
        if el.is_displayed().await.unwrap() == shown {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    false
}

pub(crate) async fn sign_in(c: &Client, app: &TestApp, (email, password): (&str, &str)) {
    c.goto(&app.url("/login")).await.unwrap();
    c.find(Locator::Id("email"))
        .await
        .unwrap()
        .send_keys(email)
        .await
        .unwrap();
    c.find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(password)
        .await
        .unwrap();
    click(c, "main button[type=submit]").await;
    wait_for_path(c, "/").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_real_browser_signs_in_and_out() {
    let Some(b) = browser().await else { return };
    let app = spawn_app().await;
    let c = &b.client;
    sign_in(c, &app, OFFICER).await;
    assert_eq!(text_of(c, "h1").await, "Your dashboard");

    click(c, ".cb-header__signout").await;
    wait_for_path(c, "/login").await;
    assert!(c.source().await.unwrap().contains("You have signed out"));
    c.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_error_summary_takes_focus_and_its_links_reach_the_fields() {
    let Some(b) = browser().await else { return };
    let app = spawn_app().await;
    let c = &b.client;
    c.goto(&app.url("/login")).await.unwrap();
    click(c, "main button[type=submit]").await;
    for _ in 0..100 {
        if c.title().await.unwrap().starts_with("Error:") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(c.title().await.unwrap().starts_with("Error:"));
    assert_eq!(
        active_id(c).await,
        "cb-error-summary",
        "screen readers hear the problems first"
    );

    click(c, ".cb-error-summary__list a").await;
    assert_eq!(
        active_id(c).await,
        "email",
        "the link puts the cursor in the field"
    );
    c.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_timeout_warning_appears_and_stay_signed_in_keeps_the_session() {
    let Some(b) = browser().await else { return };
    let db = TestDb::new().await;
    let mut config = test_config(&db);
    // One minute of idle time: the warning comes after 30 seconds.
    config.session_idle_minutes = 1;
    let app = spawn_with(db, config).await;
    let c = &b.client;
    sign_in(c, &app, OFFICER).await;
    let expiry = || query_strings(&app.db.url, "SELECT MAX(expires_at) FROM sessions");
    let before = jiff::Timestamp::from_str(&expiry().await[0]).unwrap();
    let warning = c.find(Locator::Id("timeout-warning")).await.unwrap();
    assert!(!warning.is_displayed().await.unwrap(), "hidden at first");

    assert!(
        displayed_within(&warning, true, 40).await,
        "the warning appeared before sign-out"
    );
    assert!(warning.text().await.unwrap().contains("sign you out"));

    click(c, "#timeout-stay").await;
    assert!(
        displayed_within(&warning, false, 4).await,
        "staying signed in dismisses the warning"
    );
    let after = jiff::Timestamp::from_str(&expiry().await[0]).unwrap();
    assert!(
        after.duration_since(before).as_secs() >= 20,
        "the idle expiry moved from {before} to {after}"
    );
    c.goto(&app.url("/")).await.unwrap();
    assert_eq!(
        c.current_url().await.unwrap().path(),
        "/",
        "still signed in"
    );
    assert_eq!(text_of(c, "h1").await, "Your dashboard");
    c.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_real_browser_uploads_the_legal_process_and_finishes_a_request() {
    let Some(b) = browser().await else { return };
    let app = spawn_app().await;
    // The answers up to check-your-answers, over HTTP; the browser signs in
    // as the same officer and finishes the request with a real file input.
    app.login_ok(OFFICER).await;
    let id = crate::request_flow::walk_to_check(&app, "subscriber").await;
    let c = &b.client;
    sign_in(c, &app, OFFICER).await;

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("signed-order.pdf");
    // Another fictional order: the same page, one more line of comment.
    let pdf = &[crate::request_flow::FAKE_PDF, b"% signed copy\n"].concat();
    std::fs::write(&file, pdf).unwrap();
    c.goto(&app.url(&format!("/requests/{id}/legal-process")))
        .await
        .unwrap();
    c.find(Locator::Id("file"))
        .await
        .unwrap()
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    click(c, "button[value=continue]").await;
    wait_for_path(c, &format!("/requests/{id}/check")).await;
    let page = c.source().await.unwrap();
    assert!(
        page.contains("signed-order.pdf"),
        "the browser's upload replaced the file"
    );
    assert!(page.contains(&crate::request_flow::sha256_hex(pdf)));

    // Continue without ticking the warning: refused, focus on the summary.
    // The address stays the same, so wait for the summary itself.
    click(c, "button[value=continue]").await;
    let mut shown = false;
    for _ in 0..100 {
        if c.find(Locator::Css(".cb-error-summary")).await.is_ok()
            && c.execute("return document.readyState", vec![])
                .await
                .unwrap()
                == "complete"
        {
            shown = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(shown, "the check page shows its error summary");
    assert_eq!(active_id(c).await, "cb-error-summary");
    // Tick every warning, continue, attest.
    let boxes = c.find_all(Locator::Css("input[name=ack]")).await.unwrap();
    assert!(!boxes.is_empty(), "the warnings are offered for a tick");
    for b in boxes {
        b.click().await.unwrap();
    }
    click(c, "button[value=continue]").await;
    wait_for_path(c, &format!("/requests/{id}/attest")).await;
    for d in ["official", "accurate", "lawful"] {
        let css = if d == "official" {
            "#declarations".to_string()
        } else {
            format!("#declarations-{d}")
        };
        click(c, &css).await;
    }
    click(c, "main button[type=submit]").await;
    wait_for_path(c, &format!("/requests/{id}/done")).await;
    assert_eq!(text_of(c, "h1").await, "Request finished");
    let link = c
        .find(Locator::Css("a[href$='/package/document.pdf']"))
        .await
        .unwrap();
    assert!(link.is_displayed().await.unwrap());
    c.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_legal_process_is_changed_from_check_your_answers_without_choosing_the_file_again() {
    let Some(b) = browser().await else { return };
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = crate::request_flow::walk_to_check(&app, "subscriber").await;
    let before = app.get_html(&format!("/requests/{id}/check")).await;
    let c = &b.client;
    sign_in(c, &app, OFFICER).await;
    c.goto(&app.url(&format!("/requests/{id}/legal-process?return=check")))
        .await
        .unwrap();
    // The real file input stays empty; only the signatory changes.
    let signatory = c.find(Locator::Id("signatory")).await.unwrap();
    signatory.clear().await.unwrap();
    signatory
        .send_keys("Judge Carla Example (fictional)")
        .await
        .unwrap();
    click(c, "button[value=continue]").await;
    wait_for_path(c, &format!("/requests/{id}/check")).await;
    let url = c.current_url().await.unwrap();
    assert!(url.query().is_none_or(|q| !q.contains("csrf")), "{url}");
    let page = c.source().await.unwrap();
    assert!(page.contains("Judge Carla Example"), "{page}");
    assert!(!page.contains("The file is empty"), "{page}");
    // The file uploaded before is still the one on the request.
    let sha = regex::Regex::new(r"[0-9a-f]{64}").unwrap();
    // Hex of that length that is not the page's CSRF token: the file's.
    let hashes = |html: &str| -> Vec<String> {
        let token = crate::helpers::hidden_value(html, "csrf_token").unwrap_or_default();
        sha.find_iter(html)
            .map(|m| m.as_str().to_string())
            .filter(|h| *h != token)
            .collect()
    };
    assert!(!hashes(&before).is_empty(), "{before}");
    assert_eq!(hashes(&page), hashes(&before));
    c.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_part_of_a_zone_name_finds_it_among_every_iana_zone() {
    let Some(b) = browser().await else { return };
    let app = spawn_app().await;
    let c = &b.client;
    sign_in(c, &app, OFFICER).await;
    c.goto(&app.url("/kit")).await.unwrap();
    wait_for_path(c, "/kit").await;
    let search = c.find(Locator::Id("when-zone-search")).await.unwrap();
    assert_eq!(
        text_of(c, "label[for=when-zone-search]").await,
        "Find a zone",
        "the search box has its label"
    );
    search.send_keys("los ang").await.unwrap();
    let chosen = c
        .execute("return document.getElementById('when-zone').value", vec![])
        .await
        .unwrap();
    assert_eq!(chosen, "America/Los_Angeles");
    let visible = c
        .execute(
            "return Array.from(document.getElementById('when-zone').options).filter(o => !o.hidden).length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(visible, 1, "only the matching zone is left in the list");

    for (id, value) in [
        ("when", "1"),
        ("when-month", "11"),
        ("when-year", "2026"),
        ("when-hour", "18"),
        ("when-minute", "15"),
        ("when-second", "07"),
    ] {
        let el = c.find(Locator::Id(id)).await.unwrap();
        el.clear().await.unwrap();
        el.send_keys(value).await.unwrap();
    }
    click(c, "main form .cb-button-group button:first-child").await;
    for _ in 0..100 {
        if c.source()
            .await
            .unwrap()
            .contains("2026-11-02 02:15:07 UTC")
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        c.source()
            .await
            .unwrap()
            .contains("2026-11-02 02:15:07 UTC"),
        "the chosen zone and the seconds were sent"
    );
    c.clone().close().await.unwrap();
}
