//! Identifiers, phone numbers, IP events and hashes.

use std::net::IpAddr;

use casebridge::domain::country::CountryCode;
use casebridge::domain::identifier::{IdentifierKind, normalise};
use casebridge::domain::phone::PhoneNumber;
use casebridge::domain::report::{FileHash, HashKind, IpEvent};
use proptest::prelude::*;

use crate::{config, messy};

const HASHES: [HashKind; 5] = [
    HashKind::Md5,
    HashKind::Sha1,
    HashKind::Sha256,
    HashKind::Pdq,
    HashKind::Photodna,
];

fn country() -> impl Strategy<Value = CountryCode> {
    prop::sample::select(vec!["PH", "SG", "KR", "IN", "JP", "AU", "TH", "GB"])
        .prop_map(|c| CountryCode::parse(c).unwrap())
}

fn kind() -> impl Strategy<Value = IdentifierKind> {
    prop::sample::select(IdentifierKind::ALL.to_vec())
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn normalising_an_identifier_twice_gives_the_first_result(
        k in kind(), c in country(), raw in messy()
    ) {
        if let Ok(once) = normalise(k, &raw, c) {
            prop_assert_eq!(normalise(k, &once, c), Ok(once));
        }
    }

    #[test]
    fn an_ip_address_survives_normalising(ip in any::<IpAddr>(), c in country()) {
        let once = normalise(IdentifierKind::Ip, &ip.to_string(), c).unwrap();
        prop_assert_eq!(once.parse::<IpAddr>().unwrap(), ip);
        // Typed with spaces around it, as pasted from a log.
        prop_assert_eq!(normalise(IdentifierKind::Ip, &format!("  {ip}\t"), c), Ok(once));
    }

    #[test]
    fn an_account_id_of_digits_is_kept_as_typed(id in "[0-9]{1,30}", c in country()) {
        prop_assert_eq!(normalise(IdentifierKind::AccountId, &id, c), Ok(id));
    }

    #[test]
    fn a_philippine_mobile_number_reads_the_same_written_any_way(
        rest in "[0-9]{7}", prefix in prop::sample::select(vec!["917", "918", "927", "939"])
    ) {
        let ph = CountryCode::parse("PH").unwrap();
        let e164 = format!("+63{prefix}{rest}");
        let national = format!("0{prefix} {} {}", &rest[..3], &rest[3..]);
        let a = PhoneNumber::parse(&e164, ph).unwrap();
        prop_assert_eq!(a.as_str(), e164.as_str());
        prop_assert_eq!(PhoneNumber::parse(&national, ph).unwrap(), a.clone());
        prop_assert_eq!(PhoneNumber::parse(a.as_str(), ph).unwrap(), a);
    }

    #[test]
    fn a_phone_number_reads_back_as_itself(raw in messy(), c in country()) {
        if let Ok(p) = PhoneNumber::parse(&raw, c) {
            prop_assert_eq!(PhoneNumber::parse(p.as_str(), c), Ok(p));
        }
    }

    #[test]
    fn normalising_a_hash_twice_gives_the_first_result(
        k in prop::sample::select(HASHES.to_vec()), raw in messy()
    ) {
        let once = k.normalise(&raw);
        prop_assert_eq!(k.normalise(&once), once.clone());
        if let Ok(h) = FileHash::parse(k, &raw) {
            prop_assert_eq!(h.value, once);
        }
    }

    #[test]
    fn a_sha256_hash_survives_the_ways_tools_print_it(bytes in any::<[u8; 32]>()) {
        let hex = hex::encode(bytes);
        let upper_colons: Vec<String> = bytes.iter().map(|b| format!("{b:02X}")).collect();
        for written in [hex.clone(), upper_colons.join(":"), format!(" {} ", upper_colons.join(" "))] {
            let h = FileHash::parse(HashKind::Sha256, &written).unwrap();
            prop_assert_eq!(&h.value, &hex);
        }
    }

    #[test]
    fn an_ip_event_reads_any_json_without_panicking_and_round_trips(
        ip in any::<IpAddr>(), port in any::<u32>(), reason in messy()
    ) {
        let json = serde_json::json!({"address": ip, "port": port, "port_missing_reason": reason});
        let e: IpEvent = serde_json::from_value(json).unwrap();
        prop_assert_eq!(e.valid_port().is_some(), (1..=65535).contains(&port));
        let again: IpEvent = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
        prop_assert_eq!(&again, &e);
        let _ = e.problems();
    }
}

/// Found by the property above: separators removed after trimming left
/// white space that a second pass removed.
#[test]
fn a_hash_with_a_tab_before_a_colon_normalises_in_one_pass() {
    for raw in ["!\t:", "d4\t:1d", "D4:\t1D "] {
        let once = HashKind::Md5.normalise(raw);
        assert_eq!(HashKind::Md5.normalise(&once), once, "{raw:?}");
        assert!(!once.contains(char::is_whitespace), "{raw:?} gave {once:?}");
    }
}

/// Found by the `fields` fuzz target: `000078100000` read in Japan's plan
/// gave `+810078100000`, which is not a valid number when read again, so
/// the stored callback number would not have been the number typed.
#[test]
fn a_phone_number_is_only_accepted_if_its_e164_form_reads_back() {
    let jp = CountryCode::parse("JP").unwrap();
    if let Ok(p) = PhoneNumber::parse("000078100000", jp) {
        assert_eq!(PhoneNumber::parse(p.as_str(), jp), Ok(p));
    }
}
