//! Japanese My Number (individual number).

use super::scan::{Match, Scan, Sep, weighted};

/// Twelve digits, bare or in fours joined by spaces, hyphens or dots; the
/// last is a check digit over the first eleven (weights 6,5,4,3,2,7,6,5,4,
/// 3,2; r = sum mod 11; 0 when r <= 1, else 11 - r).
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[&[4, 4, 4]], &[Sep::Space, Sep::Hyphen, Sep::Dot], true)?;
    let r = weighted(&d[..11], &[6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    let check = if r <= 1 { 0 } else { 11 - r };
    (check == u32::from(d[11])).then_some(m)
}
