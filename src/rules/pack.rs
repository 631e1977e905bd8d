//! A jurisdiction's rule pack, read from `data/rules/<code>.toml`: who
//! receives reports and how, which fields the report needs, the legal duties
//! with their clocks and the identity numbers that must not be collected.
//! Every fact carries its source, the date it was checked and whether it is
//! verified.
//!
//! Structs that flatten their provenance cannot also deny unknown fields
//! (serde does not support both); the pack itself and periods do.

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use super::path::FieldPath;
use crate::directory::{Provenance, Status};
use crate::domain::country::CountryCode;
use crate::domain::national_id::NationalIdKind;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    /// `None` for the base pack that applies to every destination.
    #[serde(default)]
    pub jurisdiction: Option<CountryCode>,
    /// Filled from `data/jurisdictions.toml` when the pack loads, so that
    /// zones are kept in one place.
    #[serde(default, skip_deserializing)]
    pub zones: Vec<String>,
    /// The languages the receiving authorities read, as BCP 47 tags, the
    /// most used first: report PDFs are printed in them.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Where `languages` comes from; every jurisdiction's pack has one.
    #[serde(default)]
    pub languages_provenance: Option<Provenance>,
    /// Changes whenever a rule changes; a validation records it.
    pub version: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default, rename(deserialize = "authority"))]
    pub authorities: Vec<Authority>,
    /// Authorities that no longer receive reports, kept so that a draft
    /// naming one is told where reports go now. Never offered as a choice.
    #[serde(default, rename(deserialize = "former_authority"))]
    pub former_authorities: Vec<FormerAuthority>,
    /// The laws that make the material an offence and give police their
    /// powers: what a report to this jurisdiction rests on.
    #[serde(default, rename(deserialize = "law"))]
    pub laws: Vec<Law>,
    #[serde(default)]
    pub required: Vec<FieldRule>,
    #[serde(default)]
    pub recommended: Vec<FieldRule>,
    #[serde(default, rename(deserialize = "duty"))]
    pub duties: Vec<Duty>,
    #[serde(default)]
    pub forbidden_ids: Option<ForbiddenIds>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Authority {
    pub id: String,
    pub name: String,
    /// What the authority does with reports.
    pub role: String,
    pub kind: AuthorityKind,
    pub intake: Intake,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// An authority that was replaced: reports go to `replaced_by` instead.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FormerAuthority {
    pub id: String,
    pub name: String,
    /// The id of the authority that took over its work.
    pub replaced_by: String,
    /// When it stopped receiving reports.
    pub until: jiff::civil::Date,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// A law a report or request to the jurisdiction rests on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Law {
    pub id: String,
    /// The statute and provision, as it is cited (`PECA 2016, s.22`).
    pub citation: String,
    /// What it makes an offence or requires, in casebridge's words.
    pub summary: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorityKind {
    Police,
    Regulator,
    Hotline,
    Prosecutor,
    ChildProtection,
}

/// How a report reaches the authority. Only channels a source names are
/// given; `none_published` says that nobody found one.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Intake {
    pub channel: Channel,
    /// The address, form URL or number, exactly as the source gives it.
    #[serde(default)]
    pub address: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Through NCMEC's CyberTipline, which makes reports available to the
    /// authority.
    ViaNcmec,
    Portal,
    WebForm,
    Email,
    Phone,
    NonePublished,
}

