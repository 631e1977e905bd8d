# Follow-up: cases in a recipient's inbox and on the sender's side.

nav-inbox = Inbox
nav-cases = Sent cases

refusal-case-roles = Your role does not work with cases of this kind.
refusal-inbox-linked-only = Your organisation does not answer for a company or an authority on casebridge, so it has no inbox. An administrator can link it.
refusal-case-recipient-only = Only the recipient of the case can do this.
refusal-case-sender-only = Only the sender of the case can do this.

case-kind-request = Records request
case-kind-report = Report

case-status-received = Received
case-status-acknowledged = Acknowledged
case-status-in-progress = In progress
case-status-needs-clarification = Needs clarification
case-status-answered = Answered
case-status-completed = Completed
case-status-rejected = Rejected
case-status-withdrawn = Withdrawn

case-move-acknowledged = Acknowledge receipt
case-move-in_progress = Start work
case-move-needs_clarification = Ask the sender a question
case-move-needs_clarification-text = Your question to the sender
case-move-answered = Send the answer
case-move-answered-text = Your answer
case-move-completed = Mark as completed
case-move-rejected = Reject this case
case-move-rejected-text = Explain the rejection (needed when the reason is "Other")
case-move-withdrawn = Withdraw this case
case-move-withdrawn-text = Why you withdraw it
case-text-hint = Plain text only. Do not type national ID numbers: casebridge refuses them.
case-answer-version-hint = If the document itself must change, make a new version of it, finish it and send it again: it replaces this one on the case and answers the question.

case-reason-insufficient-legal-process = Insufficient legal process
case-reason-wrong-legal-entity = Wrong legal entity
case-reason-no-data-held = No data held
case-reason-overbroad = Overbroad
case-reason-not-our-service = Not our service
case-reason-duplicate = Duplicate
case-reason-other = Other
case-reason-no-location = No location
case-reason-no-ip-port-time = No IP address with port and time
case-reason-outside-jurisdiction = Outside our jurisdiction
case-reason-insufficient-content-description = Content not described well enough

case-feedback-actionable = Actionable
case-feedback-not-actionable = Not actionable
case-feedback-forwarded = Forwarded to another unit

case-outcome-produced = Records produced
case-outcome-no-records = No records
case-outcome-rejected = Rejected
case-outcome-none = No outcome yet

case-event-message = Message
case-event-version = New version of the document
case-event-version-detail = The document was replaced by version { $document }.
case-event-outcome = Outcomes recorded

case-inbox-title = Inbox
case-sent-title = Sent cases
case-inbox-empty = Nothing has been delivered to your organisation yet.
case-sent-empty = Your organisation has not delivered anything into a casebridge inbox yet.
case-list-showing = Showing { $from } to { $to } of { $total }
case-filter-search = Search
case-filter-search-hint = A reference such as CB-2026-000123 or part of one, a case number, a company, destination or words of the title, or an id
case-filter-status = Status
case-filter-kind = Type
case-filter-country = Sender country
case-filter-any = Any
case-filter-open = Open cases only
case-filter-apply = Apply filters
case-col-case = Case
case-col-from = From
case-col-to = To
case-col-status = Status
case-col-received = Received
case-col-target = Target
case-col-outcome = Outcome
case-urgent = Urgent
case-pages = Pages
case-page-prev = Previous page
case-page-next = Next page

case-title = Case
case-id = Case id
case-filter-from = Received from
case-filter-to = Received up to
case-sort-default = Urgent first, then oldest
case-urgent-request = Emergency request: a life may be at risk. Acknowledge it now.
case-urgent-report = A child may be at imminent risk. Acknowledge this report now.
case-row-status = Status
case-row-kind = Type
case-row-document = Document
case-row-sender = Sender
case-row-recipient = Recipient
case-row-received = Received
case-row-acknowledged = Acknowledged
case-row-reason = Reason
case-row-feedback = Feedback from the authority
case-outcomes-heading = Outcome per target
case-history-heading = History
case-actions-heading = What you can do
case-outcomes-give = Record outcomes
case-outcome-label = Outcome
case-outcome-produced-on = Date the records were produced
case-outcome-produced-on-hint = As 2026-12-01. casebridge never holds the records themselves.
case-outcome-channel = How they were sent
case-outcome-reason = Reason, if rejected
case-outcomes-save = Save outcomes
case-feedback-give = Tell the member whether you could act on the report
case-feedback-label = Could you act on it?
case-feedback-reason = Why not (when not actionable)
case-feedback-text = Details
case-feedback-text-hint = Needed for "Forwarded" (to which unit) and for the reason "Other".
case-feedback-save = Save feedback
case-reject-reason = Reason
case-message-heading = Send a message
case-message-label = Message
case-message-send = Send message

