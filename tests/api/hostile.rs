//! The hostile-input corpus (tests/data/hostile.txt) posted into every
//! field of every wizard step and every string leaf of both API documents.
//! Whatever the value: no 5xx, never reflected unescaped, and a refused
//! value leaves the stored draft byte for byte as it was.
//!
//! The steps are not listed here: they are found by following the links of
//! a complete draft (made through the API), and each step's fields are read
//! from its own form, so a new step or field is covered without a change.
//! To stay quick, a post fills every text field of a step at once, each
//! with a different value; each field gets `ROUNDS` values and, taken
//! together, the fields use every value of the corpus.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use reqwest::{StatusCode, multipart};
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use crate::helpers::*;
use crate::request_flow::FAKE_PDF;

const CORPUS: &str = include_str!("../data/hostile.txt");
const REQUEST: &str = include_str!("../data/requests/emergency.json");
const REPORT: &str = include_str!("../data/reports/complete.json");
/// Values each field and each string leaf receives.
const ROUNDS: usize = 50;
/// String leaves of a document replaced in one API call.
const LEAVES_PER_CALL: usize = 6;

/// Reads the escapes the corpus file uses (see its header).
fn decode(line: &str) -> String {
    if line == "\\e" {
        return String::new();
    }
    if let Some(rest) = line.strip_prefix("repeat ")
        && let Some((n, text)) = rest.split_once(' ')
        && let Ok(n) = n.parse::<usize>()
    {
        return decode(text).repeat(n);
    }
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("corpus escape");
                out.push(char::from_u32(code).expect("corpus code point"));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

pub fn corpus() -> Vec<String> {
    CORPUS
        .lines()
        .filter(|l| !l.starts_with("# "))
        .map(decode)
        .collect()
}

#[test]
fn the_corpus_holds_at_least_500_distinct_values() {
    let all = corpus();
    let distinct: BTreeSet<&String> = all.iter().collect();
    assert!(distinct.len() >= 500, "{} values", distinct.len());
    assert!(all.iter().any(|v| v.contains('\0')));
    assert!(all.iter().any(|v| v.contains('\u{202e}')));
    assert!(all.iter().any(|v| v.chars().count() > 10_000));
}

/// Hands out corpus values in order, so that together the fields of all
/// steps see every value; remembers which were used.
struct Values {
    all: Vec<String>,
    next: usize,
    used: BTreeSet<usize>,
}

impl Values {
    fn new() -> Values {
        Values {
            all: corpus(),
            next: 0,
            used: BTreeSet::new(),
        }
    }

    fn take(&mut self) -> String {
        let i = self.next % self.all.len();
        self.next += 1;
        self.used.insert(i);
        self.all[i].clone()
    }

    fn assert_all_used(&self) {
        assert_eq!(self.used.len(), self.all.len(), "every value is posted");
    }
}

/// One POST form of a wizard step, as the page renders it.
#[derive(Debug)]
struct StepForm {
    page: String,
    action: String,
    multipart: bool,
    /// Fields a person types into: each gets hostile values.
    text: Vec<String>,
    /// Choices left as the page has them (selects, radios, checkboxes,
    /// hidden fields other than the token and revision) and the button.
    fixed: Vec<(String, String)>,
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// Actions that end, copy or review a document rather than edit a step.
fn edits_a_step(action: &str) -> bool {
    let ends = [
        "/delete",
        "/remove",
        "/duplicate",
        "/new-version",
        "/approve",
        "/return",
        "/submit",
        "/check",
    ];
    let file_attest = action.contains("/files/") && action.ends_with("/attest");
    !ends.iter().any(|end| action.ends_with(end)) && !file_attest
}

fn step_forms(html: &str, page: &str, prefix: &str) -> Vec<StepForm> {
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    for form in doc.select(&sel("form")) {
        let attr = |n| form.value().attr(n).unwrap_or("");
        if !attr("method").eq_ignore_ascii_case("post") {
            continue;
        }
        let action = match attr("action") {
            "" => page.to_string(),
            a => a.split('#').next().unwrap_or(a).to_string(),
        };
        if !action.starts_with(prefix) || !edits_a_step(action.split('?').next().unwrap_or("")) {
            continue;
        }
        let mut text = Vec::new();
        let mut fixed = Vec::new();
        let mut radios: BTreeMap<String, (Option<String>, String)> = BTreeMap::new();
        for field in form.select(&sel("input, textarea, select")) {
            let el = field.value();
            let Some(name) = el.attr("name") else {
                continue;
            };
            let value = el.attr("value").unwrap_or("").to_string();
            let name = name.to_string();
            match (el.name(), el.attr("type").unwrap_or("text")) {
                ("textarea", _) => text.push(name),
                ("select", _) => fixed.push((name, selected(field))),
                (_, "hidden") if name == "csrf_token" || name == "revision" => {}
                (_, "hidden") => fixed.push((name, value)),
                (_, "radio") => {
                    let entry = radios.entry(name).or_insert((None, value.clone()));
                    if el.attr("checked").is_some() {
                        entry.0 = Some(value);
                    }
                }
                (_, "checkbox") if el.attr("checked").is_some() => fixed.push((name, value)),
                (_, "checkbox" | "file" | "submit" | "button") => {}
                _ => text.push(name),
            }
        }
        for (name, (checked, first)) in radios {
            fixed.push((name, checked.unwrap_or(first)));
        }
        let buttons: Vec<(String, String)> = form
            .select(&sel("button[name]"))
            .map(|b| {
                let v = b.value();
                (
                    v.attr("name").unwrap_or("").to_string(),
                    v.attr("value").unwrap_or("").to_string(),
                )
            })
            .collect();
        if let Some(b) = buttons
            .iter()
            .find(|(_, v)| v == "continue")
            .or(buttons.first())
        {
            fixed.push(b.clone());
        }
        text.dedup();
        if !text.is_empty() {
            out.push(StepForm {
                page: page.to_string(),
                action,
                multipart: attr("enctype").contains("multipart"),
                text,
                fixed,
            });
        }
    }
    out
}

fn selected(select: ElementRef<'_>) -> String {
    let options: Vec<ElementRef<'_>> = select.select(&sel("option")).collect();
    options
        .iter()
        .find(|o| o.value().attr("selected").is_some())
        .or(options.first())
        .and_then(|o| o.value().attr("value"))
        .unwrap_or("")
        .to_string()
}

/// Every page under `prefix` reachable by links and forms from `start`,
/// with the step forms on each.
async fn crawl(app: &TestApp, start: &str, prefix: &str) -> Vec<StepForm> {
    let skip = [
        "/package/",
        "/delete",
        "/done",
        "/duplicate",
        "/new-version",
    ];
    let link = sel("a[href], form[action]");
    let mut seen = BTreeSet::from([start.to_string()]);
    let mut queue = VecDeque::from([start.to_string()]);
    let mut forms = Vec::new();
    while let Some(page) = queue.pop_front() {
        let res = app.get(&page).await;
        assert!(res.status().as_u16() < 500, "GET {page}: {}", res.status());
        if res.status().is_redirection() {
            let to = location(&res);
            if to.starts_with(prefix) && seen.insert(to.clone()) {
                queue.push_back(to);
            }
            continue;
        }
        if res.status() != StatusCode::OK {
            continue;
        }
        let html = res.text().await.unwrap();
        forms.extend(step_forms(&html, &page, prefix));
        let doc = Html::parse_document(&html);
        for el in doc.select(&link) {
            let target = el.value().attr("href").or(el.value().attr("action"));
            let Some(t) = target.and_then(|t| t.split(['?', '#']).next()) else {
                continue;
            };
            if t.starts_with(prefix) && !skip.iter().any(|s| t.contains(s)) && seen.insert(t.into())
            {
                queue.push_back(t.to_string());
            }
        }
    }
    forms
}

/// The draft as stored: body and revision.
async fn stored(app: &TestApp, id: &str, org: i64) -> (String, i64) {
    let doc = app
        .state
        .store
        .document_for_org(id, org)
        .await
        .unwrap()
        .expect("the draft");
    (doc.body, doc.revision)
}

/// Fails if a value with markup in it appears raw in `html`, unless the
/// page had that text before anything was posted.
fn assert_escaped(html: &str, baseline: &str, values: &[String], what: &str) {
    for v in values {
        if v.contains('<') && !baseline.contains(v.as_str()) {
            assert!(
                !html.contains(v.as_str()),
                "{what}: {v:?} reflected unescaped"
            );
        }
    }
}

/// The stored body without one top-level member.
fn without(body: &str, key: &str) -> Value {
    let mut v: Value = serde_json::from_str(body).unwrap();
    v.as_object_mut().map(|o| o.remove(key));
    v
}

/// No value of a field the page marks as refused (its error summary links
/// to the field, or to the group it belongs to: `signed` for `signed-day`)
/// may be in the stored draft unless it was there before.
fn assert_refused_not_stored(
    html: &str,
    posted: &[(String, String)],
    before: &str,
    after: &str,
    what: &str,
) {
    let doc = Html::parse_document(html);
    let refused: Vec<String> = doc
        .select(&sel(".cb-error-summary a[href]"))
        .filter_map(|a| {
            a.value()
                .attr("href")?
                .strip_prefix('#')
                .map(str::to_string)
        })
        .collect();
    for (name, value) in posted {
        let is_refused = refused
            .iter()
            .any(|r| name == r || name.starts_with(&format!("{r}-")));
        let json = serde_json::to_string(value.trim()).unwrap();
        let inner = &json[1..json.len() - 1];
        if is_refused && inner.len() >= 4 && !before.contains(inner) {
            assert!(
                !after.contains(inner),
                "{what}: refused {name}={value:?} was stored"
            );
        }
    }
}

async fn post_step(
    app: &TestApp,
    form: &StepForm,
    values: &[(String, String)],
) -> reqwest::Response {
    let html = app.get_html(&form.page).await;
    let token = hidden_value(&html, "csrf_token").expect("a CSRF token");
    let revision = hidden_value(&html, "revision");
    let fields = form.fixed.iter().chain(values);
    if form.multipart {
        let mut mp = multipart::Form::new();
        if let Some(r) = revision {
            mp = mp.text("revision", r);
        }
        for (k, v) in fields {
            mp = mp.text(k.clone(), v.clone());
        }
        // The file's name is typed by no one but shown to everyone.
        let name = values.first().map(|(_, v)| v.clone()).unwrap_or_default();
        let part = multipart::Part::bytes(FAKE_PDF.to_vec()).file_name(name);
        app.client
            .post(app.url(&form.action))
            .multipart(mp.text("csrf_token", token).part("file", part))
            .send()
            .await
            .unwrap()
    } else {
        let mut pairs = vec![("csrf_token".to_string(), token)];
        pairs.extend(revision.map(|r| ("revision".to_string(), r)));
        pairs.extend(fields.cloned());
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        app.post_raw(&form.action, &refs).await
    }
}

/// Posts `ROUNDS` rounds of hostile values into every step form of a
/// draft; returns how many posts were made.
async fn sweep_steps(
    app: &TestApp,
    values: &mut Values,
    id: &str,
    org: i64,
    forms: &[StepForm],
) -> usize {
    let mut posts = 0;
    for form in forms {
        let baseline = app.get_html(&form.page).await;
        for _ in 0..ROUNDS {
            let posted: Vec<(String, String)> = form
                .text
                .iter()
                .map(|n| (n.clone(), values.take()))
                .collect();
            let plain: Vec<String> = posted.iter().map(|(_, v)| v.clone()).collect();
            let before = stored(app, id, org).await;
            let res = post_step(app, form, &posted).await;
            posts += 1;
            let status = res.status();
            let what = format!("POST {} {:?}", form.action, form.text);
            assert!(status.as_u16() < 500, "{what}: {status} for {plain:?}");
            if status.is_redirection() {
                // Saved: the step shows what was stored, escaped.
                let page = app.get(&form.page).await;
                assert!(
                    page.status().as_u16() < 500,
                    "{what}: the page after a save"
                );
                assert_escaped(&page.text().await.unwrap(), &baseline, &plain, &what);
            } else {
                let html = res.text().await.unwrap();
                assert_escaped(&html, &baseline, &plain, &what);
                let after = stored(app, id, org).await;
                assert_refused_not_stored(&html, &posted, &before.0, &after.0, &what);
                if form.multipart {
                    // The upload step keeps a valid file and the answers
                    // that were valid while another needs fixing, so that
                    // the file need not be sent again: only its part of
                    // the draft may change.
                    assert_eq!(
                        without(&before.0, "legal_process"),
                        without(&after.0, "legal_process"),
                        "{what}: refused but changed beyond the upload"
                    );
                } else {
                    assert_eq!(after, before, "{what}: refused but changed");
                }
            }
        }
    }
    posts
}

/// Makes a draft through the API and returns its id.
async fn api_draft(app: &TestApp, token: &str, path: &str, doc: &str) -> String {
    let body: Value = serde_json::from_str(doc).unwrap();
    let res = api(app, token, reqwest::Method::POST, path, Some(&body), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.json);
    res.json["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn hostile_values_in_every_wizard_field_are_refused_or_kept_escaped() {
    let app = spawn_app().await;
    let mut values = Values::new();
    let mut posts = 0;
    let mut fields = 0;
    for (who, email, api_path, doc, kind) in [
        (OFFICER, OFFICER.0, "/api/v1/requests", REQUEST, "requests"),
        (ANALYST, ANALYST.0, "/api/v1/reports", REPORT, "reports"),
    ] {
        let browser = app.new_browser();
        browser.login_ok(who).await;
        let token = token_for(&app, email).await;
        let id = api_draft(&app, &token, api_path, doc).await;
        let org = org_of(&app, email).await;
        let prefix = format!("/{kind}/{id}");
        let forms = crawl(&browser, &prefix, &format!("{prefix}/")).await;
        assert!(forms.len() >= 5, "{kind}: steps found: {forms:#?}");
        fields += forms.iter().map(|f| f.text.len()).sum::<usize>();
        posts += sweep_steps(&browser, &mut values, &id, org, &forms).await;
    }
    values.assert_all_used();
    println!("{posts} posts into {fields} fields");
}

/// Paths (JSON pointers) of every string leaf of `v`.
fn string_leaves(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(at),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                string_leaves(x, format!("{at}/{i}"), out);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                string_leaves(x, format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

/// Every string leaf of the document gets `ROUNDS` hostile values, a few
/// leaves per call, through validate and through replacing a stored
/// draft: no 5xx, an answer in JSON, and a refused replacement changes
/// nothing.
async fn sweep_document(app: &TestApp, values: &mut Values, email: &str, kind: &str, doc: &str) {
    let token = token_for(app, email).await;
    let org = org_of(app, email).await;
    let base = format!("/api/v1/{kind}");
    let id = api_draft(app, &token, &base, doc).await;
    let template: Value = serde_json::from_str(doc).unwrap();
    let mut leaves = Vec::new();
    string_leaves(&template, String::new(), &mut leaves);
    for _ in 0..ROUNDS {
        for chunk in leaves.chunks(LEAVES_PER_CALL) {
            let mut body = template.clone();
            let mut posted = Vec::new();
            for path in chunk {
                let v = values.take();
                *body.pointer_mut(path).unwrap() = Value::String(v.clone());
                posted.push((path.clone(), v));
            }
            let what = format!("{kind} {posted:?}");
            let res = api(
                app,
                &token,
                reqwest::Method::POST,
                &format!("{base}/validate"),
                Some(&body),
                &[],
            )
            .await;
            assert!(res.status.as_u16() < 500, "validate {what}: {}", res.status);
            assert!(res.json.is_object(), "validate {what}: no JSON answer");
            let before = stored(app, &id, org).await;
            let etag = format!("\"{}\"", before.1);
            let res = api(
                app,
                &token,
                reqwest::Method::PUT,
                &format!("{base}/{id}"),
                Some(&body),
                &[("if-match", &etag)],
            )
            .await;
            assert!(res.status.as_u16() < 500, "replace {what}: {}", res.status);
            assert!(res.json.is_object(), "replace {what}: no JSON answer");
            if !res.status.is_success() {
                assert_eq!(
                    stored(app, &id, org).await,
                    before,
                    "replace {what}: refused but changed"
                );
            }
        }
    }
    // Whatever was accepted is shown escaped on the draft's pages.
    let browser = app.new_browser();
    browser
        .login_ok(if kind == "requests" { OFFICER } else { ANALYST })
        .await;
    for page in ["", "/check"] {
        let res = browser.get(&format!("/{kind}/{id}{page}")).await;
        assert!(
            res.status().as_u16() < 500,
            "{kind} page {page}: {}",
            res.status()
        );
    }
}

#[tokio::test]
async fn hostile_values_in_every_string_leaf_of_both_api_documents() {
    let app = spawn_app().await;
    let mut values = Values::new();
    sweep_document(&app, &mut values, OFFICER.0, "requests", REQUEST).await;
    sweep_document(&app, &mut values, ANALYST.0, "reports", REPORT).await;
    values.assert_all_used();
}

#[tokio::test]
async fn hostile_next_after_sign_in_is_never_reflected_raw() {
    let app = spawn_app().await;
    let baseline = app.get_html("/login").await;
    // URIs over 64 KiB are refused by the HTTP client itself.
    for v in corpus().into_iter().filter(|v| v.len() < 20_000) {
        let q: String = form_urlencoded::byte_serialize(v.as_bytes()).collect();
        let res = app.get(&format!("/login?next={q}")).await;
        assert!(res.status().as_u16() < 500, "next={v:?}: {}", res.status());
        let html = res.text().await.unwrap();
        assert_escaped(&html, &baseline, std::slice::from_ref(&v), "sign-in page");
    }
}

/// Found by the corpus on PostgreSQL: a report whose screen name ended in
/// NUL was accepted and then failed to store (the list title holds the
/// screen name; PostgreSQL text cannot hold NUL): a 500. Control
/// characters are now refused with a message, on both databases, and the
/// draft stays as it was.
#[tokio::test]
async fn a_nul_in_a_document_is_refused_with_a_message_and_changes_nothing() {
    let app = spawn_app().await;
    let token = token_for(&app, ANALYST.0).await;
    let org = org_of(&app, ANALYST.0).await;
    let id = api_draft(&app, &token, "/api/v1/reports", REPORT).await;
    let before = stored(&app, &id, org).await;
    let mut body: Value = serde_json::from_str(REPORT).unwrap();
    body["reported_persons"][0]["screen_name"] = Value::String("shadow_tiger\0".into());
    let etag = format!("\"{}\"", before.1);
    let path = format!("/api/v1/reports/{id}");
    let res = api(
        &app,
        &token,
        reqwest::Method::PUT,
        &path,
        Some(&body),
        &[("if-match", &etag)],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert!(
        res.json["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("control characters"),
        "{}",
        res.json
    );
    assert_eq!(stored(&app, &id, org).await, before);
    let res = api(
        &app,
        &token,
        reqwest::Method::POST,
        "/api/v1/reports",
        Some(&body),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
}
