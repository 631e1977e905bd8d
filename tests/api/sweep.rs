//! The authorisation sweep, generated from the route list
//! (`casebridge::web::routes::ROUTES`): every route that is not public is
//! called by everyone it is not meant for (nobody signed in, the wrong
//! role, another organisation) with the ids of real documents, packages
//! and deliveries, and must answer 401, 403 or 404: never a success,
//! never a 5xx. A route under src/web that the list does not classify
//! fails the first test.

use std::collections::BTreeSet;
use std::path::Path;

use casebridge::accounts::{NewAccount, add_org, add_user};
use casebridge::domain::country::CountryCode;
use casebridge::domain::email::EmailAddress;
use casebridge::domain::org::OrgKind;
use casebridge::domain::role::Role;
use casebridge::web::routes::{Access, ROUTES, Thing};
use reqwest::{Method, StatusCode};

use crate::helpers::*;
use crate::report_package::submit;
use crate::request_flow::{finish, walk_to_check};

const REQUEST: &str = include_str!("../data/requests/emergency.json");
const REPORT: &str = include_str!("../data/reports/complete.json");

/// The `(method, path)` of every `.route(` call under `dir`, read from the
/// source: axum cannot list a router's routes.
fn routes_in_source(dir: &Path, out: &mut BTreeSet<(String, String)>) {
    let call = regex::Regex::new(r"\b(get|post|put|delete|patch)\(").unwrap();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            routes_in_source(&path, out);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find(".route(") {
            let body = &rest[at + ".route(".len()..];
            // A mention in a comment is no call.
            let line_start = rest[..at].rfind('\n').map_or(0, |i| i + 1);
            if rest[line_start..at].trim_start().starts_with("//") {
                rest = body;
                continue;
            }
            // The call's arguments end at its matching parenthesis.
            let mut depth = 1;
            let end = body
                .char_indices()
                .find(|(_, c)| {
                    depth += match c {
                        '(' => 1,
                        ')' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map(|(i, _)| i)
                .expect("a closed .route( call");
            let args = &body[..end];
            let quoted: Vec<&str> = args.splitn(3, '"').collect();
            let (pattern, handlers) = (quoted[1], quoted[2]);
            for m in call.captures_iter(handlers) {
                out.insert((m[1].to_uppercase(), pattern.to_string()));
            }
            rest = &body[end..];
        }
    }
}

#[test]
fn every_route_of_the_router_is_in_the_route_list_and_no_other() {
    let mut source = BTreeSet::new();
    routes_in_source(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web"),
        &mut source,
    );
    let listed: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_string()))
        .collect();
    assert_eq!(listed.len(), ROUTES.len(), "a route is listed twice");
    let unlisted: Vec<_> = source.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&source).collect();
    assert!(
        unlisted.is_empty(),
        "routes the sweep cannot classify; add them to src/web/routes.rs: {unlisted:?}"
    );
    assert!(
        gone.is_empty(),
        "listed routes the router no longer has: {gone:?}"
    );
    assert!(source.len() > 100, "the source reader found the routes");
}

/// Someone calling the server: a browser session and an API token, or
/// neither.
struct Caller {
    name: &'static str,
    role: Option<Role>,
    org: Option<i64>,
    browser: TestApp,
    token: Option<String>,
    csrf: String,
}

async fn signed_in(app: &TestApp, name: &'static str, who: (&str, &str), role: Role) -> Caller {
    let browser = app.new_browser();
    browser.login_ok(who).await;
    Caller {
        name,
        role: Some(role),
        org: Some(org_of(app, who.0).await),
        csrf: browser.csrf_token("/").await,
        token: Some(token_for(app, who.0).await),
        browser,
    }
}

/// A safety analyst of a second member company.
async fn other_member(app: &TestApp) -> (&'static str, &'static str) {
    let org = add_org(
        &app.state.store,
        &app.state.directory,
        OrgKind::Member,
        "Other Platform (fictional)",
        CountryCode::parse("SG").unwrap(),
        true,
    )
    .await
    .unwrap();
    let email = "analyst@other-platform.test";
    let password = "other-analyst-pass-2026";
    add_user(
        &app.state.store,
        &app.state.directory,
        &NewAccount {
            org_slug: &org.slug,
            email: &EmailAddress::parse(email).unwrap(),
            display_name: "Other Analyst",
            role: Role::MemberAnalyst,
            password: Some(password),
        },
    )
    .await
    .unwrap();
    (email, password)
}

/// The things the routes name, all of the demo organisations.
struct Things {
    draft_request: String,
    final_request: String,
    report: String,
    approved_report: String,
    package: String,
    delivery: String,
    case: String,
    agency: i64,
    member: i64,
}

