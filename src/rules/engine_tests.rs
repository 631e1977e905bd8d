//! The engine against the shipped packs: for every jurisdiction a report
//! that passes and one that fails for a field the country requires; the
//! generic checks; and the JSON Schema agreeing with the serde model.

use jiff::Timestamp;
use serde_json::{Value, json};

use super::*;
use crate::domain::report::Report;

const COMPLETE: &str = include_str!("../../tests/data/reports/complete.json");

fn rules() -> Rules {
    Rules::load(&Directory::load().unwrap()).unwrap()
}

/// The engine with the shipped fonts deciding what prints.
fn validate(r: &Report, pack: &RulePack, rules: &Rules, now: Timestamp) -> Outcome {
    super::validate(r, pack, rules, now, &crate::app::PdfText)
}

fn now() -> Timestamp {
    "2026-11-23T12:00:00Z".parse().unwrap()
}

fn complete() -> Value {
    serde_json::from_str(COMPLETE).unwrap()
}

fn report(v: &Value) -> Report {
    serde_json::from_value(v.clone()).unwrap()
}

fn for_pack(mut doc: Value, pack: &RulePack) -> Value {
    doc["destination"]["jurisdiction"] = json!(pack.jurisdiction.unwrap().as_str());
    doc["destination"]["authority"] = json!(pack.authorities[0].id);
    doc
}

fn codes(fs: &[Finding]) -> Vec<(&str, &str)> {
    fs.iter().map(|f| (f.path.as_str(), f.code)).collect()
}

/// Removes the field at every element along `path`: the model's defaults
/// then leave it empty, as a user who skipped it would.
fn strip(v: &mut Value, steps: &[&str]) {
    let Some((first, rest)) = steps.split_first() else {
        return;
    };
    let (name, each) = match first.strip_suffix("[]") {
        Some(n) => (n, true),
        None => (*first, false),
    };
    if rest.is_empty() {
        if let Some(o) = v.as_object_mut() {
            o.remove(name);
        }
        return;
    }
    let Some(child) = v.get_mut(name) else {
        return;
    };
    match (each, child.as_array_mut()) {
        (true, Some(items)) => {
            for item in items {
                strip(item, rest);
            }
        }
        _ => strip(child, rest),
    }
}

#[test]
fn a_complete_report_passes_in_every_jurisdiction() {
    let rules = rules();
    for pack in rules.packs() {
        let doc = for_pack(complete(), pack);
        let out = validate(&report(&doc), pack, &rules, now());
        assert!(
            out.is_valid(),
            "{}: {:?}",
            pack.jurisdiction.unwrap(),
            codes(&out.errors)
        );
        assert_eq!(out.pack_version, pack.version);
        assert!(out.checklist.score >= 90, "{}", out.checklist.score);
    }
}

#[test]
fn each_jurisdiction_refuses_a_report_without_a_field_it_requires() {
    let rules = rules();
    for pack in rules.packs() {
        let code = pack.jurisdiction.unwrap();
        for rule in &pack.required {
            let mut doc = for_pack(complete(), pack);
            for p in rule.path.iter().chain(&rule.any_of) {
                let steps: Vec<&str> = p.split('.').collect();
                strip(&mut doc, &steps);
            }
            let out = validate(&report(&doc), pack, &rules, now());
            let hit = out
                .errors
                .iter()
                .find(|f| f.code == "required_field" && f.rule.as_deref() == Some(&rule.id));
            assert!(
                hit.is_some(),
                "{code}: {} not enforced; errors {:?}",
                rule.id,
                codes(&out.errors)
            );
        }
    }
}

#[test]
fn the_path_of_a_missing_required_field_is_concrete() {
    let rules = rules();
    let my = rules.pack(CountryCode::parse("MY").unwrap()).unwrap();
    let mut doc = for_pack(complete(), my);
    doc["reported_persons"][0]["ip_events"][1]["address"] = Value::Null;
    let out = validate(&report(&doc), my, &rules, now());
    let f = out
        .errors
        .iter()
        .find(|f| f.code == "required_field")
        .unwrap();
    assert_eq!(f.path, "reported_persons[0].ip_events[1].address");
    assert_eq!(f.rule.as_deref(), Some("my-ip-address"));
}

