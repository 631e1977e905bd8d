//! Agreements that let an agency serve process directly on a provider abroad
//! (international production orders under a CLOUD Act agreement).

use anyhow::{Context, bail};

use super::Provenance;
use crate::domain::country::CountryCode;

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Agreement {
    pub id: String,
    pub name: String,
    pub parties: Vec<CountryCode>,
    pub in_force: jiff::civil::Date,
    pub instrument: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Agreement {
    /// Whether the agreement binds these two countries (in either direction).
    pub fn between(&self, a: CountryCode, b: CountryCode) -> bool {
        a != b && self.parties.contains(&a) && self.parties.contains(&b)
    }
}

#[derive(serde::Deserialize)]
struct File {
    agreement: Vec<Agreement>,
}

pub(super) fn parse(text: &str) -> anyhow::Result<Vec<Agreement>> {
    let file: File = toml::from_str(text).context("data/agreements.toml")?;
    for a in &file.agreement {
        if a.parties.len() != 2 {
            bail!("agreement {} must name two parties", a.id);
        }
    }
    Ok(file.agreement)
}