async fn things(app: &TestApp) -> Things {
    app.login_ok(OFFICER).await;
    let final_request = walk_to_check(app, "subscriber").await;
    finish(app, &final_request).await;
    let package = query_strings(&app.db.url, "SELECT public_id FROM packages").await[0].clone();
    let officer = token_for(app, OFFICER.0).await;
    let send = format!("/api/v1/packages/{package}/send");
    let sent = api(app, &officer, Method::POST, &send, None, &[]).await;
    assert_eq!(sent.status, StatusCode::ACCEPTED, "{}", sent.json);
    let delivery = query_strings(&app.db.url, "SELECT public_id FROM deliveries").await[0].clone();
    // The demo member answers for the directory's fictional company, so the
    // request also goes into its inbox as a case both sides can open.
    let done = format!("/requests/{final_request}/done");
    let deliver = app
        .post_form(&format!("/packages/{package}/deliver"), &done, &[])
        .await;
    assert!(deliver.status().is_redirection(), "{}", deliver.status());
    let case = query_strings(&app.db.url, "SELECT public_id FROM cases").await[0].clone();
    let create = |token: String, path: &'static str, doc: &'static str| async move {
        let body: serde_json::Value = serde_json::from_str(doc).unwrap();
        let res = api(app, &token, Method::POST, path, Some(&body), &[]).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.json);
        res.json["id"].as_str().unwrap().to_string()
    };
    let draft_request = create(officer, "/api/v1/requests", REQUEST).await;
    let analyst = token_for(app, ANALYST.0).await;
    let report = create(analyst.clone(), "/api/v1/reports", REPORT).await;
    let approved_report = create(analyst.clone(), "/api/v1/reports", REPORT).await;
    let submitted = submit(app, &analyst, &approved_report).await;
    assert!(submitted.status.is_success(), "{}", submitted.json);
    let reviewer = token_for(app, "reviewer@example-social.test").await;
    let approve = format!("/api/v1/reports/{approved_report}/approve");
    let approved = api(app, &reviewer, Method::POST, &approve, None, &[]).await;
    assert!(approved.status.is_success(), "{}", approved.json);
    Things {
        draft_request,
        final_request,
        report,
        approved_report,
        package,
        delivery,
        case,
        agency: org_of(app, OFFICER.0).await,
        member: org_of(app, ANALYST.0).await,
    }
}

/// The route's pattern with its parameters filled in.
fn fill(pattern: &str, access: Access, t: &Things) -> String {
    let id = match access {
        Access::Own(_, Thing::Request)
            if ["/package/", "/done", "/new-version"]
                .iter()
                .any(|p| pattern.contains(p)) =>
        {
            &t.final_request
        }
        Access::Own(_, Thing::Request) => &t.draft_request,
        Access::Own(_, Thing::Report) if pattern.contains("/package/") => &t.approved_report,
        Access::Own(_, Thing::Report) => &t.report,
        Access::Own(_, Thing::Package) => &t.package,
        Access::Own(_, Thing::Delivery) => &t.delivery,
        Access::Own(_, Thing::Case) => &t.case,
        _ => "example-social",
    };
    pattern
        .replace("{id}", id)
        .replace("{n}", "0")
        .replace("{m}", "0")
        .replace("{file}", "document.pdf")
        .replace("{code}", "PH")
        .replace("{jurisdiction}", "PH")
        .replace("{authority}", "cicc")
}

fn allowed(access: Access, c: &Caller, t: &Things) -> bool {
    let owner = |thing| match thing {
        Thing::Report => t.member,
        Thing::Request | Thing::Package | Thing::Delivery | Thing::Case => t.agency,
    };
    match (access, c.role) {
        (Access::Public, _) => true,
        (_, None) => false,
        (Access::SignedIn, Some(_)) => true,
        (Access::Roles(roles), Some(r)) => roles.contains(&r),
        // A case belongs to its sender and its recipient alike.
        (Access::Own(roles, Thing::Case), Some(r)) => {
            roles.contains(&r) && (c.org == Some(t.agency) || c.org == Some(t.member))
        }
        (Access::Own(roles, thing), Some(r)) => roles.contains(&r) && c.org == Some(owner(thing)),
    }
}

/// A well-formed body for an API call, so that only who calls can be the
/// reason for a refusal.
fn api_body(path: &str) -> String {
    let json = if path.ends_with("/attest") {
        r#"{"name":"An Outsider"}"#
    } else if path.ends_with("/return") {
        r#"{"comment":"Sent back by an outsider"}"#
    } else if path.ends_with("/status") {
        r#"{"status":"acknowledged"}"#
    } else if path.ends_with("/messages") {
        r#"{"text":"A message from an outsider"}"#
    } else if path.ends_with("/outcomes") {
        r#"{"outcomes":[{"target":0,"outcome":"no_records"}]}"#
    } else if path.ends_with("/feedback") {
        r#"{"feedback":"actionable"}"#
    } else if path.ends_with("/withdraw") {
        r#"{"reason":"Withdrawn by an outsider"}"#
    } else if path.ends_with("/portal-upload") {
        r#"{"reference":"OUT-1","uploaded_at":"2026-11-23T10:00:00Z"}"#
    } else if path.starts_with("/api/v1/requests") {
        REQUEST
    } else if path.starts_with("/api/v1/reports")
        && !path.ends_with("/submit")
        && !path.ends_with("/approve")
    {
        REPORT
    } else {
        "{}"
    };
    json.to_string()
}

