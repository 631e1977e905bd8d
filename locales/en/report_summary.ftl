# Labels of report fields that only the summary and the package show: the
# wizard does not ask them, an integrator's document may hold them.
report-account-service = Service
report-account-compromised = Was the account compromised?
report-file-exif = Were the file's EXIF data viewed?
report-file-uploaded = Uploaded
report-incident-annotations = Report annotations
report-legal-provision = Provision the report is made under
report-legal-note = Note on the legal basis
report-online-chat-note = Notes on the chat
report-online-email = Email addresses
report-online-email-note = Notes on these email addresses
report-online-game = Game and console
report-online-game-note = Notes on the game
report-online-phone = Phone number
report-online-phone-note = Notes on the phone number
report-online-offline = Place outside the internet
report-online-p2p = Peer-to-peer client
report-online-p2p-files = File names shared
report-preserved-at = Preserved at
report-section-ip-events = IP capture events
report-section-recipients = Intended recipient
review-trace-returned-by = Returned to its author by
report-additional-report = Anything else about the report
