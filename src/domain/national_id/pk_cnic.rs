//! Pakistani CNIC (computerised national identity card) number.

use super::scan::{Form, Match, Scan, Sep};

/// #####-#######-#, the first digit 1 to 7 (the province). It has no check
/// digit: grouped with hyphens, spaces or dots the shape is telling, but
/// thirteen bare digits are any thirteen digits, so they count only where a
/// label names the number.
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[&[5, 7, 1]], &[Sep::Hyphen, Sep::Space, Sep::Dot], true)?;
    let m = if m.sep.is_none() {
        m.with_form(Form::Weak)
    } else {
        m
    };
    (1..=7).contains(&d[0]).then_some(m)
}
