//! Japanese My Number (individual number).

use super::scan::{Form, Match, Scan, Sep, weighted};

/// Twelve digits, bare or in fours joined by spaces, hyphens or dots; the
/// last is a check digit over the first eleven (weights 6,5,4,3,2,7,6,5,4,
/// 3,2; r = sum mod 11; 0 when r <= 1, else 11 - r).
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[&[4, 4, 4]], &[Sep::Space, Sep::Hyphen, Sep::Dot], true)?;
    let r = weighted(&d[..11], &[6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    let check = if r <= 1 { 0 } else { 11 - r };
    let m = if indonesian_mobile(&d) {
        m.with_form(Form::Plain)
    } else {
        m
    };
    (check == u32::from(d[11])).then_some(m)
}

/// Indonesian mobile numbers are written 0812-3456-7890, in the fours of a
/// My Number: with one of their prefixes the grouping tells nothing.
fn indonesian_mobile(d: &[u8]) -> bool {
    let prefix = d[..4].iter().fold(0u32, |n, &x| n * 10 + u32::from(x));
    matches!(
        prefix,
        811..=819 | 821..=823 | 831..=833 | 838 | 851..=859 | 877..=878 | 881..=889 | 895..=899
    )
}
