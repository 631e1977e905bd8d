//! How instants are written down: UTC, RFC 3339, whole seconds.

use jiff::{Timestamp, TimestampRound, Unit};

/// The current instant rounded to the second, the precision casebridge stores.
pub fn now() -> Timestamp {
    round(Timestamp::now())
}

pub fn round(t: Timestamp) -> Timestamp {
    t.round(TimestampRound::new().smallest(Unit::Second))
        .unwrap_or(t)
}

/// `2026-11-23T04:05:06Z`: fixed width for years 1000–9999, so text order is
/// time order in both databases.
pub fn to_db(t: Timestamp) -> String {
    round(t).to_string()
}

pub fn from_db(s: &str) -> Option<Timestamp> {
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn db_text_sorts_like_time_and_round_trips() {
        let a: Timestamp = "2026-01-02T03:04:05.9Z".parse().unwrap();
        let b: Timestamp = "2026-01-02T03:04:07Z".parse().unwrap();
        assert_eq!(to_db(a), "2026-01-02T03:04:06Z");
        assert!(to_db(a) < to_db(b));
        assert_eq!(from_db(&to_db(b)), Some(b));
    }
}

/// A date and time as typed in the page kit's date-time component: separate
/// day, month, year, hour, minute and (optional) second boxes, and an IANA
/// zone.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalParts<'a> {
    pub day: &'a str,
    pub month: &'a str,
    pub year: &'a str,
    pub hour: &'a str,
    pub minute: &'a str,
    /// Empty when the source gives the time to the minute only.
    pub second: &'a str,
    pub zone: &'a str,
}

impl LocalParts<'_> {
    /// Whether the seconds were given: platform logs and CGNAT tracing
    /// need them, so the record keeps whether they were known.
    pub fn has_seconds(&self) -> bool {
        !self.second.trim().is_empty()
    }
}

/// The zone database casebridge reads: jiff's bundled copy of the IANA
/// database, so every installation knows the same names.
fn tzdb() -> &'static jiff::tz::TimeZoneDatabase {
    static DB: std::sync::OnceLock<jiff::tz::TimeZoneDatabase> = std::sync::OnceLock::new();
    DB.get_or_init(jiff::tz::TimeZoneDatabase::bundled)
}

/// The zone named `name` in the IANA database (any zone or link, `UTC`
/// included), or `None`.
pub fn zone(name: &str) -> Option<jiff::tz::TimeZone> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    tzdb().get(name).ok()
}

/// Every zone an officer or analyst may pick, for a search box: `UTC` first
/// (platform logs are kept in it), then every IANA area/location name in
/// alphabetical order. Fixed-offset `Etc/` names are left out of the list
/// because their signs read backwards (`Etc/GMT+5` is five hours behind);
/// they are still accepted when typed.
pub fn zone_names() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: Vec<String> = tzdb()
            .available()
            .map(|n| n.as_str().to_string())
            .filter(|n| n.contains('/') && !n.starts_with("Etc/"))
            .collect();
        names.sort();
        names.dedup();
        names.insert(0, "UTC".to_string());
        names
    })
}

