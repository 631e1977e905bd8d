//! The package of a finished request: downloads from the confirmation page,
//! stored bytes, the PDF's text, the ZIP's manifest, and the package API.

use std::process::Command;

use reqwest::StatusCode;

use crate::helpers::*;
use crate::request_flow::{FAKE_PDF, finish, sha256_hex, walk_to_check};

/// Names and contents of a ZIP, read by Python's zipfile (an independent
/// reader), or `None` when Python is missing.
fn unzip(zip: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.zip");
    std::fs::write(&path, zip).unwrap();
    let script = "import sys, zipfile, base64\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor n in z.namelist():\n    print(n + '\\t' + base64.b64encode(z.read(n)).decode())\n";
    let out = match Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            eprintln!("skipped: python3 is not installed");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    Some(
        text.lines()
            .map(|l| {
                let (name, b64) = l.split_once('\t').unwrap();
                (name.to_string(), base64_decode(b64))
            })
            .collect(),
    )
}

fn base64_decode(s: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes().filter(|c| *c != b'=') {
        let v = ALPHABET.iter().position(|a| *a == c).unwrap() as u32;
        buf = (buf << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    out
}

#[tokio::test]
async fn a_finished_request_offers_three_downloads_that_never_change() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = walk_to_check(&app, "subscriber").await;
    let done = finish(&app, &id).await;
    for file in ["document.pdf", "document.json", "bundle.zip"] {
        assert!(
            done.contains(&format!("/requests/{id}/package/{file}")),
            "{file}"
        );
    }
    let get = |file: &'static str| {
        let app = &app;
        let id = id.clone();
        async move {
            let res = app.get(&format!("/requests/{id}/package/{file}")).await;
            assert_eq!(res.status(), StatusCode::OK, "{file}");
            let disposition = res.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .to_string();
            assert!(disposition.starts_with("attachment;"), "{disposition}");
            res.bytes().await.unwrap().to_vec()
        }
    };
    let pdf = get("document.pdf").await;
    let json = get("document.json").await;
    let zip = get("bundle.zip").await;
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(
        get("document.pdf").await,
        pdf,
        "downloaded again, unchanged"
    );
    assert_eq!(get("bundle.zip").await, zip);
    assert!(
        done.contains(&sha256_hex(&pdf)),
        "the page shows the PDF's hash"
    );
    assert!(done.contains(&sha256_hex(&json)));

    let envelope: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(envelope["schema"]["id"], "casebridge.records-request");
    assert_eq!(envelope["document"]["targets"][0]["value"], "203.0.113.7");
    assert_eq!(envelope["training"], false);
    let package_id = envelope["package_id"].as_str().unwrap().to_string();
    assert!(done.contains(&package_id));
    // The envelope and the request inside it match their published schemas.
    for (schema, instance) in [
        ("/schemas/envelope.v1.json", &envelope),
        ("/schemas/request.v1.json", &envelope["document"]),
    ] {
        let schema: serde_json::Value = app.get(schema).await.json().await.unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(instance)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }

    if let Some(text) = pdf_text(&pdf) {
        for expected in [
            "SENSITIVE",
            "Records request: Basic subscriber information",
            "Example Social Pte. Ltd. (fictional)",
            "203.0.113.7",
            "Insp. Dana Villanueva",
            &package_id,
            &sha256_hex(&json),
        ] {
            assert!(
                text.contains(&flat(expected)),
                "{expected} missing from the PDF:\n{text}"
            );
        }
    }
    if let Some(files) = unzip(&zip) {
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"document.json"));
        assert!(names.contains(&"document.pdf"));
        assert!(names.contains(&"manifest.json"));
        let (_, order) = files
            .iter()
            .find(|(n, _)| n.ends_with("court-order.pdf"))
            .expect("the legal process is in the bundle");
        assert_eq!(order.as_slice(), FAKE_PDF);
        let (_, manifest) = files.iter().find(|(n, _)| n == "manifest.json").unwrap();
        let manifest = String::from_utf8(manifest.clone()).unwrap();
        for (name, bytes) in files.iter().filter(|(n, _)| n != "manifest.json") {
            assert!(
                manifest.contains(&sha256_hex(bytes)),
                "{name}'s hash is in the manifest"
            );
        }
    }
    let stored = query_strings(&app.db.url, "SELECT json_sha256 FROM packages").await;
    assert_eq!(
        stored,
        vec![sha256_hex(&json)],
        "one package, stored with its hashes"
    );
    // Drafts have no package.
    let draft = walk_to_check(&app, "preservation").await;
    let res = app
        .get(&format!("/requests/{draft}/package/document.pdf"))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

