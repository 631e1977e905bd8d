//! Forms and documents people trust (issue 18): the package PDFs read like
//! documents, not dumps of the data.

use reqwest::{Method, StatusCode};

use crate::helpers::*;
use crate::report_package::{REVIEWER, complete, create};
use crate::request_package::kakao_emergency;

/// The text of pages `first..=last` (all with `None`) as `pdftotext` reads
/// it, every run of white space one space, or `None` without poppler.
pub(crate) fn pdf_words(pdf: &[u8], pages: Option<(u32, u32)>) -> Option<String> {
    use std::process::Command;
    pdf_text(pdf)?;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf).unwrap();
    let mut cmd = Command::new("pdftotext");
    if let Some((first, last)) = pages {
        cmd.args(["-f", &first.to_string(), "-l", &last.to_string()]);
    }
    let out = cmd.arg(&path).arg("-").output().unwrap();
    assert!(out.status.success(), "pdftotext failed");
    Some(
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The PDF of `request` drafted and attested through the API.
async fn attested_pdf(app: &TestApp, request: serde_json::Value) -> Vec<u8> {
    let token = token_for(app, OFFICER.0).await;
    let mut draft = request;
    draft["attestation"] = serde_json::Value::Null;
    draft["acknowledged"] = serde_json::json!([]);
    let res = api(
        app,
        &token,
        Method::POST,
        "/api/v1/requests",
        Some(&draft),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.json);
    let id = res.json["id"].as_str().unwrap().to_string();
    let attest = format!("/api/v1/requests/{id}/attest");
    let name = serde_json::json!({ "name": "Insp. Dana Villanueva" });
    let res = api(app, &token, Method::POST, &attest, Some(&name), &[]).await;
    let acks: Vec<serde_json::Value> = res.json["warnings"]
        .as_array()
        .map(|w| w.iter().map(|w| w["acknowledgement"].clone()).collect())
        .unwrap_or_default();
    let body = serde_json::json!({ "name": "Insp. Dana Villanueva", "acknowledged": acks });
    let res = api(app, &token, Method::POST, &attest, Some(&body), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let url = res.json["package"]["files"]["pdf"].as_str().unwrap();
    api(app, &token, Method::GET, url, None, &[]).await.bytes
}

fn ko(key: &str) -> String {
    casebridge::i18n::Locale::from_tag("ko").unwrap().t(key)
}

#[tokio::test]
async fn an_emergency_request_pdf_opens_on_its_emergency_and_reads_like_a_document() {
    let app = spawn_app().await;
    let mut request = kakao_emergency();
    request["targets"][0]["country"] = "KR".into();
    request["non_disclosure"] = serde_json::json!({
        "requested": true, "basis": "Court order DPCU-2026-118 (fictional)", "until": "2027-03-31"
    });
    let pdf = attested_pdf(&app, request).await;
    let (Some(cover), Some(text)) = (pdf_words(&pdf, Some((1, 1))), pdf_words(&pdf, None)) else {
        return;
    };
    // The banner and the facts a duty officer acts on, before anything else.
    for expected in [
        "EMERGENCY",
        "긴급",
        "+639175550199",
        "Why the harm is imminent",
        "A meeting with a child is arranged for tonight",
        "Supt. Jose Example",
    ] {
        assert!(
            cover.contains(expected),
            "{expected} not on the cover:\n{cover}"
        );
    }
    assert!(
        cover.find("EMERGENCY") < cover.find("Package ID"),
        "the banner comes first:\n{cover}"
    );
    // Labels, not the form's questions or codes.
    for wrong in ["(optional)", "Until when", "()", "KR ·", "Who is at risk?"] {
        assert!(!text.contains(wrong), "{wrong} in the PDF:\n{text}");
    }
    assert!(text.contains("Korea"), "{text}");
    let until = text
        .find("Notice delayed until")
        .expect("the non-disclosure end");
    assert!(text[until..].contains("2027-03-31"), "{text}");
    // Choices in English and in Korean, the recipient's language.
    for key in [
        "category-subscriber",
        "emergency-nature-child-at-risk",
        "yes",
    ] {
        assert!(text.contains(&ko(key)), "{key} not in Korean:\n{text}");
    }
    assert!(text.contains("Subscriber information"), "{text}");
    // Each column header whole, never broken inside a word.
    for header in ["Type", "Identifier", "Records from", "Context"] {
        assert!(text.contains(header), "{header} broken:\n{text}");
    }
    // The attestation says what was attested, on the page its name is.
    let last = text.rfind("Attested by").unwrap();
    let statements = text.rfind("I make this request in my official capacity");
    assert!(
        statements.is_some_and(|s| s < last),
        "the statements are printed with the attestation:\n{text}"
    );
    assert_eq!(text.matches("Created (UTC)").count(), 1, "{text}");
}

#[tokio::test]
async fn a_request_to_a_company_read_in_utc_has_one_created_row() {
    let app = spawn_app().await;
    let mut request = kakao_emergency();
    request["company_id"] = "meta".into();
    request["entity"] = "Meta Platforms, Inc.".into();
    let pdf = attested_pdf(&app, request).await;
    let Some(text) = pdf_words(&pdf, None) else {
        return;
    };
    assert_eq!(text.matches("Created (").count(), 1, "{text}");
    assert!(text.contains("Created (UTC)"), "{text}");
}

/// A report to Korea, submitted by the analyst and approved by a reviewer.
async fn approved_korean_report(app: &TestApp) -> Vec<u8> {
    let analyst = token_for(app, ANALYST.0).await;
    let reviewer = token_for(app, REVIEWER).await;
    let mut report = complete();
    report["destination"]["jurisdiction"] = "KR".into();
    report["destination"]["authority"] = "knpa".into();
    report["destination"]["zone"] = "Asia/Seoul".into();
    let id = create(app, &analyst, &report).await;
    let validate = api(
        app,
        &analyst,
        Method::POST,
        "/api/v1/reports/validate",
        Some(&report),
        &[],
    )
    .await;
    let acks: Vec<String> = validate.json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["acknowledgement"].as_str().unwrap().to_string())
        .collect();
    let submit = format!("/api/v1/reports/{id}/submit");
    let body = serde_json::json!({ "acknowledged": acks });
    let res = api(app, &analyst, Method::POST, &submit, Some(&body), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let approve = format!("/api/v1/reports/{id}/approve");
    let res = api(app, &reviewer, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let url = res.json["package"]["files"]["pdf"].as_str().unwrap();
    api(app, &reviewer, Method::GET, url, None, &[]).await.bytes
}

#[tokio::test]
async fn a_report_pdf_prints_names_and_deadlines_as_people_read_them() {
    let app = spawn_app().await;
    let pdf = approved_korean_report(&app).await;
    let Some(text) = pdf_words(&pdf, None) else {
        return;
    };
    // Deadlines on the wall clock and in UTC, never a machine's timestamp.
    assert!(!text.contains("[Asia/Seoul]"), "{text}");
    assert!(flat(&text).contains(&flat("(+09:00) Asia/Seoul")), "{text}");
    // The annotation by its name, in English and Korean.
    assert!(!text.contains("csam solicitation"), "{text}");
    let annotations = format!(
        "Report annotations {} Sextortion {}",
        ko("report-incident-annotations"),
        ko("report-annotation-sextortion")
    );
    assert!(text.contains(&annotations), "{annotations}:\n{text}");
    // Yes and no in the recipient's language too.
    assert!(text.contains(&ko("yes")), "{text}");
    for wrong in ["()", "Korea (KR)"] {
        assert!(!text.contains(wrong), "{wrong} in the PDF:\n{text}");
    }
    assert_eq!(text.matches("Created (UTC)").count(), 1, "{text}");
}

/// The fields the error summary of `html` links to, and whether they come
/// in the order the fields stand on the page.
fn summary_in_page_order(html: &str) -> (Vec<String>, bool) {
    let Some(start) = html.find("cb-error-summary__list") else {
        return (Vec::new(), true);
    };
    let end = start + html[start..].find("</ul>").unwrap();
    let links = regex::Regex::new(r##"href="#([^"]+)""##).unwrap();
    let fields: Vec<String> = links
        .captures_iter(&html[start..end])
        .map(|c| c[1].to_string())
        .collect();
    let positions: Vec<usize> = fields
        .iter()
        .map(|f| {
            html[end..]
                .find(&format!(r#"id="{f}""#))
                .unwrap_or_else(|| panic!("the summary links to #{f}, which the page lacks"))
        })
        .collect();
    let ordered = positions.windows(2).all(|w| w[0] < w[1]);
    (fields, ordered)
}

/// Posts `fields` to `path` and checks the error summary walks down the
/// page; returns how many errors it lists.
async fn check_order(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> usize {
    let page = path.split('?').next().unwrap_or(path);
    let res = app.post_form(path, page, fields).await;
    let html = res.text().await.unwrap();
    let (listed, ordered) = summary_in_page_order(&html);
    assert!(
        ordered,
        "{path}: the summary lists {listed:?} out of page order"
    );
    listed.len()
}

fn year_fields(name: &str, year: &str) -> Vec<(String, String)> {
    [
        ("day", "1"),
        ("month", "11"),
        ("year", year),
        ("hour", "10"),
        ("minute", "00"),
    ]
    .iter()
    .map(|(p, v)| (format!("{name}-{p}"), v.to_string()))
    .chain([(format!("{name}-zone"), "Asia/Manila".to_string())])
    .collect()
}

#[tokio::test]
async fn every_request_step_lists_its_errors_in_the_order_of_its_fields() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = crate::requests::draft_of(&app, "example-social", "emergency").await;
    let continue_only = [("action", "continue")];
    let mut counts = Vec::new();
    for step in ["basis", "requester", "data", "emergency", "non-disclosure"] {
        counts.push(check_order(&app, &format!("/requests/{id}/{step}"), &continue_only).await);
    }
    assert!(counts[1] >= 2, "the officer page lists several errors");
    // An identifier whose period and time seen are both in the future:
    // "Records from" stands above "when seen" on the page.
    let mut target: Vec<(String, String)> = vec![
        ("kind".into(), "ip".into()),
        ("value".into(), "203.0.113.7".into()),
        ("port".into(), "70000".into()),
        ("action".into(), "continue".into()),
    ];
    target.extend(year_fields("observed", "2031"));
    target.extend(year_fields("start", "2030"));
    target.extend(year_fields("end", "2031"));
    let refs: Vec<(&str, &str)> = target
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let path = format!("/requests/{id}/targets/new");
    assert!(check_order(&app, &path, &refs).await >= 2);
    let res = app.post_form(&path, &path, &refs).await;
    let html = res.text().await.unwrap();
    assert!(
        html.contains("The start of the records period is in the future"),
        "{html}"
    );
    assert!(
        html.contains("The time the address was seen is in the future"),
        "{html}"
    );
}

#[tokio::test]
async fn every_report_step_lists_its_errors_in_the_order_of_its_fields() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let continue_only = [("action", "continue")];
    let res = app.post_form("/reports", "/reports/new", &[]).await;
    let report = location(&res)
        .trim_start_matches("/reports/")
        .trim_end_matches("/destination")
        .to_string();
    for step in [
        "destination",
        "incident",
        "online",
        "accounts/new",
        "victims/new",
        "files/new",
        "livestream",
        "prior",
        "reporter",
    ] {
        check_order(&app, &format!("/reports/{report}/{step}"), &continue_only).await;
    }
}

#[tokio::test]
async fn a_report_pdf_names_whose_contact_details_each_row_holds() {
    let app = spawn_app().await;
    let pdf = approved_korean_report(&app).await;
    let Some(text) = pdf_words(&pdf, None) else {
        return;
    };
    // Police read the PDF: "Your name" and "Name or team" are the form's words.
    for wrong in [
        "Your name",
        "Your email address",
        "Your phone number",
        "Name or team",
    ] {
        assert!(!text.contains(wrong), "{wrong} in the PDF:\n{text}");
    }
    for label in [
        "Reporter's name",
        "Reporter's email address",
        "Law-enforcement contact",
        "Law-enforcement contact's phone",
    ] {
        assert!(text.contains(label), "{label} missing:\n{text}");
    }
}

#[tokio::test]
async fn a_returned_report_has_one_status_on_the_dashboard() {
    let app = spawn_app().await;
    let analyst = token_for(&app, ANALYST.0).await;
    let reviewer = token_for(&app, REVIEWER).await;
    let id = create(&app, &analyst, &complete()).await;
    let res = crate::report_package::submit(&app, &analyst, &id).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let back = serde_json::json!({ "comment": "Add the victim's age indicators (fictional)." });
    let path = format!("/api/v1/reports/{id}/return");
    let res = api(&app, &reviewer, Method::POST, &path, Some(&back), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    app.login_ok(ANALYST).await;
    let html = app.get_html("/").await;
    let row = regex::Regex::new(&format!(r#"(?s)data-document="{id}".*?</tr>"#)).unwrap();
    let row = row
        .find(&html)
        .expect("the report is in the documents table")
        .as_str();
    assert!(row.contains("Returned with comments"), "{row}");
    assert!(!row.contains(">Draft<"), "{row}");
    let mine = html.split(r#"id="my-reports""#).nth(1).unwrap();
    let mine = &mine[..mine.find("</ul>").unwrap()];
    assert!(mine.contains("Returned with comments"), "{mine}");
}

#[tokio::test]
async fn a_new_version_says_which_version_it_corrects() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = crate::request_flow::walk_to_check(&app, "subscriber").await;
    crate::request_flow::finish(&app, &id).await;
    let first = app.get_html(&format!("/requests/{id}/done")).await;
    let reference = regex::Regex::new(r"CB-\d{4}-\d{6}")
        .unwrap()
        .find(&first)
        .unwrap()
        .as_str()
        .to_string();
    let res = app
        .post_form(
            &format!("/requests/{id}/new-version"),
            &format!("/requests/{id}/done"),
            &[],
        )
        .await;
    let v2 = location(&res)
        .trim_start_matches("/requests/")
        .trim_end_matches("/check")
        .to_string();
    let note = format!("Version 2: corrects {reference}");
    let check = app.get_html(&format!("/requests/{v2}/check")).await;
    assert!(check.contains(&note), "{check}");
    let list = app.get_html("/documents").await;
    let row = regex::Regex::new(&format!(r#"(?s)data-document="{v2}".*?</tr>"#)).unwrap();
    let row = row.find(&list).expect("version 2 is listed").as_str();
    assert!(row.contains(&note), "{row}");
    let row = regex::Regex::new(&format!(r#"(?s)data-document="{id}".*?</tr>"#)).unwrap();
    assert!(
        !row.find(&list).unwrap().as_str().contains("corrects"),
        "version 1 corrects nothing"
    );
}

#[tokio::test]
async fn the_account_step_labels_each_box_by_what_it_holds() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let res = app.post_form("/reports", "/reports/new", &[]).await;
    let report = location(&res)
        .trim_start_matches("/reports/")
        .trim_end_matches("/destination")
        .to_string();
    let html = app
        .get_html(&format!("/reports/{report}/accounts/new"))
        .await;
    assert!(html.contains("Email address 1"), "{html}");
    assert!(html.contains("Phone number 1"), "{html}");
    assert!(!html.contains(">Number 1<"), "{html}");
    // The phone hint stands with the phones, not with the emails.
    let emails = &html[html.find(r#"id="emails""#).unwrap()..html.find(r#"id="phones""#).unwrap()];
    assert!(!emails.contains("country code"), "{emails}");
    let phones = &html[html.find(r#"id="phones""#).unwrap()..];
    assert!(phones.contains("country code"), "{phones}");
}

#[tokio::test]
async fn a_recommended_field_is_asked_for_in_a_sentence() {
    let app = spawn_app().await;
    let analyst = token_for(&app, ANALYST.0).await;
    let mut report = complete();
    report["victims"] = serde_json::json!([]);
    let res = api(
        &app,
        &analyst,
        Method::POST,
        "/api/v1/reports/validate",
        Some(&report),
        &[],
    )
    .await;
    let messages: Vec<&str> = res.json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w["message"].as_str())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("Add the victim’s details if you have them")),
        "{messages:?}"
    );
    assert!(
        !messages.iter().any(|m| m.contains("Add Victims")),
        "{messages:?}"
    );
}

#[tokio::test]
async fn the_legal_process_size_reads_in_bytes_or_kilobytes() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = crate::request_flow::walk_to_check(&app, "subscriber").await;
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    let size = format!("({} bytes)", crate::request_flow::FAKE_PDF.len());
    assert!(check.contains(&size), "{check}");
    assert!(!check.contains(" B)"), "{check}");
}

/// The result of a script run in the page.
async fn eval(c: &fantoccini::Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![]).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_fit_a_phone_and_use_the_width_of_a_desktop() {
    let Some(b) = crate::browser::browser().await else {
        return;
    };
    let app = spawn_app().await;
    let token = token_for(&app, OFFICER.0).await;
    let mut draft = kakao_emergency();
    draft["attestation"] = serde_json::Value::Null;
    let res = api(
        &app,
        &token,
        Method::POST,
        "/api/v1/requests",
        Some(&draft),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.json);
    let id = res.json["id"].as_str().unwrap().to_string();
    let c = &b.client;
    crate::browser::sign_in(c, &app, OFFICER).await;

    // Check your answers on a desktop: the page's width, and the cards'
    // labels and links kept off their borders.
    c.goto(&app.url(&format!("/requests/{id}/check")))
        .await
        .unwrap();
    let share = eval(
        c,
        "const l = document.querySelector('.cb-summary-list');
         return l.getBoundingClientRect().width / document.querySelector('main').getBoundingClientRect().width;",
    )
    .await;
    assert!(
        share.as_f64().unwrap() > 0.9,
        "check your answers uses {share} of the width"
    );
    let pads = eval(
        c,
        "const k = getComputedStyle(document.querySelector('.cb-summary-card .cb-summary-list__key'));
         const a = document.querySelector('.cb-summary-card .cb-summary-list__actions');
         return [parseFloat(k.paddingLeft), a ? parseFloat(getComputedStyle(a).paddingRight) : 15];",
    )
    .await;
    for p in pads.as_array().unwrap() {
        assert!(p.as_f64().unwrap() >= 15.0, "card padding {pads}");
    }

    // The dashboard on a 390-pixel phone: nothing wider than the screen, a
    // UUID on one or two lines.
    c.set_window_size(390, 900).await.unwrap();
    c.goto(&app.url("/")).await.unwrap();
    let widths = eval(
        c,
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth,
                 document.querySelector('#documents').getBoundingClientRect().right];",
    )
    .await;
    let w: Vec<f64> = widths
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    let wide = eval(
        c,
        "const w = document.documentElement.clientWidth;
         return [...document.querySelectorAll('body *')]
           .filter(e => e.getBoundingClientRect().right > w + 0.5 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX == 'visible' && e.clientWidth > 0)
           .map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth + '/' + e.clientWidth)
           .slice(0, 8);",
    )
    .await;
    assert!(
        w[0] <= w[1] && w[2] <= w[1],
        "the page is {} wide on a {} screen: {wide}",
        w[0],
        w[1]
    );
    let lines = eval(
        c,
        "const e = document.querySelector('#documents .cb-code');
         const line = parseFloat(getComputedStyle(e).lineHeight) || e.getClientRects()[0].height;
         return e.getBoundingClientRect().height / line;",
    )
    .await;
    assert!(lines.as_f64().unwrap() < 2.5, "a UUID takes {lines} lines");
    c.clone().close().await.unwrap();
}

/// The Change links of the summary rows labelled `label` on `html`.
fn change_links_of(html: &str, label: &str) -> Vec<bool> {
    let row = regex::Regex::new(r#"(?s)<div class="cb-summary-list__row[^"]*">\s*<dt class="cb-summary-list__key">([^<]*)</dt>(.*?)</div>"#).unwrap();
    row.captures_iter(html)
        .filter(|c| c[1].trim() == label)
        .map(|c| c[2].contains("cb-summary-list__actions"))
        .collect()
}

#[tokio::test]
async fn change_links_are_offered_only_on_what_the_officer_entered() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = crate::request_flow::walk_to_check(&app, "subscriber").await;
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    assert_eq!(change_links_of(&check, "Company"), vec![true], "{check}");
    for derived in ["Intake", "SHA-256"] {
        assert_eq!(
            change_links_of(&check, derived),
            vec![false],
            "{derived}: {check}"
        );
    }
    // Country names as people choose them: "Australia" once.
    let target = app.get_html(&format!("/requests/{id}/targets/new")).await;
    assert!(target.contains(">Australia<"), "{target}");
    assert!(!target.contains("Australia – Australia"), "{target}");
    let company = app.get_html(&format!("/requests/{id}/company")).await;
    let tiktok = &company[company.find(r#"value="tiktok""#).unwrap()..];
    let tiktok = &tiktok[..tiktok.find("cb-radios__item").unwrap_or(tiktok.len())];
    assert!(!tiktok.contains("cb-radios__hint"), "{tiktok}");
}

#[tokio::test]
async fn a_question_with_one_answer_has_it_chosen() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let res = app.post_form("/reports", "/reports/new", &[]).await;
    let report = location(&res)
        .trim_start_matches("/reports/")
        .trim_end_matches("/destination")
        .to_string();
    let path = format!("/reports/{report}/destination");
    let res = app
        .post_form(
            &path,
            &path,
            &[("jurisdiction", "VN"), ("action", "continue")],
        )
        .await;
    assert_eq!(location(&res), format!("/reports/{report}/authority"));
    // Viet Nam's pack names one receiving authority: it is already chosen.
    let page = app.get_html(&format!("/reports/{report}/authority")).await;
    let radios =
        regex::Regex::new(r#"<input class="cb-radios__input"[^>]*name="authority"[^>]*>"#).unwrap();
    let found: Vec<&str> = radios.find_iter(&page).map(|m| m.as_str()).collect();
    assert_eq!(found.len(), 1, "{page}");
    assert!(found[0].contains(" checked"), "{}", found[0]);
}

#[tokio::test]
async fn an_account_changed_from_check_your_answers_returns_there() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let res = app.post_form("/reports", "/reports/new", &[]).await;
    let report = location(&res)
        .trim_start_matches("/reports/")
        .trim_end_matches("/destination")
        .to_string();
    let new = format!("/reports/{report}/accounts/new");
    let fields = [("esp_identifier", "100200300"), ("action", "continue")];
    let res = app.post_form(&new, &new, &fields).await;
    assert_eq!(
        location(&res),
        format!("/reports/{report}/accounts/0/ip-events")
    );
    let change = format!("/reports/{report}/accounts/0?return=check");
    let fields = [("esp_identifier", "100200301"), ("action", "continue")];
    let res = app
        .post_form(&change, &format!("/reports/{report}/accounts/0"), &fields)
        .await;
    assert_eq!(location(&res), format!("/reports/{report}/check"));
}

#[tokio::test]
async fn a_new_identifier_starts_with_the_period_of_the_one_before() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = crate::request_flow::walk_to_check(&app, "subscriber").await;
    // walk_to_check added an identifier for 1 to 31 October 2026.
    let page = app.get_html(&format!("/requests/{id}/targets/new")).await;
    for (field, value) in [
        ("start-day", "1"),
        ("start-month", "10"),
        ("end-day", "31"),
        ("end-year", "2026"),
    ] {
        let input = regex::Regex::new(&format!(r#"<input[^>]*name="{field}"[^>]*>"#)).unwrap();
        let input = input
            .find(&page)
            .unwrap_or_else(|| panic!("{field} missing"))
            .as_str();
        assert!(input.contains(&format!(r#"value="{value}""#)), "{input}");
    }
}

#[tokio::test]
async fn the_demo_banner_stands_inside_a_landmark() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let html = app.get_html("/").await;
    let banner = html
        .find("cb-banner--demo")
        .expect("the demo organisation's banner");
    let header = (
        html.find("<header").unwrap(),
        html.find("</header>").unwrap(),
    );
    assert!(
        header.0 < banner && banner < header.1,
        "the banner is outside the header"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_non_disclosure_details_are_asked_only_after_yes() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = crate::requests::draft_of(&app, "example-social", "subscriber").await;
    let path = format!("/requests/{id}/non-disclosure");
    // Without scripts every field is on the page.
    let html = app.get_html(&path).await;
    assert!(html.contains(r#"id="basis""#) && html.contains(r#"data-reveal="requested=yes""#));
    let Some(b) = crate::browser::browser().await else {
        return;
    };
    let c = &b.client;
    crate::browser::sign_in(c, &app, OFFICER).await;
    c.goto(&app.url(&path)).await.unwrap();
    let shown = "return !document.getElementById('ndo-details').hidden;";
    assert_eq!(
        eval(c, shown).await,
        serde_json::json!(false),
        "hidden until asked"
    );
    c.find(fantoccini::Locator::Css("input[name=requested][value=yes]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(
        eval(c, shown).await,
        serde_json::json!(true),
        "shown after Yes"
    );
    c.find(fantoccini::Locator::Css("input[name=requested][value=no]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(
        eval(c, shown).await,
        serde_json::json!(false),
        "hidden again after No"
    );
    c.clone().close().await.unwrap();
}
