# Words of issue 18 (forms and documents people trust): the labels check
# your answers and the PDFs print in place of the forms' questions, and the
# PDF's emergency banner.

package-emergency = EMERGENCY
package-request-attested-statements = Statements attested
answer-ndo-until = Notice delayed until
answer-ndo-requested = Notice to the user delayed
answer-emergency-imminence = Why the harm is imminent
answer-emergency-person = Person at risk
answer-emergency-why = Why normal process is too slow
answer-legal-process-english = In English or with a translation
answer-preservation-expiry = Original preservation expires
answer-data-details = Records in detail
answer-reporter-name = Reporter's name
answer-reporter-email = Reporter's email address
answer-reporter-phone = Reporter's phone number
answer-le-contact-name = Law-enforcement contact
answer-le-contact-email = Law-enforcement contact's email
answer-le-contact-phone = Law-enforcement contact's phone

# NCMEC's report annotations, as a person reads them.
report-annotation-sextortion = Sextortion
report-annotation-csam-solicitation = Solicitation of child sexual abuse material
report-annotation-minor-to-minor-interaction = Interaction between minors
report-annotation-spam = Spam
report-annotation-sadistic-online-exploitation = Sadistic online exploitation
report-annotation-informational = Informational

# Error messages that name their field.
error-window-end-before-start = The end of the records period must be after its start
error-window-start-future = The start of the records period is in the future
error-window-end-future = The end of the records period is in the future: it can be today at the latest
error-data-range-end-before-start = The end of the date range must be after its start
error-data-range-start-future = The start of the date range is in the future
error-data-range-end-future = The end of the date range is in the future: it can be today at the latest
error-seen-future = The time the address was seen is in the future

# Which version a correction corrects, on lists and on check your answers.
document-corrects = Version { $version }: corrects { $reference }

# The report's account step: each box says what it holds.
report-account-email-slot = Email address { $number }
report-account-phone-slot = Phone number { $number }
report-account-emails-hint = Tick "Verified" if your platform confirmed the address.
report-account-phones-hint = In international form, starting with + and the country code. Tick "Verified" if your platform confirmed the number.

# Warnings for recommended fields, each a sentence of its own.
report-recommend-destination-zone = Choose the time zone of the receiving office if you know it: police read every time in it.
report-recommend-time-description = Say what the incident time refers to if you know: police often have to ask otherwise.
report-recommend-notice-received-at = Add when the authority’s notice or order arrived if you have it: police often have to ask for it otherwise.
report-recommend-account-emails = Add the reported account’s email addresses if you have them: police often have to ask for them otherwise.
report-recommend-account-esp-identifier = Add the reported account’s internal ID if you have it: police often have to ask for it otherwise.
report-recommend-account-location = Add the reported account’s estimated location if you have it: police often have to ask for it otherwise.
report-recommend-account-ip-events = Add the reported account’s IP capture events if you have them: police often have to ask for them otherwise.
report-recommend-le-contact-phone = Add a phone number law enforcement can reach at any hour if you have one: police often have to ask for it otherwise.
report-recommend-retention-days = Say how many days you keep the reported data: police need to know how long they have to ask for it.
report-recommend-victims = Add the victim’s details if you have them: police often have to ask for them otherwise.

# A report's time in the future, named by its field.
report-future-occurred = The time of the incident is in the future. Check the date, the time and the time zone.
report-future-aware = The time your company became aware is in the future. Check the date, the time and the time zone.
report-future-logged = The time the address was logged is in the future. Check the date, the time and the time zone.
report-future-started = The start of the session is in the future. Check the date, the time and the time zone.
report-future-ended = The end of the session is in the future. Check the date, the time and the time zone.
report-future-notice = The time the notice or order arrived is in the future. Check the date, the time and the time zone.
report-future-done = The time the duty was done is in the future. Check the date, the time and the time zone.
