//! The legal authority a records request rests on, and whether it can get the
//! data asked for from the company's entity.

use serde::{Deserialize, Serialize};

use super::request_type::RequestType;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasisKind {
    /// Preservation while process is obtained (no process needed yet).
    PreservationPending,
    /// Voluntary disclosure in an emergency (no process).
    EmergencyDisclosure,
    /// A written demand under a law of the officer's country, without a court.
    DomesticRequest,
    /// A court order, warrant or production order of the officer's country.
    DomesticOrder,
    /// Mutual legal assistance (treaty or letters rogatory) through the
    /// central authority.
    Mlat,
    /// An international production order under an agreement in force
    /// between the officer's country and the entity's.
    ProductionOrder,
}

impl LegalBasisKind {
    pub const ALL: [LegalBasisKind; 6] = [
        LegalBasisKind::PreservationPending,
        LegalBasisKind::EmergencyDisclosure,
        LegalBasisKind::DomesticRequest,
        LegalBasisKind::DomesticOrder,
        LegalBasisKind::Mlat,
        LegalBasisKind::ProductionOrder,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LegalBasisKind::PreservationPending => "preservation_pending",
            LegalBasisKind::EmergencyDisclosure => "emergency_disclosure",
            LegalBasisKind::DomesticRequest => "domestic_request",
            LegalBasisKind::DomesticOrder => "domestic_order",
            LegalBasisKind::Mlat => "mlat",
            LegalBasisKind::ProductionOrder => "production_order",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            LegalBasisKind::PreservationPending => "basis-preservation-pending",
            LegalBasisKind::EmergencyDisclosure => "basis-emergency-disclosure",
            LegalBasisKind::DomesticRequest => "basis-domestic-request",
            LegalBasisKind::DomesticOrder => "basis-domestic-order",
            LegalBasisKind::Mlat => "basis-mlat",
            LegalBasisKind::ProductionOrder => "basis-production-order",
        }
    }

    /// The kind as the request itself states it, for whoever reads it: the
    /// builder's own labels speak as the officer ("my country").
    pub fn summary_key(self) -> &'static str {
        match self {
            LegalBasisKind::PreservationPending => "basis-summary-preservation-pending",
            LegalBasisKind::EmergencyDisclosure => "basis-summary-emergency-disclosure",
            LegalBasisKind::DomesticRequest => "basis-summary-domestic-request",
            LegalBasisKind::DomesticOrder => "basis-summary-domestic-order",
            LegalBasisKind::Mlat => "basis-summary-mlat",
            LegalBasisKind::ProductionOrder => "basis-summary-production-order",
        }
    }

    /// Whether the officer must name the provision and document relied on.
    pub fn needs_provision(self) -> bool {
        !matches!(
            self,
            LegalBasisKind::PreservationPending | LegalBasisKind::EmergencyDisclosure
        )
    }

    /// The kinds that make sense for a request type, in the order offered.
    pub fn for_type(t: RequestType) -> &'static [LegalBasisKind] {
        use LegalBasisKind::*;
        match t {
            RequestType::Preservation => {
                &[PreservationPending, DomesticOrder, Mlat, ProductionOrder]
            }
            RequestType::Emergency => &[EmergencyDisclosure],
            RequestType::Subscriber | RequestType::Traffic | RequestType::Content => {
                &[DomesticRequest, DomesticOrder, Mlat, ProductionOrder]
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    pub kind: LegalBasisKind,
    /// The provision relied on, e.g. "Cybercrime Prevention Act 2012, s. 14".
    #[serde(default)]
    pub provision: String,
    /// The order's or request's own reference number, if it has one.
    #[serde(default)]
    pub reference: String,
}

/// What the company needs for the data asked for, seen from the officer's
/// country (from the company directory).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// Preservation and emergency requests: no process is checked.
    None,
    /// A written request on agency letterhead will do.
    Letter,
    /// Legal process of the officer's country: a court order, warrant or
    /// production order. A bare written request is not enough.
    Local,
    /// Process of the entity's home country: a treaty request, or a
    /// production order when an agreement is in force.
    Home { production_order_available: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BasisError {
    /// This kind does not fit the request type.
    NotForType,
    /// The company needs its home country's process: domestic process of the
    /// officer's country cannot reach the data.
    NeedsHomeProcess,
    /// No agreement is in force that would allow a production order.
    NoAgreement,
    /// The company needs legal process of the officer's country; a written
    /// request without a court is not enough.
    NeedsLocalProcess,
}

impl BasisError {
    pub fn message_key(self) -> &'static str {
        match self {
            BasisError::NotForType => "error-basis-not-for-type",
            BasisError::NeedsHomeProcess => "error-basis-needs-home-process",
            BasisError::NoAgreement => "error-basis-no-agreement",
            BasisError::NeedsLocalProcess => "error-basis-needs-local-process",
        }
    }
}

/// Checks that `kind` can support a request of type `t` under `requirement`.
pub fn check(
    t: RequestType,
    kind: LegalBasisKind,
    requirement: Requirement,
) -> Result<(), BasisError> {
    use LegalBasisKind::*;
    if !LegalBasisKind::for_type(t).contains(&kind) {
        return Err(BasisError::NotForType);
    }
    match (kind, requirement) {
        (
            ProductionOrder,
            Requirement::Home {
                production_order_available: false,
            },
        ) => Err(BasisError::NoAgreement),
        (DomesticRequest | DomesticOrder, Requirement::Home { .. }) => {
            Err(BasisError::NeedsHomeProcess)
        }
        (DomesticRequest, Requirement::Local) => Err(BasisError::NeedsLocalProcess),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use LegalBasisKind::*;

    const HOME_NO_IPO: Requirement = Requirement::Home {
        production_order_available: false,
    };
    const HOME_IPO: Requirement = Requirement::Home {
        production_order_available: true,
    };

    #[test]
    fn content_from_a_us_provider_needs_a_treaty_or_an_ipo() {
        // A Philippine officer asking a US entity for content.
        assert_eq!(
            check(RequestType::Content, DomesticOrder, HOME_NO_IPO),
            Err(BasisError::NeedsHomeProcess)
        );
        assert_eq!(
            check(RequestType::Content, DomesticRequest, HOME_NO_IPO),
            Err(BasisError::NeedsHomeProcess)
        );
        assert_eq!(
            check(RequestType::Content, ProductionOrder, HOME_NO_IPO),
            Err(BasisError::NoAgreement)
        );
        assert_eq!(check(RequestType::Content, Mlat, HOME_NO_IPO), Ok(()));
        // An Australian officer has the production-order route.
        assert_eq!(
            check(RequestType::Content, ProductionOrder, HOME_IPO),
            Ok(())
        );
    }

    #[test]
    fn local_process_suffices_where_the_company_says_so() {
        assert_eq!(
            check(RequestType::Subscriber, DomesticOrder, Requirement::Local),
            Ok(())
        );
        // A letter is enough only where the company says a letter is.
        assert_eq!(
            check(RequestType::Subscriber, DomesticRequest, Requirement::Local),
            Err(BasisError::NeedsLocalProcess)
        );
        assert_eq!(
            check(
                RequestType::Subscriber,
                DomesticRequest,
                Requirement::Letter
            ),
            Ok(())
        );
        assert_eq!(
            check(RequestType::Content, DomesticOrder, Requirement::Local),
            Ok(())
        );
    }

    #[test]
    fn kinds_must_fit_the_request_type() {
        assert_eq!(
            check(
                RequestType::Emergency,
                EmergencyDisclosure,
                Requirement::None
            ),
            Ok(())
        );
        assert_eq!(
            check(RequestType::Emergency, DomesticOrder, Requirement::None),
            Err(BasisError::NotForType)
        );
        assert_eq!(
            check(
                RequestType::Subscriber,
                PreservationPending,
                Requirement::Local
            ),
            Err(BasisError::NotForType)
        );
        assert_eq!(
            check(
                RequestType::Preservation,
                PreservationPending,
                Requirement::None
            ),
            Ok(())
        );
        assert!(!PreservationPending.needs_provision());
        assert!(Mlat.needs_provision());
    }
}
