//! Thai citizen identification number.

use super::scan::{Match, Scan, Sep, weighted};

/// Thirteen digits, the first 1 to 8, bare or grouped 1-4-5-2-1 with
/// hyphens, spaces or dots; check digit (11 - sum mod 11) mod 10 with
/// weights 13 down to 2.
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(
        i,
        &[&[1, 4, 5, 2, 1]],
        &[Sep::Hyphen, Sep::Space, Sep::Dot],
        true,
    )?;
    let sum = weighted(&d[..12], &[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    ((1..=8).contains(&d[0]) && (11 - sum % 11) % 10 == u32::from(d[12])).then_some(m)
}
