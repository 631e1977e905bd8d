//! The national-ID finder and guard on any text: no panic, and every
//! reported span lies on character boundaries inside the text.
#![no_main]

use casebridge::domain::country::CountryCode;
use casebridge::domain::national_id::{self, Field, judge};
use libfuzzer_sys::fuzz_target;

const PLACES: [&str; 13] = [
    "SG", "KR", "IN", "JP", "TW", "HK", "MY", "ID", "TH", "PK", "LK", "VN", "PH",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let places: Vec<CountryCode> = PLACES
        .iter()
        .enumerate()
        .filter(|(i, _)| pick & (1 << (i % 8)) != 0)
        .filter_map(|(_, c)| CountryCode::parse(c))
        .collect();
    for f in national_id::find(text) {
        assert!(f.start < f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(!f.kinds.is_empty());
    }
    for field in [Field::Text, Field::Identifier] {
        for flag in judge(text, field, &places) {
            assert!(flag.start < flag.end && flag.end <= text.len());
            assert!(text.is_char_boundary(flag.start) && text.is_char_boundary(flag.end));
        }
    }
});
