//! Identifier, phone and hash normalisers: no panic, and a normalised value
//! normalises to itself (the value in a request is the value looked up).
#![no_main]

use casebridge::domain::country::CountryCode;
use casebridge::domain::identifier::{IdentifierKind, normalise};
use casebridge::domain::phone::PhoneNumber;
use casebridge::domain::report::{FileHash, HashKind};
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
    let kind = IdentifierKind::ALL[usize::from(pick) % IdentifierKind::ALL.len()];
    let Some(country) = CountryCode::parse(COUNTRIES[usize::from(pick >> 4) % COUNTRIES.len()])
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
});
