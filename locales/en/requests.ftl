# The records-request builder.

guidance-why = Why this matters
request-untitled = New records request
request-reference = Reference:

request-start-title = Build a records request to a technology company
request-start-intro = casebridge walks you through a request that the company can act on without writing back: the right legal entity, the right legal process, exact identifiers and time windows.
request-start-need-heading = What you need
request-start-need-process = the legal process you hold, or the reason for an emergency or preservation request
request-start-need-targets = the account identifiers: usernames, account numbers, email addresses, phone numbers, IP addresses with their ports
request-start-need-times = the date, time and time zone of each event you ask about
request-start-need-emergency = for an emergency: who is at risk, why it is imminent, a 24/7 callback number and your supervisor’s name
request-start-saved = It takes about 15 minutes. Every step is saved when you continue, so you can stop and come back later.
request-start-button = Start now

request-overview-title = Your records request
request-overview-intro = Complete each section. You can come back to any of them before you attest the request.
request-step-company = Company and legal entity
request-step-type = Type of request
request-duplicate = Duplicate this request
request-delete = Delete this draft

request-company-question = Which company holds the records?
request-company-hint = Choose the service the account is on. casebridge knows which legal entity of the company answers for users in your country.
request-company-why = Companies answer through the legal entity responsible for the user’s region. A request sent to the wrong entity may be returned unprocessed, which costs days.
error-request-company-empty = Select the company that holds the records

request-entity-question = Which legal entity should the request be addressed to?
request-entity-hint = Address the entity that answers for the users whose records you need.
request-entity-serves = Answers for users in: { $countries }
request-entity-expected = For users in your country, the company says { $entity } answers.
error-request-entity-empty = Select the legal entity to address the request to

request-type-question = What type of request is this?
request-type-preservation-hint = Asks the company to keep records while you obtain legal process. It does not disclose anything.
request-type-emergency-hint = Only when someone faces an imminent risk of death or serious physical injury and normal process would be too slow.
request-type-subscriber-hint = Name, email, phone and sign-up details the user gave, and when and from where the account was created.
request-type-traffic-hint = Logs of activity such as sign-ins with IP addresses, ports and times, without the content of messages.
request-type-content-hint = Messages, posts, images and other stored content. Usually needs a warrant through a treaty or an international production order.
request-type-not-accepted = { $company } does not take these request types from agencies outside its home country: { $types }.
request-type-unverified = casebridge could not confirm from the company’s own material which request types it accepts.
request-type-why = Each type needs different facts and different legal process. Choosing the right one first means you are only asked what this request needs.
error-request-type-empty = Select the type of request

request-delete-title = Delete this draft?
request-delete-body = The draft and its answers will be deleted. This cannot be undone.
request-delete-confirm = Delete draft
request-delete-cancel = Keep the draft

request-step-basis = Legal basis
request-basis-question = What legal authority is the request made under?
request-basis-hint = Companies refuse requests that do not name a valid legal basis.
basis-preservation-pending = No process yet: preserve the records while I obtain it
basis-emergency-disclosure = Emergency disclosure, without legal process
basis-domestic-request = A written request under a law of my country
basis-domestic-order = A court order, warrant or production order of my country
basis-mlat = A mutual legal assistance request (treaty or letters rogatory)
basis-production-order = An international production order under an agreement between my country and the company’s
request-basis-provision = Which law, order or treaty do you rely on?
request-basis-provision-hint = Name the provision, for example the section of your cybercrime law, or the treaty.
request-basis-reference = Reference of the order or request
request-basis-reference-hint = The number on the court order, warrant or treaty request.
request-basis-why = Providers check that the authority you cite lets them disclose the data you ask for. Naming it exactly avoids a request for clarification.
request-basis-route-intro = The records you ask for need process of the company’s home country.
request-basis-route-link = See how to obtain them from your country
error-basis-empty = Select the legal authority the request is made under
error-basis-not-for-type = This legal authority does not fit the type of request you chose
error-basis-needs-home-process = This company releases these records only on process of its home country: use a mutual legal assistance request, or an international production order where an agreement allows one
error-basis-no-agreement = Your country has no agreement in force with the company’s country that allows an international production order
error-basis-provision-empty = Enter the law, order or treaty the request relies on
error-basis-provision-long = The legal basis must be 500 characters or fewer
error-basis-reference-long = The reference must be 200 characters or fewer

