//! What the guard makes of numbers by field, label and jurisdiction. Each
//! fault of issue 11 item 1 has its test here; the corpus test
//! (`tests/national_ids/`) measures the rates.

use super::NationalIdKind::*;
use super::*;
use crate::domain::country::CountryCode;

fn cc(code: &str) -> CountryCode {
    CountryCode::parse(code).unwrap()
}

/// What a free-text field with no label and no jurisdiction makes of `text`.
fn plain(text: &str) -> Option<(Severity, Vec<NationalIdKind>)> {
    strongest(&judge(text, Field::Text, &[]))
}

fn in_text(text: &str, jurisdiction: &str) -> Option<(Severity, Vec<NationalIdKind>)> {
    strongest(&judge(text, Field::Text, &[cc(jurisdiction)]))
}

fn as_identifier(text: &str, jurisdiction: &str) -> Option<(Severity, Vec<NationalIdKind>)> {
    strongest(&judge(text, Field::Identifier, &[cc(jurisdiction)]))
}

fn error(kind: NationalIdKind) -> Option<(Severity, Vec<NationalIdKind>)> {
    Some((Severity::Error, vec![kind]))
}

fn warning(kind: NationalIdKind) -> Option<(Severity, Vec<NationalIdKind>)> {
    Some((Severity::Warning, vec![kind]))
}

#[test]
fn a_compact_timestamp_is_never_an_id_even_in_sri_lanka() {
    // 2026, day 112: the shape of a new Sri Lankan NIC.
    assert!(find("202611231430")[0].kinds.contains(&LkNic));
    for text in [
        "202611231430",
        "Uploaded 202611231430 local time",
        "202611231430.jpg",
        "IMG_202611231430.jpg",
    ] {
        assert_eq!(plain(text), None, "{text}");
        assert_eq!(in_text(text, "LK"), None, "{text}");
        assert_eq!(as_identifier(text, "LK"), None, "{text}");
    }
    // Also when the digits pass the Aadhaar and My Number checks.
    assert_eq!(in_text("202611231406", "IN"), None);
    assert_eq!(in_text("202611231409", "JP"), None);
}

#[test]
fn typed_identifier_fields_are_not_scanned_for_digit_only_kinds() {
    for (id, country) in [
        ("749522587953", "IN"),  // a 12-digit platform id, Verhoeff-valid
        ("121606219484", "JP"),  // My Number check digit right
        ("1795400000004", "TH"), // epoch milliseconds, Thai check right
        ("3171014506900001", "ID"),
        ("900101-1000006", "KR"),
        ("850615-14-0001", "MY"),
    ] {
        assert!(!find(id).is_empty(), "{id} is a valid number");
        assert_eq!(as_identifier(id, country), None, "{id}");
    }
}

#[test]
fn letter_and_checksum_kinds_are_refused_in_every_field() {
    for (id, kind) in [
        ("S0000001I", SgNricFin),
        ("A123456(3)", HkHkid),
        ("A123456789", TwNationalId),
    ] {
        assert_eq!(as_identifier(id, "AU"), error(kind), "{id}");
        assert_eq!(plain(id), error(kind), "{id}");
    }
}

#[test]
fn epoch_milliseconds_and_order_numbers_are_never_errors_without_a_label() {
    for (n, country) in [
        ("1795400000004", "TH"),
        ("749522587953", "IN"),
        ("121606219484", "JP"),
        ("3171014506900001", "ID"),
    ] {
        let text = format!("Logged at {n} by the platform.");
        assert_eq!(plain(&text), None, "{text}");
        // Where the kind's country is in play, one click acknowledges it.
        assert_eq!(
            in_text(&text, country).map(|(s, _)| s),
            Some(Severity::Warning),
            "{text}"
        );
    }
}

