//! What the guard makes of the numbers in one field: refused (an error),
//! possible (a warning the user acknowledges), or let through.
//!
//! Letter-and-checksum kinds (NRIC/FIN, HKID, Taiwan ID) carry their proof
//! in their shape and are refused in every field. Digit-only kinds share
//! their shape with timestamps, order numbers and platform ids, so what
//! counts is where they are and what is around them:
//!
//! | digit-only kind, in free text | label nearby | kind's country in play | neither |
//! |---|---|---|---|
//! | telling form (grouped, lettered) | error | error | warning |
//! | plain form (a bare run passing the check) | error | warning | — |
//! | weak form (bare CNIC) | error | — | — |
//!
//! In fields of typed identifiers (account and device ids, hashes, URLs,
//! times, phone numbers) digit-only kinds are not looked for at all: those
//! fields hold exactly the numbers that look like them.

use super::labels::{self, Named};
use super::scan::{Form, Scan};
use super::{NationalIdKind, Span, spans};
use crate::domain::country::CountryCode;

/// What a field holds, which decides what the guard looks for in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A typed identifier: account or device id, hash, URL, time, phone
    /// number, reference. Only letter-and-checksum kinds are looked for.
    Identifier,
    /// Anything a person writes in their own words.
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// It may be an identity number: the user confirms it is not.
    Warning,
    /// It is an identity number: it must go.
    Error,
}

/// One number the guard stops, with the kinds it is judged to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub severity: Severity,
    /// The kinds at that severity, in the order of [`NationalIdKind::ALL`].
    pub kinds: Vec<NationalIdKind>,
    /// Byte offsets of the number in the text.
    pub start: usize,
    pub end: usize,
}

/// Every number in `text` the guard stops, for a field of kind `field` in a
/// document whose people and recipients are in `jurisdictions`.
pub fn judge(text: &str, field: Field, jurisdictions: &[CountryCode]) -> Vec<Flag> {
    let s = Scan::new(text);
    let spans = spans(&s);
    let named = labels::around(&s, &spans);
    spans
        .iter()
        .zip(&named)
        .filter_map(|(span, named)| {
            let judged: Vec<(NationalIdKind, Severity)> = span
                .kinds
                .iter()
                .filter_map(|&(kind, form)| {
                    let likely = jurisdictions
                        .iter()
                        .any(|c| c.as_str() == kind.country_code());
                    let sev = severity(kind, form, field, named, likely, || timestamp(&s, span))?;
                    Some((kind, sev))
                })
                .collect();
            let top = judged.iter().map(|(_, sev)| *sev).max()?;
            Some(Flag {
                severity: top,
                kinds: judged
                    .iter()
                    .filter(|(_, sev)| *sev == top)
                    .map(|(k, _)| *k)
                    .collect(),
                start: s.offsets[span.start],
                end: s.offsets[span.end],
            })
        })
        .collect()
}

/// The most severe of `flags` and every kind flagged at that severity, for
/// one finding per field.
pub fn strongest(flags: &[Flag]) -> Option<(Severity, Vec<NationalIdKind>)> {
    let top = flags.iter().map(|f| f.severity).max()?;
    let kinds = NationalIdKind::ALL
        .into_iter()
        .filter(|k| {
            flags
                .iter()
                .any(|f| f.severity == top && f.kinds.contains(k))
        })
        .collect();
    Some((top, kinds))
}

fn severity(
    kind: NationalIdKind,
    form: Form,
    field: Field,
    named: &Named,
    likely: bool,
    timestamp: impl FnOnce() -> bool,
) -> Option<Severity> {
    if kind.has_letters() {
        return Some(Severity::Error);
    }
    if field == Field::Identifier {
        return None;
    }
    if named.names(kind) {
        return Some(Severity::Error);
    }
    match form {
        Form::Telling if likely => Some(Severity::Error),
        Form::Telling => Some(Severity::Warning),
        // A compact timestamp (202611231430) is far likelier than an
        // identity number that happens to read as one.
        Form::Plain if likely && !timestamp() => Some(Severity::Warning),
        _ => None,
    }
}

/// Whether the digits of `span` read as a compact timestamp of this
/// century's first decades: YYYYMMDDhhmm.
fn timestamp(s: &Scan, span: &Span) -> bool {
    let d: Vec<u32> = (span.start..span.end)
        .filter_map(|i| s.at(i)?.to_digit(10))
        .collect();
    if d.len() != 12 {
        return false;
    }
    let n = |i: usize| d[i] * 10 + d[i + 1];
    let year = n(0) * 100 + n(2);
    (2000..=2039).contains(&year)
        && super::scan::valid_date(year, n(4), n(6))
        && n(8) <= 23
        && n(10) <= 59
}
