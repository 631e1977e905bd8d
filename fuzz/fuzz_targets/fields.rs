//! Typed field values: identifier, phone and hash normalisers (no panic,
//! and a normalised value normalises to itself, so the value in a request
//! is the value looked up) and the date-time boxes with their zone (a time
//! that parses comes back the same when its own parts are typed again).
//! The first byte picks the reader and its settings.
#![no_main]

use casebridge::domain::country::CountryCode;
use casebridge::domain::identifier::{IdentifierKind, normalise};
use casebridge::domain::phone::PhoneNumber;
use casebridge::domain::report::{FileHash, HashKind};
use casebridge::domain::time::{LocalParts, parse_date, parse_local, zone};
use libfuzzer_sys::fuzz_target;

const COUNTRIES: [&str; 8] = ["PH", "SG", "KR", "IN", "JP", "AU", "US", "GB"];
const HASHES: [HashKind; 5] = [
    HashKind::Md5,
    HashKind::Sha1,
    HashKind::Sha256,
    HashKind::Pdq,
    HashKind::Photodna,
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if pick & 1 == 1 {
        time(text);
    } else {
        identifier(pick >> 1, text);
    }
});

fn identifier(pick: u8, text: &str) {
    let kind = IdentifierKind::ALL[usize::from(pick) % IdentifierKind::ALL.len()];
    let Some(country) = CountryCode::parse(COUNTRIES[usize::from(pick >> 3) % COUNTRIES.len()])
    else {
        return;
    };
    if let Ok(once) = normalise(kind, text, country) {
        assert_eq!(normalise(kind, &once, country), Ok(once), "{kind:?}");
    }
    if let Ok(p) = PhoneNumber::parse(text, country) {
        let again = PhoneNumber::parse(p.as_str(), country).map(|q| q.to_string());
        assert_eq!(again.as_deref(), Ok(p.as_str()));
    }
    let hash = HASHES[usize::from(pick) % HASHES.len()];
    let once = hash.normalise(text);
    assert_eq!(hash.normalise(&once), once, "{hash:?}");
    if let Ok(h) = FileHash::parse(hash, text) {
        assert!(h.check().is_ok());
    }
}

/// `day|month|year|hour|minute|second|zone`.
fn time(text: &str) {
    let mut it = text.split('|');
    let mut next = || it.next().unwrap_or("");
    let p = LocalParts {
        day: next(),
        month: next(),
        year: next(),
        hour: next(),
        minute: next(),
        second: next(),
        zone: next(),
    };
    let _ = zone(p.zone);
    let _ = parse_date(p.day, p.month, p.year);
    if let Ok(z) = parse_local(p) {
        let parts = [z.day(), z.month(), z.hour(), z.minute(), z.second()].map(|n| n.to_string());
        let year = z.year().to_string();
        let again = parse_local(LocalParts {
            day: &parts[0],
            month: &parts[1],
            year: &year,
            hour: &parts[2],
            minute: &parts[3],
            second: &parts[4],
            zone: p.zone,
        })
        .expect("a parsed time parses again");
        assert_eq!(again, z);
    }
}
