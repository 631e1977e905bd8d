# The APAC report wizard, check your answers and four-eyes review
# (src/web/reports/, templates/reports/).

## Start

report-start-title = Build a report for police in the Asia-Pacific
report-start-intro = Use this service to turn a detection into a report that one jurisdiction's police, regulator or hotline can act on without writing back for the basics.
report-start-need-heading = What you need
report-start-need-accounts = the reported account's internal ID, screen name, profile address and any verified email or phone
report-start-need-ip = IP addresses with the source port and the exact time, with its time zone
report-start-need-hashes = the hashes of the files (MD5, SHA-1, SHA-256, PDQ or PhotoDNA)
report-start-need-contact = a law-enforcement contact police can call at any hour
report-start-no-images = casebridge never takes images or videos. Describe files by their hashes only.
report-start-saved = Every step is saved when you continue. A reviewer of your organisation approves the report before it can be packaged.
report-start-button = Start now
report-overview-title = Your report
report-overview-intro = Complete each section. A section is complete when the destination's rules find nothing wrong in it; you can come back to any of them before you send the report for review.
report-untitled = Untitled report

## Actionability panel

report-panel-title = How actionable is this report?
report-panel-score = Actionability score: { $score } out of 100
report-panel-missing = Police would still miss:
report-panel-complete = Nothing on the checklist is missing.
report-panel-no-destination = Choose the destination: the score depends on its rules.

## Destination and authority

report-destination-question = Which jurisdiction is this report for?
report-destination-label = Jurisdiction
report-destination-hint = The country or territory whose police should act: usually where the child or the reported person appears to be.
report-destination-why = Each jurisdiction has its own receiving authorities, required fields, deadlines and identity numbers that must not be collected. casebridge applies them as you go.
report-authority-question = Which authority should receive it?
report-authority-label = Receiving authority
report-authority-hint = The authorities of this jurisdiction's rule pack, with how each takes reports.
report-authority-intake = Intake:
report-authority-intake-unverified = unverified: confirm the channel with the authority before you rely on it
report-authority-why = Sending to the unit that investigates saves days. Where nobody could confirm how an authority takes reports, casebridge says so.
report-channel-via-ncmec = through NCMEC's CyberTipline
report-channel-portal = online portal
report-channel-web-form = web form
report-channel-email = email
report-channel-phone = phone
report-channel-none-published = none published
report-zone-label = Time zone of the receiving office
report-zone-hint = Deadlines are shown in this zone and in UTC.
report-zone-first = The jurisdiction's main zone
report-ncmec-question = Is this report also filed with NCMEC's CyberTipline?
report-ncmec-hint = Police can then link the two reports.

## Incident

report-incident-question = What happened?
report-incident-harm-hint = Choose the category that fits best. It decides the NCMEC incident type.
report-incident-ncmec-type = NCMEC incident type: { $type }
report-incident-harm = Harm category
report-incident-ncmec = NCMEC incident type
report-incident-occurred = When did it happen?
report-incident-occurred-hint = Local time where it was recorded, with its time zone. For example, 19 11 2026 21 40.
report-incident-time-description = What does this time mean?
report-incident-time-description-hint = For example: the time the first threatening message was sent, or the upload time.
report-incident-platform = Where on your platform?
report-incident-platform-hint = For example: direct messages, a livestream, a group.
report-incident-imminent = Is a child at imminent risk?
report-incident-imminent-hint = For example a live stream of abuse, threats with a deadline, or a planned meeting.
report-incident-escalation = Why is the child at imminent risk?
report-incident-escalation-hint = Needed when a child is at imminent risk: it moves the report to the front of the queue.
report-incident-aware = When did your company become aware of it?
report-incident-aware-hint = The destination's legal deadlines run from this time.
report-incident-why = Police triage on the kind of harm and the time. A time without its zone can point at the wrong hour, and a clear escalation reason gets a child at risk seen first.

## Reported accounts

report-accounts-question = Reported accounts
report-accounts-intro = Add each account involved. Each account can have its IP capture events.
report-accounts-none = No account added yet.
report-accounts-add = Add an account
report-accounts-add-another = Add another account
report-accounts-why = The platform's internal ID, a screen name or profile address and a verified email or phone let police ask the right company for the right records.
report-account-question = Details of the reported account
report-account-intro = Give every identifier you have. Mark an email or phone as verified only if your platform confirmed the user controls it.
report-account-esp-id = Internal account ID
report-account-esp-id-hint = The ID your systems use for the account; it does not change when the user renames it.
report-account-screen-name = Screen name
report-account-display-name = Display name
report-account-profile-urls = Profile addresses
report-account-profile-urls-hint = One web address per line, starting with https://
report-account-emails = Email addresses
report-account-phones = Phone numbers
report-verified = Verified
report-not-verified = Not verified
report-account-devices = Device IDs
report-account-devices-hint = One per line, as kind: value. For example, advertising ID: 0f3c9e2a-7d41-4c5e-9b0a-1d2e3f405162
report-account-numbered = Account { $number }
report-account-ip-events-link = IP capture events ({ $count }): add, change or remove
report-account-why = An account is found by its internal ID; a verified email or phone leads to a person. Police cannot ask for records of an account they cannot name.
report-location = Estimated location
report-location-city = Town or city
report-location-region = Region or province
report-location-country = Country or territory
report-location-country-unknown = Not known
report-location-verified = Is this location verified?
report-location-verified-hint = Verified means from a billing address or GPS, not inferred from an IP address.
report-additional-info = Anything else police should know

