//! One failing and one passing case for every rule of a records request.

use super::*;
use crate::domain::identifier::IdentifierKind;
use crate::domain::legal_basis::{LegalBasis, LegalBasisKind};
use crate::domain::request::*;

fn directory() -> Directory {
    Directory::load().unwrap()
}

fn ph() -> CountryCode {
    CountryCode::parse("PH").unwrap()
}

fn at(s: &str, zone: &str) -> ZonedTime {
    ZonedTime {
        utc: s.parse().unwrap(),
        zone: zone.into(),
    }
}

fn window(start: &str, end: &str) -> Window {
    Window {
        start: at(start, "Asia/Manila"),
        end: at(end, "Asia/Manila"),
    }
}

fn target(kind: IdentifierKind, value: &str) -> Target {
    Target {
        kind,
        value: value.into(),
        country: None,
        port: None,
        observed_at: None,
        window: Some(window("2026-10-01T00:00:00Z", "2026-10-31T00:00:00Z")),
        note: String::new(),
    }
}

/// A subscriber request a Philippine demo officer could send as it is.
fn good() -> RecordsRequest {
    RecordsRequest {
        company_id: Some("example-social".into()),
        entity: Some("Example Social Pte. Ltd. (fictional)".into()),
        request_type: Some(RequestType::Subscriber),
        legal_basis: Some(LegalBasis {
            kind: LegalBasisKind::DomesticRequest,
            provision: "Cybercrime Prevention Act (fictional citation), s. 14".into(),
            reference: "REF-2026-0042".into(),
        }),
        requester: Some(Requester {
            name: "Insp. Maria Example".into(),
            rank: "Police Inspector".into(),
            badge: "B-1024".into(),
            email: "officer@cyber-unit.police.test".into(),
            phone: "+639171234567".into(),
            agency: "Demo Police Cyber Unit".into(),
            unit: String::new(),
            case_number: "CASE-2026-17".into(),
            offence: "Online sexual exploitation of a child (fictional case)".into(),
        }),
        targets: vec![target(IdentifierKind::Email, "suspect@mail.example")],
        data: Some(DataScope {
            categories: vec![RecordCategory::Subscriber],
            start: at("2026-10-01T00:00:00Z", "Asia/Manila"),
            end: at("2026-10-31T00:00:00Z", "Asia/Manila"),
            details: "Name, email and phone on the account, and creation date.".into(),
        }),
        non_disclosure: Some(NonDisclosure::default()),
        legal_process: Some(LegalProcessFile {
            file_name: "order.pdf".into(),
            size: 1200,
            sha256: "a".repeat(64),
            signed_on: Some(jiff::civil::date(2026, 11, 20)),
            signatory: "Judge Example".into(),
            english: true,
        }),
        ..RecordsRequest::default()
    }
}

fn run(r: &RecordsRequest) -> Outcome {
    let dir = directory();
    check(
        r,
        &Context {
            directory: &dir,
            officer_country: ph(),
            demo: true,
            now: "2026-11-23T00:00:00Z".parse().unwrap(),
        },
    )
}

fn error_codes(o: &Outcome) -> Vec<(&str, &str)> {
    o.errors.iter().map(|f| (f.code, f.path.as_str())).collect()
}

fn warning_codes(o: &Outcome) -> Vec<(&str, &str)> {
    o.warnings
        .iter()
        .map(|f| (f.code, f.path.as_str()))
        .collect()
}

#[test]
fn a_complete_request_passes_with_nothing_to_acknowledge() {
    let o = run(&good());
    assert!(o.errors.is_empty(), "{:?}", error_codes(&o));
    assert!(o.warnings.is_empty(), "{:?}", warning_codes(&o));
    assert!(o.is_ready(&good()));
    assert!(
        o.checklist
            .iter()
            .all(|i| i.status != ItemStatus::Attention),
        "{:?}",
        o.checklist
    );
}

#[test]
fn officer_email_must_be_on_a_government_domain() {
    let mut r = good();
    r.requester.as_mut().unwrap().email = "maria.example@gmail.example".into();
    assert!(error_codes(&run(&r)).contains(&("email_not_government", "requester.email")));
}