/// Reads a date-time in its zone; the seconds may be left empty. An
/// ambiguous or skipped local time (a daylight-saving change) is refused
/// rather than guessed.
pub fn parse_local(p: LocalParts<'_>) -> Result<jiff::Zoned, crate::i18n::Msg> {
    use crate::i18n::Msg;
    let parts = [p.day, p.month, p.year, p.hour, p.minute].map(str::trim);
    let second = p.second.trim();
    if parts.iter().all(|s| s.is_empty()) && second.is_empty() {
        return Err(Msg::new("error-datetime-empty"));
    }
    if parts.iter().any(|s| s.is_empty()) {
        return Err(Msg::new("error-datetime-incomplete"));
    }
    let num = |s: &str| s.parse::<i16>().ok();
    let (Some(d), Some(mo), Some(y), Some(h), Some(mi)) = (
        num(parts[0]),
        num(parts[1]),
        num(parts[2]),
        num(parts[3]),
        num(parts[4]),
    ) else {
        return Err(Msg::new("error-datetime-invalid"));
    };
    let s = if second.is_empty() {
        Some(0)
    } else {
        num(second)
    };
    let Some(s) = s else {
        return Err(Msg::new("error-datetime-invalid"));
    };
    if !(1900..=2200).contains(&y) {
        return Err(Msg::new("error-datetime-year"));
    }
    let (Ok(d), Ok(mo), Ok(h), Ok(mi), Ok(s)) = (
        i8::try_from(d),
        i8::try_from(mo),
        i8::try_from(h),
        i8::try_from(mi),
        i8::try_from(s),
    ) else {
        return Err(Msg::new("error-datetime-invalid"));
    };
    let civil = jiff::civil::DateTime::new(y, mo, d, h, mi, s, 0)
        .map_err(|_| Msg::new("error-datetime-invalid"))?;
    let tz = zone(p.zone).ok_or_else(|| Msg::new("error-datetime-zone"))?;
    let ambiguous = tz.to_ambiguous_zoned(civil);
    if ambiguous.is_ambiguous() {
        return Err(Msg::new("error-datetime-dst").arg("zone", p.zone.trim()));
    }
    ambiguous
        .unambiguous()
        .map_err(|_| Msg::new("error-datetime-dst").arg("zone", p.zone.trim()))
}

/// Reads a calendar date typed as day, month and year boxes.
pub fn parse_date(
    day: &str,
    month: &str,
    year: &str,
) -> Result<jiff::civil::Date, crate::i18n::Msg> {
    use crate::i18n::Msg;
    let parts = [day, month, year].map(str::trim);
    if parts.iter().all(|s| s.is_empty()) {
        return Err(Msg::new("error-date-empty"));
    }
    if parts.iter().any(|s| s.is_empty()) {
        return Err(Msg::new("error-date-incomplete"));
    }
    let (Ok(d), Ok(m), Ok(y)) = (
        parts[0].parse::<i8>(),
        parts[1].parse::<i8>(),
        parts[2].parse::<i16>(),
    ) else {
        return Err(Msg::new("error-date-invalid"));
    };
    if !(1900..=2200).contains(&y) {
        return Err(Msg::new("error-datetime-year"));
    }
    jiff::civil::Date::new(y, m, d).map_err(|_| Msg::new("error-date-invalid"))
}

#[cfg(test)]
mod local_tests {
    use super::*;