/// An emergency request to Kakao (Korea), complete and attested, as an
/// integrator's system would send it.
pub(crate) fn kakao_emergency() -> serde_json::Value {
    let window = serde_json::json!({
        "start": { "utc": "2026-11-01T00:00:00Z", "zone": "Asia/Manila" },
        "end": { "utc": "2026-11-02T00:00:00Z", "zone": "Asia/Manila" }
    });
    serde_json::json!({
        "company_id": "kakao",
        "entity": "Kakao Corp.",
        "request_type": "emergency",
        "legal_basis": { "kind": "emergency_disclosure" },
        "requester": {
            "name": "Insp. Dana Villanueva", "rank": "Police Inspector", "badge": "DEMO-0042",
            "email": "officer@cyber-unit.police.test", "phone": "+639175550101",
            "agency": "Demo Police Cyber Unit", "case_number": "DPCU-2026-118",
            "offence": "Threat to a child (fictional case)"
        },
        "targets": [{ "kind": "username", "value": "night_owl_example", "window": window }],
        "data": {
            "categories": ["subscriber", "ip_logs"],
            "start": { "utc": "2026-11-01T00:00:00Z", "zone": "Asia/Manila" },
            "end": { "utc": "2026-11-02T00:00:00Z", "zone": "Asia/Manila" },
            "details": "Most recent login IP addresses with ports"
        },
        "emergency": {
            "nature": "child_at_risk",
            "imminence": "A meeting with a child is arranged for tonight (fictional).",
            "person_at_risk": "A 12-year-old user (fictional).",
            "why_urgent": "A treaty request takes months; the meeting is tonight.",
            "callback": "+639175550199",
            "supervisor_name": "Supt. Jose Example",
            "supervisor_contact": "duty@cyber-unit.police.test"
        },
        "non_disclosure": { "requested": false },
        "acknowledged": ["username_not_unique@targets[0].value"],
        "attestation": { "name": "Insp. Dana Villanueva", "at": "2026-11-20T03:00:00Z" }
    })
}

#[tokio::test]
async fn the_package_api_builds_stores_and_serves_each_artifact() {
    let app = spawn_app().await;
    let token = token_for(&app, OFFICER.0).await;
    let client = reqwest::Client::new();
    let post = |accept: &'static str, body: String| {
        client
            .post(app.url("/api/v1/requests/package"))
            .bearer_auth(&token)
            .header("accept", accept)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    // Not attested, a warning not acknowledged: refused with the findings.
    let mut unfinished = kakao_emergency();
    unfinished["attestation"] = serde_json::Value::Null;
    unfinished["acknowledged"] = serde_json::json!([]);
    let res = post("application/pdf", unfinished.to_string())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_ready");
    assert_eq!(body["warnings"][0]["code"], "username_not_unique");
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM packages")
            .await
            .is_empty()
    );

    let res = post("application/pdf", kakao_emergency().to_string())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let package_id = res.headers()["x-casebridge-package-id"]
        .to_str()
        .unwrap()
        .to_string();
    let pdf = res.bytes().await.unwrap().to_vec();
    if let Some(text) = pdf_text(&pdf) {
        // Kakao answers from Korea: labels in English and Korean.
        assert!(text.contains(&flat("Company and legal entity")), "{text}");
        assert!(text.contains(&flat("기업 및 법인")), "{text}");
        assert!(text.contains("night_owl_example"));
    }
    let again = client
        .get(app.url(&format!("/api/v1/packages/{package_id}/document.pdf")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        again.bytes().await.unwrap().to_vec(),
        pdf,
        "fetched again unchanged"
    );
    let json = client
        .get(app.url(&format!("/api/v1/packages/{package_id}/document.json")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let envelope: serde_json::Value = json.json().await.unwrap();
    assert_eq!(envelope["package_id"], package_id.as_str());
    // Another agency cannot fetch it.
    let creds = add_officer(
        &app,
        "Other Demo Unit",
        "PH",
        "other@second-unit.police.test",
        true,
    )
    .await;
    let theirs = token_for(&app, creds.0).await;
    let res = client
        .get(app.url(&format!("/api/v1/packages/{package_id}/document.pdf")))
        .bearer_auth(&theirs)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let analyst = token_for(&app, ANALYST.0).await;
    let res = client
        .post(app.url("/api/v1/requests/package"))
        .bearer_auth(&analyst)
        .body(kakao_emergency().to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_package_api_refuses_a_national_id_in_the_attestation() {
    let app = spawn_app().await;
    let token = token_for(&app, OFFICER.0).await;
    let mut request = kakao_emergency();
    // A fictional NRIC that passes the checksum, as the attesting name.
    request["attestation"]["name"] = serde_json::json!("S1234567D");
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/requests/package"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(request.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = res.json().await.unwrap();
    let error = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["code"] == "national_id")
        .unwrap_or_else(|| panic!("{body:#}"));
    assert_eq!(error["path"], "attestation.name");
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM packages")
            .await
            .is_empty(),
        "no package was built"
    );
}
