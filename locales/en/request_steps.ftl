# Records-request builder, steps 5 to 9, check your answers, attestation and
# the confirmation page.

remove = Remove
guidance-include = What to include
status-ready = Ready to check
status-not-ready = Not ready yet

request-step-targets = Targets
request-step-data = Records and date range
request-step-emergency = Emergency facts
request-step-non-disclosure = Non-disclosure
request-step-legal-process = Signed legal process

## Targets

request-targets-question = Which accounts or identifiers is the request about?
request-targets-intro = Add each identifier separately, with the period you need records for. The company searches for exactly what you type.
request-targets-none = No identifiers added yet.
request-targets-add = Add an identifier
request-targets-add-another = Add another identifier
request-targets-max = This request has the most identifiers one request can hold. Split the rest into another request.
request-targets-why = Companies search their systems for the exact identifier you give. A request with a wrong or vague identifier comes back with “no records found” or a question, which costs days.
target-kind = Type
target-port = Source port
target-observed = Seen at
target-window = Records from
target-country = Believed to be in
target-note = Context

request-target-question = What kind of identifier is it?
request-target-value = Identifier
request-target-value-hint = Copy it exactly as it appears on the platform. Phone numbers may be written in the national form of the country below.
request-target-start = Records from
request-target-start-hint = The start of the period you need records for, in the time zone where you read the time.
request-target-end = Records until
request-target-end-hint = The end of the period. It can be today; it cannot be later.
request-target-ip-heading = For an IP address only
request-target-ip-intro = An IP address on its own rarely identifies anyone: many users share one address at once. Give the exact time it was seen and, if you have it, the source port.
request-target-observed = When was the address seen?
request-target-observed-hint = To the minute, as in your evidence, with the time zone of that evidence.
request-target-port = Source port
request-target-port-hint = A number from 1 to 65535, from the same log line as the address.
request-target-context-heading = Context
request-target-country = Where is the account holder believed to be?
request-target-country-hint = Decides which legal entity of the company answers for this user.
request-target-country-unknown = Not known
request-target-entities-intro = { $company } answers through different legal entities depending on where the user is. Give the country if you have any indication (language, phone prefix, IP location); the check page warns when it is missing.
request-target-entity-serves = users in { $countries }
request-target-entity-others = users everywhere else
request-target-note = Anything that helps the company find the right account
request-target-note-hint = For example the display name shown, or the platform feature where it appeared. Do not include national ID numbers.
request-target-why = Each identifier carries its own period because accounts change hands and addresses are reassigned: a narrow window per identifier is what lets the company answer quickly.

identifier-email = Email address
identifier-email-hint = The address registered on the account.
identifier-phone = Phone number
identifier-phone-hint = Normalised to the international E.164 form.
identifier-url = Profile or content URL
identifier-url-hint = Tracking parameters are removed so the company sees the canonical address.
identifier-account-id = Numeric account ID
identifier-account-id-hint = The platform’s own number for the account, digits only.
identifier-username = Username or handle
identifier-username-hint = Usernames can change, and display names are not unique: add a numeric ID or URL when you have one.
identifier-ip = IP address
identifier-ip-hint = IPv4 or IPv6, with the time it was seen and, ideally, the source port.
identifier-imei = IMEI
identifier-imei-hint = The 15-digit device number; the last digit is checked.

## Records and date range

request-data-question = Which records do you need, and for what period?
request-data-max = { $company } accepts requests covering at most { $days } days.
request-data-categories = Records
request-data-categories-hint = Select all that apply. Only the records your request type can reach are offered.
request-data-start = From
request-data-start-hint = The earliest record you need.
request-data-end = Until
request-data-end-hint = The latest record you need. It can be today; it cannot be later.
request-data-details = Exactly which records, in your words
request-data-details-hint = For example “login IP addresses with ports and times” rather than “all records”.
request-data-why = Companies refuse or narrow requests that ask for more than the investigation needs. A short period and named record types are answered faster.
request-data-include = Name the record types and the shortest period that covers the offence. If you need more later, send a further request.
category-subscriber = Subscriber information
category-subscriber-hint = Name, email, phone, account creation date and IP, payment details.
category-ip-logs = Login and IP logs
category-ip-logs-hint = IP addresses, ports and times of logins and other sessions.
category-metadata = Message and activity metadata
category-metadata-hint = Who contacted whom and when, without the content.
category-location = Location information
category-location-hint = Location the service recorded. Many companies treat this like content.
category-content = Stored content
category-content-hint = Messages, posts, photos and videos. Needs a warrant, a treaty request or a production order.

