## Accounts: sign-up, second factor, password reset, invitations, the
## account page and an organisation's people.

role-org-admin = Organisation admin
nav-people = People
nav-account = Your account
support-label = Help:

login-welcome = Your password is set. Sign in with it.
login-password-changed = Your password is changed and every session was signed out. Sign in with the new one.
login-forgot = Forgot your password?
login-signup = No account yet? Create one
error-login-unverified = Confirm your email address first: follow the link we sent when you signed up.
error-login-awaiting-approval = Your account is waiting for approval. You will get an email when it is approved.
error-login-refused-signup = Your sign-up was not approved. Ask your organisation’s admin if you think this is wrong.

signup-title = Create an account
signup-intro = Officers sign up with the email address of their agency on their country’s government domain. Safety teams sign up with an address on a domain their organisation has declared on casebridge.
signup-email-label = Work email address
signup-email-hint = We send a link to this address. It works once, for 24 hours.
signup-name-label = Full name
signup-name-hint = As colleagues and recipients know you, with your rank if you use one.
signup-agency-label = Your agency
signup-agency-hint = Officers only. Safety teams join the organisation that declared their email domain.
signup-agency-not-listed = My agency is not listed
signup-new-agency-label = Your agency’s name, if it is not listed
signup-new-agency-hint = The operator of casebridge checks a new agency before anyone from it can sign in.
signup-password-label = Create a password
signup-password-hint = At least 12 characters. A few unrelated words are easier to remember than symbols and just as hard to guess.
signup-submit = Create account
signup-have-account = I already have an account: sign in
signup-error-name = Enter your full name
signup-error-domain = Use your work email address. Accepted: a government domain ({ $domains }) or a domain your organisation has declared on casebridge.
signup-error-agency = Choose your agency, or choose “My agency is not listed” and enter its name
signup-error-new-agency = Enter your agency’s name
signup-error-agency-elsewhere = Choose an agency in { $country }, the country of your email address
signup-sent-title = Check your email
signup-sent = If the address can be used, we have sent it a link. Follow it within 24 hours to confirm your address.
signup-sent-next = After that, your organisation’s admin (or the operator of casebridge) approves your account, and you can sign in.
signup-verify-title = Confirm your email address
signup-verify-intro = Confirm that this is your address to continue your sign-up.
signup-verify-submit = Confirm my address
signup-verified-title = Your address is confirmed
signup-verified-org-admins = Your organisation’s admin will approve your account: { $names }.
signup-verified-operator = The operator of casebridge will approve your account, because your organisation has no admin on casebridge yet.
signup-verified-next = You will get an email when your account is approved.
signup-again = Sign up again
link-invalid-title = This link no longer works
link-invalid = Links work once and for a limited time, and a newer link replaces an older one. Ask for a new one.

second-factor-title = Enter the code from your authenticator app
second-factor-intro = Open the authenticator app you set up for casebridge and enter the 6-digit code it shows.
second-factor-code-label = Code
second-factor-code-hint = 6 digits, or one of your recovery codes.
second-factor-submit = Continue
second-factor-lost = Lost your phone? Use a recovery code, or ask your organisation’s admin to reset your second factor.
second-factor-error-empty = Enter the code from your authenticator app
second-factor-error-wrong = The code is not right or was already used. Enter the code your app shows now.
second-factor-error-throttled = Too many wrong codes. Try again in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
second-factor-setup-title = Set up your second factor
second-factor-setup-intro = Your account needs a code from an authenticator app at each sign-in, so that a stolen password is not enough to send a request in your name.
second-factor-setup-step-app = Install an authenticator app on your phone, if you do not have one.
second-factor-setup-step-scan = Scan this QR code with the app, or type the key below into it.
second-factor-setup-step-code = Enter the 6-digit code the app shows.
second-factor-setup-key = Key:
second-factor-setup-submit = Turn on the second factor
second-factor-recovery-title = Keep your recovery codes
second-factor-recovery-intro = If you lose your phone, each of these codes signs you in once. Print them or keep them somewhere safe: they are not shown again.
second-factor-recovery-done = I have kept my codes, continue

password-forgot-title = Reset your password
password-forgot-intro = Enter the email address of your account. We send it a link to set a new password.
password-forgot-submit = Send the link
password-forgot-sent-title = Check your email
password-forgot-sent = If the address belongs to an account, we have sent it a link. It works once, for 1 hour.
password-back-to-sign-in = Back to sign-in
password-reset-title = Set a new password
invitation-title = Set your password
password-new-for = For the account { $email }.
password-new-label = New password
password-confirm-label = Type the new password again
password-new-submit = Save the password
password-error-mismatch = The two passwords are not the same

