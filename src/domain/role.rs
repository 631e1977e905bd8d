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
    /// Manages the people of one agency, authority or member: invites and
    /// approves them, sets their roles, disables them, resets their second
    /// factor, reads the organisation's audit log. Sees no other
    /// organisation's people.
    OrgAdmin,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Officer,
        Role::MemberAnalyst,
        Role::MemberReviewer,
        Role::Trainer,
        Role::Admin,
        Role::OrgAdmin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::MemberAnalyst => "member_analyst",
            Role::MemberReviewer => "member_reviewer",
            Role::Trainer => "trainer",
            Role::Admin => "admin",
            Role::OrgAdmin => "org_admin",
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
            Role::OrgAdmin => "role-org-admin",
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
            Role::OrgAdmin => kind != OrgKind::Operator,
        }
    }

    /// The roles an organisation admin may give within an organisation of
    /// `kind`: its own kind's working roles and org admin, never the
    /// operator's.
    pub fn assignable_in(kind: OrgKind) -> Vec<Role> {
        Role::ALL
            .into_iter()
            .filter(|r| *r != Role::Admin && *r != Role::Trainer && r.fits(kind))
            .collect()
    }

    /// Whether the role must sign in with a second factor outside demo
    /// organisations. Officers, reviewers and every admin always; analysts
    /// and trainers as the installation decides.
    pub fn needs_second_factor(self, analysts_too: bool) -> bool {
        match self {
            Role::Officer | Role::MemberReviewer | Role::Admin | Role::OrgAdmin => true,
            Role::MemberAnalyst | Role::Trainer => analysts_too,
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
    "unknown role {0:?}: expected one of officer, member_analyst, member_reviewer, trainer, admin, org_admin"
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
        assert!(Role::OrgAdmin.fits(OrgKind::Agency));
        assert!(Role::OrgAdmin.fits(OrgKind::Member));
        assert!(!Role::OrgAdmin.fits(OrgKind::Operator));
    }

    #[test]
    fn an_org_admin_gives_only_its_own_kind_s_roles() {
        assert_eq!(
            Role::assignable_in(OrgKind::Member),
            vec![Role::MemberAnalyst, Role::MemberReviewer, Role::OrgAdmin]
        );
        assert_eq!(
            Role::assignable_in(OrgKind::Agency),
            vec![Role::Officer, Role::OrgAdmin]
        );
    }
}
