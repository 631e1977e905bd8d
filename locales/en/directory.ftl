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

process-official-request = A written request on agency letterhead
process-local = Legal process of the requesting country
process-home-or-treaty = Legal process of the company’s home country, through a treaty (MLAT) or an agreement such as an international production order