case-panel-heading = casebridge inbox
case-panel-linked = { $org } receives cases on casebridge. Delivering puts the package into its inbox, where both of you can follow it.
case-panel-deliver = Deliver to their casebridge inbox
case-panel-delivered = Delivered to { $org }:
case-panel-open = Open the case

case-error-unknown-org = There is no organisation with that slug.
case-error-unknown-company = There is no company with that id in the directory.
case-error-unknown-authority = There is no authority with that id in that jurisdiction's rule pack.
case-error-link-kind = A member organisation answers for a company, an authority organisation for a rule pack's authority.
case-error-link-taken = Another organisation already answers for that entry.
case-error-text-empty = Enter the words that go with this step.
case-error-reason = Choose a reason from the list.
case-error-outcome-kind = Outcomes are given for records requests only.
case-error-outcome-target = That target is not on the request.
case-error-outcome = Choose an outcome for at least one target.
case-error-produced-on = Enter the date the records were produced, as 2026-12-01, not in the future.
case-error-feedback-kind = Feedback is given on reports only.
case-error-feedback = Choose whether you could act on the report.
case-error-feedback-reason = Choose why you could not act on it.
case-error-training = Training documents never leave their workspace.
case-error-not-linked = Nobody on this casebridge answers for this recipient.
case-error-demo-to-real = Demo organisations exchange cases only with other demo organisations.

case-notice-urgent = URGENT: an emergency request, or a child at imminent risk.
case-notice-urgent-tag = [URGENT]
case-notice-subject = casebridge case { $case }: { $what }
case-notice-where = Read it and answer on casebridge: { $path }
case-notice-delivered = { $org } delivered a new case ({ $reference }) into your inbox.
case-notice-delivered-short = new case
case-notice-acknowledged = { $org } acknowledged receipt of case { $case }.
case-notice-acknowledged-short = acknowledged
case-notice-in-progress = { $org } started work on case { $case }.
case-notice-in-progress-short = in progress
case-notice-needs-clarification = { $org } asks a question about case { $case }.
case-notice-needs-clarification-short = question for you
case-notice-answered = { $org } answered your question on case { $case }.
case-notice-answered-short = answered
case-notice-completed = { $org } completed case { $case }.
case-notice-completed-short = completed
case-notice-rejected = { $org } rejected case { $case }.
case-notice-rejected-short = rejected
case-notice-withdrawn = { $org } withdrew case { $case }.
case-notice-withdrawn-short = withdrawn
case-notice-message = { $org } sent a message on case { $case }.
case-notice-message-short = new message
case-notice-version = { $org } sent a new version ({ $reference }) of the document on case { $case }.
case-notice-version-short = new version
case-notice-outcome = { $org } recorded outcomes on case { $case }.
case-notice-outcome-short = outcomes
case-notice-feedback = { $org } gave feedback on your report (case { $case }).
case-notice-feedback-short = feedback
case-error-nothing-to-withdraw = Nothing of this document is open in a casebridge inbox, so there is nothing to withdraw.
api-case-cursor = The cursor is not one this list gave out.
api-case-query = A list filter is not understood: use status, kind, country, q, open, limit and cursor.
api-case-status = The status must be one of acknowledged, in_progress, needs_clarification, answered, completed, rejected or withdrawn.

case-notice-unacknowledged = Case { $case } is urgent and has not been acknowledged yet. Acknowledge it now.
case-notice-unacknowledged-short = urgent, not acknowledged
case-notice-unacknowledged-sender = { $org } has not acknowledged your urgent case { $case } yet. Consider calling their emergency line.
case-notice-unacknowledged-sender-short = urgent, not acknowledged
case-notice-preservation = The preservation requested in { $reference } runs out on { $case }, in { $org } days or less. If the records are still needed, request an extension now.
case-notice-preservation-short = preservation runs out soon
case-unacknowledged = Not acknowledged within { $minutes } minutes
preservation-heading = Preservation
preservation-until = Preserved until { $date } ({ $days } days from delivery on { $delivered }, the company's stated period).
preservation-days-left = { $days ->
    [one] One day left.
   *[other] { $days } days left.
}
preservation-expired = This preservation has run out.
preservation-not-renewable = The directory says this company does not extend preservations; a new request may be needed.
preservation-extend = Request an extension
