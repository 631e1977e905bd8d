//! Who a user is in casebridge, and what that lets them do.

use std::fmt;
use std::str::FromStr;

use super::org::OrgKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A law-enforcement officer who builds records requests.
    Officer,
    /// A member company's safety analyst who drafts reports.
    MemberAnalyst,
    /// A member company's reviewer who approves reports (four eyes).
    MemberReviewer,
    /// Runs demos in training mode.
    Trainer,
    /// Runs this casebridge installation: accounts and the directory.
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Officer,
        Role::MemberAnalyst,
        Role::MemberReviewer,
        Role::Trainer,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::MemberAnalyst => "member_analyst",
            Role::MemberReviewer => "member_reviewer",
            Role::Trainer => "trainer",
            Role::Admin => "admin",
        }
    }

    /// The Fluent key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Officer => "role-officer",
            Role::MemberAnalyst => "role-member-analyst",
            Role::MemberReviewer => "role-member-reviewer",
            Role::Trainer => "role-trainer",
            Role::Admin => "role-admin",
        }
    }

    /// Whether a user with this role may belong to an organisation of `kind`.
    /// Officers work for agencies and analysts for members; trainers may sit
    /// anywhere; admins belong to the operator of the installation.
    pub fn fits(self, kind: OrgKind) -> bool {
        match self {
            // A receiving authority's people are police officers too.
            Role::Officer => matches!(kind, OrgKind::Agency | OrgKind::Authority),
            Role::MemberAnalyst | Role::MemberReviewer => kind == OrgKind::Member,
            Role::Trainer => true,
            Role::Admin => kind == OrgKind::Operator,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error(
    "unknown role {0:?}: expected one of officer, member_analyst, member_reviewer, trainer, admin"
)]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_text() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>().unwrap(), r);
        }
        assert!("superuser".parse::<Role>().is_err());
    }

    #[test]
    fn officers_only_in_agencies_and_authorities_and_analysts_only_in_members() {
        assert!(Role::Officer.fits(OrgKind::Agency));
        assert!(Role::Officer.fits(OrgKind::Authority));
        assert!(!Role::Officer.fits(OrgKind::Operator));
        assert!(!Role::Officer.fits(OrgKind::Member));
        assert!(Role::MemberReviewer.fits(OrgKind::Member));
        assert!(!Role::MemberAnalyst.fits(OrgKind::Authority));
        assert!(Role::Admin.fits(OrgKind::Operator));
        assert!(!Role::Admin.fits(OrgKind::Agency));
    }
}
