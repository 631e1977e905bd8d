//! A document's short human reference, `CB-2026-000123`: the year it was
//! created and its number in that year on this installation. People read
//! it out on the phone and type it into a search box; the UUID stays the
//! document's address.

use std::fmt;

/// Numbers run to 999 999 a year in six digits; beyond that the reference
/// simply grows a digit, so parsing accepts six or more.
const DIGITS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference {
    year: u16,
    number: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a reference of the form CB-YYYY-NNNNNN")]
pub struct ReferenceError;

impl Reference {
    pub fn new(year: u16, number: u32) -> Option<Self> {
        (1000..=9999).contains(&year).then_some(())?;
        (number >= 1).then_some(Reference { year, number })
    }

    /// Reads `CB-2026-000123`, in any letter case and with spaces around.
    pub fn parse(input: &str) -> Result<Self, ReferenceError> {
        let s = input.trim().to_ascii_uppercase();
        let rest = s.strip_prefix("CB-").ok_or(ReferenceError)?;
        let (year, number) = rest.split_once('-').ok_or(ReferenceError)?;
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || !digits(year) || number.len() < DIGITS || !digits(number) {
            return Err(ReferenceError);
        }
        let year = year.parse().map_err(|_| ReferenceError)?;
        let number = number.parse().map_err(|_| ReferenceError)?;
        Reference::new(year, number).ok_or(ReferenceError)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn number(self) -> u32 {
        self.number
    }

    /// What a search box may hold of a reference (`cb-2026-0001`, `000123`,
    /// `2026-00`), upper-cased; `None` when it cannot be part of one, so
    /// the search looks elsewhere.
    pub fn fragment(input: &str) -> Option<String> {
        let s = input.trim().to_ascii_uppercase();
        let ok = !s.is_empty()
            && s.len() <= 16
            && s.bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'C' || b == b'B')
            && s.bytes().any(|b| b.is_ascii_digit());
        ok.then_some(s)
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "CB-{:04}-{:0width$}",
            self.year,
            self.number,
            width = DIGITS
        )
    }
}

impl std::str::FromStr for Reference {
    type Err = ReferenceError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Reference::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_six_digits() {
        let r = Reference::new(2026, 123).unwrap();
        assert_eq!(r.to_string(), "CB-2026-000123");
        assert_eq!(
            Reference::new(2026, 1_234_567).unwrap().to_string(),
            "CB-2026-1234567"
        );
    }

    #[test]
    fn parses_what_it_prints_in_any_case() {
        let r = Reference::parse("  cb-2026-000123 ").unwrap();
        assert_eq!((r.year(), r.number()), (2026, 123));
        assert_eq!(Reference::parse(&r.to_string()), Ok(r));
        assert_eq!(
            "CB-2027-1000000".parse::<Reference>().unwrap().number(),
            1_000_000
        );
    }

    #[test]
    fn refuses_what_is_not_a_reference() {
        for bad in [
            "",
            "CB-2026-123",
            "CB-26-000123",
            "XX-2026-000123",
            "CB-2026-000000",
            "CB-2026-00012a",
            "CB-2026-+00123",
            "CB2026000123",
            "CB-0999-000001",
        ] {
            assert_eq!(Reference::parse(bad), Err(ReferenceError), "{bad}");
        }
    }

    #[test]
    fn fragments_are_what_a_reference_can_contain() {
        assert_eq!(
            Reference::fragment("cb-2026-0001").as_deref(),
            Some("CB-2026-0001")
        );
        assert_eq!(Reference::fragment("000123").as_deref(), Some("000123"));
        assert_eq!(Reference::fragment("acme"), None);
        assert_eq!(Reference::fragment("CB-"), None);
        assert_eq!(Reference::fragment("12%"), None);
    }
}
