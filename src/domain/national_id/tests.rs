//! The matchers, kind by kind, and how numbers are told apart from the text
//! around them.

use super::NationalIdKind::*;
use super::*;

// Every vector below is fictional: computed with this module's checksum
// code, cross-checked with a separate implementation and by hand, with
// serials chosen to look made up (000001, 123456 …).

/// The kinds of the one finding that covers the whole of `text`.
fn kinds(text: &str) -> Vec<NationalIdKind> {
    let found = find(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    assert_eq!((found[0].start, found[0].end), (0, text.len()), "{text:?}");
    found[0].kinds.clone()
}

fn flagged_as(text: &str, kind: NationalIdKind) {
    assert!(
        kinds(text).contains(&kind),
        "{text:?} is not flagged as {kind:?}"
    );
}

fn not_flagged(text: &str) {
    assert_eq!(find(text), vec![], "{text:?} was flagged");
}

fn not_flagged_as(text: &str, kind: NationalIdKind) {
    let found = find(text);
    assert!(
        found.iter().all(|f| !f.kinds.contains(&kind)),
        "{text:?} was flagged as {kind:?}"
    );
}

/// The text of the single finding in `text`, and its kinds.
fn found_in(text: &str) -> (&str, Vec<NationalIdKind>) {
    let found = find(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    (&text[found[0].start..found[0].end], found[0].kinds.clone())
}

#[test]
fn singapore_nric_and_fin_of_every_series_are_found() {
    for id in [
        "S0000001I",
        "T0312345B",
        "F0123456X",
        "G1234567X",
        "M1234567K",
        "S7654321F",
    ] {
        assert_eq!(kinds(id), vec![SgNricFin], "{id}");
    }
    assert_eq!(kinds("s0000001i"), vec![SgNricFin], "lower case");
}

#[test]
fn singapore_numbers_with_the_wrong_check_letter_or_prefix_are_not_flagged() {
    not_flagged("S0000001J");
    not_flagged("M1234567X"); // F/G table letter on an M number
    not_flagged("A0000001I");
    not_flagged("S000001I");
}

#[test]
fn singapore_nric_is_found_inside_a_sentence() {
    let (id, k) = found_in("The caller gave NRIC S0000001I, then hung up.");
    assert_eq!((id, k), ("S0000001I", vec![SgNricFin]));
    let (id, _) = found_in("신고자 번호:T0312345B입니다");
    assert_eq!(id, "T0312345B");
}

#[test]
fn korean_rrn_with_a_valid_date_and_check_digit_is_found_with_or_without_hyphen() {
    flagged_as("900101-1000006", KrRrn);
    flagged_as("9001011000006", KrRrn);
    flagged_as("050505-3000001", KrRrn);
    flagged_as("851231-2000002", KrRrn);
}

#[test]
fn korean_rrn_issued_after_2020_without_check_digit_is_found_when_hyphenated() {
    // The check digit would be 4; numbers issued since October 2020 have none.
    flagged_as("211015-3123450", KrRrn);
    not_flagged("2110153123450");
}

#[test]
fn korean_rrn_with_an_impossible_date_or_wrong_check_digit_is_not_flagged() {
    not_flagged("901301-1000006"); // month 13
    not_flagged("020229-4000009"); // 29 February 2002
    not_flagged("9001011000007"); // bare, wrong check digit
}

#[test]
fn korean_rrn_is_found_inside_korean_text_with_exact_byte_offsets() {
    let text = "피의자의 주민등록번호는 900101-1000006입니다.";
    let f = first(text).expect("found");
    assert_eq!(&text[f.start..f.end], "900101-1000006");
    assert_eq!(f.kinds, vec![KrRrn]);
}

#[test]
fn aadhaar_is_found_bare_and_grouped_by_spaces_or_hyphens() {
    flagged_as("234567890124", InAadhaar);
    flagged_as("2345 6789 0124", InAadhaar);
    flagged_as("9876-5432-1012", InAadhaar);
    flagged_as("555500001112", InAadhaar);
}

#[test]
fn aadhaar_failing_verhoeff_or_starting_with_0_or_1_is_not_flagged() {
    not_flagged("2345 6789 0125");
    not_flagged_as("123456789010", InAadhaar); // Verhoeff-valid, starts with 1
    not_flagged("2345 6789-0124"); // mixed separators
}

#[test]
fn aadhaar_is_found_inside_a_sentence() {
    let (id, k) = found_in("Caller's Aadhaar (2345 6789 0124) was in the chat log.");
    assert_eq!(id, "2345 6789 0124");
    assert!(k.contains(&InAadhaar));
    // Written in Devanagari digits.
    let (id, k) = found_in("आधार संख्या २३४५ ६७८९ ०१२४ है");
    assert_eq!(id, "२३४५ ६७८९ ०१२४");
    assert!(k.contains(&InAadhaar));
}

#[test]
fn my_number_is_found_bare_and_grouped() {
    flagged_as("123456789018", JpMyNumber);
    flagged_as("1234-5678-9018", JpMyNumber);
    flagged_as("000000000108", JpMyNumber);
    flagged_as("2345 6789 0121", JpMyNumber);
}

#[test]
fn my_number_with_the_wrong_check_digit_is_not_flagged() {
    not_flagged("123456789019");
    not_flagged("0000 0000 0109");
}

#[test]
fn my_number_typed_with_a_japanese_input_method_is_found_in_a_sentence() {
    // Full-width digits and an ideographic space, as a Japanese IME types them.
    let (id, k) = found_in("マイナンバーは１２３４　５６７８　９０１８です。");
    assert_eq!(id, "１２３４　５６７８　９０１８");
    assert!(k.contains(&JpMyNumber));
    let (id, _) = found_in("番号：1234ー5678ー9018");
    assert_eq!(id, "1234ー5678ー9018");
}

#[test]
fn taiwan_ids_and_new_resident_certificates_are_found() {
    for id in [
        "A123456789",
        "Z200000013",
        "I100000021",
        "A800000014",
        "W912345673",
    ] {
        assert_eq!(kinds(id), vec![TwNationalId], "{id}");
    }
}

#[test]
fn taiwan_ids_with_a_wrong_check_digit_or_second_digit_are_not_flagged() {
    not_flagged("A123456788");
    not_flagged("A323456789");
}

#[test]
fn taiwan_id_is_found_inside_chinese_text() {
    let (id, k) = found_in("嫌疑人身分證字號A123456789，請查核。");
    assert_eq!((id, k), ("A123456789", vec![TwNationalId]));
}

#[test]
fn hkid_is_found_with_or_without_parentheses_and_with_two_letters() {
    for id in [
        "A123456(3)",
        "Z000001(A)",
        "XY000123(9)",
        "K0000108",
        "z000001(a)",
    ] {
        assert_eq!(kinds(id), vec![HkHkid], "{id}");
    }
    assert_eq!(
        kinds("A123456（3）"),
        vec![HkHkid],
        "full-width parentheses"
    );
}

#[test]
fn hkid_with_the_wrong_check_character_is_not_flagged() {
    not_flagged("A123456(4)");
    not_flagged("Z000001(0)");
    not_flagged("A123456(3");
}

#[test]
fn hkid_is_found_inside_a_sentence() {
    let (id, _) = found_in("香港身份證號碼 Z000001(A) 已由受害人提供。");
    assert_eq!(id, "Z000001(A)");
}

#[test]
fn mykad_with_a_valid_date_and_place_of_birth_is_found() {
    flagged_as("850615-14-0001", MyMykad);
    flagged_as("000229-08-0002", MyMykad); // 29 February 2000, Perak
    flagged_as("850615140001", MyMykad);
    flagged_as("991231-99-1234", MyMykad);
}

#[test]
fn mykad_with_an_impossible_date_or_unassigned_place_is_not_flagged() {
    not_flagged("851315-14-0001"); // month 13
    not_flagged("850615-00-0001");
    not_flagged("850615-20-0001");
    not_flagged("850615-14-00012");
}

#[test]
fn mykad_is_found_inside_a_malay_sentence() {
    let (id, k) = found_in("No. KP pelapor: 850615-14-0001.");
    assert_eq!((id, k), ("850615-14-0001", vec![MyMykad]));
}

#[test]
fn nik_with_a_province_birth_date_and_serial_is_found() {
    assert_eq!(kinds("3171014506900001"), vec![IdNik]); // a woman: day 45 = 5
    assert_eq!(kinds("1101010101000001"), vec![IdNik]);
    assert_eq!(kinds("9401012902000123"), vec![IdNik]); // 29 February 2000
}

#[test]
fn nik_with_a_bad_province_date_or_serial_is_not_flagged() {
    not_flagged("9971014506900001"); // no province 99
    not_flagged("3171013206900001"); // day 32
    not_flagged("3171014506900000"); // serial 0000
    not_flagged("3100014506900001"); // regency 00
}

#[test]
fn nik_is_found_inside_an_indonesian_sentence() {
    let (id, _) = found_in("NIK 3171014506900001 tercatat di laporan.");
    assert_eq!(id, "3171014506900001");
}

#[test]
fn thai_citizen_id_is_found_bare_hyphenated_and_spaced() {
    flagged_as("1100000000016", ThCitizenId);
    flagged_as("1-1000-00000-01-6", ThCitizenId);
    flagged_as("3 1000 00000 02 1", ThCitizenId);
    flagged_as("8123456789011", ThCitizenId);
}

#[test]
fn thai_id_with_a_wrong_check_digit_or_first_digit_is_not_flagged() {
    not_flagged("1-1000-00000-01-7");
    not_flagged("9100000000003"); // check digit right, but no Thai ID starts with 9
}

#[test]
fn thai_id_is_found_inside_thai_text_with_or_without_spaces() {
    let (id, k) = found_in("เลขประจำตัวประชาชน 1-1000-00000-01-6 ของผู้ต้องสงสัย");
    assert_eq!((id, k), ("1-1000-00000-01-6", vec![ThCitizenId]));
    let (id, _) = found_in("เลขบัตร1100000000016ครับ");
    assert_eq!(id, "1100000000016");
    // Written in Thai digits.
    let (id, k) = found_in("เลขบัตร ๑-๑๐๐๐-๐๐๐๐๐-๐๑-๖ ครับ");
    assert_eq!((id, k), ("๑-๑๐๐๐-๐๐๐๐๐-๐๑-๖", vec![ThCitizenId]));
}

#[test]
fn cnic_is_found_in_its_hyphenated_form() {
    assert_eq!(kinds("35202-1234567-1"), vec![PkCnic]);
    assert_eq!(kinds("61101-0000001-2"), vec![PkCnic]);
}

#[test]
fn cnic_bare_or_with_a_bad_province_digit_is_not_flagged() {
    not_flagged("3520212345671");
    not_flagged("85202-1234567-1");
    not_flagged("35202-123456-1");
}

#[test]
fn cnic_is_found_inside_a_sentence() {
    let (id, _) = found_in("CNIC No. 35202-1234567-1 was shared in the chat.");
    assert_eq!(id, "35202-1234567-1");
}

#[test]
fn sri_lankan_nic_old_and_new_forms_are_found() {
    assert_eq!(kinds("901230001V"), vec![LkNic]);
    assert_eq!(kinds("855550001x"), vec![LkNic]); // a woman: day 555
    flagged_as("199012300017", LkNic);
    flagged_as("200055500012", LkNic);
}

#[test]
fn sri_lankan_nic_with_an_impossible_day_or_year_is_not_flagged() {
    not_flagged("903700001V"); // day 370
    not_flagged("900000001V"); // day 000
    not_flagged_as("199040000017", LkNic); // day 400
    not_flagged_as("180012300017", LkNic); // year 1800
}

#[test]
fn sri_lankan_nic_is_found_inside_a_sentence() {
    let text = "NIC 901230001V / 199012300017 (both given).";
    let found: Vec<_> = find(text).iter().map(|f| &text[f.start..f.end]).collect();
    assert_eq!(found, ["901230001V", "199012300017"]);
}

#[test]
fn cccd_with_an_assigned_province_and_century_is_found() {
    flagged_as("001090000001", VnCccd); // Hà Nội, man born 1990
    flagged_as("079203000002", VnCccd); // Hồ Chí Minh City, man born 2003
    flagged_as("096301123456", VnCccd); // Cà Mau, woman born 2001
}

#[test]
fn cccd_with_an_unassigned_province_or_future_century_is_not_flagged() {
    not_flagged("003090000001"); // no province 003
    not_flagged("097090000001"); // no province 097
    not_flagged("001590000001"); // born in the 2100s
}

#[test]
fn cccd_is_found_inside_a_vietnamese_sentence() {
    let (id, k) = found_in("Số CCCD: 001090000001, cấp tại Hà Nội.");
    assert_eq!(id, "001090000001");
    assert!(k.contains(&VnCccd));
}

#[test]
fn a_span_valid_for_several_schemes_reports_each() {
    // My Number check digit right, and a MyKad date (15 June 1985) and place (14).
    let k = kinds("850615140000");
    assert!(k.contains(&JpMyNumber) && k.contains(&MyMykad), "{k:?}");
}

#[test]
fn several_numbers_are_reported_in_order_of_position() {
    let text = "S0000001I, 900101-1000006 and A123456(3)";
    let found: Vec<_> = find(text).iter().map(|f| &text[f.start..f.end]).collect();
    assert_eq!(found, ["S0000001I", "900101-1000006", "A123456(3)"]);
    assert_eq!(first(text).map(|f| f.kinds), Some(vec![SgNricFin]));
}

#[test]
fn digit_runs_inside_hashes_and_longer_numbers_are_not_flagged() {
    not_flagged("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    not_flagged("d41d8cd98f00b204e9800998ecf8427e");
    // A valid Aadhaar and NRIC buried in hex and in a longer number.
    not_flagged("ab234567890124cdef0123456789abcdef0123456789abcdef0123456789abcd");
    not_flagged("0fS0000001I9");
    not_flagged("12345678901234567890");
    not_flagged("9234567890124");
}

#[test]
fn ip_addresses_ports_dates_and_times_are_not_flagged() {
    not_flagged("203.0.113.45");
    not_flagged("203.0.113.45:65535");
    not_flagged("65535");
    not_flagged("2026-02-03 14:30");
    not_flagged("2026-02-03T14:30:00+09:00");
    not_flagged("03/02/2026 14:30:59");
}

#[test]
fn phone_numbers_are_not_flagged() {
    not_flagged("+639171234567");
    not_flagged("+82 10-1234-5678");
    not_flagged("010-1234-5678");
    not_flagged("+91 98765 43210");
    not_flagged("(02) 8123 4567");
    not_flagged("+81 90-1234-5678");
    // A '+' marks the digits as a phone number even when they would
    // otherwise pass a check.
    not_flagged("+234567890124");
}

#[test]
fn amounts_and_card_like_groups_are_not_flagged() {
    not_flagged("USD 1,250,000.00");
    not_flagged("Rp 150.000.000");
    not_flagged("₹12,00,000");
    not_flagged("234567890124.50"); // the integer part alone would be an Aadhaar
    not_flagged("2345 6789 0124 5678"); // grouped like a card, not an Aadhaar
}

#[test]
fn numbers_inside_urls_emails_and_handles_are_not_flagged() {
    not_flagged("https://social.example/u/234567890124");
    not_flagged("https://social.example/profile?id=234567890124&tab=posts");
    not_flagged("234567890124@example.com");
    not_flagged("user_S0000001I");
}

#[test]
fn empty_and_plain_text_have_no_findings() {
    not_flagged("");
    not_flagged("The account posted 3 files between 14:30 and 15:10 KST.");
    assert_eq!(first("nothing here"), None);
}

#[test]
fn every_kind_has_a_country_and_a_name_in_english_and_korean() {
    let en = include_str!("../../../locales/en/national_id.ftl");
    let ko = include_str!("../../../locales/ko/national_id.ftl");
    let mut keys = std::collections::HashSet::new();
    for kind in NationalIdKind::ALL {
        assert_eq!(kind.country_code().len(), 2);
        assert!(keys.insert(kind.name_key()), "{kind:?} shares its key");
        let line = format!("\n{} = ", kind.name_key());
        assert!(
            en.contains(&line) && ko.contains(&line),
            "{kind:?} has no name"
        );
    }
    let codes: Vec<_> = NationalIdKind::ALL
        .iter()
        .map(|k| k.country_code())
        .collect();
    assert_eq!(
        codes,
        [
            "SG", "KR", "IN", "JP", "TW", "HK", "MY", "ID", "TH", "PK", "LK", "VN"
        ]
    );
}

#[test]
fn never_panics_on_arbitrary_input() {
    // Whatever a request sends reaches this scanner: mixed scripts,
    // separators and digits in every order must be safe.
    let alphabet: Vec<char> = "0123456789-  ()/.:+VXAGMSTFZNICk한ก९٣０ー\u{200d}\u{00ad}"
        .chars()
        .collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20_000 {
        let len = (state % 40) as usize;
        let text: String = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                alphabet[(state % alphabet.len() as u64) as usize]
            })
            .collect();
        for f in find(&text) {
            assert!(f.start < f.end && f.end <= text.len());
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
        let countries = [crate::domain::country::CountryCode::parse("LK").unwrap()];
        for field in [Field::Text, Field::Identifier] {
            for f in judge(&text, field, &countries) {
                assert!(f.start < f.end && f.end <= text.len());
                assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                assert!(!f.kinds.is_empty());
            }
        }
    }
}
