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
        seconds: false,
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
            cc: Vec::new(),
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
        // Example Social has two entities: the holder's country decides.
        holder_country: CountryCode::parse("PH"),
        ..RecordsRequest::default()
    }
}

fn run(r: &RecordsRequest) -> Outcome {
    run_in(&directory(), r)
}

fn run_in(dir: &Directory, r: &RecordsRequest) -> Outcome {
    check(
        r,
        &Context {
            directory: dir,
            officer_country: ph(),
            demo: true,
            now: "2026-11-23T00:00:00Z".parse().unwrap(),
            printable: &crate::app::PdfText,
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
        o.checklist.iter().all(|i| i.status != ItemStatus::Missing),
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
    assert_eq!(cgnat.message.key, "warning-ip-without-port");

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
    assert_eq!(item.status, ItemStatus::Missing);

    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::Mlat;
    let o = run(&r);
    assert!(o.errors.is_empty(), "{:?}", error_codes(&o));
    let item = o
        .checklist
        .iter()
        .find(|i| i.code == "content_process")
        .unwrap();
    assert_eq!(item.status, ItemStatus::Met);
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
        w.message
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
    let text = crate::i18n::Locale::ENGLISH.msg(&f.message);
    assert!(text.contains("NRIC"), "{text}");
}

#[test]
fn every_field_is_scanned_including_attestation_and_legal_process() {
    let mut r = good();
    r.attestation = Some(Attestation {
        name: "S0000001I".into(),
        at: "2026-11-23T00:00:00Z".parse().unwrap(),
    });
    if let Some(lp) = r.legal_process.as_mut() {
        lp.signatory = "Judge S 0000001 I".into();
        lp.file_name = "S0000001I.pdf".into();
    }
    r.targets
        .push(target(IdentifierKind::Username, "s0000001i"));
    let o = run(&r);
    let e = error_codes(&o);
    for path in [
        "attestation.name",
        "legal_process.signatory",
        "legal_process.file_name",
        "targets[1].value",
    ] {
        assert!(e.contains(&("national_id", path)), "{path}: {e:?}");
    }
    assert!(!o.is_ready(&r));
}

#[test]
fn typed_identifiers_and_references_that_look_like_ids_pass() {
    let mut r = good();
    // Verhoeff-valid, a My Number and a Thai check digit: still ids.
    r.targets = vec![
        target(IdentifierKind::AccountId, "749522587953"),
        target(IdentifierKind::AccountId, "121606219484"),
        target(IdentifierKind::AccountId, "1795400000004"),
    ];
    if let Some(q) = r.requester.as_mut() {
        q.case_number = "202611231430".into();
    }
    let o = run(&r);
    let all: Vec<_> = error_codes(&o)
        .into_iter()
        .chain(warning_codes(&o))
        .filter(|(code, _)| code.contains("national_id"))
        .collect();
    assert!(all.is_empty(), "{all:?}");
}

#[test]
fn a_possible_id_in_free_text_is_a_warning_the_officer_acknowledges() {
    let mut r = good();
    // A bare twelve-digit run that passes the Aadhaar check, with an
    // Indian target in play and nothing naming it.
    r.targets[0].country = CountryCode::parse("IN");
    r.targets[0].note = "Linked to order 749522587953".into();
    let o = run(&r);
    assert!(
        !error_codes(&o)
            .iter()
            .any(|(c, _)| c.contains("national_id"))
    );
    let w = o
        .warnings
        .iter()
        .find(|f| f.code == "possible_national_id")
        .expect("a warning");
    assert_eq!(w.path, "targets[0].note");
    assert_eq!(w.step, Step::Targets.slug());
    let text = crate::i18n::Locale::ENGLISH.msg(&w.message);
    assert!(
        text.contains("Aadhaar") && text.contains("acknowledge"),
        "{text}"
    );
    r.acknowledged = o.warnings.iter().map(Finding::ack_key).collect();
    assert!(run(&r).is_ready(&r));
    // Named as an Aadhaar, the same number is refused outright.
    r.targets[0].note = "Holder's Aadhaar 749522587953".into();
    assert!(error_codes(&run(&r)).contains(&("national_id", "targets[0].note")));
}

#[test]
fn the_jurisdictions_in_play_are_the_officer_entity_and_target_countries() {
    let mut r = good();
    r.targets[0].country = CountryCode::parse("IN");
    let dir = directory();
    let found = national_id_jurisdictions(&r, &dir, ph());
    let codes: Vec<&str> = found.iter().map(|c| c.as_str()).collect();
    assert!(codes.contains(&"PH") && codes.contains(&"IN"), "{codes:?}");
    assert!(
        codes.contains(&"SG"),
        "the entity is in Singapore: {codes:?}"
    );
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
    assert_eq!(w.step, Step::Targets.slug());
    // Korean, Thai, Chinese, Vietnamese and Devanagari print.
    r.targets[0].note = "김 ก 漢 ế राजु".into();
    assert!(run(&r).warnings.is_empty());
}

fn meta_subscriber() -> RecordsRequest {
    let mut r = good();
    r.company_id = Some("meta".into());
    r.entity = Some("Meta Platforms, Inc.".into());
    r
}

#[test]
fn a_bare_letter_is_not_enough_where_the_company_needs_legal_process() {
    // Meta needs legal process of the officer's country for subscriber data.
    let mut r = meta_subscriber();
    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::DomesticRequest;
    let o = run(&r);
    assert!(error_codes(&o).contains(&("letter_not_enough", "legal_basis.kind")));
    let text = crate::i18n::Locale::ENGLISH.msg(&o.errors[0].message);
    assert!(text.contains("Meta"), "{text}");
    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::DomesticOrder;
    assert!(
        !error_codes(&run(&r))
            .iter()
            .any(|(c, _)| *c == "letter_not_enough")
    );
    // Example Social takes a letter for subscriber data: good() passes.
}

fn ip_target(value: &str, port: Option<u16>, utc: &str) -> Target {
    let mut t = target(IdentifierKind::Ip, value);
    t.port = port;
    t.observed_at = Some(at(utc, "Asia/Manila"));
    t
}

#[test]
fn private_addresses_warn_and_cgnat_needs_the_port() {
    let mut r = good();
    for private in ["10.1.2.3", "172.16.4.5", "192.168.1.20"] {
        r.targets = vec![ip_target(private, Some(443), "2026-11-01T10:15:30Z")];
        assert!(
            warning_codes(&run(&r)).contains(&("ip_not_public", "targets[0].value")),
            "{private}"
        );
    }
    r.targets = vec![ip_target("100.64.12.7", None, "2026-11-01T10:15:30Z")];
    let o = run(&r);
    assert!(error_codes(&o).contains(&("cgnat_without_port", "targets[0].port")));
    assert!(warning_codes(&o).contains(&("ip_not_public", "targets[0].value")));
    r.targets[0].port = Some(50123);
    let o = run(&r);
    assert!(o.errors.is_empty(), "{:?}", error_codes(&o));
    // A public address with port and second-precise time: nothing to say.
    r.targets = vec![ip_target(
        "203.0.113.7",
        Some(50123),
        "2026-11-01T10:15:30Z",
    )];
    assert!(run(&r).warnings.is_empty());
}

#[test]
fn an_ip_time_to_the_minute_warns() {
    let mut r = good();
    r.targets = vec![ip_target(
        "203.0.113.7",
        Some(50123),
        "2026-11-01T10:15:00Z",
    )];
    assert!(warning_codes(&run(&r)).contains(&("ip_time_to_minute", "targets[0].observed_at")));
    // The officer typed ":00" from the log: the time is to the second.
    let t = r.targets[0].observed_at.take().unwrap().with_seconds(true);
    r.targets[0].observed_at = Some(t);
    assert!(run(&r).warnings.is_empty(), "{:?}", warning_codes(&run(&r)));
}

#[test]
fn emergency_facts_that_say_nothing_are_refused() {
    for filler in ["n/a", "N/A", " - ", "none", "tbd", "해당 없음", "..."] {
        let mut r = emergency();
        r.emergency.as_mut().unwrap().imminence = filler.into();
        assert!(
            error_codes(&run(&r)).contains(&("emergency_incomplete", "emergency.imminence")),
            "{filler}"
        );
    }
    let mut r = emergency();
    r.emergency.as_mut().unwrap().why_urgent = "N/A".into();
    assert!(error_codes(&run(&r)).contains(&("emergency_incomplete", "emergency.why_urgent")));
    // "No" inside a real sentence is a fact.
    let mut r = emergency();
    r.emergency.as_mut().unwrap().imminence = "No time: the meeting is tonight.".into();
    assert!(run(&r).errors.is_empty(), "{:?}", error_codes(&run(&r)));
}

#[test]
fn a_long_emergency_period_asks_to_narrow() {
    let mut r = emergency();
    let d = r.data.as_mut().unwrap();
    d.start = at("2026-01-20T00:00:00Z", "Asia/Manila");
    let o = run(&r);
    assert!(warning_codes(&o).contains(&("emergency_range_broad", "data.end")));
    let item = o
        .checklist
        .iter()
        .find(|i| i.code == "narrow_scope")
        .unwrap();
    assert_eq!(item.status, ItemStatus::Missing);
    r.targets[0].window = Some(window("2026-01-01T00:00:00Z", "2026-10-31T00:00:00Z"));
    assert!(warning_codes(&run(&r)).contains(&("emergency_range_broad", "targets[0].window.end")));
    // The same ten months on a subscriber request: only the year rule applies.
    let mut r = good();
    r.data.as_mut().unwrap().start = at("2026-01-20T00:00:00Z", "Asia/Manila");
    assert!(
        !warning_codes(&run(&r))
            .iter()
            .any(|(c, _)| *c == "emergency_range_broad")
    );
    // Thirty days in an emergency pass (emergency() itself).
    assert!(run(&emergency()).warnings.is_empty());
}

#[test]
fn an_emergency_to_a_company_without_a_published_route_warns() {
    let dir = directory();
    let unpublished = dir
        .companies()
        .iter()
        .find(|c| c.emergency.published().is_none())
        .expect("the directory records a company with no public emergency channel");
    let mut r = emergency();
    r.company_id = Some(unpublished.id.clone());
    r.entity = Some(unpublished.entities[0].name.clone());
    let o = run(&r);
    let w = o
        .warnings
        .iter()
        .find(|w| w.code == "emergency_route_unconfirmed")
        .unwrap();
    assert_eq!(w.message.key, "warning-emergency-route-unpublished");
    // Example Social's route is confirmed.
    assert!(
        !warning_codes(&run(&emergency()))
            .iter()
            .any(|(c, _)| *c == "emergency_route_unconfirmed")
    );
}

#[test]
fn the_supervisor_contact_must_be_an_official_email_or_a_phone() {
    for bad in ["boss", "my supervisor", "jose@gmail.example"] {
        let mut r = emergency();
        r.emergency.as_mut().unwrap().supervisor_contact = bad.into();
        assert!(
            error_codes(&run(&r))
                .contains(&("supervisor_contact_invalid", "emergency.supervisor_contact")),
            "{bad}"
        );
    }
    for good_contact in [
        "duty@cyber-unit.police.test",
        "+63 2 8723 0401",
        "(02) 8723 0401",
    ] {
        let mut r = emergency();
        r.emergency.as_mut().unwrap().supervisor_contact = good_contact.into();
        assert!(
            run(&r).errors.is_empty(),
            "{good_contact}: {:?}",
            error_codes(&run(&r))
        );
    }
}

fn extension() -> RecordsRequest {
    let mut r = good();
    r.request_type = Some(RequestType::Preservation);
    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::PreservationPending;
    r.legal_process = None;
    r.preservation = Some(Preservation::Extension {
        original_reference: "PR-1".into(),
        original_expiry: jiff::civil::date(2027, 1, 30),
    });
    r
}

#[test]
fn an_extension_needs_a_company_that_extends() {
    // Example Social publishes that it extends: no finding.
    let o = run(&extension());
    assert!(
        o.errors.is_empty() && o.warnings.is_empty(),
        "{:?}",
        warning_codes(&o)
    );
    // Meta publishes nothing either way: a warning.
    let mut r = extension();
    r.company_id = Some("meta".into());
    r.entity = Some("Meta Platforms, Inc.".into());
    assert_eq!(
        directory()
            .company("meta")
            .unwrap()
            .limits
            .preservation_renewable,
        None
    );
    assert!(warning_codes(&run(&r)).contains(&("renewal_unpublished", "preservation")));
    // A company that says it does not extend: refused.
    let mut dir = directory();
    let mut c = dir.company("example-social").unwrap().clone();
    c.limits.preservation_renewable = Some(false);
    dir = dir.with_company(c).unwrap();
    let o = check(
        &extension(),
        &Context {
            directory: &dir,
            officer_country: ph(),
            demo: true,
            now: "2026-11-23T00:00:00Z".parse().unwrap(),
            printable: &crate::app::PdfText,
        },
    );
    assert!(error_codes(&o).contains(&("renewal_not_offered", "preservation")));
}

#[test]
fn account_ids_follow_the_company_format_and_short_ones_warn() {
    let mut r = good();
    r.targets = vec![target(IdentifierKind::AccountId, "12")];
    assert!(warning_codes(&run(&r)).contains(&("account_id_short", "targets[0].value")));
    r.targets = vec![target(IdentifierKind::AccountId, "100004567890123")];
    assert!(run(&r).warnings.is_empty());
    // Discord publishes its id format (snowflakes): outside it is an error.
    let mut r = good();
    r.company_id = Some("discord".into());
    r.entity = Some(
        directory().company("discord").unwrap().entities[0]
            .name
            .clone(),
    );
    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::Mlat;
    r.targets = vec![target(IdentifierKind::AccountId, "12345678")];
    assert!(error_codes(&run(&r)).contains(&("account_id_format", "targets[0].value")));
    r.targets = vec![target(IdentifierKind::AccountId, "80351110224678912")];
    assert!(
        !error_codes(&run(&r))
            .iter()
            .any(|(c, _)| *c == "account_id_format")
    );
}

#[test]
fn the_account_holder_answer_decides_the_entity_for_targets_without_a_country() {
    let mut r = good();
    r.holder_country = CountryCode::parse("AU");
    assert!(warning_codes(&run(&r)).contains(&("wrong_entity", "targets[0].country")));
    // A target's own country wins over the request-wide answer.
    r.targets[0].country = CountryCode::parse("PH");
    assert!(run(&r).warnings.is_empty());
    r.targets[0].country = None;
    r.holder_country = CountryCode::parse("PH");
    assert!(run(&r).warnings.is_empty());
}

#[test]
fn an_unconfirmed_maximum_warns_instead_of_refusing() {
    let kakao = directory();
    let kakao = kakao.company("kakao").unwrap();
    assert_ne!(
        kakao.limits.provenance.status,
        crate::directory::Status::Verified,
        "this test is about an unconfirmed limit"
    );
    let mut r = good();
    r.company_id = Some("kakao".into());
    r.entity = Some(kakao.entities[0].name.clone());
    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::Mlat;
    r.data.as_mut().unwrap().start = at("2019-11-01T00:00:00Z", "Asia/Manila");
    let o = run(&r);
    assert!(
        !error_codes(&o)
            .iter()
            .any(|(c, _)| *c == "range_over_company_max")
    );
    assert!(warning_codes(&o).contains(&("range_over_unconfirmed_max", "data.end")));
}

#[test]
fn a_range_longer_than_the_company_keeps_is_refused_for_kakao_once_confirmed() {
    let mut confirmed = directory().company("kakao").unwrap().clone();
    confirmed.limits.provenance.status = crate::directory::Status::Verified;
    let dir = directory().with_company(confirmed).unwrap();
    let kakao = dir.company("kakao").unwrap();
    let max = kakao
        .limits
        .max_range_days
        .expect("Kakao's retention limit is recorded");
    let mut r = good();
    r.company_id = Some("kakao".into());
    r.entity = Some(kakao.entities[0].name.clone());
    r.legal_basis.as_mut().unwrap().kind = LegalBasisKind::Mlat;
    r.data.as_mut().unwrap().start = at("2019-11-01T00:00:00Z", "Asia/Manila");
    assert!(error_codes(&run_in(&dir, &r)).contains(&("range_over_company_max", "data.end")));
    let start = jiff::Timestamp::from_second(
        "2026-10-31T00:00:00Z"
            .parse::<jiff::Timestamp>()
            .unwrap()
            .as_second()
            - i64::from(max) * 86_400,
    )
    .unwrap();
    r.data.as_mut().unwrap().start = ZonedTime {
        utc: start,
        zone: "Asia/Manila".into(),
        seconds: false,
    };
    assert!(
        !error_codes(&run_in(&dir, &r))
            .iter()
            .any(|(c, _)| *c == "range_over_company_max")
    );
}

#[test]
fn a_company_with_several_entities_asks_where_the_holder_is() {
    let mut r = good();
    r.holder_country = None;
    let o = run(&r);
    let w = o
        .warnings
        .iter()
        .find(|w| w.code == "holder_country_unknown")
        .expect("warns that the holder's country is missing");
    assert_eq!(w.path, "targets[0].country");
    assert_eq!(w.step, Step::Targets.slug());
    let entities = w.message.args.iter().find(|(k, _)| *k == "entities");
    assert!(entities.is_some_and(|(_, v)| v.contains("Australia") && v.contains("Pte.")));
    // Answered for the target, or for every target: no warning.
    r.targets[0].country = CountryCode::parse("SG");
    assert!(
        !warning_codes(&run(&r))
            .iter()
            .any(|(c, _)| *c == "holder_country_unknown")
    );
}

#[test]
fn a_company_with_one_entity_does_not_ask_where_the_holder_is() {
    let dir = directory();
    let single = dir
        .companies()
        .iter()
        .find(|c| c.entities.len() == 1 && c.accepts(RequestType::Subscriber))
        .expect("a company with one entity");
    let mut r = good();
    r.holder_country = None;
    r.company_id = Some(single.id.clone());
    r.entity = Some(single.entities[0].name.clone());
    assert!(
        !warning_codes(&run(&r))
            .iter()
            .any(|(c, _)| *c == "holder_country_unknown")
    );
}
