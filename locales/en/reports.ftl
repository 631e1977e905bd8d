# APAC reports: findings of the rule engine, the actionability checklist,
# harm categories and deadline clocks (src/rules/, src/web/api/reports.rs).

## Findings

report-required-field = { $field } is required for this destination.
report-required-any = This destination needs one of: { $fields }.
report-recommended-field = Add { $field } if you have it: police often have to ask for it otherwise.
report-recommended-any = Add one of { $fields } if you have it: police often have to ask for it otherwise.
report-time-zone-missing = Give the time zone this time was read in, for example Asia/Manila. Without it, police cannot be sure which moment is meant.
report-time-in-future = This time is in the future. Check the date, the time and the time zone.
report-national-id = This looks like a national identity number ({ $id_type }). Reports must not contain national identity numbers: the law of the country concerned restricts collecting them. Remove it and describe the person another way.
report-ip-address-missing = Give the IP address of this event.
report-ip-not-public = This is a private or shared network address, so it cannot identify a subscriber. Give the public address the platform saw, if there is one.
report-port-range = The source port must be a whole number from 1 to 65535.
report-missing-port-reason = Give the source port, or say why it is not available. Many mobile users share one IP address (carrier-grade NAT), and without the port the provider usually cannot say which subscriber it was.
report-port-missing = There is no source port. Behind carrier-grade NAT many subscribers share one IP address, so police may not be able to trace this event.
report-ip-time-missing = Give the time of this event. An IP address without an exact time cannot be traced to a subscriber.
report-ip-event-missing = Say what happened at this address: login, registration, upload, purchase or other.
report-file-hash-missing = Give at least one hash of this file. casebridge describes files by their hashes only.
report-hash-length = A { $kind } hash has { $expected } characters; this one has { $found }.
report-hash-alphabet = This { $kind } hash contains characters that such a hash cannot have.
report-hash-empty = Enter the hash value.
report-supplemental-classified = A supplemental file cannot carry an industry classification or the potential meme annotation.
report-viewed-unanswered = Say whether a person at your company viewed this file.
report-review-attestation-missing = Give the name of the person who viewed this file and when they viewed it.
report-human-review-required = Material found by a classifier must be viewed by a person before it is reported.
report-too-long = This text has { $found } characters; the limit is { $max }.
report-escalation-reason-missing = A child is at imminent risk: say why, so the report is handled first (for example a threat with a deadline, or a planned meeting).
report-unknown-harm = { $harm } is not a harm category casebridge knows.
report-incident-type-mismatch = The harm category chosen corresponds to the incident type "{ $expected }".
report-unknown-authority = Choose a receiving authority of this jurisdiction: { $known }.
report-zone-outside-jurisdiction = This time zone is not used in the destination jurisdiction ({ $zones }).
report-intake-unverified = How { $authority } takes reports has not been confirmed. Check the channel with the authority before you rely on it.
report-email-format = Enter an email address in the form name@example.com.
report-phone-format = Enter a phone number in international form, starting with + and the country code.
report-phone-not-international = Give this number in international form, starting with + and the country code, so it can be called from anywhere.
report-age-range = The lowest estimated age is higher than the highest.
report-time-order = The end is before the start.
report-ip-time-to-minute = This time is on the full minute. Behind carrier-grade NAT the access provider matches the second: give the seconds from the platform's log if it has them.
report-aware-before-incident = The time the member became aware is earlier than the incident time. Check both times and their zones: deadlines run from awareness.
report-age-out-of-range = Enter an age in whole years, from 0 to { $max }.
report-stated-age-adult = The stated age is 18 or over. Children often claim to be adults: keep the stated age, and give the estimated age range that shows the victim is a child.
report-authority-replaced = { $former } stopped receiving reports on { $date }. Send the report to { $authority } instead.
report-destination-missing = Choose the destination jurisdiction (destination.jurisdiction) before the report can be checked.
report-unknown-jurisdiction = casebridge has no rules for { $code }.
report-members-only = Only member organisations' safety teams can check reports.

## Actionability checklist

report-checklist-reported-account = Reported account identifiers
report-checklist-reported-account-why = The platform's internal id, a screen name or profile address and a verified email or phone let police ask the right company for the right records.
report-checklist-ip-port-time = IP address with port and exact time
report-checklist-ip-port-time-why = An access provider can name a subscriber only from the address, the source port and the time to the second with its zone; many users share one address.
report-checklist-location = Location indicators
report-checklist-location-why = An estimated country, region or city sends the report to the police unit that can act on it.
report-checklist-victim-age = Victim age indicators
report-checklist-victim-age-why = The child's apparent age decides which offence applies and how urgently police act.
report-checklist-human-review = Files viewed by a person
report-checklist-human-review-why = Courts have excluded evidence that nobody at the platform had looked at; a named reviewer and a time make the files usable.
report-checklist-escalation = Escalation reason when a child is at imminent risk
report-checklist-escalation-why = A stated reason (a threat, a deadline, a planned meeting) moves the report to the front of the queue.
report-checklist-prior-reports = Earlier report references
report-checklist-prior-reports-why = References to earlier reports let police link cases about the same offender.
report-checklist-contact-247 = Law-enforcement contact at any hour
report-checklist-contact-247-why = In an emergency police need a named person they can call day and night.
report-checklist-jurisdiction-fields = Fields this jurisdiction requires
report-checklist-jurisdiction-fields-why = The receiving authority cannot act, or cannot act in time, without what its own rules ask for.
report-checklist-status-met = Met
report-checklist-status-partly = Partly met
report-checklist-status-missing = Missing
report-checklist-status-not-applicable = Does not apply

