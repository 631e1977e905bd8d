//! Singapore NRIC and FIN.

use super::scan::{Match, Scan, Sep, weighted};

/// S, T, F, G or M, seven digits and a check letter: the weighted sum of the
/// digits (2,7,6,5,4,3,2) plus 4 for T and G or 3 for M, modulo 11, looked
/// up in the table of the prefix's series. Either case is accepted, and a
/// space or hyphen after the prefix or before the check letter
/// ("S 1234567 D").
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let prefix = s.letter(i)?;
    let (offset, table): (u32, &[u8; 11]) = match prefix {
        b'S' => (0, b"JZIHGFEDCBA"),
        b'T' => (4, b"JZIHGFEDCBA"),
        b'F' => (0, b"XWUTRQPNMLK"),
        b'G' => (4, b"XWUTRQPNMLK"),
        b'M' => (3, b"XWUTRQPNJLK"),
        _ => return None,
    };
    let seps = [Sep::Space, Sep::Hyphen];
    let (d, end) = s.groups(s.optional_sep(i + 1, &seps), &[7], None)?;
    let check_at = s.optional_sep(end, &seps);
    let r = (weighted(&d, &[2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
    (s.letter(check_at)? == table[r as usize]).then(|| Match::lettered(check_at + 1))
}
