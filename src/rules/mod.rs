//! The jurisdiction rule engine and its data. Each destination's rules are
//! data (`data/rules/<code>.toml`), read once at start; the engine applies
//! them generically and knows no country by name.

mod checklist;
mod clocks;
mod engine;
#[cfg(test)]
mod engine_tests;
pub mod facts_table;
mod field_labels;
mod finding;
mod lookup;
mod pack;
#[cfg(test)]
mod pack_facts_tests;
mod path;
mod printable;
pub mod request;
mod taxonomy;

pub use checklist::{Checklist, ChecklistItem, ItemId, ItemStatus};
pub use clocks::{Clock, ClockStatus, Done, deadline_clocks};
pub use engine::{Outcome, national_id_jurisdictions, validate};
pub use finding::{Finding, Severity};
pub use pack::{
    Authority, AuthorityKind, Channel, ClockStart, Duty, DutyKind, FieldRule, ForbiddenIds,
    FormerAuthority, Intake, Law, Period, RulePack,
};
pub use path::FieldPath;
pub use printable::Printable;
pub use taxonomy::{Harm, Taxonomy};

use anyhow::{Context, bail};

use crate::directory::Directory;
use crate::domain::country::CountryCode;
use crate::domain::report::Report;

/// The published JSON Schema of the report: field paths in packs are
/// checked against it.
pub const REPORT_SCHEMA: &str = include_str!("../../schemas/report.v1.json");

/// The packs shipped in the binary, one per jurisdiction.
const PACKS: [(&str, &str); 18] = [
    ("au", include_str!("../../data/rules/au.toml")),
    ("nz", include_str!("../../data/rules/nz.toml")),
    ("jp", include_str!("../../data/rules/jp.toml")),
    ("kr", include_str!("../../data/rules/kr.toml")),
    ("ph", include_str!("../../data/rules/ph.toml")),
    ("sg", include_str!("../../data/rules/sg.toml")),
    ("my", include_str!("../../data/rules/my.toml")),
    ("id", include_str!("../../data/rules/id.toml")),
    ("th", include_str!("../../data/rules/th.toml")),
    ("vn", include_str!("../../data/rules/vn.toml")),
    ("in", include_str!("../../data/rules/in.toml")),
    ("tw", include_str!("../../data/rules/tw.toml")),
    ("kh", include_str!("../../data/rules/kh.toml")),
    ("np", include_str!("../../data/rules/np.toml")),
    ("pk", include_str!("../../data/rules/pk.toml")),
    ("lk", include_str!("../../data/rules/lk.toml")),
    ("bd", include_str!("../../data/rules/bd.toml")),
    ("hk", include_str!("../../data/rules/hk.toml")),
];

/// Everything the engine needs, loaded and checked once at start.
#[derive(Debug)]
pub struct Rules {
    pub taxonomy: Taxonomy,
    /// Rules for every destination.
    pub base: RulePack,
    /// Rules for a report that goes to NCMEC's CyberTipline as well.
    pub ncmec: RulePack,
    packs: Vec<RulePack>,
}