async fn call(app: &TestApp, c: &Caller, method: &str, path: &str) -> (StatusCode, String) {
    let method = Method::from_bytes(method.as_bytes()).unwrap();
    let url = app.url(path);
    let req = if path.starts_with("/api/") {
        let mut req = reqwest::Client::new().request(method.clone(), &url);
        if let Some(t) = &c.token {
            req = req.bearer_auth(t);
        }
        if method != Method::GET {
            req = req
                .header("content-type", "application/json")
                .header("if-match", "\"1\"")
                .body(api_body(path));
        }
        req
    } else {
        let req = c.browser.client.request(method.clone(), &url);
        if method == Method::GET {
            req
        } else {
            req.header("content-type", "application/x-www-form-urlencoded")
                .body(format!("csrf_token={}&confirm=yes&action=continue", c.csrf))
        }
    };
    let res = req.send().await.unwrap();
    (res.status(), location(&res))
}

#[tokio::test]
async fn every_route_refuses_everyone_it_is_not_for() {
    let app = spawn_app().await;
    let t = things(&app).await;
    let other_officer = add_officer(
        &app,
        "Other Agency (fictional)",
        "SG",
        "officer@other-agency.police.test",
        true,
    )
    .await;
    let other_analyst = other_member(&app).await;
    let anonymous = app.new_browser();
    let mut callers = vec![Caller {
        name: "nobody signed in",
        role: None,
        org: None,
        csrf: anonymous.csrf_token("/login").await,
        browser: anonymous,
        token: None,
    }];
    for (name, who, role) in [
        ("the officer", OFFICER, Role::Officer),
        ("the analyst", ANALYST, Role::MemberAnalyst),
        (
            "the reviewer",
            ("reviewer@example-social.test", "demo-reviewer-2026"),
            Role::MemberReviewer,
        ),
        (
            "the trainer",
            ("trainer@casebridge-ops.test", "demo-trainer-2026"),
            Role::Trainer,
        ),
        ("the admin", ADMIN, Role::Admin),
        (
            "the agency's people admin",
            ("people@cyber-unit.police.test", "demo-orgadmin-2026"),
            Role::OrgAdmin,
        ),
        ("another agency's officer", other_officer, Role::Officer),
        (
            "another company's analyst",
            other_analyst,
            Role::MemberAnalyst,
        ),
    ] {
        callers.push(signed_in(&app, name, who, role).await);
    }

    let mut tries = 0;
    let mut wrong = Vec::new();
    for route in ROUTES {
        let path = fill(route.path, route.access, &t);
        for c in callers.iter().filter(|c| !allowed(route.access, c, &t)) {
            tries += 1;
            let (status, to) = call(&app, c, route.method, &path).await;
            let to_sign_in = status == StatusCode::SEE_OTHER && to.starts_with("/login");
            let refused = matches!(status.as_u16(), 401 | 403 | 404);
            if !(refused || (c.role.is_none() && to_sign_in)) {
                wrong.push(format!(
                    "{} {path} as {}: {status} {to}",
                    route.method, c.name
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {tries} calls not refused:\n{}",
        wrong.len(),
        wrong.join("\n")
    );

    // The ids are the right ones: their owners can open what the others
    // could not.
    let owner_of = |thing| match thing {
        Thing::Report => &callers[2],
        _ => &callers[1],
    };
    let mut missing = Vec::new();
    for route in ROUTES.iter().filter(|r| r.method == "GET") {
        let Access::Own(_, thing) = route.access else {
            continue;
        };
        let path = fill(route.path, route.access, &t);
        let (status, _) = call(&app, owner_of(thing), "GET", &path).await;
        if !(status.is_success() || status.is_redirection()) {
            missing.push(format!("{path}: {status}"));
        }
    }
    assert!(
        missing.is_empty(),
        "owners cannot open their own: {missing:#?}"
    );
    println!("{tries} calls refused");
    // The owners' things are still there and unchanged in kind.
    let statuses = query_strings(&app.db.url, "SELECT status FROM documents ORDER BY id").await;
    assert_eq!(
        statuses.len(),
        4,
        "no document was made or removed by an outsider: {statuses:?}"
    );
}
