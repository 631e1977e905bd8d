//! The APAC-report API: validation for member safety teams, public rule
//! packs and the report's JSON Schema.

use crate::helpers::*;
use casebridge::domain::email::EmailAddress;
use reqwest::StatusCode;
use serde_json::{Value, json};

const COMPLETE: &str = include_str!("../data/reports/complete.json");

fn complete() -> Value {
    serde_json::from_str(COMPLETE).unwrap()
}

async fn token_for(app: &TestApp, email: &str) -> String {
    let email = EmailAddress::parse(email).unwrap();
    let user = app
        .state
        .store
        .user_by_email(&email)
        .await
        .unwrap()
        .unwrap();
    app.state.store.create_api_token(user.id).await.unwrap()
}

async fn post_validate(app: &TestApp, token: &str, body: &str, lang: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/reports/validate"))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .header("accept-language", lang)
        .body(body.to_string())
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn validation_needs_a_bearer_token() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url("/api/v1/reports/validate"))
        .body(COMPLETE)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unauthorised");
}

#[tokio::test]
async fn only_member_safety_teams_may_validate() {
    let app = spawn_app().await;
    for who in [OFFICER.0, ADMIN.0] {
        let token = token_for(&app, who).await;
        let res = post_validate(&app, &token, COMPLETE, "en").await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{who}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["error"]["code"], "forbidden");
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("member")
        );
    }
}

#[tokio::test]
async fn a_complete_report_is_valid_with_its_score_and_pack_version() {
    let app = spawn_app().await;
    let token = token_for(&app, ANALYST.0).await;
    let res = post_validate(&app, &token, COMPLETE, "en").await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["valid"], true, "{:#}", body["errors"]);
    assert_eq!(body["jurisdiction"], "PH");
    assert_eq!(body["pack_version"], "2026-12-01.1");
    assert_eq!(body["schema_version"], 1);
    assert_eq!(body["errors"], json!([]));
    assert_eq!(body["actionability"]["score"], 100);
    let items = body["actionability"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 9);
    assert!(
        items
            .iter()
            .all(|i| i["why"].as_str().is_some_and(|w| w.len() > 20))
    );
    let clock = body["clocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["duty"] == "ph-traffic-data")
        .unwrap();
    assert_eq!(clock["zone"], "Asia/Manila");
    assert_eq!(clock["due_local"], "2027-05-19T21:40:00+08:00[Asia/Manila]");
}

#[tokio::test]
async fn findings_have_paths_codes_and_messages_in_the_requested_language() {
    let app = spawn_app().await;
    let token = token_for(&app, ANALYST.0).await;
    let mut doc = complete();
    doc["destination"]["jurisdiction"] = json!("MY");
    doc["destination"]["authority"] = json!("pdrm-d11");
    doc["reported_persons"][0]["ip_events"][1]["port"] = Value::Null;
    doc["reported_persons"][0]["ip_events"][0]["address"] = Value::Null;
    doc["additional_info"] = json!("Caller gave NRIC S0000001I.");
    let body = doc.to_string();

    let res = post_validate(&app, &token, &body, "ko-KR,ko;q=0.9").await;
    assert_eq!(res.status(), StatusCode::OK);
    let out: Value = res.json().await.unwrap();
    assert_eq!(out["valid"], false);
    assert_eq!(out["language"], "ko");
    let errors = out["errors"].as_array().unwrap();
    let find = |path: &str, code: &str| {
        errors
            .iter()
            .find(|e| e["path"] == path && e["code"] == code)
            .unwrap_or_else(|| panic!("no {code} at {path} in {errors:#?}"))
    };
    let port = find(
        "reported_persons[0].ip_events[1].port",
        "missing_port_reason",
    );
    assert!(port["message"].as_str().unwrap().contains("포트"));
    let required = find("reported_persons[0].ip_events[0].address", "required_field");
    assert_eq!(required["rule"], "my-ip-address");
    let id = find("additional_info", "national_id");
    assert!(id["message"].as_str().unwrap().contains("싱가포르"), "{id}");
    assert!(out["actionability"]["score"].as_u64().unwrap() < 100);

    let res = post_validate(&app, &token, &body, "en").await;
    let out: Value = res.json().await.unwrap();
    let msg = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["code"] == "national_id")
        .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(msg.contains("Singapore NRIC"), "{msg}");
}

