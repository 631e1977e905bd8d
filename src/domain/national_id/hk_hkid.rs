//! Hong Kong identity card number.

use super::scan::{Match, Scan, Sep, weighted};

/// One or two letters, six digits and a check character (0-9, or A for
/// ten). The check character may stand in brackets, with or without a space
/// before them, or follow a hyphen or space: A123456(3), A123456 (3),
/// A123456-3, A1234563. Letters count A=10 … Z=35, a missing first letter
/// 36; weights 9 to 2, and the total with the check character must be a
/// multiple of 11.
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let value = |l: u8| u32::from(l - b'A') + 10;
    let first = s.letter(i)?;
    let (high, low, letters_end) = match s.letter(i + 1) {
        Some(second) => (value(first), value(second), i + 2),
        None => (36, value(first), i + 1),
    };
    let digits_at = s.optional_sep(letters_end, &[Sep::Space]);
    let (d, after) = s.groups(digits_at, &[6], None)?;
    let (check, end) = check_character(s, after)?;
    let sum = 9 * high + 8 * low + weighted(&d, &[7, 6, 5, 4, 3, 2]) + check;
    sum.is_multiple_of(11).then(|| Match::lettered(end))
}

/// The check character after the digits at `i`, and where the number ends.
fn check_character(s: &Scan, i: usize) -> Option<(u32, usize)> {
    let read = |j: usize| match s.at(j)? {
        'A' | 'a' => Some(10),
        c => c.to_digit(10),
    };
    let open = if s.at(i) == Some(' ') { i + 1 } else { i };
    if s.at(open) == Some('(') {
        let check = read(open + 1)?;
        return (s.at(open + 2)? == ')').then_some((check, open + 3));
    }
    let at = s.optional_sep(i, &[Sep::Space, Sep::Hyphen]);
    Some((read(at)?, at + 1))
}
