//! Names people read for the field paths rule packs use: a finding says
//! "Screen name is required", not `reported_persons[].screen_name`. Every
//! path a pack uses must have a name here (checked when the packs load).

/// (path as written in packs, Fluent key of its name).
const LABELS: [(&str, &str); 29] = [
    ("aware_at", "field-aware-at"),
    ("destination.authority", "field-destination-authority"),
    ("destination.zone", "field-destination-zone"),
    ("files[].hashes", "field-files-hashes"),
    ("files[].location_url", "field-files-location-url"),
    ("incident.harm", "field-incident-harm"),
    ("incident.incident_type", "field-incident-incident-type"),
    ("incident.occurred_at", "field-incident-occurred-at"),
    ("incident.platform", "field-incident-platform"),
    (
        "incident.time_description",
        "field-incident-time-description",
    ),
    ("internet_details", "field-internet-details"),
    ("internet_details[].urls", "field-internet-details-urls"),
    (
        "preservation.notice_received_at",
        "field-preservation-notice-received-at",
    ),
    ("preservation.preserved", "field-preservation-preserved"),
    (
        "reported_persons[].device_ids",
        "field-reported-persons-device-ids",
    ),
    ("reported_persons[].emails", "field-reported-persons-emails"),
    (
        "reported_persons[].esp_identifier",
        "field-reported-persons-esp-identifier",
    ),
    (
        "reported_persons[].estimated_location",
        "field-reported-persons-estimated-location",
    ),
    (
        "reported_persons[].ip_events",
        "field-reported-persons-ip-events",
    ),
    (
        "reported_persons[].ip_events[].address",
        "field-reported-persons-ip-events-address",
    ),
    (
        "reported_persons[].ip_events[].at",
        "field-reported-persons-ip-events-at",
    ),
    (
        "reported_persons[].screen_name",
        "field-reported-persons-screen-name",
    ),
    ("reporter.email", "field-reporter-email"),
    (
        "reporter.le_contact.phone",
        "field-reporter-le-contact-phone",
    ),
    ("reporter.name", "field-reporter-name"),
    ("reporter.retention_days", "field-reporter-retention-days"),
    ("victims", "field-victims"),
    (
        "victims[].age.estimated_max",
        "field-victims-age-estimated-max",
    ),
    ("victims[].age.stated", "field-victims-age-stated"),
];

/// Recommended fields whose warning is written as a sentence of its own
/// ("Add the victim's details if you have them"), not a name put into a
/// template ("Add Victims if you have it").
const RECOMMEND: [(&str, &str); 10] = [
    ("destination.zone", "report-recommend-destination-zone"),
    (
        "incident.time_description",
        "report-recommend-time-description",
    ),
    (
        "preservation.notice_received_at",
        "report-recommend-notice-received-at",
    ),
    (
        "reported_persons[].emails",
        "report-recommend-account-emails",
    ),
    (
        "reported_persons[].esp_identifier",
        "report-recommend-account-esp-identifier",
    ),
    (
        "reported_persons[].estimated_location",
        "report-recommend-account-location",
    ),
    (
        "reported_persons[].ip_events",
        "report-recommend-account-ip-events",
    ),
    (
        "reporter.le_contact.phone",
        "report-recommend-le-contact-phone",
    ),
    ("reporter.retention_days", "report-recommend-retention-days"),
    ("victims", "report-recommend-victims"),
];

/// The sentence recommending `path`, if it has one.
pub fn recommendation(path: &str) -> Option<&'static str> {
    RECOMMEND.iter().find(|(p, _)| *p == path).map(|(_, k)| *k)
}

/// The Fluent key naming `path`, if it has one.
pub fn key(path: &str) -> Option<&'static str> {
    LABELS.iter().find(|(p, _)| *p == path).map(|(_, k)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn every_name_exists_in_every_locale() {
        for (path, key) in LABELS {
            for locale in Locale::all() {
                assert!(
                    locale.has_key(key),
                    "{path}: {key} missing in {}",
                    locale.tag()
                );
            }
        }
        for (path, key) in RECOMMEND {
            for locale in Locale::all() {
                assert!(
                    locale.has_key(key),
                    "{path}: {key} missing in {}",
                    locale.tag()
                );
            }
        }
        assert_eq!(key("reporter.name"), Some("field-reporter-name"));
        assert_eq!(key("reporter.nickname"), None);
    }
}
