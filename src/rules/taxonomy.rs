//! The harm categories a member chooses from, each mapped to NCMEC's incident
//! type and annotations (`data/taxonomy.toml`).

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use crate::directory::Provenance;
use crate::domain::report::{FileAnnotation, IncidentType, ReportAnnotation};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Harm {
    pub id: String,
    /// The Fluent key of the category's name.
    pub label_key: String,
    pub incident_type: IncidentType,
    #[serde(default)]
    pub report_annotations: Vec<ReportAnnotation>,
    #[serde(default)]
    pub file_annotations: Vec<FileAnnotation>,
    /// Whether a child victim is expected: not for misleading domains or a
    /// viral meme, where victim facts do not apply.
    #[serde(default = "yes")]
    pub victim_expected: bool,
    /// Files must have been viewed by a person before the report (novel
    /// material found by a classifier).
    #[serde(default)]
    pub needs_human_review: bool,
    #[serde(flatten)]
    pub provenance: Provenance,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize)]
pub struct Taxonomy {
    pub version: String,
    pub harms: Vec<Harm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: String,
    harm: Vec<Harm>,
}

impl Taxonomy {
    pub fn parse(text: &str) -> anyhow::Result<Taxonomy> {
        let file: File = toml::from_str(text).context("data/taxonomy.toml")?;
        let mut seen = std::collections::HashSet::new();
        for h in &file.harm {
            if !seen.insert(h.id.as_str()) {
                bail!("harm {} is listed twice", h.id);
            }
        }
        Ok(Taxonomy {
            version: file.version,
            harms: file.harm,
        })
    }

    pub fn harm(&self, id: &str) -> Option<&Harm> {
        self.harms.iter().find(|h| h.id == id)
    }
}