    fn parts<'a>(
        d: &'a str,
        mo: &'a str,
        y: &'a str,
        h: &'a str,
        mi: &'a str,
        zone: &'a str,
    ) -> LocalParts<'a> {
        LocalParts {
            day: d,
            month: mo,
            year: y,
            hour: h,
            minute: mi,
            second: "",
            zone,
        }
    }

    #[test]
    fn dates_are_real_days() {
        assert_eq!(
            parse_date("29", "2", "2028").unwrap().to_string(),
            "2028-02-29"
        );
        assert_eq!(
            parse_date("29", "2", "2026").unwrap_err().key,
            "error-date-invalid"
        );
        assert_eq!(parse_date("", "", "").unwrap_err().key, "error-date-empty");
        assert_eq!(
            parse_date("1", "", "2026").unwrap_err().key,
            "error-date-incomplete"
        );
        assert_eq!(
            parse_date("1", "1", "26").unwrap_err().key,
            "error-datetime-year"
        );
    }

    #[test]
    fn kathmandu_is_five_forty_five_ahead() {
        let z = parse_local(parts("3", "2", "2026", "14", "30", "Asia/Kathmandu")).unwrap();
        assert_eq!(to_db(z.timestamp()), "2026-02-03T08:45:00Z");
    }

    #[test]
    fn refuses_impossible_and_partial_input() {
        let key = |p| parse_local(p).unwrap_err().key;
        assert_eq!(
            key(parts("", "", "", "", "", "Asia/Manila")),
            "error-datetime-empty"
        );
        assert_eq!(
            key(parts("3", "2", "2026", "", "00", "Asia/Manila")),
            "error-datetime-incomplete"
        );
        assert_eq!(
            key(parts("31", "2", "2026", "10", "00", "Asia/Manila")),
            "error-datetime-invalid"
        );
        assert_eq!(
            key(parts("1", "1", "26", "10", "00", "Asia/Manila")),
            "error-datetime-year"
        );
        assert_eq!(
            key(parts("1", "1", "2026", "10", "00", "Mars/Olympus")),
            "error-datetime-zone"
        );
        // 02:30 on 5 Oct 2025 did not exist in Sydney (clocks went forward).
        assert_eq!(
            key(parts("5", "10", "2025", "2", "30", "Australia/Sydney")),
            "error-datetime-dst"
        );
    }

    #[test]
    fn seconds_are_optional_and_kept_when_given() {
        let with = LocalParts {
            second: "07",
            ..parts("1", "11", "2026", "10", "15", "Asia/Manila")
        };
        assert!(with.has_seconds());
        let z = parse_local(with).unwrap();
        assert_eq!(to_db(z.timestamp()), "2026-11-01T02:15:07Z");
        let without = parts("1", "11", "2026", "10", "15", "Asia/Manila");
        assert!(!without.has_seconds());
        assert_eq!(
            to_db(parse_local(without).unwrap().timestamp()),
            "2026-11-01T02:15:00Z"
        );
        for bad in ["60", "-1", "ab", "7.5"] {
            let p = LocalParts {
                second: bad,
                ..parts("1", "11", "2026", "10", "15", "Asia/Manila")
            };
            assert_eq!(
                parse_local(p).unwrap_err().key,
                "error-datetime-invalid",
                "{bad}"
            );
        }
        // Seconds alone are not a time.
        let only = LocalParts {
            second: "30",
            ..parts("", "", "", "", "", "UTC")
        };
        assert_eq!(
            parse_local(only).unwrap_err().key,
            "error-datetime-incomplete"
        );
    }

    #[test]
    fn any_iana_zone_is_accepted_utc_and_us_zones_included() {
        let utc = parse_local(LocalParts {
            second: "59",
            ..parts("1", "11", "2026", "23", "59", "UTC")
        })
        .unwrap();
        assert_eq!(to_db(utc.timestamp()), "2026-11-01T23:59:59Z");
        // A US platform's log: 1 Nov 2026 is the day US daylight time ends,
        // so 01:30 happens twice in Los Angeles and is refused.
        let la = parse_local(parts("2", "11", "2026", "9", "0", "America/Los_Angeles")).unwrap();
        assert_eq!(to_db(la.timestamp()), "2026-11-02T17:00:00Z");
        assert_eq!(
            parse_local(parts("1", "11", "2026", "1", "30", "America/Los_Angeles"))
                .unwrap_err()
                .key,
            "error-datetime-dst"
        );
        assert!(zone("Europe/Dublin").is_some());
        assert!(zone("Mars/Olympus").is_none());
        assert!(zone("").is_none());
    }

    #[test]
    fn the_zone_list_starts_with_utc_and_reaches_beyond_asia() {
        let names = zone_names();
        assert_eq!(names[0], "UTC");
        for z in [
            "America/Los_Angeles",
            "America/New_York",
            "Asia/Kathmandu",
            "Europe/Dublin",
            "Pacific/Chatham",
        ] {
            assert!(names.iter().any(|n| n == z), "{z} missing");
        }
        assert!(names.len() > 300, "{} zones", names.len());
        assert!(names.iter().skip(1).all(|n| n.contains('/')));
        assert!(!names.iter().any(|n| n.starts_with("Etc/")));
        // Every listed name parses.
        assert!(names.iter().all(|n| zone(n).is_some()));
        let mut sorted = names[1..].to_vec();
        sorted.sort();
        assert_eq!(sorted, names[1..]);
    }
}
