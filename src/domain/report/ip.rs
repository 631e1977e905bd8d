//! IP capture events: an address is only traceable with its source port and
//! an exact time, because carrier-grade NAT puts many subscribers behind one
//! public address.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

use super::moment::Moment;

/// What the user was doing when the address was logged (NCMEC `eventName`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IpEventKind {
    Login,
    Registration,
    Upload,
    Purchase,
    Other,
}

impl IpEventKind {
    pub fn ncmec_name(self) -> &'static str {
        match self {
            IpEventKind::Login => "Login",
            IpEventKind::Registration => "Registration",
            IpEventKind::Upload => "Upload",
            IpEventKind::Purchase => "Purchase",
            IpEventKind::Other => "Other",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IpEvent {
    pub address: Option<IpAddr>,
    /// A wider integer than a port so that 0 or 70000 reaches the rules and
    /// gets a clear message rather than a type error.
    pub port: Option<u32>,
    /// Why the source port is not given, when it is not.
    pub port_missing_reason: String,
    pub event: Option<IpEventKind>,
    pub at: Option<Moment>,
    /// The address may belong to a proxy, VPN or anonymising service.
    pub possible_proxy: Option<bool>,
}

/// Why an IP event cannot be used to trace a subscriber as it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IpProblem {
    AddressMissing,
    /// Port outside 1–65535.
    PortRange,
    /// No port and no reason given for its absence.
    PortMissingNoReason,
    /// No port, with a reason: usable, but maybe not traceable behind CGN.
    PortMissingWithReason,
    TimeMissing,
    EventMissing,
    /// A private, loopback or link-local address: it names no subscriber.
    NotPublic,
}

impl IpEvent {
    /// The port if it is a real one.
    pub fn valid_port(&self) -> Option<u16> {
        self.port
            .and_then(|p| u16::try_from(p).ok())
            .filter(|p| *p != 0)
    }

    /// Whether police can take this event to an access provider as it is:
    /// address, port, time and zone.
    pub fn is_traceable(&self) -> bool {
        self.address.is_some()
            && self.valid_port().is_some()
            && self.at.as_ref().is_some_and(|m| m.zone.is_some())
    }

    /// Every problem, with the field it concerns.
    pub fn problems(&self) -> Vec<(&'static str, IpProblem)> {
        let mut out = Vec::new();
        match self.address {
            None => out.push(("address", IpProblem::AddressMissing)),
            Some(a) if !is_public(a) => out.push(("address", IpProblem::NotPublic)),
            Some(_) => {}
        }
        match self.port {
            Some(_) if self.valid_port().is_none() => out.push(("port", IpProblem::PortRange)),
            Some(_) => {}
            None if self.port_missing_reason.trim().is_empty() => {
                out.push(("port", IpProblem::PortMissingNoReason))
            }
            None => out.push(("port", IpProblem::PortMissingWithReason)),
        }
        if self.at.is_none() {
            out.push(("at", IpProblem::TimeMissing));
        }
        if self.event.is_none() {
            out.push(("event", IpProblem::EventMissing));
        }
        out
    }
}

/// Addresses that can name a subscriber (see `identifier::ip_scope`).
fn is_public(a: IpAddr) -> bool {
    crate::domain::identifier::ip_scope(a) == crate::domain::identifier::IpScope::Public
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(json: &str) -> IpEvent {
        serde_json::from_str(json).unwrap()
    }

    fn problems(json: &str) -> Vec<IpProblem> {
        event(json).problems().into_iter().map(|(_, p)| p).collect()
    }

    const AT: &str = r#""at":{"at":"2026-11-20T08:15:30Z","zone":"Asia/Manila"}"#;

    #[test]
    fn a_complete_event_is_traceable() {
        let e = event(&format!(
            r#"{{"address":"203.0.113.7","port":51234,"event":"login",{AT}}}"#
        ));
        assert!(e.problems().is_empty());
        assert!(e.is_traceable());
        let v6 = event(&format!(
            r#"{{"address":"2001:db8::7","port":443,"event":"upload",{AT}}}"#
        ));
        assert!(v6.problems().is_empty());
    }

    #[test]
    fn ports_must_be_1_to_65535() {
        for port in [0, 65536, 70000] {
            let p = problems(&format!(
                r#"{{"address":"198.51.100.4","port":{port},"event":"login",{AT}}}"#
            ));
            assert_eq!(p, [IpProblem::PortRange], "{port}");
        }
        assert!(
            problems(&format!(
                r#"{{"address":"198.51.100.4","port":65535,"event":"login",{AT}}}"#
            ))
            .is_empty()
        );
        assert!(
            serde_json::from_str::<IpEvent>(r#"{"port":-1}"#).is_err(),
            "not a number of the right kind at all"
        );
    }

    #[test]
    fn a_missing_port_needs_a_reason() {
        let p = problems(&format!(
            r#"{{"address":"198.51.100.4","event":"login",{AT}}}"#
        ));
        assert_eq!(p, [IpProblem::PortMissingNoReason]);
        let p = problems(&format!(
            r#"{{"address":"198.51.100.4","event":"login","port_missing_reason":"Not logged before March 2025",{AT}}}"#
        ));
        assert_eq!(p, [IpProblem::PortMissingWithReason]);
    }

    #[test]
    fn time_and_event_and_a_public_address_are_needed() {
        let p = problems(r#"{"address":"10.1.2.3","port":5000}"#);
        assert_eq!(
            p,
            [
                IpProblem::NotPublic,
                IpProblem::TimeMissing,
                IpProblem::EventMissing
            ]
        );
        assert_eq!(
            problems(&format!(
                r#"{{"address":"100.64.1.1","port":1,"event":"other",{AT}}}"#
            )),
            [IpProblem::NotPublic]
        );
        assert!(serde_json::from_str::<IpEvent>(r#"{"address":"999.1.1.1"}"#).is_err());
        let no_zone = event(
            r#"{"address":"203.0.113.9","port":80,"event":"login","at":{"at":"2026-11-20T08:15:30Z"}}"#,
        );
        assert!(!no_zone.is_traceable());
    }
}
