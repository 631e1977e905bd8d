//! A report that also goes to NCMEC carries the CyberTipline form in its
//! package: listed with its hashes in the manifest, offered on the review
//! page, and only when NCMEC is a destination.

use reqwest::{Method, StatusCode};
use sha2::{Digest, Sha256};

use crate::helpers::*;
use crate::report_package::{REVIEWER, complete, create, submit};

async fn approve(app: &TestApp, report: &serde_json::Value) -> (String, serde_json::Value) {
    let analyst = token_for(app, ANALYST.0).await;
    let id = create(app, &analyst, report).await;
    assert_eq!(submit(app, &analyst, &id).await.status, StatusCode::OK);
    let reviewer = token_for(app, REVIEWER).await;
    let approve = format!("/api/v1/reports/{id}/approve");
    let res = api(app, &reviewer, Method::POST, &approve, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    (id, res.json)
}

#[tokio::test]
async fn a_report_also_for_ncmec_carries_the_cybertipline_form_in_its_package() {
    let app = spawn_app().await;
    let (id, approved) = approve(&app, &complete()).await;
    let reviewer = token_for(&app, REVIEWER).await;
    let zip_url = approved["package"]["files"]["zip"].as_str().unwrap();
    let zip = api(&app, &reviewer, Method::GET, zip_url, None, &[])
        .await
        .bytes;
    let report_xml = casebridge::package::read_entry(&zip, "ncmec/report.xml").expect("in the ZIP");
    let file_xml = casebridge::package::read_entry(&zip, "ncmec/files/1.xml").expect("in the ZIP");
    let text = String::from_utf8(report_xml.clone()).unwrap();
    assert!(text.contains("<incidentType>"), "{text}");
    assert!(text.contains("Also reported to PH: "), "{text}");
    let manifest: serde_json::Value =
        serde_json::from_slice(&casebridge::package::read_entry(&zip, "manifest.json").unwrap())
            .unwrap();
    let listed = |name: &str| {
        manifest["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .map(|f| f["sha256"].as_str().unwrap().to_string())
    };
    let hex = |b: &[u8]| format!("{:x}", Sha256::digest(b));
    assert_eq!(listed("ncmec/report.xml"), Some(hex(&report_xml)));
    assert_eq!(listed("ncmec/files/1.xml"), Some(hex(&file_xml)));

    // The review page offers both, byte for byte as in the ZIP.
    app.login_ok(ANALYST).await;
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(page.contains("For NCMEC&#39;s CyberTipline"), "{page}");
    for (file, bytes) in [
        ("ncmec-report.xml", &report_xml),
        ("ncmec-file-1.xml", &file_xml),
    ] {
        let href = format!("/reports/{id}/package/{file}");
        assert!(page.contains(&href), "{href}: {page}");
        let res = app.get(&href).await;
        assert_eq!(res.status(), StatusCode::OK, "{href}");
        assert_eq!(res.headers()["content-type"], "application/xml");
        assert_eq!(&res.bytes().await.unwrap().to_vec(), bytes);
    }
    assert_eq!(
        app.get(&format!("/reports/{id}/package/ncmec-file-2.xml"))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "the report has one file"
    );
    // Another organisation reaches none of it.
    let officer = token_for(&app, OFFICER.0).await;
    let pkg = approved["package"]["id"].as_str().unwrap();
    let other = format!("/api/v1/packages/{pkg}/ncmec-report.xml");
    assert_eq!(
        api(&app, &officer, Method::GET, &other, None, &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        api(&app, &reviewer, Method::GET, &other, None, &[])
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn without_ncmec_as_a_destination_the_package_has_no_cybertipline_form() {
    let app = spawn_app().await;
    let mut report = complete();
    report["destination"]["also_to_ncmec"] = false.into();
    let (id, approved) = approve(&app, &report).await;
    let reviewer = token_for(&app, REVIEWER).await;
    let zip_url = approved["package"]["files"]["zip"].as_str().unwrap();
    let zip = api(&app, &reviewer, Method::GET, zip_url, None, &[])
        .await
        .bytes;
    assert!(casebridge::package::read_entry(&zip, "ncmec/report.xml").is_none());
    app.login_ok(ANALYST).await;
    let page = app.get_html(&format!("/reports/{id}/review")).await;
    assert!(!page.contains("ncmec-report.xml"));
}

#[tokio::test]
async fn a_report_for_ncmec_needs_what_the_cybertipline_needs() {
    let app = spawn_app().await;
    let analyst = token_for(&app, ANALYST.0).await;
    // A harm category without NCMEC's incident type.
    let mut report = complete();
    report["incident"]["incident_type"] = serde_json::Value::Null;
    let validate = "/api/v1/reports/validate";
    let res = api(&app, &analyst, Method::POST, validate, Some(&report), &[]).await;
    let paths: Vec<&str> = res.json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["path"].as_str())
        .collect();
    assert!(paths.contains(&"incident.incident_type"), "{}", res.json);
    // Not going to NCMEC: the local destination takes it from the harm.
    report["destination"]["also_to_ncmec"] = false.into();
    let res = api(&app, &analyst, Method::POST, validate, Some(&report), &[]).await;
    assert!(
        !res.json["errors"]
            .to_string()
            .contains("incident.incident_type"),
        "{}",
        res.json
    );
}

#[tokio::test]
async fn a_supplemental_file_with_a_classification_cannot_be_filed_or_exported() {
    let app = spawn_app().await;
    let analyst = token_for(&app, ANALYST.0).await;
    let mut report = complete();
    report["files"][0]["relevance"] = "supplemental_reported".into();
    report["files"][0]["industry_classification"] = "A1".into();
    let id = create(&app, &analyst, &report).await;
    let res = api(
        &app,
        &analyst,
        Method::POST,
        &format!("/api/v1/reports/{id}/submit"),
        Some(&serde_json::json!({ "acknowledged": [] })),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert!(
        res.json["errors"]
            .to_string()
            .contains("supplemental_classified"),
        "{}",
        res.json
    );
    // Never approved, so no package and no CyberTipline form exists.
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM packages")
            .await
            .is_empty()
    );
}