## IP capture events

report-ip-events-question = IP capture events of { $account }
report-ip-events-intro = Add each IP address your platform logged for this account, with the source port and the exact time.
report-ip-events-none = No IP capture event added yet.
report-ip-events-add = Add an IP capture event
report-ip-events-add-another = Add another IP capture event
report-ip-events-why = Behind carrier-grade NAT thousands of mobile users share one IP address. An access provider can name the subscriber only from the address, the source port and the time to the second with its zone.
report-ip-event-question = What IP address did your platform log?
report-ip-address = IP address
report-ip-address-hint = IPv4 or IPv6, for example 203.0.113.7 or 2001:db8::7
report-ip-port = Source port
report-ip-port-hint = A whole number from 1 to 65535.
report-ip-port-none = Not available
report-ip-port-reason = If there is no source port, why not?
report-ip-port-reason-hint = For example: the platform did not log ports before March 2025.
report-ip-event = What happened at this address?
report-ip-event-login = Login
report-ip-event-registration = Registration
report-ip-event-upload = Upload
report-ip-event-purchase = Purchase
report-ip-event-other = Other
report-ip-at = When was it logged?
report-ip-at-hint = To the minute, with the time zone the log uses.
report-ip-proxy = Could this address be a proxy, VPN or anonymising service?
report-ip-proxy-hint = Police then know to look further before asking a provider.

## Victims

report-victims-question = Child victims
report-victims-intro = Add each child your platform knows of, if any. Leave this empty if you know of none.
report-victims-none = No victim added.
report-victims-add = Add a victim
report-victims-add-another = Add another victim
report-victims-why = The child's apparent age decides which offence applies and how urgently police act; a location sends the case to the unit that can protect the child.
report-victim-question = What do you know about the child?
report-victim-intro = Give what your platform knows. Never give a national identity number.
report-victim-esp-id-hint = The child's account ID on your platform, if the child has one.
report-victim-age = Age indicators
report-victim-age-stated = Age the child gave
report-victim-age-stated-hint = In years, as the child gave it, even if the child claimed to be an adult.
report-victim-age-min = Estimated age from
report-victim-age-max = Estimated age to
report-victim-age-basis = What the age is based on
report-victim-age-note = Notes on the age
report-victim-school = School
report-victim-age-stated-value = States { $age } years
report-victim-age-estimated-value = Estimated { $min } to { $max } years
report-victim-numbered = Victim { $number }
report-age-basis-self-declared = Declared by the child
report-age-basis-account-birth-date = Birth date on the account
report-age-basis-reviewer-assessment = A reviewer's assessment
report-age-basis-school-or-grade = School or grade
report-age-basis-other = Other

## Files

report-files-question = Files
report-files-intro = Describe each file by its hashes. casebridge never takes the file itself.
report-files-none = No file added.
report-files-add = Add a file
report-files-add-another = Add another file
report-files-why = Hashes let police match files with their own databases without anyone passing the material around. Whether a person viewed a file decides whether it can be used as evidence.
report-file-question = Which file is this?
report-file-no-upload = There is no upload here: give the hashes only. Never send the material itself.
report-file-name = File name
report-file-name-hint = As your platform recorded it, if it helps police.
report-file-hashes = Hashes
report-file-hashes-hint = At least one. MD5, SHA-1 and SHA-256 as hexadecimal, PDQ as 64 hexadecimal characters, PhotoDNA as base64 text.
report-file-numbered = File { $number }
report-file-viewed = Did a person at your company view this file?
report-file-viewed-hint = Answer truthfully: courts have excluded files that nobody at the platform had opened.
report-file-attest = I, { $name }, viewed this file myself
report-file-attest-hint = Your name and the time are recorded with the file.
report-file-attested-by = Yes: viewed by { $name }, { $at }
report-file-hash-list = Hash list the file matched
report-file-hash-list-hint = If it was found by matching against a list.
report-file-public = Was the file publicly available?
report-file-relevance = How does this file relate to the report?
report-file-relevance-reported = It is reported material
report-file-relevance-supplemental-reported = It gives context to reported material (supplemental)
report-file-annotations = What describes the file?
report-file-annotation-anime-drawing-virtual-hentai = Anime, drawing or virtual
report-file-annotation-potential-meme = Potential meme
report-file-annotation-viral = Viral
report-file-annotation-possible-self-production = Possibly self-produced
report-file-annotation-physical-harm = Physical harm
report-file-annotation-violence-gore = Violence or gore
report-file-annotation-bestiality = Bestiality
report-file-annotation-live-streaming = Live streaming
report-file-annotation-infant = Infant or toddler
report-file-annotation-generative-ai = Generated or altered by AI
report-file-classification = Industry classification
report-file-classification-hint = Not for supplemental files.
report-file-class-a1 = A1: prepubescent, sex act
report-file-class-a2 = A2: prepubescent, lascivious exhibition
report-file-class-b1 = B1: pubescent, sex act
report-file-class-b2 = B2: pubescent, lascivious exhibition