#[test]
fn ip_needs_a_time_and_warns_without_a_port() {
    let mut r = good();
    r.targets = vec![target(IdentifierKind::Ip, "203.0.113.7")];
    let o = run(&r);
    assert!(error_codes(&o).contains(&("ip_without_time", "targets[0].observed_at")));
    assert!(warning_codes(&o).contains(&("ip_without_port", "targets[0].port")));
    let cgnat = &o.warnings[0];
    assert_eq!(cgnat.msg.key, "warning-ip-without-port");

    r.targets[0].observed_at = Some(at("2026-11-01T10:15:30Z", "Asia/Manila"));
    r.targets[0].port = Some(51234);
    let o = run(&r);
    assert!(o.errors.is_empty(), "{:?}", error_codes(&o));
    assert!(o.warnings.is_empty(), "{:?}", warning_codes(&o));
}

#[test]
fn ip_time_needs_a_known_zone() {
    let mut r = good();
    r.targets = vec![target(IdentifierKind::Ip, "2001:db8::1")];
    r.targets[0].observed_at = Some(at("2026-11-01T10:15:30Z", "Mars/Olympus"));
    r.targets[0].port = Some(443);
    assert!(error_codes(&run(&r)).contains(&("zone_unknown", "targets[0].observed_at.zone")));
}

#[test]
fn windows_must_be_in_order_in_the_past_and_within_the_company_maximum() {
    let mut r = good();
    r.targets[0].window = Some(window("2026-10-31T00:00:00Z", "2026-10-01T00:00:00Z"));
    assert!(error_codes(&run(&r)).contains(&("end_before_start", "targets[0].window.end")));

    r.targets[0].window = Some(window("2026-10-01T00:00:00Z", "2026-12-31T00:00:00Z"));
    assert!(error_codes(&run(&r)).contains(&("time_in_future", "targets[0].window.end")));

    // Example Social keeps 730 days at most.
    let mut d = r.data.clone().unwrap();
    d.start = at("2023-01-01T00:00:00Z", "Asia/Manila");
    r.data = Some(d);
    r.targets[0].window = Some(window("2026-10-01T00:00:00Z", "2026-10-31T00:00:00Z"));
    assert!(error_codes(&run(&r)).contains(&("range_over_company_max", "data.end")));

    // Over a year but within the maximum: a warning, not an error.
    r.data.as_mut().unwrap().start = at("2025-06-01T00:00:00Z", "Asia/Manila");
    let o = run(&r);
    assert!(o.errors.is_empty(), "{:?}", error_codes(&o));
    assert!(warning_codes(&o).contains(&("range_over_a_year", "data.end")));
}

#[test]
fn the_end_may_be_today_in_its_own_zone() {
    let mut r = good();
    // 23:59 on 23 November in Manila is 15:59 UTC, after "now" (00:00 UTC).
    r.data.as_mut().unwrap().end = at("2026-11-23T15:59:00Z", "Asia/Manila");
    assert!(run(&r).errors.is_empty());
    // The next day in Manila is the future.
    r.data.as_mut().unwrap().end = at("2026-11-23T16:30:00Z", "Asia/Manila");
    assert!(error_codes(&run(&r)).contains(&("time_in_future", "data.end")));
}

#[test]
fn all_records_wording_is_a_warning() {
    let mut r = good();
    r.data.as_mut().unwrap().details = "Any and all records you hold".into();
    assert!(warning_codes(&run(&r)).contains(&("broad_scope", "data.details")));
    r.data.as_mut().unwrap().details = "계정의 모든 기록".into();
    assert!(warning_codes(&run(&r)).contains(&("broad_scope", "data.details")));
}