#[test]
fn a_label_in_any_product_language_makes_a_bare_number_an_error() {
    for (text, kind) in [
        ("Aadhaar 234567890124", InAadhaar),
        ("आधार संख्या 234567890124", InAadhaar),
        ("マイナンバー：123456789018", JpMyNumber),
        ("주민등록번호 9001011000006", KrRrn),
        ("เลขบัตรประชาชน 1100000000016", ThCitizenId),
        ("NIK: 3171014506900001", IdNik),
        ("MyKad 850615140001", MyMykad),
        ("Số CCCD 001090000001", VnCccd),
        ("căn cước 001090000001", VnCccd),
        ("NIC 199012300017", LkNic),
        ("CNIC 3520212345671", PkCnic),
    ] {
        let (severity, kinds) = plain(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(severity, Severity::Error, "{text}");
        assert!(kinds.contains(&kind), "{text}: {kinds:?}");
    }
    // A generic label names every kind the digits fit.
    assert_eq!(
        plain("身分證 850615140001").map(|(s, _)| s),
        Some(Severity::Error)
    );
}

#[test]
fn a_label_reaches_numbers_listed_with_it_and_closes_a_number_after_it() {
    let flags = judge("NIC 901230001V / 199012300017", Field::Text, &[]);
    assert_eq!(flags.len(), 2, "{flags:?}");
    assert!(flags.iter().all(|f| f.severity == Severity::Error));
    assert_eq!(plain("234567890124 (Aadhaar)"), error(InAadhaar));
    // A label that opens the next number does not reach back.
    let text = "order 749522587953, Aadhaar 2345 6789 0124";
    let flags = judge(text, Field::Text, &[]);
    let order = flags.iter().find(|f| f.start == 6);
    assert!(order.is_none(), "{flags:?}");
}

#[test]
fn a_label_is_a_word_not_part_of_one() {
    assert_eq!(plain("clinic 199012300017"), None);
    assert_eq!(plain("picnic 199012300017"), None);
    assert_eq!(plain("Nikon 3171014506900001"), None);
    // Nor does it cross a sentence or another number.
    assert_eq!(plain("Aadhaar? No; 749522587953"), None);
    assert_eq!(
        plain("Aadhaar not given, phone 0812 order 749522587953"),
        None
    );
}

#[test]
fn telling_forms_warn_anywhere_and_are_errors_in_their_country() {
    for (text, kind, country) in [
        ("2345 6789 0124", InAadhaar, "IN"),
        ("900101-1000006", KrRrn, "KR"),
        ("850615-14-0001", MyMykad, "MY"),
        ("1-1000-00000-01-6", ThCitizenId, "TH"),
        ("35202-1234567-1", PkCnic, "PK"),
        ("901230001V", LkNic, "LK"),
        ("001 090 000 001", VnCccd, "VN"),
    ] {
        let (severity, kinds) = plain(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(severity, Severity::Warning, "{text}");
        assert!(kinds.contains(&kind), "{text}");
        assert_eq!(in_text(text, country), error(kind), "{text}");
    }
}

#[test]
fn bare_numbers_need_a_label_or_their_country() {
    assert_eq!(plain("234567890124"), None);
    assert_eq!(in_text("234567890124", "IN"), warning(InAadhaar));
    assert_eq!(in_text("234567890124", "AU"), None);
    // A bare CNIC is any thirteen digits: only a label makes it one.
    assert_eq!(in_text("3520212345671", "PK"), None);
    assert_eq!(find("3520212345671"), vec![]);
}

#[test]
fn the_ways_people_write_ids_are_recognised() {
    for (text, kind) in [
        ("A123456 (3)", HkHkid),
        ("A123456-3", HkHkid),
        ("A 123456(3)", HkHkid),
        ("Ａ１２３４５６（３）", HkHkid),
        ("S 1234567 D", SgNricFin),
        ("S-1234567-D", SgNricFin),
        ("S0000001\u{200b}I", SgNricFin),
        ("A 123456789", TwNationalId),
        ("A-123456789", TwNationalId),
    ] {
        assert_eq!(plain(text), error(kind), "{text}");
    }
    for (text, kind) in [
        ("900101 1000006", KrRrn),
        ("900101 - 1000006", KrRrn),
        ("900101.1000006", KrRrn),
        ("２３４５．６７８９．０１２４", InAadhaar),
        ("1 1000 00000 01 6", ThCitizenId),
        ("850615 14 0001", MyMykad),
        ("35202 1234567 1", PkCnic),
        ("901230001 V", LkNic),
    ] {
        let (_, kinds) = plain(text).unwrap_or_else(|| panic!("{text}"));
        assert!(kinds.contains(&kind), "{text}: {kinds:?}");
    }
    for text in [
        "3171 0145 0690 0001",
        "317101 450690 0001",
        "31.71.01.450690.0001",
    ] {
        assert_eq!(in_text(text, "ID"), warning(IdNik), "{text}");
    }
}

#[test]
fn the_strongest_flag_names_every_kind_at_its_severity() {
    let flags = judge("S0000001I and 2345 6789 0124", Field::Text, &[]);
    assert_eq!(flags.len(), 2);
    assert_eq!(strongest(&flags), error(SgNricFin));
    let (severity, kinds) = plain("2345 6789 0121").unwrap();
    assert_eq!(severity, Severity::Warning);
    assert!(kinds.contains(&JpMyNumber), "{kinds:?}");
    assert_eq!(strongest(&[]), None);
}

#[test]
fn offsets_are_byte_offsets_of_the_number() {
    let text = "피의자 주민등록번호는 900101-1000006입니다.";
    let f = &judge(text, Field::Text, &[])[0];
    assert_eq!(&text[f.start..f.end], "900101-1000006");
    assert_eq!(f.severity, Severity::Error);
}
