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
        // Kakao publishes no emergency channel: the officer has read that.
        "acknowledged": [
            "username_not_unique@targets[0].value",
            "emergency_route_unconfirmed@company_id"
        ],
        "attestation": { "name": "Insp. Dana Villanueva", "at": "2026-11-20T03:00:00Z" }
    })
}

/// Fetches an artifact of a package through the API.
async fn fetch(app: &TestApp, token: &str, url: &str) -> ApiAnswer {
    api(app, token, reqwest::Method::GET, url, None, &[]).await
}

#[tokio::test]
async fn through_the_api_a_request_is_drafted_attested_and_packaged_once() {
    use reqwest::Method;
    let app = spawn_app().await;
    let token = token_for(&app, OFFICER.0).await;
    // A document cannot arrive attested: the officer attests it.
    let res = api(
        &app,
        &token,
        Method::POST,
        "/api/v1/requests",
        Some(&kakao_emergency()),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert_eq!(res.json["error"]["path"], "attestation");

    let mut draft = kakao_emergency();
    draft["attestation"] = serde_json::Value::Null;
    draft["acknowledged"] = serde_json::json!([]);
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
    assert_eq!(res.json["status"], "draft");
    let id = res.json["id"].as_str().unwrap().to_string();
    assert_eq!(
        res.headers["location"],
        format!("/api/v1/requests/{id}").as_str()
    );
    let path = format!("/api/v1/requests/{id}");
    let got = api(&app, &token, Method::GET, &path, None, &[]).await;
    assert_eq!(got.json["status"], "draft");
    assert_eq!(
        got.json["package"],
        serde_json::Value::Null,
        "a draft has no package"
    );
    assert_eq!(got.etag(), format!("\"{}\"", got.json["revision"]));

    // A warning not acknowledged: refused with the findings, nothing built.
    let attest = format!("/api/v1/requests/{id}/attest");
    let name = serde_json::json!({ "name": "Insp. Dana Villanueva" });
    let res = api(&app, &token, Method::POST, &attest, Some(&name), &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json["error"]["code"], "not_ready");
    let warnings = res.json["warnings"].as_array().unwrap();
    assert!(
        warnings.iter().any(|w| w["code"] == "username_not_unique"),
        "{warnings:?}"
    );
    let acks: Vec<serde_json::Value> = warnings
        .iter()
        .map(|w| w["acknowledgement"].clone())
        .collect();
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM packages")
            .await
            .is_empty()
    );
    let with_ack = serde_json::json!({ "name": "Insp. Dana Villanueva", "acknowledged": acks });
    let res = api(&app, &token, Method::POST, &attest, Some(&with_ack), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_eq!(res.json["status"], "final");
    let pdf_url = res.json["package"]["files"]["pdf"]
        .as_str()
        .unwrap()
        .to_string();
    let package_id = res.json["package"]["id"].as_str().unwrap().to_string();
    let pdf = fetch(&app, &token, &pdf_url).await.bytes;
    if let Some(text) = pdf_text(&pdf) {
        // Kakao answers from Korea: labels in English and Korean.
        assert!(text.contains(&flat("Company and legal entity")), "{text}");
        assert!(text.contains(&flat("기업 및 법인")), "{text}");
        assert!(text.contains("night_owl_example"));
        assert!(text.contains(&flat("Insp. Dana Villanueva")));
    }
    assert_eq!(
        fetch(&app, &token, &pdf_url).await.bytes,
        pdf,
        "fetched again unchanged"
    );
    let json_url = res.json["package"]["files"]["json"]
        .as_str()
        .unwrap()
        .to_string();
    let envelope = fetch(&app, &token, &json_url).await.json;
    assert_eq!(envelope["package_id"], package_id.as_str());
    // Attesting again changes nothing: the request is final.
    let res = api(&app, &token, Method::POST, &attest, Some(&with_ack), &[]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.json["error"]["code"], "wrong_state");
    assert_eq!(
        query_strings(&app.db.url, "SELECT public_id FROM packages").await,
        vec![package_id.clone()]
    );

    // Another agency sees neither the request nor its package.
    let creds = add_officer(
        &app,
        "Other Demo Unit",
        "PH",
        "other@second-unit.police.test",
        true,
    )
    .await;
    let theirs = token_for(&app, creds.0).await;
    assert_eq!(
        fetch(&app, &theirs, &pdf_url).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        fetch(&app, &theirs, &path).await.status,
        StatusCode::NOT_FOUND
    );
    // Analysts do not make records requests.
    let analyst = token_for(&app, ANALYST.0).await;
    let res = api(
        &app,
        &analyst,
        Method::POST,
        "/api/v1/requests",
        Some(&draft),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.json["error"]["code"], "officers_only");
    // The one-call packaging is gone, and says where to go.
    let res = api(
        &app,
        &token,
        Method::POST,
        "/api/v1/requests/package",
        Some(&kakao_emergency()),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(
        res.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("attest")
    );
}

#[tokio::test]
async fn a_put_needs_the_etag_it_read_and_a_stale_one_changes_nothing() {
    use reqwest::Method;
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
    let path = format!("/api/v1/requests/{}", res.json["id"].as_str().unwrap());
    let first = res.etag();
    let mut changed = draft.clone();
    changed["data"]["details"] = "Login IP addresses with ports, last 48 hours".into();
    let res = api(&app, &token, Method::PUT, &path, Some(&changed), &[]).await;
    assert_eq!(res.status, StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(res.json["error"]["code"], "if_match_required");
    let res = api(
        &app,
        &token,
        Method::PUT,
        &path,
        Some(&changed),
        &[("if-match", &first)],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.json);
    assert_ne!(res.etag(), first);
    // A second writer who read the first revision is refused.
    let mut other = draft.clone();
    other["data"]["details"] = "Everything".into();
    let res = api(
        &app,
        &token,
        Method::PUT,
        &path,
        Some(&other),
        &[("if-match", &first)],
    )
    .await;
    assert_eq!(res.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(res.json["error"]["code"], "stale");
    let now = api(&app, &token, Method::GET, &path, None, &[]).await;
    assert_eq!(
        now.json["document"]["data"]["details"], "Login IP addresses with ports, last 48 hours",
        "the first writer's change is kept"
    );
}

#[tokio::test]
async fn attesting_through_the_api_refuses_a_national_id_as_the_name() {
    use reqwest::Method;
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
    let id = res.json["id"].as_str().unwrap().to_string();
    let checked = api(
        &app,
        &token,
        Method::POST,
        "/api/v1/requests/validate",
        Some(&draft),
        &[],
    )
    .await;
    let acks: Vec<serde_json::Value> = checked.json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["acknowledgement"].clone())
        .collect();
    // A fictional NRIC that passes the checksum, as the attesting name.
    let body = serde_json::json!({ "name": "S1234567D", "acknowledged": acks });
    let res = api(
        &app,
        &token,
        Method::POST,
        &format!("/api/v1/requests/{id}/attest"),
        Some(&body),
        &[],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.json);
    assert_eq!(res.json["error"]["code"], "invalid");
    assert_eq!(res.json["error"]["path"], "name");
    assert!(
        res.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("NRIC"),
        "{}",
        res.json
    );
    assert!(
        query_strings(&app.db.url, "SELECT public_id FROM packages")
            .await
            .is_empty(),
        "no package was built"
    );
    let now = api(
        &app,
        &token,
        Method::GET,
        &format!("/api/v1/requests/{id}"),
        None,
        &[],
    )
    .await;
    assert_eq!(now.json["status"], "draft");
}
