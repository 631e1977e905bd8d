//! Property tests for every reader of untrusted input (issue 11, "Proof
//! that lasts"): whatever the input, no panic; normalising twice gives what
//! normalising once gave; a valid value written out and read back is the
//! same value. Case counts are kept modest so the suite stays quick; the
//! fuzz targets in `fuzz/` run the same properties for minutes at a time.

mod documents;
mod identifiers;
mod national_ids;
mod time;
mod upload;

use proptest::prelude::*;

/// Cases per property: enough to find a shallow fault on every run, few
/// enough for two shared cores.
pub fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text built from the characters hostile input is made of: ASCII,
/// controls, separators, full-width digits, bidi and zero-width marks,
/// Hangul, emoji.
pub fn messy() -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        4 => proptest::char::range(' ', '~'),
        2 => proptest::char::range('0', '9'),
        1 => proptest::char::range('\0', '\u{1f}'),
        1 => proptest::char::range('\u{ff10}', '\u{ff19}'),
        1 => prop::sample::select(vec![
            '\u{202e}', '\u{200b}', '\u{feff}', '\u{3000}', '\u{a0}', '\u{2066}', '\u{85}',
            '\u{2028}', '한', '身', '💥', '\u{200d}', ':', '-', '(', ')', '.', '/', '\\',
        ]),
        1 => any::<char>(),
    ];
    proptest::collection::vec(ch, 0..40).prop_map(|v| v.into_iter().collect())
}
