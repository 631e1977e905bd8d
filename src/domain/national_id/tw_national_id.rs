//! Taiwan national ID and new-style resident certificate number.

use super::scan::{Match, Scan, Sep, weighted};

/// A letter, then 1 or 2 (national ID) or 8 or 9 (resident certificate since
/// 2021), then eight digits; a space or hyphen may follow the letter
/// ("A 123456789"). The letter stands for a two-digit number (A=10 … with
/// I, O, W, X, Y, Z out of order); its digits weigh 1 and 9, the next eight
/// digits 8 to 1, the last 1, and the sum must be a multiple of 10.
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    const CODES: [u32; 26] = [
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32,
        30, 31, 33,
    ];
    let code = CODES[usize::from(s.letter(i)? - b'A')];
    let digits_at = s.optional_sep(i + 1, &[Sep::Space, Sep::Hyphen]);
    let (d, end) = s.groups(digits_at, &[9], None)?;
    if !matches!(d[0], 1 | 2 | 8 | 9) {
        return None;
    }
    let sum = code / 10 + code % 10 * 9 + weighted(&d, &[8, 7, 6, 5, 4, 3, 2, 1, 1]);
    sum.is_multiple_of(10).then(|| Match::lettered(end))
}
