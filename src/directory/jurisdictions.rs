use std::collections::HashSet;

use anyhow::{Context, bail};
use jiff::tz::TimeZone;

use super::Provenance;
use crate::domain::country::CountryCode;

/// One jurisdiction casebridge serves.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Jurisdiction {
    pub code: CountryCode,
    pub name_en: String,
    pub name_local: String,
    pub name_local_lang: String,
    pub calling_code: String,
    /// IANA zones in use; the first is the default for people of this country.
    pub zones: Vec<Zone>,
    pub languages: Vec<String>,
    pub provenance: Provenance,
}

impl Jurisdiction {
    /// The name people choose it by: "Korea – 대한민국", or "Australia" once
    /// when the local name is the English one.
    pub fn display_name(&self) -> String {
        if self.name_local.is_empty() || self.name_local == self.name_en {
            self.name_en.clone()
        } else {
            format!("{} – {}", self.name_en, self.name_local)
        }
    }
}

/// An IANA time zone known to the bundled tz database.
#[derive(Debug, Clone)]
pub struct Zone {
    name: String,
    tz: TimeZone,
}

impl Zone {
    pub fn parse(name: &str) -> Option<Zone> {
        TimeZone::get(name).ok().map(|tz| Zone {
            name: name.to_string(),
            tz,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn tz(&self) -> &TimeZone {
        &self.tz
    }
}

impl serde::Serialize for Zone {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name)
    }
}

impl Jurisdiction {
    pub fn default_zone(&self) -> &Zone {
        // `parse` refuses a jurisdiction without zones.
        &self.zones[0]
    }
}

#[derive(serde::Deserialize)]
struct File {
    jurisdiction: Vec<Raw>,
}

#[derive(serde::Deserialize)]
struct Raw {
    code: CountryCode,
    name_en: String,
    name_local: String,
    name_local_lang: String,
    calling_code: String,
    zones: Vec<String>,
    languages: Vec<String>,
    #[serde(flatten)]
    provenance: Provenance,
}

pub(super) fn parse(text: &str) -> anyhow::Result<Vec<Jurisdiction>> {
    let file: File = toml::from_str(text).context("data/jurisdictions.toml")?;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for raw in file.jurisdiction {
        if !seen.insert(raw.code) {
            bail!("jurisdiction {} is listed twice", raw.code);
        }
        if raw.zones.is_empty() {
            bail!("jurisdiction {} has no time zone", raw.code);
        }
        let zones = raw
            .zones
            .iter()
            .map(|z| Zone::parse(z).with_context(|| format!("{}: unknown zone {z}", raw.code)))
            .collect::<anyhow::Result<Vec<_>>>()?;
        out.push(Jurisdiction {
            code: raw.code,
            name_en: raw.name_en,
            name_local: raw.name_local,
            name_local_lang: raw.name_local_lang,
            calling_code: raw.calling_code,
            zones,
            languages: raw.languages,
            provenance: raw.provenance,
        });
    }
    Ok(out)
}