## Livestream

report-livestream-question = Did this involve a livestream?
report-livestream-hint = Abuse streamed live, or arranged or paid for during a stream.
report-livestream-facts = Session facts
report-livestream-facts-intro = Only if there was a livestream.
report-livestream-session = Session ID
report-livestream-started = When did the session start?
report-livestream-ended = When did it end?
report-livestream-viewers = Number of viewers
report-livestream-viewer-accounts = Viewers who paid or directed
report-livestream-viewer-accounts-hint = Internal IDs or screen names, one per line.
report-livestream-anonymisation = Anonymising services seen
report-livestream-anonymisation-hint = VPNs, Tor or others, one per line.
report-livestream-recorded = Was the session recorded?
report-livestream-why = The session ID and its times let police ask for the stream's records; viewers who paid or directed are offenders too.

## Prior reports

report-prior-question = Has this been reported before?
report-prior-hint = Earlier reports about the same people or content, to NCMEC or to an authority.
report-prior-yes = Yes, there are earlier reports
report-prior-no = No earlier report found
report-prior-references = Earlier report references
report-prior-reference = Reference { $number }
report-prior-kind = Where it was reported
report-prior-kind-cybertipline = NCMEC CyberTipline
report-prior-kind-local-authority = A local authority
report-prior-kind-other = Elsewhere
report-prior-why = References to earlier reports let police link cases about the same offender.

## Reporter and contact

report-reporter-question = Who reports, and who can police call?
report-reporter-organisation = Organisation
report-reporter-name = Your name
report-reporter-email = Your email address
report-reporter-phone = Your phone number
report-phone-hint = In international form, starting with + and the country code; a national number is read as one of your organisation’s country.
report-le-contact-heading = Law-enforcement contact
report-le-contact-intro = The person or team police should call about this report, day and night.
report-le-contact-name = Name or team
report-le-contact-email = Email address
report-le-contact-phone = Phone number
report-le-contact-247 = Can they be reached at any hour?
report-retention-heading = Retention and preservation
report-retention-days = How many days do you keep the reported data?
report-retention-days-hint = Police need to ask for the records before then.
report-legal-process-url = Where police learn how to serve legal process
report-legal-process-url-hint = A web address starting with https://
report-preserved = Have you preserved the data?
report-preserved-hint = Some jurisdictions require preservation when you report.
report-preservation-reference = Your preservation reference
report-reporter-why = In an emergency police need a named contact who answers at any hour, and they need to know how long your data will be there.

## Check your answers

report-check-title = Check your report before you send it for review
report-check-pack-version = Checked against rule pack version { $version }
report-check-errors = { $count } problems must be fixed before the report can go for review
report-check-actionability = Actionability checklist
report-check-actionability-intro = What police need to act without writing back. Each item counts by its weight.
report-check-item = Item and why it matters to police
report-check-weight = Weight
report-check-status = Status
report-check-clocks = Deadlines
report-check-clocks-intro = The destination's duties, due in the receiving office's zone and in UTC.
report-check-clocks-none = This jurisdiction's rule pack sets no deadlines.
report-check-duty = Duty
report-check-due-local = Due (local time)
report-check-due-utc = Due (UTC)
report-duty-report = Report
report-duty-takedown = Take down
report-duty-preservation = Preserve
report-duty-cooperation = Cooperate
report-check-warnings = Warnings
report-check-warnings-hint = Fix them, or tick each one to confirm you have read it and the report should go as it is.
report-check-fix = Fix this
report-check-next = Send for review
report-check-next-text = A reviewer of your organisation who did not write this report checks it. Until they approve or return it, it cannot be changed.
report-check-submit = Send for review
report-check-returned = A reviewer returned this report
report-section-destination = Destination
report-section-incident = Incident
report-section-accounts = Reported accounts
report-section-account = Reported account
report-section-ip-event = IP capture event of { $account }
report-section-victims = Victims
report-section-victim = Victim
report-section-files = Files
report-section-file = File
report-section-livestream = Livestream
report-section-prior = Prior reports
report-section-reporter = Reporter and contact