#[test]
fn ip_events_need_a_port_or_a_reason_a_time_and_a_zone() {
    let rules = rules();
    let ph = rules.pack(CountryCode::parse("PH").unwrap()).unwrap();
    let mut doc = for_pack(complete(), ph);
    let events = &mut doc["reported_persons"][0]["ip_events"];
    events[0]["port"] = json!(70000);
    events[1]["port"] = Value::Null;
    let out = validate(&report(&doc), ph, &rules, now());
    assert!(codes(&out.errors).contains(&("reported_persons[0].ip_events[0].port", "port_range")));
    assert!(codes(&out.errors).contains(&(
        "reported_persons[0].ip_events[1].port",
        "missing_port_reason"
    )));

    let mut doc = for_pack(complete(), ph);
    let e = &mut doc["reported_persons"][0]["ip_events"][1];
    e["port"] = Value::Null;
    e["port_missing_reason"] = json!("The upload service logged no source ports before 2027");
    e["at"]["zone"] = Value::Null;
    let out = validate(&report(&doc), ph, &rules, now());
    assert!(
        codes(&out.warnings).contains(&("reported_persons[0].ip_events[1].port", "port_missing"))
    );
    assert!(codes(&out.errors).contains(&(
        "reported_persons[0].ip_events[1].at.zone",
        "time_zone_missing"
    )));

    let mut doc = for_pack(complete(), ph);
    doc["reported_persons"][0]["ip_events"][0]["at"] = Value::Null;
    let out = validate(&report(&doc), ph, &rules, now());
    assert!(
        codes(&out.errors).contains(&("reported_persons[0].ip_events[0].at", "ip_time_missing"))
    );
}

#[test]
fn hashes_are_checked_by_kind() {
    let rules = rules();
    let ph = rules.pack(CountryCode::parse("PH").unwrap()).unwrap();
    let mut doc = for_pack(complete(), ph);
    doc["files"][0]["hashes"][0]["value"] = json!("0123456789abcdef");
    doc["files"][0]["hashes"][1]["value"] = json!("z".repeat(64));
    let out = validate(&report(&doc), ph, &rules, now());
    let c = codes(&out.errors);
    assert!(
        c.contains(&("files[0].hashes[0].value", "hash_length")),
        "{c:?}"
    );
    assert!(
        c.contains(&("files[0].hashes[1].value", "hash_alphabet")),
        "{c:?}"
    );
    let f = out.errors.iter().find(|f| f.code == "hash_length").unwrap();
    let text = f.render(crate::i18n::Locale::ENGLISH);
    assert!(text.contains("32") && text.contains("16"), "{text}");
}

#[test]
fn letter_kinds_are_refused_in_account_and_device_ids_and_digit_ids_pass_there() {
    let rules = rules();
    let th = rules.pack(CountryCode::parse("TH").unwrap()).unwrap();
    let mut doc = for_pack(complete(), th);
    doc["reported_persons"][0]["esp_identifier"] = json!("S0000001I");
    doc["reported_persons"][0]["device_ids"] = json!([{"kind": "IMEI", "value": "S0000001I"}]);
    doc["victims"][0]["esp_identifier"] = json!("1795400000004");
    doc["files"][0]["file_name"] = json!("202611231430.jpg");
    let out = validate(&report(&doc), th, &rules, now());
    let c = codes(&out.errors);
    for path in [
        "reported_persons[0].esp_identifier",
        "reported_persons[0].device_ids[0].value",
    ] {
        assert!(c.contains(&(path, "national_id")), "{path}: {c:?}");
    }
    let all: Vec<_> = codes(&out.errors)
        .into_iter()
        .chain(codes(&out.warnings))
        .filter(|(_, code)| code.contains("national_id"))
        .collect();
    assert_eq!(
        all.len(),
        2,
        "the epoch-ms id and the file name pass: {all:?}"
    );
}

