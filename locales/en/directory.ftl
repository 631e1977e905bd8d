# The company directory.

nav-directory = Company directory
directory-title = Company directory
directory-intro = Where to send records requests, which legal entity answers for users in each country, and what legal process each kind of data needs.
directory-unverified-explained = Facts marked Unverified could not be confirmed from the company’s own published material. Check the company’s law-enforcement page before relying on them.
directory-company = Company
directory-services = Services
directory-intake = Where requests go
directory-unverified-count = Unverified facts
directory-entity-country = Incorporated in
directory-entity-serves = Answers for users in
directory-serves-all-others = Every country not listed under another entity
directory-channel = Channel
directory-address = Address
directory-request-types = Request types accepted
directory-accepted = Accepted
directory-process = Legal process needed
directory-limits = Limits
directory-max-range = Longest date range in one request
directory-preservation-days = Preservation period
directory-renewable = Preservation can be extended
directory-emergency = Emergency requests
directory-around-the-clock = Handled around the clock
directory-not-published = Not published
directory-days = { $days } days
directory-source = Source:
directory-checked = checked { $date }
tag-fictional = Fictional
yes = Yes
no = No

channel-portal = Online portal
channel-portal-kodex = Kodex portal
channel-email = Email
channel-web-form = Web form
channel-post = Post
channel-phone = Telephone
channel-none-published = None published

process-official-request = A written request on agency letterhead
process-local = Legal process of the requesting country
process-home-or-treaty = Legal process of the company’s home country, through a treaty (MLAT) or an agreement such as an international production order

## Correcting the directory (admins)

admin-directory-edit-link = Correct these facts
admin-directory-title = Correct { $company }
admin-directory-heading = Correct the directory
admin-directory-intro = Change what casebridge tells officers about this company. Give the source of each group of facts and the date you checked it; mark a fact verified only when the company’s own published material confirms it. Legal entities are changed in the shipped data file.
admin-directory-source = Source
admin-directory-source-hint = The address or document where you checked these facts.
admin-directory-checked = Date checked
admin-directory-status = Confirmed by the source?
admin-directory-verified = Verified
admin-directory-unverified = Unverified
admin-directory-note = Note
admin-directory-process-subscriber = Subscriber information
admin-directory-process-traffic = Traffic data and IP logs
admin-directory-process-content = Stored content
admin-directory-days-hint = In days. Leave empty if the company does not publish it.
admin-directory-save = Save corrections
admin-directory-history = Earlier corrections
admin-directory-no-history = None yet: these are the facts shipped with casebridge.
admin-directory-saved-title = Saved
admin-directory-saved = The directory is corrected. Officers see the new facts from now on.
error-admin-directory-source = Enter where these facts come from
error-admin-directory-checked-future = The date checked cannot be in the future
error-admin-directory-status = Say whether the source confirms these facts
error-admin-directory-choose = Choose one of the options
error-admin-directory-days = Enter a number of days from 1 to 3650, or leave it empty
error-admin-directory-types = Select at least one request type
error-admin-directory-address = Enter the address
error-admin-directory-invalid = These facts do not fit the rest of the directory: a fictional company must keep addresses on reserved .test or example domains
