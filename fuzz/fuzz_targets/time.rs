//! The date-time boxes and zone names: no panic, and a time that parses
//! comes back the same when its own parts are typed again.
#![no_main]

use casebridge::domain::time::{LocalParts, parse_date, parse_local, zone};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut it = text.split('|');
    let mut next = || it.next().unwrap_or("");
    let p = LocalParts {
        day: next(),
        month: next(),
        year: next(),
        hour: next(),
        minute: next(),
        second: next(),
        zone: next(),
    };
    let _ = zone(p.zone);
    let _ = parse_date(p.day, p.month, p.year);
    if let Ok(z) = parse_local(p) {
        let parts = [z.day(), z.month(), z.hour(), z.minute(), z.second()].map(|n| n.to_string());
        let year = z.year().to_string();
        let again = parse_local(LocalParts {
            day: &parts[0],
            month: &parts[1],
            year: &year,
            hour: &parts[2],
            minute: &parts[3],
            second: &parts[4],
            zone: p.zone,
        })
        .expect("a parsed time parses again");
        assert_eq!(again, z);
    }
});