impl Rules {
    pub fn load(directory: &Directory) -> anyhow::Result<Rules> {
        let schema: serde_json::Value =
            serde_json::from_str(REPORT_SCHEMA).context("schemas/report.v1.json")?;
        let taxonomy = Taxonomy::parse(include_str!("../../data/taxonomy.toml"))?;
        let base = pack::parse(
            "data/rules/base.toml",
            include_str!("../../data/rules/base.toml"),
            &schema,
        )?;
        if base.jurisdiction.is_some() || !base.authorities.is_empty() {
            bail!("data/rules/base.toml: the base pack names no jurisdiction or authority");
        }
        let ncmec = pack::parse(
            "data/rules/ncmec.toml",
            include_str!("../../data/rules/ncmec.toml"),
            &schema,
        )?;
        if ncmec.jurisdiction.is_some() || !ncmec.duties.is_empty() {
            bail!("data/rules/ncmec.toml: the NCMEC pack names no jurisdiction and sets no clock");
        }
        let mut packs = Vec::new();
        for (file, text) in PACKS {
            let name = format!("data/rules/{file}.toml");
            let mut p = pack::parse(&name, text, &schema)?;
            let code = p
                .jurisdiction
                .with_context(|| format!("{name}: no jurisdiction"))?;
            if !code.as_str().eq_ignore_ascii_case(file) {
                bail!("{name}: names jurisdiction {code}");
            }
            let j = directory
                .jurisdiction(code)
                .with_context(|| format!("{name}: {code} is not in data/jurisdictions.toml"))?;
            p.zones = j.zones.iter().map(|z| z.name().to_string()).collect();
            packs.push(p);
        }
        for j in directory.jurisdictions() {
            if !packs.iter().any(|p| p.jurisdiction == Some(j.code)) {
                bail!("jurisdiction {} has no rule pack", j.code);
            }
        }
        Ok(Rules {
            taxonomy,
            base,
            ncmec,
            packs,
        })
    }

    pub fn packs(&self) -> &[RulePack] {
        &self.packs
    }

    pub fn pack(&self, code: CountryCode) -> Option<&RulePack> {
        self.packs.iter().find(|p| p.jurisdiction == Some(code))
    }

    /// Validates a report against the pack of its own destination: what the
    /// wizard and the API call.
    pub fn check(
        &self,
        report: &Report,
        now: jiff::Timestamp,
        printable: &dyn Printable,
    ) -> Result<(CountryCode, Outcome), DestinationError> {
        let code = report
            .destination
            .jurisdiction
            .ok_or(DestinationError::Missing)?;
        let pack = self.pack(code).ok_or(DestinationError::Unknown(code))?;
        Ok((code, validate(report, pack, self, now, printable)))
    }
}