#[test]
fn digit_only_ids_in_free_text_are_errors_with_a_label_and_warnings_without() {
    let rules = rules();
    let th = rules.pack(CountryCode::parse("TH").unwrap()).unwrap();
    let mut doc = for_pack(complete(), th);
    // Epoch milliseconds that pass the Thai check digit.
    doc["additional_info"] = json!("Upload logged at 1795400000004.");
    doc["victims"][0]["additional_info"] = json!("เลขบัตรประชาชน 1100000000016");
    let out = validate(&report(&doc), th, &rules, now());
    assert!(
        codes(&out.warnings).contains(&("additional_info", "possible_national_id")),
        "{:?}",
        codes(&out.warnings)
    );
    assert!(!codes(&out.errors).contains(&("additional_info", "national_id")));
    assert!(codes(&out.errors).contains(&("victims[0].additional_info", "national_id")));
    let w = out
        .warnings
        .iter()
        .find(|f| f.code == "possible_national_id")
        .unwrap();
    let en = w.render(crate::i18n::Locale::ENGLISH);
    assert!(
        en.contains("Thai citizen") && en.contains("acknowledge"),
        "{en}"
    );
    // Elsewhere, with no label, the same digits are left alone.
    let au = rules.pack(CountryCode::parse("AU").unwrap()).unwrap();
    let mut doc = for_pack(complete(), au);
    doc["additional_info"] = json!("Upload logged at 1795400000004.");
    let out = validate(&report(&doc), au, &rules, now());
    assert!(!format!("{:?}", codes(&out.warnings)).contains("national_id"));
}

#[test]
fn national_ids_are_refused_in_any_text_naming_the_type() {
    let rules = rules();
    let sg = rules.pack(CountryCode::parse("SG").unwrap()).unwrap();
    let mut doc = for_pack(complete(), sg);
    doc["victims"][0]["additional_info"] = json!("Her NRIC is S0000001I per the chat.");
    doc["reported_persons"][0]["display_name"] = json!("900101-1000006");
    let out = validate(&report(&doc), sg, &rules, now());
    let c = codes(&out.errors);
    assert!(
        c.contains(&("victims[0].additional_info", "national_id")),
        "{c:?}"
    );
    // A Korean number in a report to Singapore, with nothing naming it,
    // may be something else: a warning the member acknowledges.
    let w = codes(&out.warnings);
    assert!(
        w.contains(&("reported_persons[0].display_name", "possible_national_id")),
        "{w:?}"
    );
    // In a report to Korea, its grouped form is certain.
    let kr = rules.pack(CountryCode::parse("KR").unwrap()).unwrap();
    let mut doc = for_pack(complete(), kr);
    doc["reported_persons"][0]["display_name"] = json!("900101-1000006");
    let out_kr = validate(&report(&doc), kr, &rules, now());
    assert!(
        codes(&out_kr.errors).contains(&("reported_persons[0].display_name", "national_id")),
        "{:?}",
        codes(&out_kr.errors)
    );
    let f = out
        .errors
        .iter()
        .find(|f| f.path == "victims[0].additional_info")
        .unwrap();
    let en = f.render(crate::i18n::Locale::ENGLISH);
    assert!(en.contains("Singapore NRIC"), "{en}");
    let ko = f.render(crate::i18n::Locale::from_tag("ko").unwrap());
    assert!(!ko.contains("Unknown"), "{ko}");
    assert_ne!(ko, en);
}

#[test]
fn escalation_review_and_supplemental_files() {
    let rules = rules();
    let ph = rules.pack(CountryCode::parse("PH").unwrap()).unwrap();
    let mut doc = for_pack(complete(), ph);
    doc["incident"]["escalation_reason"] = json!(" ");
    doc["files"][0]["review"] = Value::Null;
    doc["files"][0]["relevance"] = json!("supplemental_reported");
    let out = validate(&report(&doc), ph, &rules, now());
    let c = codes(&out.errors);
    assert!(c.contains(&("incident.escalation_reason", "escalation_reason_missing")));
    assert!(c.contains(&("files[0].review", "review_attestation_missing")));
    assert!(c.contains(&("files[0].relevance", "supplemental_classified")));

    // Novel material must be viewed by a person before it is reported.
    let mut doc = for_pack(complete(), ph);
    doc["incident"]["harm"] = json!("csam_novel");
    doc["incident"]["incident_type"] = json!("child_pornography");
    doc["files"][0]["viewed_by_person"] = json!(false);
    let out = validate(&report(&doc), ph, &rules, now());
    assert!(codes(&out.errors).contains(&("files[0].viewed_by_person", "human_review_required")));
}

