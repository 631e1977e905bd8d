//! Malaysian MyKad (identity card) number.

use super::scan::{Match, Scan, Sep, pair, valid_date_yy};

/// YYMMDD-PB-###G, bare or grouped with hyphens or spaces. There is no check
/// digit, so the structure is the check: the birth date must exist (in the
/// 1900s or 2000s) and PB must be an assigned place-of-birth code: 01-16
/// (the states and federal territories), 21-59 (their later codes), 60-68
/// (South East Asian countries), 71-72 (born abroad, before 2001), 74-79
/// (other Asian countries), 82 (state unknown), 83-93 (world regions), 98
/// (stateless) and 99 (nationality unknown).
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[&[6, 2, 4]], &[Sep::Hyphen, Sep::Space], true)?;
    let place = pair(&d, 6);
    let assigned =
        matches!(place, 1..=16 | 21..=59 | 60..=68 | 71..=72 | 74..=79 | 82..=93 | 98..=99);
    (assigned && valid_date_yy(pair(&d, 0), pair(&d, 2), pair(&d, 4))).then_some(m)
}