/// Why a report cannot be validated yet: the rules depend on where it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DestinationError {
    Missing,
    Unknown(CountryCode),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules::load(&Directory::load().unwrap()).unwrap()
    }

    #[test]
    fn every_jurisdiction_has_a_pack_with_sources_and_a_required_field() {
        let rules = rules();
        assert_eq!(rules.packs().len(), 18);
        for p in rules.packs() {
            let code = p.jurisdiction.unwrap();
            assert!(!p.authorities.is_empty(), "{code}: no authority");
            assert!(
                !p.required.is_empty(),
                "{code}: requires nothing of its own"
            );
            assert!(!p.zones.is_empty() && !p.languages.is_empty(), "{code}");
            for prov in p.provenances() {
                assert!(
                    !prov.source.trim().is_empty(),
                    "{code}: a fact without source"
                );
            }
        }
    }

    #[test]
    fn a_field_path_outside_the_model_stops_the_load() {
        let schema: serde_json::Value = serde_json::from_str(REPORT_SCHEMA).unwrap();
        let bad = r#"
            jurisdiction = "PH"
            version = "t"
            languages = ["en"]
            languages_provenance = { source = "s", checked = "2026-11-23", status = "verified" }
            [[required]]
            id = "x"
            path = "reported_persons[].shoe_size"
            why = "test"
            source = "test"
            checked = "2026-11-23"
            status = "verified"
        "#;
        let err = pack::parse("t.toml", bad, &schema).unwrap_err().to_string();
        assert!(err.contains("shoe_size"), "{err}");
        let good = bad.replace("shoe_size", "screen_name");
        assert!(pack::parse("t.toml", &good, &schema).is_ok());
    }

    #[test]
    fn an_intake_without_an_address_must_be_unverified() {
        let schema: serde_json::Value = serde_json::from_str(REPORT_SCHEMA).unwrap();
        let pack = r#"
            jurisdiction = "NP"
            version = "t"
            languages = ["en"]
            languages_provenance = { source = "s", checked = "2026-11-23", status = "verified" }
            [[authority]]
            id = "a"
            name = "A"
            kind = "police"
            role = "r"
            source = "s"
            checked = "2026-11-23"
            status = "verified"
            [authority.intake]
            channel = "email"
            source = "s"
            checked = "2026-11-23"
            status = "verified"
        "#;
        assert!(pack::parse("t.toml", pack, &schema).is_err());
        let honest = pack.replace(
            "channel = \"email\"\n            source = \"s\"\n            checked = \"2026-11-23\"\n            status = \"verified\"",
            "channel = \"email\"\n            source = \"s\"\n            checked = \"2026-11-23\"\n            status = \"unverified\"",
        );
        assert!(pack::parse("t.toml", &honest, &schema).is_ok());
    }

    #[test]
    fn every_pack_names_its_readers_languages_with_a_source() {
        let schema: serde_json::Value = serde_json::from_str(REPORT_SCHEMA).unwrap();
        let pack = |languages: &str| {
            format!(
                "jurisdiction = \"TW\"\nversion = \"t\"\n{languages}\n[[required]]\nid = \"x\"\npath = \"incident.platform\"\nwhy = \"w\"\nsource = \"s\"\nchecked = \"2026-12-01\"\nstatus = \"verified\"\n"
            )
        };
        let with_source = |tags: &str| {
            pack(&format!(
                "languages = {tags}\nlanguages_provenance = {{ source = \"s\", checked = \"2026-12-01\", status = \"verified\" }}"
            ))
        };
        assert!(pack::parse("t.toml", &with_source(r#"["zh-Hant", "en"]"#), &schema).is_ok());
        for bad in [
            r#"[]"#,
            r#"["Chinese"]"#,
            r#"["zh_Hant"]"#,
            r#"["en", "en"]"#,
        ] {
            assert!(
                pack::parse("t.toml", &with_source(bad), &schema).is_err(),
                "{bad}"
            );
        }
        // Languages without a source are refused.
        assert!(pack::parse("t.toml", &pack(r#"languages = ["zh-Hant"]"#), &schema).is_err());
        // The shipped packs: every one names languages, most used first,
        // with a checked source.
        let rules = rules();
        for p in rules.packs() {
            let code = p.jurisdiction.unwrap();
            let prov = p.languages_provenance.as_ref().unwrap();
            assert!(!prov.source.trim().is_empty(), "{code}");
            assert!(!p.languages.is_empty(), "{code}");
        }
        let lang = |c: &str| {
            rules
                .pack(CountryCode::parse(c).unwrap())
                .unwrap()
                .languages
                .clone()
        };
        assert_eq!(lang("PH"), ["en", "fil"]);
        assert_eq!(lang("LK"), ["si", "ta", "en"]);
        assert_eq!(lang("KR"), ["ko"]);
    }

    #[test]
    fn every_harm_has_a_label_in_every_locale() {
        let rules = rules();
        assert!(rules.taxonomy.harms.len() >= 15);
        for h in &rules.taxonomy.harms {
            for l in crate::i18n::Locale::all() {
                assert!(l.has_key(&h.label_key), "{} lacks {}", l.tag(), h.label_key);
            }
        }
    }

    #[test]
    fn forbidden_ids_name_known_kinds() {
        let rules = rules();
        let sg = rules.pack(CountryCode::parse("SG").unwrap()).unwrap();
        assert_eq!(
            sg.forbidden_kinds(),
            [crate::domain::national_id::NationalIdKind::SgNricFin]
        );
    }

    #[test]
    fn the_engine_names_no_jurisdiction() {
        // Country rules live in data; code that branched on a country code
        // would drift from the packs unseen.
        let sources = [
            include_str!("engine.rs"),
            include_str!("checklist.rs"),
            include_str!("clocks.rs"),
            include_str!("finding.rs"),
            include_str!("path.rs"),
        ];
        let dir = Directory::load().unwrap();
        for src in sources {
            let code_part = src.split("#[cfg(test)]").next().unwrap_or(src);
            for j in dir.jurisdictions() {
                let literal = format!("\"{}\"", j.code);
                assert!(
                    !code_part.contains(&literal),
                    "the engine mentions {literal}"
                );
            }
        }
    }
}
