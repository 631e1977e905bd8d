//! Organisations: who users work for.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    /// A law-enforcement agency (police, prosecutors, cyber units).
    Agency,
    /// A technology company ("member") with a safety team.
    Member,
    /// A receiving authority: police unit, regulator or hotline.
    Authority,
    /// The organisation that runs this casebridge installation.
    Operator,
}

impl OrgKind {
    pub const ALL: [OrgKind; 4] = [
        OrgKind::Agency,
        OrgKind::Member,
        OrgKind::Authority,
        OrgKind::Operator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Agency => "agency",
            OrgKind::Member => "member",
            OrgKind::Authority => "authority",
            OrgKind::Operator => "operator",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            OrgKind::Agency => "org-kind-agency",
            OrgKind::Member => "org-kind-member",
            OrgKind::Authority => "org-kind-authority",
            OrgKind::Operator => "org-kind-operator",
        }
    }
}

impl fmt::Display for OrgKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown organisation kind {0:?}: expected agency, member, authority or operator")]
pub struct UnknownOrgKind(pub String);

impl FromStr for OrgKind {
    type Err = UnknownOrgKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OrgKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownOrgKind(s.to_string()))
    }
}

/// A URL- and CLI-friendly name for an organisation: lower-case ASCII letters,
/// digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrgSlug(String);

impl OrgSlug {
    /// Derives a slug from a display name ("Cyber Unit, PNP" -> "cyber-unit-pnp").
    /// Names written only in non-Latin script fall back to "org".
    pub fn from_name(name: &str) -> Self {
        let mut slug = String::new();
        for c in name.chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let slug = slug.trim_end_matches('-');
        let slug: String = slug.chars().take(48).collect();
        let slug = slug.trim_end_matches('-');
        OrgSlug(if slug.is_empty() {
            "org".into()
        } else {
            slug.into()
        })
    }

    pub fn parse(s: &str) -> Option<Self> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--")
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        ok.then(|| OrgSlug(s.to_string()))
    }

    /// The slug with a numeric suffix, used when the plain one is taken.
    pub fn numbered(&self, n: u32) -> Self {
        OrgSlug(format!("{}-{n}", self.0))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OrgSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_from_names() {
        assert_eq!(
            OrgSlug::from_name("Cyber Unit, PNP").as_str(),
            "cyber-unit-pnp"
        );
        assert_eq!(
            OrgSlug::from_name("  Example Social Ltd. ").as_str(),
            "example-social-ltd"
        );
        assert_eq!(OrgSlug::from_name("경찰청").as_str(), "org");
        assert_eq!(OrgSlug::from_name("A").numbered(2).as_str(), "a-2");
    }

    #[test]
    fn parses_only_clean_slugs() {
        assert!(OrgSlug::parse("demo-police").is_some());
        for bad in ["", "Demo", "-x", "x-", "a--b", "a b", "a_b"] {
            assert!(OrgSlug::parse(bad).is_none(), "{bad}");
        }
    }
}