## Review

report-review-title = Report review
report-review-status = Status:
report-status-draft = Draft
report-status-in-review = In review
report-status-approved = Approved
report-review-history = History
report-review-action-submitted = Sent for review
report-review-action-returned = Returned with comments
report-review-action-approved = Approved
report-review-submitted-title = Sent for review
report-review-submitted = A reviewer of your organisation will now approve the report or return it with comments.
report-review-decide = Your decision
report-review-approve-text = Approve if the report is accurate and complete enough for police to act on.
report-review-approve = Approve report
report-review-comment = What must change?
report-review-comment-hint = The author sees this when the report is returned.
report-review-return = Return with comments
report-review-reviewers-only = Only a reviewer can approve or return a report.
report-review-not-in-review = This report is not waiting for review.
report-review-attest-heading = Files nobody has attested viewing
report-review-attest-text = If you viewed one of these files, attest it: your name and the time are recorded with the file.
report-review-attest-button = I viewed { $file } myself

## Errors

report-error-zone = Choose a time zone from the list.
report-error-too-long = This text is too long.
report-error-country = Choose a country or territory from the list.
report-error-jurisdiction-empty = Choose the jurisdiction the report is for.
report-error-authority-empty = Choose the authority that should receive the report.
report-error-harm-empty = Choose what happened.
report-error-occurred-empty = Enter when it happened.
report-error-imminent-empty = Say whether a child is at imminent risk.
report-error-aware-empty = Enter when your company became aware of it.
report-error-url = Enter web addresses starting with https://, one per line.
report-error-account-empty = Give at least one identifier of the account: its internal ID, screen name, profile address, email or phone.
report-error-accounts-empty = Add at least one reported account.
report-error-ip-address = Enter an IP address such as 203.0.113.7 or 2001:db8::7.
report-error-age = Enter an age in years, from 0 to 17.
report-error-age-stated = Enter the stated age in whole years, from 0 to 150, as the child gave it.
report-error-victim-empty = Give at least one identifier, an age or a location of the child.
report-error-attest = Tick the box to attest that you viewed the file, or answer No: someone who viewed it attests it with their own account.
report-error-livestream-empty = Say whether this involved a livestream.
report-error-livestream-facts = Give the session ID or the time the session started.
report-error-number = Enter a whole number.
report-error-prior-empty = Say whether this has been reported before.
report-error-prior-refs = Give the reference of at least one earlier report.
report-error-reporter-email-empty = Enter your email address.
report-error-retention = Enter a number of days from 1 to 3650.
report-error-check-has-errors = Fix the problems listed before you send the report for review.
report-error-check-unacknowledged = Tick each warning to confirm the report should go as it is, or fix it.
report-error-self-approval = You wrote this report, so you cannot approve or return it: another reviewer of your organisation must.
report-error-approve-has-errors = The report no longer passes the destination's rules. Return it to the author with comments.
report-error-comment-empty = Say what must change before the report can be approved.

## Where online

report-online-question = Where on the internet did it happen?
report-online-intro = The web addresses of the material or the contact, and any chat service. Some jurisdictions require them so the host can be asked to preserve and remove.
report-online-urls = Web addresses
report-online-urls-hint = One per line, starting with https://
report-online-third-party = Are they hosted by another company?
report-online-third-party-hint = Police then ask that company too.
report-online-web-note = Notes on these addresses
report-online-chat-heading = Chat or messaging
report-online-chat-client = Chat service or app
report-online-chat-client-hint = For example: the direct messages of your app.
report-online-chat-room = Room, group or channel
report-online-why = An address lets the host preserve the material and take it down, and tells police which company holds the records.
report-section-online = Where online
report-file-location = Where was the file hosted?
report-file-location-hint = A web address starting with https://, not the file.
report-notice-received = When did an authority's notice or order arrive?
report-notice-received-hint = Only if one arrived. Some duties, such as taking down material, run from it.

## Dashboard

dashboard-new-report = Start a new report
dashboard-review-queue = Reports waiting for your review
dashboard-my-reports = Your reports
dashboard-no-reports = You have not started a report yet.
dashboard-report-returned = The report was returned to its author with your comments.
dashboard-report-returned-status = Returned with comments

## Deleting and duplicating reports

report-duplicate = Start a new report from a copy
report-delete-link = Delete this draft
report-delete-title = Delete this draft report?
report-delete-intro = The draft and every answer in it are removed. This cannot be undone; the audit log keeps a record that it existed.
report-delete-confirm = Delete the draft
report-delete-cancel = Keep it
report-delete-reviewed = This report has been through review, so it is kept with its review history. Change it and submit it again, or leave it as a draft.