#[test]
fn times_in_the_future_and_unknown_choices_are_errors() {
    let rules = rules();
    let ph = rules.pack(CountryCode::parse("PH").unwrap()).unwrap();
    let mut doc = for_pack(complete(), ph);
    doc["aware_at"]["at"] = json!("2027-01-01T00:00:00Z");
    doc["incident"]["harm"] = json!("not_a_harm");
    doc["destination"]["authority"] = json!("nowhere");
    let out = validate(&report(&doc), ph, &rules, now());
    let c = codes(&out.errors);
    assert!(c.contains(&("aware_at.at", "time_in_future")), "{c:?}");
    assert!(c.contains(&("incident.harm", "unknown_harm")), "{c:?}");
    assert!(
        c.contains(&("destination.authority", "unknown_authority")),
        "{c:?}"
    );
}

#[test]
fn an_empty_draft_scores_low_and_lists_what_is_missing() {
    let rules = rules();
    let ph = rules.pack(CountryCode::parse("PH").unwrap()).unwrap();
    let out = validate(&Report::default(), ph, &rules, now());
    assert!(!out.is_valid());
    assert!(out.checklist.score <= 10, "{}", out.checklist.score);
    assert_eq!(out.checklist.items.len(), 9);
    let paths: Vec<&str> = out.errors.iter().map(|f| f.path.as_str()).collect();
    for p in [
        "incident.harm",
        "incident.occurred_at",
        "reporter.email",
        "aware_at",
    ] {
        assert!(paths.contains(&p), "{p} in {paths:?}");
    }
}

#[test]
fn the_checklist_reflects_the_report() {
    let rules = rules();
    let ph = rules.pack(CountryCode::parse("PH").unwrap()).unwrap();
    let status = |doc: &Value, id: ItemId| {
        validate(&report(doc), ph, &rules, now())
            .checklist
            .items
            .into_iter()
            .find(|i| i.id == id)
            .unwrap()
            .status
    };
    let full = for_pack(complete(), ph);
    let out = validate(&report(&full), ph, &rules, now());
    assert!(
        out.checklist
            .items
            .iter()
            .all(|i| i.status == ItemStatus::Met),
        "{:?}",
        out.checklist
    );
    assert_eq!(out.checklist.score, 100);

    let mut d = full.clone();
    d["reported_persons"][0]["ip_events"][1]["port"] = Value::Null;
    assert_eq!(status(&d, ItemId::IpPortTime), ItemStatus::Partly);
    let mut d = full.clone();
    d["incident"]["child_at_imminent_risk"] = json!(false);
    assert_eq!(status(&d, ItemId::Escalation), ItemStatus::NotApplicable);
    let mut d = full.clone();
    d["prior_reports"] = json!([]);
    assert_eq!(status(&d, ItemId::PriorReports), ItemStatus::Missing);
    d["no_prior_reports"] = json!(true);
    assert_eq!(status(&d, ItemId::PriorReports), ItemStatus::NotApplicable);
    let mut d = full.clone();
    d["files"][0]["viewed_by_person"] = json!(false);
    assert_eq!(status(&d, ItemId::HumanReview), ItemStatus::Missing);
    let mut d = full.clone();
    d["incident"]["harm"] = json!("viral_meme");
    d["victims"] = json!([]);
    assert_eq!(status(&d, ItemId::VictimAge), ItemStatus::NotApplicable);
}

#[test]
fn clocks_run_in_the_destination_zone() {
    let rules = rules();
    let tw = rules.pack(CountryCode::parse("TW").unwrap()).unwrap();
    let mut doc = for_pack(complete(), tw);
    doc["preservation"]["notice_received_at"] =
        json!({"at": "2026-11-21T09:00:00+08:00", "zone": "Asia/Taipei"});
    let out = validate(&report(&doc), tw, &rules, now());
    let remove = out.clocks.iter().find(|c| c.duty == "tw-remove").unwrap();
    assert_eq!(
        remove.due_local.as_deref(),
        Some("2026-11-22T09:00:00+08:00[Asia/Taipei]")
    );
    assert_eq!(remove.status, ClockStatus::Overdue);
    let retain = out.clocks.iter().find(|c| c.duty == "tw-retain").unwrap();
    assert_eq!(retain.status, ClockStatus::Running);
    assert_eq!(
        retain.due_utc,
        Some("2027-05-20T01:00:00Z".parse().unwrap())
    );
}