#[test]
fn content_needs_treaty_process_from_abroad() {
    let mut r = good();
    r.request_type = Some(RequestType::Content);
    r.data.as_mut().unwrap().categories = vec![RecordCategory::Content];
    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::DomesticOrder;
    let o = run(&r);
    assert!(error_codes(&o).contains(&("content_without_process", "legal_basis.kind")));
    let item = o
        .checklist
        .iter()
        .find(|i| i.code == "content_process")
        .unwrap();
    assert_eq!(item.status, ItemStatus::Attention);

    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::Mlat;
    let o = run(&r);
    assert!(o.errors.is_empty(), "{:?}", error_codes(&o));
    let item = o
        .checklist
        .iter()
        .find(|i| i.code == "content_process")
        .unwrap();
    assert_eq!(item.status, ItemStatus::Ok);
}

#[test]
fn categories_must_fit_the_request_type() {
    let mut r = good();
    r.data.as_mut().unwrap().categories = vec![RecordCategory::Subscriber, RecordCategory::Content];
    assert!(error_codes(&run(&r)).contains(&("category_not_for_type", "data.categories[1]")));
}

fn emergency() -> RecordsRequest {
    let mut r = good();
    r.request_type = Some(RequestType::Emergency);
    r.legal_basis = Some(LegalBasis {
        kind: LegalBasisKind::EmergencyDisclosure,
        provision: String::new(),
        reference: String::new(),
    });
    r.legal_process = None;
    r.emergency = Some(Emergency {
        nature: Some(EmergencyNature::ChildAtRisk),
        imminence: "A message sent an hour ago arranges a meeting tonight.".into(),
        person_at_risk: "A 12-year-old user the target is messaging.".into(),
        why_urgent: "A court order takes at least two days.".into(),
        callback: "+63 2 8723 0401".into(),
        supervisor_name: "Supt. Jose Example".into(),
        supervisor_contact: "duty@cyber-unit.police.test".into(),
    });
    r
}

#[test]
fn emergency_needs_every_fact() {
    let o = run(&emergency());
    assert!(o.errors.is_empty(), "{:?}", error_codes(&o));
    for field in [
        "imminence",
        "person_at_risk",
        "why_urgent",
        "callback",
        "supervisor_name",
    ] {
        let mut r = emergency();
        let e = r.emergency.as_mut().unwrap();
        match field {
            "imminence" => e.imminence.clear(),
            "person_at_risk" => e.person_at_risk.clear(),
            "why_urgent" => e.why_urgent.clear(),
            "callback" => e.callback.clear(),
            _ => e.supervisor_name.clear(),
        }
        let path = format!("emergency.{field}");
        let o = run(&r);
        assert!(
            o.errors
                .iter()
                .any(|f| f.path == path && f.code == "emergency_incomplete"),
            "{field}: {:?}",
            error_codes(&o)
        );
    }
    let mut r = emergency();
    r.emergency.as_mut().unwrap().supervisor_name = "insp. maria example".into();
    assert!(
        error_codes(&run(&r)).contains(&("supervisor_is_requester", "emergency.supervisor_name"))
    );
    let mut r = emergency();
    r.emergency = None;
    assert!(error_codes(&run(&r)).contains(&("missing_emergency", "emergency")));
}

#[test]
fn identifiers_are_typed() {
    let mut r = good();
    r.targets = vec![
        target(IdentifierKind::Imei, "490154203237519"),
        target(IdentifierKind::Url, "not a url"),
        target(IdentifierKind::Username, "night_owl"),
        target(IdentifierKind::Phone, "0917 123 4567"),
    ];
    let o = run(&r);
    assert!(error_codes(&o).contains(&("identifier_invalid", "targets[0].value")));
    assert!(error_codes(&o).contains(&("identifier_invalid", "targets[1].value")));
    assert!(warning_codes(&o).contains(&("username_not_unique", "targets[2].value")));
    assert!(
        !error_codes(&o)
            .iter()
            .any(|(_, p)| *p == "targets[3].value")
    );
}

#[test]
fn a_target_elsewhere_warns_of_the_wrong_entity() {
    let mut r = good();
    r.targets[0].country = CountryCode::parse("AU");
    let o = run(&r);
    let w = o
        .warnings
        .iter()
        .find(|w| w.code == "wrong_entity")
        .unwrap();
    assert_eq!(w.path, "targets[0].country");
    assert!(
        w.msg
            .args
            .iter()
            .any(|(k, v)| *k == "entity" && v.contains("Australia"))
    );
    r.targets[0].country = CountryCode::parse("PH");
    assert!(run(&r).warnings.is_empty());
}

