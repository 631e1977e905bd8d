//! The jurisdictions casebridge serves, by ISO 3166-1 alpha-2 code.

use std::fmt;

/// A two-letter upper-case country code. Whether casebridge knows the country is
/// the directory's business; this type only guarantees the shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.trim().as_bytes();
        match b {
            [a, c] if a.is_ascii_alphabetic() && c.is_ascii_alphabetic() => Some(CountryCode([
                a.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CountryCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CountryCode::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("not a two-letter country code: {s:?}"))
        })
    }
}

impl serde::Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_two_letters_upper_cased() {
        assert_eq!(CountryCode::parse("np").unwrap().as_str(), "NP");
        assert!(CountryCode::parse("NPL").is_none());
        assert!(CountryCode::parse("1A").is_none());
        assert!(CountryCode::parse("").is_none());
    }
}
