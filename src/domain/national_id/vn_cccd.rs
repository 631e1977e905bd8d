//! Vietnamese citizen identity card (CCCD) number.

use super::scan::{Match, Scan, Sep, pair};

/// Twelve digits, no check digit, bare or in threes: a province code as
/// assigned to the 63 provinces (Circular 07/2016/TT-BCA; the 2025 merger
/// kept a subset of them), a century-and-sex digit, a two-digit birth year
/// and six serial digits. The century digit may be 0-9 (1900s to 2300s);
/// only 0-3 (1900s and 2000s) can belong to anyone alive, so only those
/// count.
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    const PROVINCES: [u8; 63] = [
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36,
        37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74,
        75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
    ];
    let (d, m) = s.number(
        i,
        &[&[3, 3, 3, 3]],
        &[Sep::Space, Sep::Dot, Sep::Hyphen],
        true,
    )?;
    let province = u32::from(d[0]) * 100 + pair(&d, 1);
    let known = u8::try_from(province).is_ok_and(|p| PROVINCES.contains(&p));
    (known && d[3] <= 3).then_some(m)
}
