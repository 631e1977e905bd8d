//! Reference data shipped with casebridge: the jurisdictions it serves, the
//! government email domains of each and the company directory. Every fact
//! carries its source and the date it was checked; facts nobody could confirm
//! are marked unverified.

mod agreements;
mod companies;
mod gov_domains;
mod jurisdictions;
mod shared;

pub use agreements::Agreement;
pub use companies::{AccountIds, Channel, Company, DataCategory, EmergencyRoute, Entity, Process};
pub use gov_domains::{GovDomain, OfficerEmailError};
pub use jurisdictions::Jurisdiction;
pub use shared::SharedDirectory;

use crate::domain::country::CountryCode;

/// Whether a fact was confirmed against its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Verified,
    Unverified,
}

/// Where a fact comes from and when someone last checked it.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Provenance {
    pub source: String,
    pub checked: jiff::civil::Date,
    pub status: Status,
    #[serde(default)]
    pub note: String,
}

impl Provenance {
    pub fn is_verified(&self) -> bool {
        self.status == Status::Verified
    }
}

#[derive(Debug, Clone)]
pub struct Directory {
    jurisdictions: Vec<Jurisdiction>,
    gov_domains: Vec<GovDomain>,
    companies: Vec<Company>,
    agreements: Vec<Agreement>,
}

impl Directory {
    /// Loads and checks the data compiled into the binary.
    pub fn load() -> anyhow::Result<Self> {
        let jurisdictions = jurisdictions::parse(include_str!("../../data/jurisdictions.toml"))?;
        let gov_domains =
            gov_domains::parse(include_str!("../../data/gov_domains.toml"), &jurisdictions)?;
        let companies =
            companies::parse(include_str!("../../data/companies.toml"), &jurisdictions)?;
        let agreements = agreements::parse(include_str!("../../data/agreements.toml"))?;
        Ok(Directory {
            jurisdictions,
            gov_domains,
            companies,
            agreements,
        })
    }

    /// The agreement in force on `today` between the officer's country and
    /// the country of the entity holding the data.
    pub fn agreement_between(
        &self,
        a: CountryCode,
        b: CountryCode,
        today: jiff::civil::Date,
    ) -> Option<&Agreement> {
        self.agreements
            .iter()
            .find(|x| x.between(a, b) && x.in_force <= today)
    }

    /// A copy of the directory with `company` in place of the record with
    /// its id, checked like the shipped data.
    pub fn with_company(&self, company: Company) -> anyhow::Result<Directory> {
        companies::check(&company, &self.jurisdictions)?;
        let mut next = self.clone();
        let slot = next
            .companies
            .iter_mut()
            .find(|c| c.id == company.id)
            .ok_or_else(|| anyhow::anyhow!("no company {} in the directory", company.id))?;
        *slot = company;
        Ok(next)
    }

    pub fn companies(&self) -> &[Company] {
        &self.companies
    }

    pub fn company(&self, id: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.id == id)
    }

    pub fn jurisdictions(&self) -> &[Jurisdiction] {
        &self.jurisdictions
    }

    pub fn jurisdiction(&self, code: CountryCode) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.code == code)
    }

    pub fn gov_domains(&self, country: CountryCode) -> impl Iterator<Item = &GovDomain> {
        self.gov_domains
            .iter()
            .filter(move |d| d.country == country)
    }

    /// Every government domain suffix, in the data file's order.
    pub fn all_gov_domains(&self) -> impl Iterator<Item = &GovDomain> {
        self.gov_domains.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPECTED: [&str; 18] = [
        "AU", "NZ", "JP", "KR", "PH", "SG", "MY", "ID", "TH", "VN", "IN", "TW", "KH", "NP", "PK",
        "LK", "BD", "HK",
    ];

    #[test]
    fn shipped_data_covers_all_eighteen_jurisdictions() {
        let dir = Directory::load().unwrap();
        let codes: Vec<&str> = dir
            .jurisdictions()
            .iter()
            .map(|j| j.code.as_str())
            .collect();
        assert_eq!(codes, EXPECTED);
        for j in dir.jurisdictions() {
            assert!(!j.zones.is_empty(), "{} has no zone", j.code);
            assert!(j.calling_code.starts_with('+'), "{}", j.code);
            assert!(!j.languages.is_empty(), "{}", j.code);
            assert!(
                dir.gov_domains(j.code).next().is_some(),
                "{} has no government domain",
                j.code
            );
        }
    }

    #[test]
    fn the_au_us_agreement_applies_from_its_date_and_only_to_its_parties() {
        let dir = Directory::load().unwrap();
        let cc = |s| CountryCode::parse(s).unwrap();
        let day = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
        assert!(
            dir.agreement_between(cc("AU"), cc("US"), day("2024-01-30"))
                .is_some()
        );
        assert!(
            dir.agreement_between(cc("US"), cc("AU"), day("2026-11-23"))
                .is_some()
        );
        assert!(
            dir.agreement_between(cc("AU"), cc("US"), day("2024-01-29"))
                .is_none()
        );
        assert!(
            dir.agreement_between(cc("PH"), cc("US"), day("2026-11-23"))
                .is_none()
        );
        assert!(
            dir.agreement_between(cc("AU"), cc("AU"), day("2026-11-23"))
                .is_none()
        );
    }

    #[test]
    fn nepal_and_india_have_their_half_hour_zones() {
        let dir = Directory::load().unwrap();
        let np = dir.jurisdiction(CountryCode::parse("NP").unwrap()).unwrap();
        assert_eq!(np.default_zone().name(), "Asia/Kathmandu");
        let offset = np
            .default_zone()
            .tz()
            .to_offset(jiff::Timestamp::from_second(1_800_000_000).unwrap());
        assert_eq!(offset.seconds(), 5 * 3600 + 45 * 60);
        let au = dir.jurisdiction(CountryCode::parse("AU").unwrap()).unwrap();
        assert!(au.zones.len() >= 5, "Australia has several zones");
    }
}