## Harm categories (data/taxonomy.toml)

harm-csam-known = Child sexual abuse material: known (hash match)
harm-csam-novel = Child sexual abuse material: new (found by a classifier)
harm-self-generated = Self-generated imagery of a child
harm-sextortion = Sextortion, including financial sextortion
harm-grooming = Grooming or online enticement
harm-csam-solicitation = Asking for child sexual abuse material
harm-livestreamed-abuse = Livestreamed abuse
harm-ai-generated = AI-generated or manipulated abuse material
harm-child-sex-trafficking = Child sex trafficking
harm-child-sex-tourism = Child sex tourism or a travelling offender
harm-contact-abuse = Contact sexual abuse of a child
harm-obscene-material-to-child = Obscene material sent to a child
harm-misleading-domain = Misleading domain name
harm-misleading-words-or-images = Misleading words or images
harm-sadistic-online-exploitation = Sadistic online exploitation
harm-viral-meme = Viral or meme content with no child at risk

## Deadline clocks

clock-status-running = Running
clock-status-overdue = Overdue
clock-status-not-started = Not started
clock-status-no-fixed-time = No fixed time

## Names of the fields rule packs require, as findings show them

field-aware-at = When the platform became aware
field-destination-authority = Receiving authority
field-destination-zone = Time zone of the receiving office
field-files-hashes = File hashes
field-files-location-url = Where the file was hosted (URL)
field-incident-harm = Type of harm
field-incident-incident-type = NCMEC incident type
field-incident-occurred-at = Date and time of the incident
field-incident-platform = Where on the platform it happened
field-incident-time-description = What the incident time refers to
field-internet-details = Where online it happened
field-internet-details-urls = Web addresses where it happened
field-preservation-notice-received-at = When the authority’s notice arrived
field-preservation-preserved = Whether the data is preserved
field-reported-persons-device-ids = Device identifiers of the reported account
field-reported-persons-emails = Email addresses of the reported account
field-reported-persons-esp-identifier = Internal ID of the reported account
field-reported-persons-estimated-location = Estimated location of the reported account
field-reported-persons-ip-events = IP capture events of the reported account
field-reported-persons-ip-events-address = IP address of a capture event
field-reported-persons-ip-events-at = Time of an IP capture event
field-reported-persons-screen-name = Screen name of the reported account
field-reporter-email = Reporter’s email
field-reporter-le-contact-phone = Law-enforcement contact’s phone (24/7)
field-reporter-name = Reporter’s name
field-reporter-retention-days = How long the data is kept
field-victims = Victims
field-victims-age-estimated-max = Victim’s estimated age
field-victims-age-stated = Victim’s stated age
report-unprintable = The package PDF cannot show these characters: { $chars } (casebridge has no font for their script yet). The JSON keeps them; in the PDF they appear as “�”. Add a transliteration in Latin letters so police reading the PDF can follow.

## A report's duties after approval: what stops their clocks
clock-status-done = Done
clock-status-done-late = Done late
clock-done-by = Done { $at }, recorded by { $who }.
clock-done-by-delivery = Done when the report reached its destination, { $at }.
duty-record-heading = Record a duty as done
duty-record-intro = When your platform has done what a duty asks, such as taking the material down or preserving the data, record it here. Its clock stops, the recipient sees it on the case, and the record is kept in the audit log.
duty-record-which = Which duty was done?
duty-record-again = Already recorded. Recording it again corrects the time and the note.
duty-record-when = When was it done?
duty-record-when-hint = Leave this empty if it was done just now. For example, 20 11 2026 14 05.
duty-record-note = Note
duty-record-note-hint = For example, what was removed and from where. Do not include national identity numbers.
duty-record-button = Record as done
duty-recorded-title = Recorded
duty-recorded = The duty is recorded as done and its clock has stopped.
duty-error-choose = Choose the duty that was done
duty-error-not-started = This duty’s clock has not started yet, so it cannot be recorded as done
duty-error-future = The time it was done must not be in the future

## The NCMEC CyberTipline form in a report's package
ncmec-heading = For NCMEC's CyberTipline
ncmec-intro = The package holds the same report in the form NCMEC's CyberTipline accepts: the report itself, and the details of each file, to be sent once your evidence store has uploaded the file to NCMEC (it adds the report and file ids NCMEC returns). casebridge never holds the files.
ncmec-download-report = CyberTipline report (XML)
ncmec-download-file = File details for file { $number } (XML)
