//! Korean resident registration number.

use super::scan::{Match, Scan, Sep, pair, valid_date, weighted};

/// YYMMDD, then the digit that gives the century (1, 2, 5, 6: 1900s; 3, 4,
/// 7, 8: 2000s; 9, 0: 1800s), then six more. The birth date must exist.
/// Numbers issued since October 2020 carry a random last digit instead of a
/// check digit, so the grouped form (hyphen, space or dot) is accepted on a
/// valid date alone; thirteen bare digits must also pass the old check digit
/// (weights 2..9,2..5; (11 - sum mod 11) mod 10), because a bare run with a
/// date-like start is too common to accept on the date alone.
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[&[6, 7]], &[Sep::Hyphen, Sep::Space, Sep::Dot], true)?;
    let century = match d[6] {
        1 | 2 | 5 | 6 => 1900,
        3 | 4 | 7 | 8 => 2000,
        _ => 1800,
    };
    if !valid_date(century + pair(&d, 0), pair(&d, 2), pair(&d, 4)) {
        return None;
    }
    let check = (11 - weighted(&d[..12], &[2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10;
    (m.sep.is_some() || check == u32::from(d[12])).then_some(m)
}
