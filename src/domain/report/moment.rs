//! A point in time as a report records it: the instant in UTC and the IANA
//! zone it was read in, so police see both their own local time and UTC.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

/// An instant with the zone it was entered in. `at` accepts RFC 3339 with any
/// offset (`2026-11-20T16:15:30+08:00`) and is kept and written back in UTC;
/// a time without an offset is not a time and is refused when parsed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Moment {
    pub at: Timestamp,
    /// Missing only in drafts: the rules flag a time without its zone.
    #[serde(default)]
    pub zone: Option<ZoneName>,
}

impl Moment {
    pub fn new(at: Timestamp, zone: &str) -> Option<Moment> {
        Some(Moment {
            at,
            zone: Some(ZoneName::parse(zone)?),
        })
    }

    /// The local wall-clock time in the entered zone, when there is one.
    pub fn local(&self) -> Option<jiff::Zoned> {
        self.zone.as_ref().map(|z| self.at.to_zoned(z.tz().clone()))
    }
}

/// The name of a zone in the bundled tz database (`Asia/Kathmandu`).
#[derive(Debug, Clone)]
pub struct ZoneName {
    name: String,
    tz: TimeZone,
}

impl ZoneName {
    pub fn parse(name: &str) -> Option<ZoneName> {
        let name = name.trim();
        // An IANA name, UTC included (platform logs are kept in UTC); a bare
        // offset such as "+08:00" is no zone name and is refused.
        crate::domain::time::zone(name).map(|tz| ZoneName {
            name: name.to_string(),
            tz,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }

    pub fn tz(&self) -> &TimeZone {
        &self.tz
    }
}

impl PartialEq for ZoneName {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Serialize for ZoneName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name)
    }
}

impl<'de> Deserialize<'de> for ZoneName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ZoneName::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "not an IANA time zone name such as Asia/Manila: {s:?}"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_utc_and_the_zone() {
        let m: Moment =
            serde_json::from_str(r#"{"at":"2026-02-03T14:30:00+05:45","zone":"Asia/Kathmandu"}"#)
                .unwrap();
        assert_eq!(m.at.to_string(), "2026-02-03T08:45:00Z");
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"at":"2026-02-03T08:45:00Z","zone":"Asia/Kathmandu"}"#
        );
        assert_eq!(m.local().unwrap().hour(), 14);
    }

    #[test]
    fn refuses_times_without_offset_and_unknown_zones() {
        assert!(serde_json::from_str::<Moment>(r#"{"at":"2026-02-03T14:30:00"}"#).is_err());
        assert!(
            serde_json::from_str::<Moment>(r#"{"at":"2026-02-03T14:30:00Z","zone":"Mars/Base"}"#)
                .is_err()
        );
        assert!(ZoneName::parse("+08:00").is_none());
        let utc: Moment =
            serde_json::from_str(r#"{"at":"2026-02-03T14:30:05Z","zone":"UTC"}"#).unwrap();
        assert_eq!(utc.local().unwrap().second(), 5);
        assert!(ZoneName::parse("America/Chicago").is_some());
        let m: Moment = serde_json::from_str(r#"{"at":"2026-02-03T14:30:00Z"}"#).unwrap();
        assert!(
            m.zone.is_none(),
            "a draft may lack the zone; the rules flag it"
        );
    }
}
