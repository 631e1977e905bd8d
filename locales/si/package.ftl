# පැකේජ PDF හි ස්ථාවර වචන, ඉංග්‍රීසි සමඟ සිංහලෙන් මුද්‍රණය වේ. (PDF labels only: casebridge has no Sinhala interface.)

package-sensitive = සංවේදී
package-document-type = ලේඛන වර්ගය
package-id = පැකේජ හැඳුනුම
package-reference = ලේඛන යොමුව
package-sender = යවන්නා
package-recipient = ලබන්නා
package-created-utc = සැකසූ වේලාව (UTC)
package-created-local = සැකසූ වේලාව ({ $zone })
package-json-sha256 = document.json හි SHA-256
package-page = පිටුව { $current } / { $total }
package-continued = (පෙර පිටුවෙන්)
package-training = පුහුණුව
package-training-note = පුහුණු ප්‍රකාරයේදී කල්පිත දත්ත භාවිතයෙන් සාදන ලදී. මෙය සැබෑ ඉල්ලීමක් හෝ වාර්තාවක් නොවේ.
