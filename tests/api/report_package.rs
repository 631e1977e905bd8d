//! The package of an APAC report through the API: four eyes (reviewers
//! only), the destination's rules first, the rule-pack version in the
//! envelope, labels in the destination's language, hashes in the PDF.

use reqwest::StatusCode;

use crate::helpers::*;

const COMPLETE: &str = include_str!("../data/reports/complete.json");
const REVIEWER: &str = "reviewer@example-social.test";

async fn post(app: &TestApp, token: &str, accept: &str, body: String) -> reqwest::Response {
    reqwest::Client::new()
        .post(app.url("/api/v1/reports/package"))
        .bearer_auth(token)
        .header("accept", accept)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_reviewer_packages_a_valid_report_and_an_analyst_cannot() {
    let app = spawn_app().await;
    let analyst = token_for(&app, ANALYST.0).await;
    let res = post(&app, &analyst, "application/pdf", COMPLETE.into()).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "reviewers_only");

    let reviewer = token_for(&app, REVIEWER).await;
    // A report that breaks its destination's rules is not packaged.
    let mut broken: serde_json::Value = serde_json::from_str(COMPLETE).unwrap();
    broken["reporter"]["email"] = "".into();
    let res = post(&app, &reviewer, "application/pdf", broken.to_string()).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_ready");
    assert!(!body["errors"].as_array().unwrap().is_empty());
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM packages")
            .await
            .is_empty()
    );

    let res = post(&app, &reviewer, "application/json", COMPLETE.into()).await;
    assert_eq!(res.status(), StatusCode::OK);
    let package_id = res.headers()["x-casebridge-package-id"]
        .to_str()
        .unwrap()
        .to_string();
    let envelope: serde_json::Value = res.json().await.unwrap();
    assert_eq!(envelope["schema"]["id"], "casebridge.apac-report");
    assert!(
        envelope["rule_pack_version"]
            .as_str()
            .is_some_and(|v| !v.is_empty()),
        "the envelope records the rule pack it was checked against: {envelope}"
    );
    let pdf = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/packages/{package_id}/document.pdf")))
        .bearer_auth(&reviewer)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    if let Some(text) = pdf_text(&pdf) {
        for expected in [
            "Reportofonlinechildsexualexploitation",
            "a3f1c2d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978",
            "Actionability",
            "IPcaptureevents",
            // Choices read as the wizard labels them.
            "Itisreportedmaterial",
        ] {
            assert!(text.contains(expected), "{expected} missing: {text}");
        }
    }
    let status = query_strings(
        &app.db.url,
        "SELECT status FROM documents WHERE kind = 'report'",
    )
    .await;
    assert_eq!(status, vec!["approved"]);

    // The stored report: its organisation reads it, nobody else does.
    let report_id = query_strings(
        &app.db.url,
        "SELECT public_id FROM documents WHERE kind = 'report'",
    )
    .await
    .remove(0);
    let get = |token: String| {
        reqwest::Client::new()
            .get(app.url(&format!("/api/v1/reports/{report_id}")))
            .bearer_auth(token)
            .send()
    };
    let res = get(analyst.clone()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "approved");
    let officer = token_for(&app, OFFICER.0).await;
    assert_eq!(get(officer).await.unwrap().status(), StatusCode::NOT_FOUND);
    let res = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/packages/{package_id}/bundle.zip")))
        .bearer_auth(token_for(&app, OFFICER.0).await)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::NOT_FOUND,
        "another organisation's package"
    );
}

#[tokio::test]
async fn a_report_to_korea_has_korean_labels() {
    let app = spawn_app().await;
    let reviewer = token_for(&app, REVIEWER).await;
    let mut report: serde_json::Value = serde_json::from_str(COMPLETE).unwrap();
    report["destination"]["jurisdiction"] = "KR".into();
    report["destination"]["authority"] = "knpa".into();
    let res = post(&app, &reviewer, "application/pdf", report.to_string()).await;
    let status = res.status();
    let bytes = res.bytes().await.unwrap();
    assert_eq!(
        status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&bytes)
    );
    if let Some(text) = pdf_text(&bytes) {
        assert!(text.contains("온라인아동성착취신고"), "{text}");
        assert!(text.contains("신고대상계정"), "{text}");
    }
}