/// Every field path of a serialised report.
fn doc_paths(v: &Value, here: String, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for (k, child) in o {
                let p = if here.is_empty() {
                    k.clone()
                } else {
                    format!("{here}.{k}")
                };
                out.push(p.clone());
                doc_paths(child, p, out);
            }
        }
        Value::Array(a) => {
            for child in a {
                doc_paths(child, format!("{here}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_schema_and_the_serde_model_agree() {
    let schema: Value = serde_json::from_str(REPORT_SCHEMA).unwrap();
    // The schema uses the ipv4, ipv6 and date-time formats; casebridge
    // asserts them, as its description asks integrators to.
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();

    // A document using every part of the model.
    let mut doc = complete();
    doc["destination"]["zone"] = json!("Asia/Manila");
    doc["files"][0]["ip_event"] = doc["reported_persons"][0]["ip_events"][0].clone();
    doc["intended_recipients"] = json!([doc["reported_persons"][0].clone()]);
    doc["preservation"]["notice_received_at"] = doc["aware_at"].clone();
    doc["livestream"] = json!({
        "session_id": "live-77", "started_at": doc["aware_at"].clone(),
        "ended_at": doc["aware_at"].clone(), "viewer_count": 3,
        "viewer_accounts": ["u-1"], "anonymisation_services": ["VPN"], "recorded": false
    });
    doc["internet_details"] = json!([
        {"kind": "web_page", "urls": ["https://social.example/p/1"], "third_party_hosted": true, "additional_info": ""},
        {"kind": "email", "addresses": ["x@mail.example"], "additional_info": ""},
        {"kind": "chat_im", "client": "Example Chat", "room": "r1", "additional_info": ""},
        {"kind": "online_gaming", "game": "Example Quest", "console": "PC", "additional_info": ""},
        {"kind": "cell_phone", "phone": "+61491570110", "additional_info": ""},
        {"kind": "peer_to_peer", "client": "ExampleTorrent", "ip_events": [], "file_names": ["a.bin"]},
        {"kind": "non_internet", "location_name": "Example Mall", "address": "1 Example Road"}
    ]);
    let typed = report(&doc);
    let round_trip = serde_json::to_value(&typed).unwrap();
    for sample in [&doc, &round_trip, &json!({})] {
        let errors: Vec<String> = validator
            .iter_errors(sample)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    // Everything serde writes is in the schema.
    let mut paths = Vec::new();
    doc_paths(&round_trip, String::new(), &mut paths);
    for p in paths {
        assert!(
            FieldPath::parse(&p).unwrap().exists_in(&schema),
            "{p} not in the schema"
        );
    }

    // Both refuse the same bad documents.
    let bad = [
        json!({"unknown": 1}),
        json!({"files": [{"content": "AAAA"}]}),
        json!({"reported_persons": [{"ip_events": [{"port": "80"}]}]}),
        json!({"reported_persons": [{"ip_events": [{"port": -1}]}]}),
        json!({"incident": {"incident_type": "something_else"}}),
        json!({"files": [{"hashes": [{"kind": "crc32", "value": "00"}]}]}),
        json!({"files": [{"hashes": [{"value": "00"}]}]}),
        json!({"aware_at": {"zone": "Asia/Manila"}}),
        json!({"aware_at": {"at": "2026-11-20T08:50:00", "zone": "Asia/Manila"}}),
        json!({"internet_details": [{"kind": "web_page", "nope": 1}]}),
        json!({"destination": {"jurisdiction": "PHL"}}),
        json!({"destination": {"zone": "Manila"}}),
        json!({"reported_persons": [{"ip_events": [{"address": "999.1.1.1"}]}]}),
        json!({"reported_persons": [{"ip_events": [{"address": "2001:db8::g"}]}]}),
        json!({"schema_version": 2}),
    ];
    for b in bad {
        assert!(
            serde_json::from_value::<Report>(b.clone()).is_err(),
            "serde took {b}"
        );
        assert!(!validator.is_valid(&b), "the schema took {b}");
    }
}

#[test]
fn an_authority_without_a_confirmed_intake_is_flagged() {
    let rules = rules();
    let vn = rules.pack(CountryCode::parse("VN").unwrap()).unwrap();
    let out = validate(&report(&for_pack(complete(), vn)), vn, &rules, now());
    assert!(out.is_valid());
    assert!(codes(&out.warnings).contains(&("destination.authority", "intake_unverified")));
    let np = rules.pack(CountryCode::parse("NP").unwrap()).unwrap();
    let out = validate(&report(&for_pack(complete(), np)), np, &rules, now());
    assert!(!codes(&out.warnings).contains(&("destination.authority", "intake_unverified")));
}

#[test]
fn characters_the_pdf_cannot_draw_are_a_warning_not_an_error() {
    let rules = rules();
    let Some(pack) = rules
        .packs()
        .iter()
        .find(|p| p.jurisdiction.map(|c| c.to_string()) == Some("NP".into()))
    else {
        panic!("no pack for Nepal");
    };
    let mut doc = for_pack(complete(), pack);
    // A screen name in Tibetan script (fictional), which no shipped font
    // draws yet.
    doc["reported_persons"][0]["screen_name"] = "བཀྲ་ཤིས_night".into();
    let out = validate(&report(&doc), pack, &rules, now());
    assert!(out.is_valid(), "{:?}", codes(&out.errors));
    assert!(
        codes(&out.warnings).contains(&("reported_persons[0].screen_name", "unprintable_in_pdf"))
    );
    let message = out
        .warnings
        .iter()
        .find(|f| f.code == "unprintable_in_pdf")
        .unwrap()
        .render(crate::i18n::Locale::ENGLISH);
    assert!(message.contains('བ'), "{message}");
}

fn pack_of(rules: &Rules, code: &str) -> RulePack {
    rules
        .pack(CountryCode::parse(code).unwrap())
        .unwrap()
        .clone()
}

#[test]
fn india_takedown_clocks_are_three_hours_on_an_order_and_two_on_a_complaint() {
    let rules = rules();
    let ind = pack_of(&rules, "IN");
    let mut doc = for_pack(complete(), &ind);
    // An order at 10:00 IST on 21 Nov 2026.
    doc["preservation"]["notice_received_at"] =
        json!({"at": "2026-11-21T10:00:00+05:30", "zone": "Asia/Kolkata"});
    doc["destination"]["zone"] = json!("Asia/Kolkata");
    let now: Timestamp = "2026-11-21T06:00:00Z".parse().unwrap();
    let out = validate(&report(&doc), &ind, &rules, now);
    let order = out
        .clocks
        .iter()
        .find(|c| c.duty == "in-takedown-order")
        .unwrap();
    assert_eq!(
        order.due_local.as_deref(),
        Some("2026-11-21T13:00:00+05:30[Asia/Kolkata]")
    );
    assert_eq!(order.status, ClockStatus::Running);
    // Awareness (the complaint) 20 Nov 08:50 in Manila is 00:50 UTC: two
    // hours on is 02:50 UTC, long past.
    let complaint = out
        .clocks
        .iter()
        .find(|c| c.duty == "in-takedown-intimate")
        .unwrap();
    assert_eq!(
        complaint.due_utc,
        Some("2026-11-20T02:50:00Z".parse().unwrap())
    );
    assert_eq!(complaint.status, ClockStatus::Overdue);
    // One hour after the 3-hour deadline the order clock is overdue too.
    let later = validate(
        &report(&doc),
        &ind,
        &rules,
        "2026-11-21T08:30:01Z".parse().unwrap(),
    );
    let order = later
        .clocks
        .iter()
        .find(|c| c.duty == "in-takedown-order")
        .unwrap();
    assert_eq!(order.status, ClockStatus::Overdue);
}

#[test]
fn the_base_report_act_clock_runs_for_every_destination() {
    let rules = rules();
    for code in ["PH", "AU", "NP"] {
        let pack = pack_of(&rules, code);
        let out = validate(&report(&for_pack(complete(), &pack)), &pack, &rules, now());
        let keep = out
            .clocks
            .iter()
            .find(|c| c.duty == "us-report-act-preservation")
            .unwrap_or_else(|| panic!("{code}: no REPORT Act clock"));
        // Aware 20 Nov 2026 08:50 in Manila: one year on, same wall time.
        assert_eq!(keep.due_utc, Some("2027-11-20T00:50:00Z".parse().unwrap()));
        assert!(keep.verified);
    }
}

#[test]
fn the_fia_wing_is_no_longer_a_destination() {
    let rules = rules();
    let pk = pack_of(&rules, "PK");
    assert!(pk.authority("fia-ccw").is_none());
    let mut doc = for_pack(complete(), &pk);
    doc["destination"]["authority"] = json!("fia-ccw");
    let out = validate(&report(&doc), &pk, &rules, now());
    let f = out
        .errors
        .iter()
        .find(|f| f.code == "authority_replaced")
        .unwrap();
    assert_eq!(f.path, "destination.authority");
    let text = f.render(crate::i18n::Locale::ENGLISH);
    assert!(text.contains("NCCIA"), "{text}");
    assert!(!codes(&out.errors).contains(&("destination.authority", "unknown_authority")));
    doc["destination"]["authority"] = json!("nccia");
    let out = validate(&report(&doc), &pk, &rules, now());
    assert!(out.is_valid(), "{:?}", codes(&out.errors));
}

#[test]
fn awareness_before_the_incident_is_an_error() {
    let rules = rules();
    let ph = pack_of(&rules, "PH");
    let mut doc = for_pack(complete(), &ph);
    // The incident is at 21:40 on 19 Nov in Manila; aware at 21:00 is earlier.
    doc["aware_at"] = json!({"at": "2026-11-19T21:00:00+08:00", "zone": "Asia/Manila"});
    let out = validate(&report(&doc), &ph, &rules, now());
    assert!(codes(&out.errors).contains(&("aware_at.at", "aware_before_incident")));
    // The complete report (aware the next morning) passes.
    let out = validate(&report(&for_pack(complete(), &ph)), &ph, &rules, now());
    assert!(!codes(&out.errors).contains(&("aware_at.at", "aware_before_incident")));
}

#[test]
fn a_stated_adult_age_asks_for_the_estimate_that_shows_a_child() {
    let rules = rules();
    let ph = pack_of(&rules, "PH");
    let mut doc = for_pack(complete(), &ph);
    doc["victims"][0]["age"] = json!({"stated": 19, "basis": ["self_declared"]});
    let out = validate(&report(&doc), &ph, &rules, now());
    assert!(out.is_valid(), "a stated adult age is kept, not refused");
    assert!(codes(&out.warnings).contains(&("victims[0].age.stated", "stated_age_adult")));
    doc["victims"][0]["age"] = json!({"stated": 19, "estimated_min": 13, "estimated_max": 15});
    let out = validate(&report(&doc), &ph, &rules, now());
    assert!(!codes(&out.warnings).contains(&("victims[0].age.stated", "stated_age_adult")));
    doc["victims"][0]["age"] = json!({"stated": 200});
    let out = validate(&report(&doc), &ph, &rules, now());
    assert!(codes(&out.errors).contains(&("victims[0].age.stated", "age_out_of_range")));
}

#[test]
fn an_ip_time_on_the_full_minute_warns() {
    let rules = rules();
    let ph = pack_of(&rules, "PH");
    let mut doc = for_pack(complete(), &ph);
    doc["reported_persons"][0]["ip_events"][0]["at"] =
        json!({"at": "2026-11-19T21:32:00+08:00", "zone": "Asia/Manila"});
    let out = validate(&report(&doc), &ph, &rules, now());
    assert!(
        codes(&out.warnings)
            .contains(&("reported_persons[0].ip_events[0].at", "ip_time_to_minute"))
    );
    // The complete report gives seconds (21:32:10 and 13:38:55).
    let out = validate(&report(&for_pack(complete(), &ph)), &ph, &rules, now());
    assert!(!out.warnings.iter().any(|f| f.code == "ip_time_to_minute"));
}
