//! The JSON envelope against its published schema, and the ZIP bundle as a
//! recipient opens it.

use std::process::Command;

use casebridge::package::{ENVELOPE_SCHEMA, build_package, envelope_json, samples, sha256_hex};
use serde_json::Value;

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(ENVELOPE_SCHEMA).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[test]
fn envelopes_of_both_reference_documents_validate() {
    let v = schema();
    for (meta, doc, _, _) in [
        samples::reference_request_package(),
        samples::reference_report_package(),
    ] {
        let json: Value = serde_json::from_slice(&envelope_json(&meta, &doc).unwrap()).unwrap();
        let errors: Vec<String> = v.iter_errors(&json).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(json["document"], doc);
    }
}

#[test]
fn the_schema_refuses_a_broken_envelope() {
    let v = schema();
    let (meta, doc, _, _) = samples::reference_report_package();
    let good: Value = serde_json::from_slice(&envelope_json(&meta, &doc).unwrap()).unwrap();
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("package_id");
    let mut local_time = good.clone();
    local_time["created_at"] = "2026-11-23T17:30:00+09:00".into();
    let mut not_object = good.clone();
    not_object["document"] = "a string".into();
    for bad in [missing, local_time, not_object] {
        assert!(!v.is_valid(&bad), "accepted {bad}");
    }
}

#[test]
fn a_package_is_reproducible_and_its_manifest_verifies() {
    let (meta, doc, pdf, attachments) = samples::reference_request_package();
    let a = build_package(&meta, &doc, pdf.clone(), &[], &attachments).unwrap();
    let b = build_package(&meta, &doc, pdf, &[], &attachments).unwrap();
    assert!(a == b, "the same input gave different bytes");
    assert_eq!(a.json_sha256, sha256_hex(&a.json));

    if Command::new("unzip").arg("-v").output().is_err() {
        eprintln!("skipped the unzip checks: unzip is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("package.zip");
    std::fs::write(&zip, &a.zip).unwrap();
    let test = Command::new("unzip").arg("-t").arg(&zip).output().unwrap();
    assert!(
        test.status.success(),
        "{}",
        String::from_utf8_lossy(&test.stdout)
    );
    let extract = |name: &str| {
        let out = Command::new("unzip")
            .arg("-p")
            .arg(&zip)
            .arg(name)
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}");
        out.stdout
    };
    assert_eq!(extract("document.json"), a.json);
    assert_eq!(extract("document.pdf"), a.pdf);
    let manifest: Value = serde_json::from_slice(&extract("manifest.json")).unwrap();
    let files = manifest["files"].as_array().unwrap();
    let names: Vec<&str> = files.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "document.json",
            "document.pdf",
            "legal-process/court-order-2026-0000.pdf"
        ]
    );
    for f in files {
        let bytes = extract(f["name"].as_str().unwrap());
        assert_eq!(
            f["sha256"].as_str().unwrap(),
            sha256_hex(&bytes),
            "{}",
            f["name"]
        );
    }
    assert_eq!(
        extract("legal-process/court-order-2026-0000.pdf"),
        attachments[0].bytes
    );
}

#[test]
fn the_pdf_cover_carries_the_hash_of_the_json_beside_it() {
    let (meta, doc, pdf, _) = samples::reference_report_package();
    let p = build_package(&meta, &doc, pdf, &[], &[]).unwrap();
    if Command::new("pdftotext").arg("-v").output().is_err() {
        eprintln!("skipped: pdftotext is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, &p.pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text: String = String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect();
    assert!(
        text.contains(&p.json_sha256),
        "the cover lacks {}",
        p.json_sha256
    );
    assert!(text.contains(&p.package_id.to_string()));
}
