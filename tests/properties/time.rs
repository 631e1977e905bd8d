//! Date-time boxes with an IANA zone.

use casebridge::domain::time::{LocalParts, from_db, parse_date, parse_local, to_db, zone_names};
use proptest::prelude::*;

use crate::{config, messy};

fn zone() -> impl Strategy<Value = String> {
    prop::sample::select(zone_names().to_vec())
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn any_typing_in_the_boxes_is_read_or_refused_without_panicking(
        d in messy(), m in messy(), y in messy(), h in messy(), mi in messy(), s in messy(),
        z in messy()
    ) {
        let p = LocalParts { day: &d, month: &m, year: &y, hour: &h, minute: &mi, second: &s, zone: &z };
        let _ = parse_local(p);
        let _ = parse_date(&d, &m, &y);
    }

    #[test]
    fn a_time_that_is_read_reads_again_from_its_own_parts(
        y in 1900i16..=2200, mo in 1i8..=12, d in 1i8..=31, h in 0i8..24, mi in 0i8..60,
        s in 0i8..60, z in zone(), padded in any::<bool>()
    ) {
        let w = |n: i64| if padded { format!(" {n:02} ") } else { n.to_string() };
        let (d, mo, y, h, mi, s) = (w(d.into()), w(mo.into()), w(y.into()), w(h.into()), w(mi.into()), w(s.into()));
        let p = LocalParts { day: &d, month: &mo, year: &y, hour: &h, minute: &mi, second: &s, zone: &z };
        if let Ok(t) = parse_local(p) {
            let parts = [t.day(), t.month(), t.hour(), t.minute(), t.second()].map(|n| n.to_string());
            let year = t.year().to_string();
            let again = parse_local(LocalParts {
                day: &parts[0], month: &parts[1], year: &year, hour: &parts[2],
                minute: &parts[3], second: &parts[4], zone: &z,
            }).unwrap();
            prop_assert_eq!(&again, &t);
            // Stored as UTC text and read back: the same instant.
            prop_assert_eq!(from_db(&to_db(t.timestamp())), Some(t.timestamp()));
        }
    }
}
