//! Indonesian NIK (population identity number).

use super::scan::{Form, Match, Scan, Sep, pair, valid_date_yy};

/// Sixteen digits, no check digit: a province code in use (11-19, 21,
/// 31-36, 51-53, 61-65, 71-76, 81-82, 91-97; 97 is kept as a margin for the
/// Papuan provinces created in 2022), a regency and a district code (neither
/// 00), a birth date DDMMYY in which women's days are 40 higher, and a
/// serial that is not 0000. Written bare, in fours like a card, as 6-6-4,
/// or dotted by its parts (31.71.01.450690.0001). Even grouped it looks like
/// a card number, so no form tells by itself.
pub(super) fn matches(s: &Scan, i: usize) -> Option<Match> {
    let layouts: [&[usize]; 3] = [&[4, 4, 4, 4], &[6, 6, 4], &[2, 2, 2, 6, 4]];
    let (d, m) = s.number(i, &layouts, &[Sep::Space, Sep::Hyphen, Sep::Dot], true)?;
    let province = matches!(pair(&d, 0), 11..=19 | 21 | 31..=36 | 51..=53 | 61..=65 | 71..=76 | 81..=82 | 91..=97);
    let day = pair(&d, 6);
    let day = if day > 40 { day - 40 } else { day };
    let ok = province
        && pair(&d, 2) != 0
        && pair(&d, 4) != 0
        && valid_date_yy(pair(&d, 10), pair(&d, 8), day)
        && d[12..].iter().any(|&x| x != 0);
    ok.then(|| m.with_form(Form::Plain))
}