## Emergency

request-emergency-question = What is the emergency?
request-emergency-route = Send it through the company’s emergency route as well: { $route }
request-emergency-route-none = no public emergency channel was found for this company; call the company’s law-enforcement contact or go through your country’s 24/7 network point of contact or INTERPOL
request-emergency-nature = Nature of the emergency
request-emergency-imminence = What shows the harm is imminent?
request-emergency-imminence-hint = What is going to happen, when, and how you learned it.
request-emergency-person = Who is at risk?
request-emergency-person-hint = Describe the person and how they relate to the account. Do not include national ID numbers.
request-emergency-why = Why would normal legal process be too slow?
request-emergency-why-hint = For example how long a court order takes compared with when the harm may happen.
request-emergency-callback = 24/7 callback number
request-emergency-callback-hint = A number that is answered at any hour while the emergency lasts.
request-emergency-supervisor = Supervisor who approved the request
request-emergency-supervisor-hint = Someone other than you.
request-emergency-supervisor-contact = Supervisor’s official email or phone
request-emergency-supervisor-contact-hint = The company may call to confirm the request is genuine.
request-emergency-guidance-why = Companies disclose without legal process only when there is a real and imminent risk to someone’s life or safety, and they judge each request on the facts it gives. Forged emergency requests exist, so they check who is asking.
request-emergency-guidance-include = Specific facts: what, when, who. Ask only for the data that will help avert the harm, over a short period such as the last seven days.
emergency-nature-child-at-risk = A child at risk of harm
emergency-nature-threat-to-life = A threat to someone’s life
emergency-nature-self-harm = Risk of suicide or self-harm
emergency-nature-kidnapping = Kidnapping or missing person
emergency-nature-terrorism = Terrorism
emergency-nature-other = Another risk of death or serious injury

## Non-disclosure

request-ndo-question = Should the company delay telling the user about this request?
request-ndo-hint = Many companies notify the user unless the law or a court forbids it.
request-ndo-yes-hint = You will need the order or provision that allows it.
request-ndo-if-yes = If you answered yes:
request-ndo-basis = The order or provision that forbids or delays notice
request-ndo-basis-hint = For example the court order and its reference.
request-ndo-until = Until when (optional)
request-ndo-until-hint = For example 31 3 2027. Leave empty if the order sets no end.
request-ndo-why = Without a stated reason, a company may tell the user, which can warn a suspect or put a child at more risk.
request-ndo-include = The legal basis, its reference and the end date. Attach the order with the legal process if it is a separate document.

## Legal process

request-legal-process-question = Upload the signed legal process
request-legal-process-intro = The order, warrant or official request you rely on, signed by the authority that issued it.
request-legal-process-current = Uploaded:
request-legal-process-file = Choose the PDF
request-legal-process-replace = Replace it with another PDF (optional)
request-legal-process-file-hint = PDF only, at most { $mb } MB. casebridge records its SHA-256 so the company can check it is unchanged.
request-legal-process-signed = Date it was signed
request-legal-process-signed-hint = For example 20 11 2026.
request-legal-process-signatory = Who signed it
request-legal-process-signatory-hint = Name and title of the judge, prosecutor or official.
request-legal-process-english = Is the document in English, or does it include an English translation?
request-legal-process-english-hint = A company in another country may not be able to read it otherwise.
request-legal-process-why = Companies check that the process is complete, signed by an authorised official and valid for the data asked for. Incomplete or unsigned process is one of the most common reasons requests come back.
request-legal-process-include = The complete signed document, every page. Add a translation when the company is in another country.

## Check your answers