#[test]
fn legal_process_is_required_signed_and_translated_where_needed() {
    let mut r = good();
    r.legal_process = None;
    assert!(error_codes(&run(&r)).contains(&("missing_legal_process", "legal_process")));
    let mut r = good();
    r.legal_process.as_mut().unwrap().english = false;
    assert!(error_codes(&run(&r)).contains(&("translation_missing", "legal_process.english")));
    r.legal_process.as_mut().unwrap().signed_on = None;
    assert!(error_codes(&run(&r)).contains(&("missing_signed_on", "legal_process.signed_on")));
    // Preservation needs none.
    let mut r = good();
    r.request_type = Some(RequestType::Preservation);
    r.preservation = Some(Preservation::Original);
    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::PreservationPending;
    r.legal_process = None;
    let o = run(&r);
    assert!(o.errors.is_empty(), "{:?}", error_codes(&o));
}

#[test]
fn non_disclosure_must_be_answered_with_a_basis() {
    let mut r = good();
    r.non_disclosure = None;
    assert!(error_codes(&run(&r)).contains(&("missing_non_disclosure", "non_disclosure")));
    r.non_disclosure = Some(NonDisclosure {
        requested: true,
        basis: String::new(),
        until: Some(jiff::civil::date(2026, 1, 1)),
    });
    let o = run(&r);
    assert!(error_codes(&o).contains(&("missing_ndo_basis", "non_disclosure.basis")));
    assert!(error_codes(&o).contains(&("ndo_ended", "non_disclosure.until")));
}

#[test]
fn extensions_warn_before_expiry_and_refuse_after() {
    let mut r = good();
    r.request_type = Some(RequestType::Preservation);
    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::PreservationPending;
    r.preservation = Some(Preservation::Extension {
        original_reference: "ES-PR-1".into(),
        original_expiry: jiff::civil::date(2026, 11, 30),
    });
    assert!(
        warning_codes(&run(&r))
            .contains(&("preservation_expires_soon", "preservation.original_expiry"))
    );
    r.preservation = Some(Preservation::Extension {
        original_reference: "ES-PR-1".into(),
        original_expiry: jiff::civil::date(2026, 11, 1),
    });
    assert!(
        error_codes(&run(&r)).contains(&("preservation_expired", "preservation.original_expiry"))
    );
}

#[test]
fn national_ids_in_free_text_are_refused() {
    let mut r = good();
    // A Singapore NRIC with a valid check letter.
    r.targets[0].note = "Holder gave S1234567D at sign-up".into();
    let o = run(&r);
    let f = o.errors.iter().find(|f| f.code == "national_id").unwrap();
    assert_eq!(f.path, "targets[0].note");
    let text = crate::i18n::Locale::ENGLISH.msg(&f.msg);
    assert!(text.contains("NRIC"), "{text}");
}

#[test]
fn warnings_are_cleared_by_acknowledgement_only() {
    let mut r = good();
    r.targets
        .push(target(IdentifierKind::Username, "night_owl"));
    let o = run(&r);
    assert!(!o.is_ready(&r));
    r.acknowledged.push(o.warnings[0].ack_key());
    assert!(run(&r).is_ready(&r));
}

#[test]
fn characters_the_pdf_cannot_draw_are_a_warning() {
    let mut r = good();
    // Gujarati: no shipped font draws it yet.
    r.targets[0].note = "Account name written as રાજુ (fictional)".into();
    let o = run(&r);
    assert!(o.errors.is_empty(), "{:?}", error_codes(&o));
    let w = o
        .warnings
        .iter()
        .find(|w| w.code == "unprintable_in_pdf")
        .unwrap();
    assert_eq!(w.path, "targets[0].note");
    assert_eq!(w.step, Step::Targets);
    // Korean, Thai, Chinese, Vietnamese and Devanagari print.
    r.targets[0].note = "김 ก 漢 ế राजु".into();
    assert!(run(&r).warnings.is_empty());
}
