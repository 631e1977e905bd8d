//! An APAC report through the API's lifecycle: four eyes (the author
//! submits, another reviewer approves), the destination's rules first, the
//! rule-pack version in the envelope, labels in the destination's language,
//! hashes and the review trace in the PDF.

use reqwest::{Method, StatusCode};

use crate::helpers::*;

pub(crate) const COMPLETE: &str = include_str!("../data/reports/complete.json");
pub(crate) const REVIEWER: &str = "reviewer@example-social.test";
pub(crate) const SECOND: &str = "second-reviewer@example-social.test";

pub(crate) fn complete() -> serde_json::Value {
    serde_json::from_str(COMPLETE).unwrap()
}

/// Creates a draft of `report` as `token` and returns its id.
pub(crate) async fn create(app: &TestApp, token: &str, report: &serde_json::Value) -> String {
    let res = api(
        app,
        token,
        Method::POST,
        "/api/v1/reports",
        Some(report),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.json);
    res.json["id"].as_str().unwrap().to_string()
}

/// Submits the draft, acknowledging every warning validation names.
pub(crate) async fn submit(app: &TestApp, token: &str, id: &str) -> ApiAnswer {
    let validate = api(
        app,
        token,
        Method::POST,
        "/api/v1/reports/validate",
        Some(&complete()),
        &[],
    )
    .await;
    let acks: Vec<String> = validate.json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["acknowledgement"].as_str().unwrap().to_string())
        .collect();
    let body = serde_json::json!({ "acknowledged": acks });
    let path = format!("/api/v1/reports/{id}/submit");
    api(app, token, Method::POST, &path, Some(&body), &[]).await
}

