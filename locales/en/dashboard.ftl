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
