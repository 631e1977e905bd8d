# Fixed words printed on every package PDF. The PDF shows them in English and
# in the recipient's language.

package-sensitive = SENSITIVE
package-document-type = Document type
package-id = Package ID
package-reference = Document reference
package-sender = Sender
package-recipient = Recipient
package-created-utc = Created (UTC)
package-created-local = Created ({ $zone })
package-json-sha256 = SHA-256 of document.json
package-page = Page { $current } of { $total }
package-continued = (continued)
package-training = TRAINING
package-training-note = Made in training mode with fictional data. Not a real request or report.