/// A field the destination needs. With `any_of`, one of several paths
/// suffices (an account *or* an IP address, say).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FieldRule {
    pub id: String,
    #[serde(default)]
    pub path: Option<String>,
    #[serde(default)]
    pub any_of: Vec<String>,
    /// Why the destination needs it, in English, for people maintaining
    /// the pack; users see the Fluent message of the finding.
    pub why: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl FieldRule {
    /// The paths of the rule: the one `path`, or the `any_of` list.
    pub fn paths(&self) -> Vec<FieldPath> {
        self.path
            .iter()
            .chain(self.any_of.iter())
            .filter_map(|p| FieldPath::parse(p))
            .collect()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Duty {
    pub id: String,
    pub kind: DutyKind,
    pub summary: String,
    /// What starts the clock.
    pub starts: ClockStart,
    /// How long there is; none when the law sets no fixed time
    /// ("within a reasonable time").
    #[serde(default)]
    pub period: Option<Period>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DutyKind {
    Report,
    Takedown,
    Preservation,
    Cooperation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockStart {
    /// When the member became aware (`aware_at`).
    Awareness,
    /// When an authority's notice or order arrived
    /// (`preservation.notice_received_at`).
    Notice,
    /// When the incident happened (`incident.occurred_at`): retention of
    /// traffic data runs from the transaction.
    Incident,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[serde(default)]
    pub immediate: bool,
    #[serde(default)]
    pub hours: u32,
    #[serde(default)]
    pub days: u32,
    #[serde(default)]
    pub months: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ForbiddenIds {
    /// Detected kinds (see `domain::national_id`), by code.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Numbers the law covers that casebridge cannot yet detect.
    #[serde(default)]
    pub others: Vec<String>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl RulePack {
    pub fn authority(&self, id: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.id == id)
    }

    /// The former authority with this id, and the one that replaced it.
    pub fn former_authority(&self, id: &str) -> Option<(&FormerAuthority, Option<&Authority>)> {
        self.former_authorities
            .iter()
            .find(|f| f.id == id)
            .map(|f| (f, self.authority(&f.replaced_by)))
    }

    /// Every fact of the pack with its provenance, for counts and checks.
    pub fn provenances(&self) -> Vec<&Provenance> {
        let mut out: Vec<&Provenance> = Vec::new();
        out.extend(self.languages_provenance.iter());
        out.extend(self.laws.iter().map(|l| &l.provenance));
        for a in &self.authorities {
            out.push(&a.provenance);
            out.push(&a.intake.provenance);
        }
        out.extend(self.former_authorities.iter().map(|f| &f.provenance));
        out.extend(self.required.iter().map(|r| &r.provenance));
        out.extend(self.recommended.iter().map(|r| &r.provenance));
        out.extend(self.duties.iter().map(|d| &d.provenance));
        out.extend(self.forbidden_ids.iter().map(|f| &f.provenance));
        out
    }

    pub fn forbidden_kinds(&self) -> Vec<NationalIdKind> {
        self.forbidden_ids
            .iter()
            .flat_map(|f| f.kinds.iter())
            .filter_map(|k| NationalIdKind::from_code(k))
            .collect()
    }
}

/// Reads a pack and checks it against the report schema: every field path
/// must exist, every id code must be known, every intake without an address
/// must say it is unverified.
pub fn parse(name: &str, text: &str, schema: &serde_json::Value) -> anyhow::Result<RulePack> {
    let pack: RulePack =
        toml::from_str(text).with_context(|| format!("{name}: not a rule pack"))?;
    if pack.version.trim().is_empty() {
        bail!("{name}: the pack has no version");
    }
    let mut ids = std::collections::HashSet::new();
    for rule in pack.required.iter().chain(&pack.recommended) {
        if !ids.insert(rule.id.as_str()) {
            bail!("{name}: rule {} is defined twice", rule.id);
        }
        let given = rule.path.iter().count() + rule.any_of.len();
        if given == 0 || (rule.path.is_some() && !rule.any_of.is_empty()) {
            bail!("{name}: rule {} needs either path or any_of", rule.id);
        }
        for p in rule.path.iter().chain(&rule.any_of) {
            let parsed = FieldPath::parse(p)
                .with_context(|| format!("{name}: rule {}: bad field path {p:?}", rule.id))?;
            if !parsed.exists_in(schema) {
                bail!(
                    "{name}: rule {}: {p} is not a field of the report model",
                    rule.id
                );
            }
            if super::field_labels::key(p).is_none() {
                bail!(
                    "{name}: rule {}: {p} has no name for people in src/rules/field_labels.rs",
                    rule.id
                );
            }
        }
    }
    check_languages(name, &pack)?;
    for f in &pack.former_authorities {
        if pack.authority(&f.id).is_some() {
            bail!("{name}: {} is both a current and a former authority", f.id);
        }
        if pack.authority(&f.replaced_by).is_none() {
            bail!(
                "{name}: former authority {} is replaced by unknown authority {}",
                f.id,
                f.replaced_by
            );
        }
    }
    for a in &pack.authorities {
        let needs_address = !matches!(a.intake.channel, Channel::ViaNcmec | Channel::NonePublished);
        if (needs_address && a.intake.address.trim().is_empty()
            || a.intake.channel == Channel::NonePublished)
            && a.intake.provenance.status != Status::Unverified
        {
            bail!(
                "{name}: authority {}: an intake without an address must be unverified",
                a.id
            );
        }
    }
    for d in &pack.duties {
        if let Some(p) = d.period
            && !p.immediate
            && p.hours == 0
            && p.days == 0
            && p.months == 0
        {
            bail!("{name}: duty {} has an empty period", d.id);
        }
    }
    if let Some(f) = &pack.forbidden_ids {
        for k in &f.kinds {
            if NationalIdKind::from_code(k).is_none() {
                bail!("{name}: {k} is not a national-ID kind casebridge knows");
            }
        }
    }
    Ok(pack)
}

/// A jurisdiction's pack names, with a source, the languages its
/// authorities read; the base pack names none.
fn check_languages(name: &str, pack: &RulePack) -> anyhow::Result<()> {
    if pack.jurisdiction.is_none() {
        if !pack.languages.is_empty() || pack.languages_provenance.is_some() {
            bail!("{name}: the base pack names no language");
        }
        return Ok(());
    }
    if pack.languages.is_empty() || pack.languages_provenance.is_none() {
        bail!("{name}: the pack needs languages and languages_provenance");
    }
    let mut seen = std::collections::HashSet::new();
    for tag in &pack.languages {
        if !is_language_tag(tag) {
            bail!("{name}: {tag:?} is not a BCP 47 language tag such as ko or zh-Hant");
        }
        if !seen.insert(tag.to_ascii_lowercase()) {
            bail!("{name}: language {tag} is listed twice");
        }
    }
    Ok(())
}

/// The shape of the tags casebridge uses: a 2–3 letter language, then
/// optional script (4 letters) and region (2 letters or 3 digits) subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()));
    lang_ok
        && parts.all(|p| {
            (p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic()))
                || (p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
                || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
        })
}