request-route-title = How to obtain these records
request-route-why = { $entity } holds the records under the law of { $country }. It releases them only on legal process of that country, which an agency abroad reaches through one of the routes below.
request-route-options = Your options
request-route-ipo-heading = International production order
request-route-ipo = An agreement between { $country } and the company’s country has been in force since { $date }. It lets your agency serve an order directly on the company.
request-route-no-ipo = No agreement that allows international production orders is in force between { $country } and the company’s country.
request-route-mlat-heading = Mutual legal assistance
request-route-mlat = Your central authority sends a request under a mutual legal assistance treaty, or letters rogatory, to the authorities of { $country }, who obtain the order there. Ask your central authority how long this takes; months are common.
request-route-preserve-heading = Preserve the records now
request-route-preserve = While the request travels, ask the company to preserve the records so they are not deleted. Preservation needs no process and most companies hold records for 90 days, often renewable.
request-route-preserve-link = Start a preservation request

request-step-requester = Requesting officer and agency
request-requester-question = Who is making the request?
request-requester-intro = Companies check that a request comes from a real officer of a real agency before they answer. What your account already knows is filled in.
request-requester-name = Full name
request-requester-rank = Rank or title
request-requester-rank-hint = For example, Police Inspector.
request-requester-badge = Badge or staff number
request-requester-email = Official email address
request-requester-domains = Must be on a government domain of your agency’s country: { $domains }.
request-requester-phone = Telephone number
request-requester-phone-hint = A number the company can call back, with the country code if it is not in your agency’s country.
request-requester-agency = Agency
request-requester-unit = Unit or branch
request-requester-case = Case or reference number
request-requester-case-hint = Your agency’s own reference, so the company can quote it in its answer.
request-requester-offence = Offence under investigation
request-requester-offence-hint = Name the offence and the law that creates it. Do not include national identity numbers.
request-requester-why = Companies refuse requests they cannot verify. Fraudsters send fake requests from personal or compromised mailboxes, so companies look for an official address, a rank, a badge number and a case reference.
error-requester-name-empty = Enter your full name
error-requester-rank-empty = Enter your rank or title
error-requester-badge-empty = Enter your badge or staff number
error-requester-agency-empty = Enter the name of your agency
error-requester-case-empty = Enter your case or reference number
error-requester-offence-empty = Enter the offence under investigation
error-requester-too-long = This answer must be 500 characters or fewer
error-phone-empty = Enter a telephone number
error-phone-invalid = Enter a telephone number that exists, like 0917 555 0101 or +63 917 555 0101

request-step-preservation = Preservation details
request-preservation-question = Is this a first preservation request or an extension?
request-preservation-original = A first request to preserve these records
request-preservation-extension = An extension of a preservation that is still running
request-preservation-extension-hint = Most companies keep preserved records for 90 days and accept one renewal before they run out.
request-preservation-if-extension = If it is an extension, tell us about the original preservation.
request-preservation-reference = The company’s reference for the original preservation
request-preservation-reference-hint = It is in the company’s confirmation of the first request.
request-preservation-expiry = When does the original preservation run out?
request-preservation-expiry-hint = For example, 27 2 2027.
request-preservation-why = An extension that names the original reference lets the company find the preserved records at once. Once a preservation has run out, the records may be deleted and only a new request can help.
error-preservation-kind-empty = Select whether this is a first request or an extension
error-preservation-reference-empty = Enter the company’s reference for the original preservation
error-preservation-expired = The original preservation ran out on { $date }: it cannot be extended. Send a first preservation request instead
error-date-empty = Enter the date
error-date-incomplete = Enter the day, month and year
error-date-invalid = Enter a real date

## What to include, for the first steps

request-company-include = The service where you saw the account. If the user may be in another region, say where in the targets step: casebridge warns when that region is served by another entity.
request-type-include = Preservation first when you still need time to obtain process; emergency only for an imminent risk to life or safety; otherwise the narrowest type that covers the records you need.
request-basis-include = The exact provision and the order’s own reference number, as printed on the document you will upload.
request-requester-include = Your name, rank and badge number as the company can verify them, an address on your agency’s official domain, a phone number with country code, and the case reference you will quote in any follow-up.
request-preservation-include = For an extension: the company’s reference from its acknowledgement of the first request, and the date the preservation ends.

basis-summary-preservation-pending = Preservation while legal process is obtained
basis-summary-emergency-disclosure = Emergency disclosure, without legal process
basis-summary-domestic-request = Written request under a law of the requesting country
basis-summary-domestic-order = Court order, warrant or production order of the requesting country
basis-summary-mlat = Mutual legal assistance request (treaty or letters rogatory)
basis-summary-production-order = International production order under an agreement between the requesting country and the company’s country
