//! An email address, parsed once.

use std::fmt;

/// A syntactically plausible email address, stored lower-case.
///
/// This is deliberately not a full RFC 5322 parser: it accepts what official
/// mailboxes look like (`local@sub.domain.tld`) and refuses what is clearly not
/// an address, so that a typo is caught before a request goes out.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

/// The most colleagues a document can copy on its delivery.
pub const MAX_CC: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("email is empty")]
    Empty,
    #[error("email is not in the form name@domain")]
    Malformed,
}

impl EmailError {
    /// The Fluent message key that explains this error to the user.
    pub fn message_key(self) -> &'static str {
        match self {
            EmailError::Empty => "error-email-empty",
            EmailError::Malformed => "error-email-malformed",
        }
    }
}

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(EmailError::Malformed);
        }
        let (local, domain) = s.rsplit_once('@').ok_or(EmailError::Malformed)?;
        let domain_ok = domain.split('.').count() >= 2
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..");
        if !domain_ok || !local_ok {
            return Err(EmailError::Malformed);
        }
        Ok(EmailAddress(s.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_lowercases_official_addresses() {
        let e = EmailAddress::parse("  Dana.Reyes@Cyber.Police.GOV.PH ").unwrap();
        assert_eq!(e.as_str(), "dana.reyes@cyber.police.gov.ph");
        assert_eq!(e.domain(), "cyber.police.gov.ph");
    }

    #[test]
    fn refuses_what_is_not_an_address() {
        assert_eq!(EmailAddress::parse(""), Err(EmailError::Empty));
        for bad in [
            "no-at-sign",
            "a@b",
            "a@-b.test",
            "a b@c.test",
            "@c.test",
            "a@c..test",
            "a..b@c.test",
            "a@b@c.test",
        ] {
            assert_eq!(
                EmailAddress::parse(bad),
                Err(EmailError::Malformed),
                "{bad}"
            );
        }
    }
}