request-check-title = Check your answers
request-check-errors = { $count ->
    [one] 1 problem must be fixed before this request can be sent
   *[other] { $count } problems must be fixed before this request can be sent
}
request-check-quality = Before the company reads it
request-check-quality-intro = What companies most often query or send back, and how this request stands.
request-check-warnings = Warnings to read
request-check-warnings-hint = These do not stop the request, but the company may query them. Fix them, or tick each one to confirm you have read it.
request-check-fix = Change this
request-check-next = Now attest the request
request-check-next-text = You will confirm that you make it in your official capacity and that it is accurate. After that it cannot be changed; a correction becomes a new version.
request-check-continue = Continue to attestation
checklist-status-ok = Ready
checklist-status-attention = Needs attention
checklist-status-na = Does not apply
check-company = Company
check-entity = Legal entity
check-intake = Intake
check-type = Type of request
check-preservation = Preservation
check-basis = Legal basis
check-provision = Provision relied on
check-reference = Reference
check-targets = Identifiers
check-sha256 = SHA-256
check-legal-process-file = Signed document

checklist-right-entity = Addressed to the legal entity that answers for the user
checklist-right-entity-why = A request to the wrong entity is returned or forwarded, which costs days.
checklist-official-sender = Sent from an official government address
checklist-official-sender-why = Companies accept requests only from verifiable officials; forged requests from personal addresses are common.
checklist-valid-basis = A valid legal basis is cited
checklist-valid-basis-why = Requests that do not name the law or order they rely on are refused.
checklist-content-process = Content and location have the right process
checklist-content-process-why = Companies disclose stored content and location only with a warrant, a treaty request or a production order their law recognises.
checklist-signed-process = Signed legal process is attached
checklist-signed-process-why = Missing, unsigned or incomplete process is one of the most common reasons for refusal.
checklist-exact-identifiers = Identifiers are exact and typed
checklist-exact-identifiers-why = Display names and vague identifiers lead to “no records found” or the wrong account.
checklist-ip-port-time = IP addresses have a time and a port
checklist-ip-port-time-why = Many users share one address; only the exact time and source port single one out.
checklist-narrow-scope = The scope is narrow
checklist-narrow-scope-why = Overbroad requests are refused or narrowed by the company.
checklist-emergency-threshold = The emergency facts meet the threshold
checklist-emergency-threshold-why = Each emergency request is judged on the facts it states: imminent risk, who, and why process is too slow.
checklist-translation = The company can read the process
checklist-translation-why = Process in a language the company cannot read waits for a translation.

## Attestation

request-attest-title = Attest the request
request-attest-intro = Read and confirm each statement. Your name and the time are recorded with the request.
request-attest-declarations = I confirm that
request-attest-official = I make this request in my official capacity, for the investigation named
request-attest-accurate = the information in it is accurate and complete to the best of my knowledge
request-attest-lawful = I am authorised to make it under the legal basis stated
request-attest-name = Your full name
request-attest-name-hint = As it should appear on the request.
request-attest-warning = After you attest, the request cannot be changed. A correction becomes a new version that refers to this one.
request-attest-submit = Attest and finish

## Confirmation

request-done-title = Request finished
request-done-version = version { $version }
request-done-attested = Attested by { $who }.
request-done-previous = See the version this one replaced
request-done-superseded = A newer version of this request exists.
request-done-open-next = Open the newer version
request-done-next = The request is final and can no longer change. Send it to the company above, or download the package and use the channel shown; keep the package ID for your case file.
request-done-new-version = Make a new version

## The package of a finished request

request-done-package = Package
request-done-package-intro = Package { $package }: the PDF for people, the JSON document for their systems, and a ZIP holding both, with any attached legal process, and a manifest of SHA-256 hashes. Every download gives the same bytes.
package-download-pdf = Download the PDF
package-download-json = Download the JSON document
package-download-zip = Download the ZIP bundle
package-request-kind = Records request: { $kind }
package-request-attestation = Attestation
package-request-attested-by = Attested by
package-request-attested-at = Attested at
package-request-no-port = none given
