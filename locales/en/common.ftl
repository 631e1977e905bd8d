# Layout, navigation and words used on many pages.

skip-to-main = Skip to main content
nav-label = Main menu
nav-dashboard = Dashboard
nav-admin = Administration
nav-sign-out = Sign out
language-switcher-label = Language
banner-demo = Demo organisation: everything here is fictional and nothing can be sent to a real recipient.
footer-fictional-data = Demos and training use fictional people, accounts and addresses only. Never enter real case data in a demo organisation.
session-idle-notice = For your security, you will be signed out after { $minutes } minutes without activity. Every step you complete is saved.

optional = (optional)
not-provided = Not provided
change = Change
back = Back
continue = Continue
save-and-return = Save and come back later
warning = Warning
select-placeholder = Choose one
step-indicator = Step { $current } of { $total }
fact-unverified = Unverified

status-completed = Completed
status-incomplete = Incomplete
status-cannot-start = Cannot start yet

tag-demo = Demo
tag-training = Training
tag-disabled = Disabled

datetime-day = Day
datetime-month = Month
datetime-year = Year
datetime-hour = Hour
datetime-minute = Minute
datetime-zone = Time zone
datetime-second = Second (if known)
datetime-zone-search = Find a zone
datetime-zone-likely = UTC and this region's zones
datetime-zone-others = All other zones

role-officer = Law-enforcement officer
role-member-analyst = Safety analyst
role-member-reviewer = Safety reviewer
role-trainer = Trainer
role-admin = Administrator

org-kind-agency = Law-enforcement agency
org-kind-member = Technology company
org-kind-authority = Receiving authority
org-kind-operator = casebridge operator
session-timeout-title = You are about to be signed out
session-timeout-warning = For your security, casebridge will sign you out in 2 minutes or less because there has been no activity. What you have completed is saved.
session-stay-signed-in = Stay signed in

request-type-preservation = Preservation
request-type-emergency = Emergency disclosure
request-type-subscriber = Basic subscriber information
request-type-traffic = Traffic data and IP logs
request-type-content = Stored content