#[tokio::test]
async fn a_reviewer_cannot_approve_what_they_wrote_and_a_second_reviewer_can() {
    let app = spawn_app().await;
    add_colleague(
        &app,
        REVIEWER,
        SECOND,
        "Kenji Second",
        casebridge::domain::role::Role::MemberReviewer,
    )
    .await;
    let reviewer = token_for(&app, REVIEWER).await;
    let second = token_for(&app, SECOND).await;
    // The reviewer writes and submits a report of their own.
    let id = create(&app, &reviewer, &complete()).await;
    let res = submit(&app, &reviewer, &id).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_eq!(res.json["status"], "in_review");
    // Alone, they cannot approve it: nothing changes.
    let approve = format!("/api/v1/reports/{id}/approve");
    let res = api(&app, &reviewer, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.json["error"]["code"], "four_eyes");
    let statuses = query_strings(&app.db.url, "SELECT status FROM documents").await;
    assert_eq!(statuses, ["in_review"]);
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM packages")
            .await
            .is_empty()
    );
    // The analyst is no reviewer.
    let analyst = token_for(&app, ANALYST.0).await;
    let res = api(&app, &analyst, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.json["error"]["code"], "reviewers_only");
    // A second reviewer approves; the package is built then.
    let res = api(&app, &second, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_eq!(res.json["status"], "approved");
    let reviews: Vec<(String, String)> = res.json["reviews"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["action"].as_str().unwrap().into(),
                r["by"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        reviews,
        [
            ("submitted".to_string(), "Priya Reviewer".to_string()),
            ("approved".to_string(), "Kenji Second".to_string()),
        ]
    );
    let files = &res.json["package"]["files"];
    let pdf = api(
        &app,
        &second,
        Method::GET,
        files["pdf"].as_str().unwrap(),
        None,
        &[],
    )
    .await;
    if let Some(text) = pdf_text(&pdf.bytes) {
        for expected in [
            "Reportofonlinechildsexualexploitation",
            "a3f1c2d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978",
            "Actionability",
            "IPcaptureevents",
            "Itisreportedmaterial",
            "Four-eyesreview",
            "Submittedforreviewby",
            "PriyaReviewer",
            "Approvedby",
            "KenjiSecond",
        ] {
            assert!(text.contains(expected), "{expected} missing: {text}");
        }
    }
    let envelope = api(
        &app,
        &second,
        Method::GET,
        files["json"].as_str().unwrap(),
        None,
        &[],
    )
    .await;
    assert_eq!(envelope.json["schema"]["id"], "casebridge.apac-report");
    assert!(
        envelope.json["rule_pack_version"]
            .as_str()
            .is_some_and(|v| !v.is_empty()),
        "the envelope records the rule pack it was checked against"
    );
    // Its organisation reads it, nobody else does.
    let path = format!("/api/v1/reports/{id}");
    let res = api(&app, &analyst, Method::GET, &path, None, &[]).await;
    assert_eq!(res.json["status"], "approved");
    let officer = token_for(&app, OFFICER.0).await;
    assert_eq!(
        api(&app, &officer, Method::GET, &path, None, &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let zip = files["zip"].as_str().unwrap();
    assert_eq!(
        api(&app, &officer, Method::GET, zip, None, &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The one-call packaging is gone.
    let res = api(
        &app,
        &reviewer,
        Method::POST,
        "/api/v1/reports/package",
        Some(&complete()),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::GONE);
}

#[tokio::test]
async fn a_report_that_breaks_its_rules_is_not_submitted_and_only_its_author_changes_it() {
    let app = spawn_app().await;
    let analyst = token_for(&app, ANALYST.0).await;
    let reviewer = token_for(&app, REVIEWER).await;
    let mut broken = complete();
    broken["reporter"]["email"] = "".into();
    let id = create(&app, &analyst, &broken).await;
    let res = submit(&app, &analyst, &id).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json["error"]["code"], "not_ready");
    assert!(!res.json["errors"].as_array().unwrap().is_empty());
    // Another member may not change the analyst's draft.
    let path = format!("/api/v1/reports/{id}");
    let etag = api(&app, &analyst, Method::GET, &path, None, &[])
        .await
        .etag();
    let res = api(
        &app,
        &reviewer,
        Method::PUT,
        &path,
        Some(&complete()),
        &[("if-match", &etag)],
    )
    .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.json["error"]["code"], "not_author");
    // The author fixes it and submits; the reviewer returns it with a comment.
    let res = api(
        &app,
        &analyst,
        Method::PUT,
        &path,
        Some(&complete()),
        &[("if-match", &etag)],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_eq!(submit(&app, &analyst, &id).await.status, StatusCode::OK);
    let back = format!("/api/v1/reports/{id}/return");
    let empty = serde_json::json!({ "comment": " " });
    let res = api(&app, &reviewer, Method::POST, &back, Some(&empty), &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json["error"]["path"], "comment");
    let comment = serde_json::json!({ "comment": "Add the second account's IP events." });
    let res = api(&app, &reviewer, Method::POST, &back, Some(&comment), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_eq!(res.json["status"], "returned");
    assert_eq!(
        res.json["reviews"][1]["comment"],
        "Add the second account's IP events."
    );
    // Returned: the reviewer cannot approve it until it is submitted again.
    let approve = format!("/api/v1/reports/{id}/approve");
    let res = api(&app, &reviewer, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.json["error"]["code"], "wrong_state");
}

#[tokio::test]
async fn a_report_to_korea_has_korean_labels() {
    let app = spawn_app().await;
    let analyst = token_for(&app, ANALYST.0).await;
    let reviewer = token_for(&app, REVIEWER).await;
    let mut report = complete();
    report["destination"]["jurisdiction"] = "KR".into();
    report["destination"]["authority"] = "knpa".into();
    let id = create(&app, &analyst, &report).await;
    let path = format!("/api/v1/reports/{id}/submit");
    let validate = api(
        &app,
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
    let res = api(
        &app,
        &analyst,
        Method::POST,
        &path,
        Some(&serde_json::json!({ "acknowledged": acks })),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let res = api(
        &app,
        &reviewer,
        Method::POST,
        &format!("/api/v1/reports/{id}/approve"),
        None,
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    let pdf = api(
        &app,
        &reviewer,
        Method::GET,
        res.json["package"]["files"]["pdf"].as_str().unwrap(),
        None,
        &[],
    )
    .await;
    if let Some(text) = pdf_text(&pdf.bytes) {
        assert!(text.contains("온라인아동성착취신고"), "{text}");
        assert!(text.contains("신고대상계정"), "{text}");
    }
}

const EVERY_FIELD: &str = include_str!("../data/reports/every_field.json");

/// The keys whose values are codes, shown as their labels, not as typed.
const CODED: &[&str] = &[
    "kind",
    "event",
    "relevance",
    "industry_classification",
    "incident_type",
    "harm",
    "report_annotations",
    "annotations",
    "basis",
    "jurisdiction",
    "authority",
    "zone",
    "country_code",
    "at",
];

/// Every value a person typed in `v`: strings and numbers, not codes.
fn typed_values(v: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) if !s.is_empty() && !CODED.contains(&key) => {
            out.push(s.clone())
        }
        serde_json::Value::Number(n) if key != "schema_version" => out.push(n.to_string()),
        serde_json::Value::Array(items) => {
            for i in items {
                typed_values(i, key, out);
            }
        }
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                typed_values(v, k, out);
            }
        }
        _ => {}
    }
}

/// Every instant of the report, as pages and PDFs print it in UTC.
fn instants(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(at) = m.get("at").and_then(|a| a.as_str()) {
                let t: jiff::Timestamp = at.parse().unwrap();
                out.push(t.strftime("%Y-%m-%d %H:%M:%S UTC").to_string());
            }
            m.values().for_each(|v| instants(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| instants(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn every_field_appears_on_check_your_answers_the_review_page_and_in_the_pdf() {
    let app = spawn_app().await;
    let analyst = token_for(&app, ANALYST.0).await;
    let reviewer = token_for(&app, REVIEWER).await;
    let report: serde_json::Value = serde_json::from_str(EVERY_FIELD).unwrap();
    let id = create(&app, &analyst, &report).await;
    app.login_ok(ANALYST).await;
    let check = app.get_html(&format!("/reports/{id}/check")).await;
    let validate = api(
        &app,
        &analyst,
        Method::POST,
        "/api/v1/reports/validate",
        Some(&report),
        &[],
    )
    .await;
    assert_eq!(
        validate.json["errors"],
        serde_json::json!([]),
        "the fixture is complete"
    );
    let acks: Vec<String> = validate.json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["acknowledgement"].as_str().unwrap().to_string())
        .collect();
    let submitted = api(
        &app,
        &analyst,
        Method::POST,
        &format!("/api/v1/reports/{id}/submit"),
        Some(&serde_json::json!({ "acknowledged": acks })),
        &[],
    )
    .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.json);
    let approved = api(
        &app,
        &reviewer,
        Method::POST,
        &format!("/api/v1/reports/{id}/approve"),
        None,
        &[],
    )
    .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.json);
    let reviewer_page = app.new_browser();
    reviewer_page
        .login_ok((REVIEWER, "demo-reviewer-2026"))
        .await;
    let review = reviewer_page
        .get_html(&format!("/reports/{id}/review"))
        .await;
    let pdf_url = approved.json["package"]["files"]["pdf"].as_str().unwrap();
    let pdf = api(&app, &reviewer, Method::GET, pdf_url, None, &[])
        .await
        .bytes;

    let mut expected = Vec::new();
    typed_values(&report, "", &mut expected);
    instants(&report, &mut expected);
    assert!(
        expected.len() > 80,
        "the fixture fills the report: {}",
        expected.len()
    );
    let pdf = pdf_text(&pdf);
    for value in &expected {
        let shown = |page: &str| {
            let amp = value.replace('&', "&amp;");
            ["&#39;", "&#x27;"]
                .iter()
                .any(|q| page.contains(&amp.replace('\'', q)))
        };
        assert!(shown(&check), "check your answers lacks {value:?}");
        assert!(shown(&review), "the review page lacks {value:?}");
        if let Some(text) = &pdf {
            assert!(text.contains(&flat(value)), "the PDF lacks {value:?}");
        }
    }
    // Who approved, and when, travels with the report.
    if let Some(text) = &pdf {
        assert!(text.contains("ApprovedbyPriyaReviewer"), "{text}");
        assert!(
            text.contains("SubmittedforreviewbyMin-junAnalyst"),
            "{text}"
        );
    }
    assert!(review.contains("Priya Reviewer"));
}

/// `pdftotext -raw` of a PDF (reading order, right-to-left labels
/// included) without white space or poppler's embedding marks, or `None`
/// where poppler is not installed.
fn pdf_reading_text(pdf: &[u8]) -> Option<String> {
    use std::process::Command;
    pdf_text(pdf)?;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext failed");
    Some(
        String::from_utf8_lossy(&out.stdout)
            .chars()
            .filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202C}').contains(c))
            .collect(),
    )
}

/// Reports to Nepal, India, Bangladesh, Sri Lanka, Cambodia and Pakistan
/// are approved into PDFs whose section and field labels are in English
/// and in the language the destination's rule pack names first among those
/// casebridge prints (Nepali, Hindi, Bengali, Sinhala, Khmer, Urdu).
#[tokio::test]
async fn reports_to_south_asia_and_cambodia_have_labels_in_both_languages() {
    use casebridge::i18n::Locale;
    let app = spawn_app().await;
    let analyst = token_for(&app, ANALYST.0).await;
    let reviewer = token_for(&app, REVIEWER).await;
    // Labels from every part of the projection and the packaging code.
    const LABELS: &[&str] = &[
        "package-report-kind",
        "report-section-destination",
        "report-authority-label",
        "report-section-incident",
        "report-incident-harm",
        "report-section-account",
        "report-account-screen-name",
        "report-section-ip-events",
        "report-ip-address",
        "report-section-file",
        "report-file-hashes",
        "report-section-reporter",
        "report-reporter-organisation",
        "review-trace",
        "review-trace-approved-by",
        "package-report-col-status",
        "package-sensitive",
        "package-recipient",
    ];
    for (code, authority, tag) in [
        ("NP", "cyber-bureau", "ne"),
        ("IN", "ncrb", "hi"),
        ("BD", "cid-cpc", "bn"),
        ("LK", "ncpa", "si"),
        ("KH", "aple-hotline", "km"),
        ("PK", "nccia", "ur"),
    ] {
        let mut report: serde_json::Value = serde_json::from_str(EVERY_FIELD).unwrap();
        report["destination"]["jurisdiction"] = code.into();
        report["destination"]["authority"] = authority.into();
        if code == "KH" {
            // Cambodia's pack wants web addresses on every online detail;
            // the fixture's chat, email and game details have none.
            report["internet_details"]
                .as_array_mut()
                .unwrap()
                .retain(|d| d["kind"] == "web_page");
        }
        let id = create(&app, &analyst, &report).await;
        let validate = api(
            &app,
            &analyst,
            Method::POST,
            "/api/v1/reports/validate",
            Some(&report),
            &[],
        )
        .await;
        assert_eq!(validate.json["errors"], serde_json::json!([]), "{code}");
        let acks: Vec<String> = validate.json["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["acknowledgement"].as_str().unwrap().to_string())
            .collect();
        let submitted = api(
            &app,
            &analyst,
            Method::POST,
            &format!("/api/v1/reports/{id}/submit"),
            Some(&serde_json::json!({ "acknowledged": acks })),
            &[],
        )
        .await;
        assert_eq!(
            submitted.status,
            StatusCode::OK,
            "{code}: {}",
            submitted.json
        );
        let approved = api(
            &app,
            &reviewer,
            Method::POST,
            &format!("/api/v1/reports/{id}/approve"),
            None,
            &[],
        )
        .await;
        assert_eq!(approved.status, StatusCode::OK, "{code}: {}", approved.json);
        let pdf_url = approved.json["package"]["files"]["pdf"].as_str().unwrap();
        let pdf = api(&app, &reviewer, Method::GET, pdf_url, None, &[]).await;
        let Some(text) = pdf_reading_text(&pdf.bytes) else {
            return;
        };
        let locale = Locale::reader_of(&[tag.to_string()]).unwrap();
        assert_eq!(locale.tag(), tag);
        for key in LABELS {
            let en = Locale::ENGLISH.t(key);
            let local = locale.t(key);
            assert_ne!(local, en, "{code}: {key} is not translated into {tag}");
            for label in [&en, &local] {
                assert!(
                    text.contains(&flat(label)),
                    "{code} ({tag}): {key} {label:?} is not in the PDF:\n{text}"
                );
            }
        }
        assert!(!text.contains('\u{FFFD}'), "{code}: a character was lost");
    }
}
