//! Sri Lankan NIC (national identity card) number.

use super::scan::{Match, Scan, Sep, pair};

/// No check digit is published. Old: nine digits then V or X (a space or
/// hyphen may come before the letter), the third to fifth digits a day of
/// the year (001-366, women 501-866). New (since 2016): twelve digits, a
/// year 1900-2099, then a day of the year as above. The NIC numbers days as
/// if every year had a 29 February, so 366 is valid in any year.
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let day_ok = |day: u32| (1..=366).contains(&day) || (501..=866).contains(&day);
    let day = |d: &[u8], j: usize| pair(d, j) * 10 + u32::from(d.get(j + 2).copied().unwrap_or(0));
    let (d, end) = s.groups(i, &[9], None)?;
    let letter_at = s.optional_sep(end, &[Sep::Space, Sep::Hyphen]);
    if matches!(s.letter(letter_at), Some(b'V' | b'X')) {
        return day_ok(day(&d, 2)).then(|| Match::lettered(letter_at + 1));
    }
    let (d, end) = s.groups(i, &[12], None)?;
    let year = pair(&d, 0) * 100 + pair(&d, 2);
    ((1900..=2099).contains(&year) && day_ok(day(&d, 4))).then(|| Match::digits(end, None))
}
