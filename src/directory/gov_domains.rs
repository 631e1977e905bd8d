use anyhow::{Context, bail};

use super::{Directory, Jurisdiction, Provenance};
use crate::domain::country::CountryCode;
use crate::domain::email::EmailAddress;

/// A domain suffix on which a country's government mailboxes live.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct GovDomain {
    pub country: CountryCode,
    pub suffix: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl GovDomain {
    fn covers(&self, domain: &str) -> bool {
        domain == self.suffix
            || domain
                .strip_suffix(self.suffix.as_str())
                .is_some_and(|rest| rest.ends_with('.'))
    }
}

#[derive(serde::Deserialize)]
struct File {
    domain: Vec<GovDomain>,
}

pub(super) fn parse(text: &str, jurisdictions: &[Jurisdiction]) -> anyhow::Result<Vec<GovDomain>> {
    let file: File = toml::from_str(text).context("data/gov_domains.toml")?;
    for d in &file.domain {
        if !jurisdictions.iter().any(|j| j.code == d.country) {
            bail!(
                "government domain {} names unknown country {}",
                d.suffix,
                d.country
            );
        }
        if d.suffix.is_empty() || d.suffix.starts_with('.') || d.suffix != d.suffix.to_lowercase() {
            bail!(
                "government domain {:?} must be a lower-case suffix without a leading dot",
                d.suffix
            );
        }
    }
    Ok(file.domain)
}

/// Why an officer's email cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfficerEmailError {
    /// The domain is not a government domain of the officer's country.
    NotGovernment {
        country: CountryCode,
        expected: Vec<String>,
    },
    /// `.test` addresses are for demo and training data only.
    TestDomainOutsideDemo,
}

impl OfficerEmailError {
    pub fn message_key(&self) -> &'static str {
        match self {
            OfficerEmailError::NotGovernment { .. } => "error-officer-email-not-government",
            OfficerEmailError::TestDomainOutsideDemo => "error-officer-email-test-domain",
        }
    }
}

impl std::fmt::Display for OfficerEmailError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OfficerEmailError::NotGovernment { country, expected } => write!(
                f,
                "an officer's email must be on a government domain of {country} ({})",
                expected.join(", ")
            ),
            OfficerEmailError::TestDomainOutsideDemo => {
                f.write_str(".test addresses are allowed only in demo and training organisations")
            }
        }
    }
}

impl Directory {
    /// The government domain entry that covers `domain`, in any country.
    pub fn gov_domain_of(&self, domain: &str) -> Option<&GovDomain> {
        self.all_gov_domains().find(|d| d.covers(domain))
    }

    /// Checks that an officer of `country` writes from a government mailbox of
    /// that country. `.test` addresses pass only for demo and training data,
    /// so that demo accounts can never mail a real recipient.
    pub fn check_officer_email(
        &self,
        email: &EmailAddress,
        country: CountryCode,
        demo_or_training: bool,
    ) -> Result<Option<&GovDomain>, OfficerEmailError> {
        let domain = email.domain();
        if domain == "test" || domain.ends_with(".test") {
            return if demo_or_training {
                Ok(None)
            } else {
                Err(OfficerEmailError::TestDomainOutsideDemo)
            };
        }
        self.gov_domains(country)
            .find(|d| d.covers(domain))
            .map(Some)
            .ok_or_else(|| OfficerEmailError::NotGovernment {
                country,
                expected: self
                    .gov_domains(country)
                    .map(|d| d.suffix.clone())
                    .collect(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cc(s: &str) -> CountryCode {
        CountryCode::parse(s).unwrap()
    }

    fn email(s: &str) -> EmailAddress {
        EmailAddress::parse(s).unwrap()
    }

    #[test]
    fn officer_email_must_match_own_country() {
        let dir = Directory::load().unwrap();
        assert!(
            dir.check_officer_email(&email("a@police.gov.sg"), cc("SG"), false)
                .is_ok()
        );
        assert!(
            dir.check_officer_email(&email("a@gov.sg"), cc("SG"), false)
                .is_ok()
        );
        assert!(
            dir.check_officer_email(&email("a@npa.go.jp"), cc("JP"), false)
                .is_ok()
        );
        // Another country's government domain does not count.
        let err = dir
            .check_officer_email(&email("a@police.gov.sg"), cc("PH"), false)
            .unwrap_err();
        assert!(
            matches!(err, OfficerEmailError::NotGovernment { ref expected, .. } if expected.iter().any(|s| s == "gov.ph"))
        );
        // A look-alike that merely ends in the same letters is refused.
        assert!(
            dir.check_officer_email(&email("a@notgov.sg"), cc("SG"), false)
                .is_err()
        );
        assert!(
            dir.check_officer_email(&email("a@gmail.com"), cc("NP"), false)
                .is_err()
        );
    }

    #[test]
    fn test_domains_only_for_demo_and_training() {
        let dir = Directory::load().unwrap();
        let e = email("officer@demo-police.test");
        assert_eq!(
            dir.check_officer_email(&e, cc("PH"), true)
                .unwrap()
                .map(|d| &d.suffix),
            None
        );
        assert_eq!(
            dir.check_officer_email(&e, cc("PH"), false).unwrap_err(),
            OfficerEmailError::TestDomainOutsideDemo
        );
    }
}