#[tokio::test]
async fn a_document_that_does_not_match_is_a_422_with_its_path() {
    let app = spawn_app().await;
    let token = token_for(&app, ANALYST.0).await;
    let cases = [
        (
            r#"{"destination":{"jurisdiction":"PH"},"reported_persons":[{"ip_events":[{"port":"x"}]}]}"#,
            "schema_mismatch",
            "reported_persons[0].ip_events[0].port",
        ),
        (
            r#"{"files":[{"content":"iVBORw0KGgo="}]}"#,
            "schema_mismatch",
            "files[0].content",
        ),
        (
            r#"{"aware_at":{"at":"2026-11-20T08:50:00","zone":"Asia/Manila"}}"#,
            "schema_mismatch",
            "aware_at.at",
        ),
        (
            r#"{"incident":{}}"#,
            "destination_missing",
            "destination.jurisdiction",
        ),
        (
            r#"{"destination":{"jurisdiction":"US"}}"#,
            "unknown_jurisdiction",
            "destination.jurisdiction",
        ),
    ];
    for (body, code, path) in cases {
        let res = post_validate(&app, &token, body, "en").await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let out: Value = res.json().await.unwrap();
        assert_eq!(out["error"]["code"], code, "{body}: {out}");
        assert_eq!(out["error"]["path"], path, "{body}: {out}");
    }
    let res = post_validate(&app, &token, "{not json", "en").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let out: Value = res.json().await.unwrap();
    assert_eq!(out["error"]["code"], "invalid_json");
}

#[tokio::test]
async fn rule_packs_are_public() {
    let app = spawn_app().await;
    let list: Value = app.get("/api/v1/jurisdictions").await.json().await.unwrap();
    assert_eq!(
        list["jurisdictions"].as_array().unwrap().len(),
        18,
        "kept as before"
    );
    assert!(list["jurisdictions"][0]["provenance"]["source"].is_string());
    let packs = list["rule_packs"].as_array().unwrap();
    assert_eq!(packs.len(), 18);
    assert!(packs.iter().all(|p| {
        p["href"]
            .as_str()
            .unwrap()
            .starts_with("/api/v1/jurisdictions/")
    }));

    let res = app.get("/api/v1/jurisdictions/np").await;
    assert_eq!(res.status(), StatusCode::OK);
    let np: Value = res.json().await.unwrap();
    let pack = &np["rule_pack"];
    assert_eq!(pack["jurisdiction"], "NP");
    assert_eq!(pack["zones"], json!(["Asia/Kathmandu"]));
    assert_eq!(pack["authorities"][0]["intake"]["channel"], "email");
    assert_eq!(pack["authorities"][0]["intake"]["status"], "verified");
    assert!(pack["required"][0]["source"].is_string());
    assert!(np["harm_taxonomy"]["harms"].as_array().unwrap().len() >= 15);

    let vn: Value = app
        .get("/api/v1/jurisdictions/VN")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        vn["rule_pack"]["authorities"][0]["intake"]["channel"],
        "none_published"
    );
    assert_eq!(
        vn["rule_pack"]["authorities"][0]["intake"]["status"],
        "unverified"
    );

    let res = app.get("/api/v1/jurisdictions/US").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
}

#[tokio::test]
async fn the_report_schema_is_served() {
    let app = spawn_app().await;
    let res = app.get("/schemas/report.v1.json").await;
    assert_eq!(res.status(), StatusCode::OK);
    let ct = res.headers()["content-type"].to_str().unwrap().to_string();
    assert!(ct.starts_with("application/schema+json"), "{ct}");
    let schema: Value = res.json().await.unwrap();
    assert_eq!(schema["$id"], "/schemas/report.v1.json");
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&complete()));
    assert!(!validator.is_valid(&json!({"files": [{"content": "AAAA"}]})));
}