account-title = Your account
account-done-title = Saved
account-done-profile = Your profile is saved.
account-done-sessions = Your other sessions are signed out.
account-profile-heading = Profile
account-profile-intro = Your rank, badge number and telephone fill in the officer’s details of each new request.
account-name-label = Full name
account-rank-label = Rank
account-badge-label = Badge or service number
account-phone-label = Telephone
account-phone-hint = With the country code, for example +63 2 8123 4567.
account-profile-save = Save profile
account-error-too-long = Use at most { $max } characters, without line breaks
account-factor-heading = Second factor
account-factor-enrolled = Your authenticator app is set up. Recovery codes left: { $left }.
account-factor-next-sign-in = You set up an authenticator app at your next sign-in.
account-factor-demo = Demo accounts sign in without a second factor. A real deployment requires one for officers, reviewers and admins.
account-sessions-heading = Where you are signed in
account-sessions-device = Browser
account-sessions-address = Address
account-sessions-since = Signed in
account-sessions-last-seen = Last seen
account-sessions-this = This browser
account-sessions-end-others = Sign out everywhere else

people-title = People of { $org }
people-heading = People
people-operator-approves = This organisation has no admin of its own yet, so the operator approves its sign-ups. Make one of its people an organisation admin to hand this over.
people-name = Name
people-role = Role
people-state = Account
people-factor = Second factor
people-factor-yes = Set up
people-factor-no = Not set up
people-actions = Actions
people-state-unverified = Address not confirmed
people-state-waiting = Waiting for approval
people-state-active = Active
people-state-refused = Refused
people-state-disabled = Disabled
people-approve = Approve
people-refuse = Refuse
people-role-for = Role of { $name }
people-change-role = Change role
people-disable = Disable
people-enable = Enable
people-reset-factor = Reset second factor
people-done-title = Done
people-done-approved = The account is approved, and its owner is told by email.
people-done-refused = The sign-up is refused.
people-done-disabled = The account is disabled and signed out everywhere.
people-done-enabled = The account is enabled.
people-done-factor-reset = The second factor is reset: its owner sets up a new one at the next sign-in and is told by email.
people-done-role = The role is changed. Its owner signs in again to use it.
people-done-invited = The invitation is sent.
people-invite-heading = Invite someone
people-invite-email = Their work email address
people-invite-name = Their full name
people-invite-role = Their role
people-invite-submit = Send invitation
people-audit-heading = Your organisation’s audit log
people-audit-at = When (UTC)
people-audit-action = What
people-audit-subject = About
people-error-action = Choose what to do
people-error-choose-role = Choose a role
people-error-not-waiting = That account is not waiting for approval
people-error-not-yourself = You cannot change your own account here: ask another admin
people-error-org-decides = This organisation has its own admin, who decides on its sign-ups
people-error-role-kind = That role does not exist in this kind of organisation
people-error-address-taken = That address already has an account

account-mail-verify-subject = casebridge: confirm your email address
account-mail-verify = Someone signed up for casebridge with this address, for { $org }. If it was you, follow this link within { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} to confirm it:
account-mail-ignore = If you did not ask for this, ignore this email: nothing happens without the link.
account-mail-exists-subject = casebridge: you already have an account
account-mail-exists = Someone tried to sign up for casebridge with this address, which already has an account. If you forgot your password, reset it here:
account-mail-reset-subject = casebridge: reset your password
account-mail-reset = Someone asked to reset the password of your casebridge account at { $org }. If it was you, follow this link within { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}:
account-mail-invite-subject = casebridge: you are invited
account-mail-invite = You are invited to casebridge by { $org }. Follow this link within { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} to set your password:
account-mail-waiting-subject = casebridge: a sign-up waits for your approval
account-mail-waiting = { $name } ({ $email }) signed up for { $org } and confirmed the address. Approve or refuse the account here:
account-mail-approved-subject = casebridge: your account is approved
account-mail-approved = Your casebridge account at { $org } is approved. You can sign in:
account-mail-changed-subject = casebridge: your account changed
account-mail-password-changed = The password of your casebridge account was changed, and every session was signed out.
account-mail-factor-enrolled = A second factor (an authenticator app) was set up for your casebridge account.
account-mail-factor-reset = Your organisation’s admin reset the second factor of your casebridge account. You set up a new one at your next sign-in.
account-mail-not-you = If this was not you, tell your organisation’s admin at once.

token-heading = API tokens
token-intro = A token lets your organisation’s own system use the casebridge API in your name. Give each system its own token, with the narrowest scope it needs.
token-new-once = Copy this token now: it is not shown again.
token-name = Name
token-scope = Scope
token-expires = Expires (UTC)
token-last-used = Last used (UTC)
token-never = Never
token-unused = Not yet
token-dead = Revoked or expired
token-revoke = Revoke { $name }
token-name-label = Name of the system that will use it
token-name-hint = For example “case management (test)”.
token-scope-label = What it may do
token-scope-validate = Validate only: check documents against the rules
token-scope-documents = Documents: create, change and submit documents, read packages and cases
token-scope-delivery = Packages and delivery: everything above, and send, deliver and act on cases
token-expiry-label = Expires after
token-expiry-days = { $days } days
token-create = Create token
token-error-name = Enter a name of at most 120 characters
token-error-scope = Choose what the token may do
token-error-expiry = Choose when the token expires
account-done-token-revoked = The token is revoked: calls with it are refused from now on.
