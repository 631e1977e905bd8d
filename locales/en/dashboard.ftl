# The dashboard and the administration overview.

dashboard-title = Your dashboard
dashboard-documents = Requests and reports
dashboard-no-documents = Your organisation has no requests or reports yet.
dashboard-account = Your account
document-reference = Reference
document-title = Title
document-status = Status
document-updated = Last updated (UTC)

account-name = Name
account-email = Email address
account-role = Role
account-organisation = Organisation
account-country = Country

admin-title = Administration
admin-intro = Organisations, accounts and the latest audit entries of this casebridge installation. Add organisations and accounts with the casebridge command line.
admin-orgs = Organisations
admin-org-name = Name
admin-org-slug = Slug
admin-org-kind = Kind
admin-org-country = Country
admin-org-answers-for = Answers for
org-link-change = Change
org-link-title = Link { $org }
org-link-heading = What this organisation answers for
org-link-intro-member = A member organisation answers for its company in the directory: records requests to any of the company's legal entities are delivered into its casebridge inbox.
org-link-intro-authority = An authority organisation answers for one authority of a rule pack: reports to that authority are delivered into its casebridge inbox.
org-link-kind-cannot = Only member and authority organisations receive documents, so this organisation cannot be linked.
org-link-current = Linked now: { $entry }
org-link-demo = This is a demo organisation: it can receive only from other demo organisations, and its mail goes to the outbox folder only.
org-link-label = Directory entry
org-link-hint = Each entry can be linked to one organisation only.
org-link-none = Not linked: nothing is delivered to its inbox
org-link-save = Save link
org-link-saved-title = Link saved
org-link-saved = The organisation's link is saved and recorded in the audit log.
org-link-error-choose = Choose an entry from the list
admin-users = Accounts
admin-audit = Latest audit entries
admin-audit-at = Time (UTC)
admin-audit-action = Action
admin-audit-actor = Account
admin-audit-ip = Address

dashboard-new-request = Start a new records request
dashboard-notice-title = Done
dashboard-saved = Your answers have been saved. Open the request from the list below to carry on.
dashboard-deleted = The draft has been deleted.
status-draft = Draft
dashboard-status-superseded = Replaced by a newer version
status-final = Finished
