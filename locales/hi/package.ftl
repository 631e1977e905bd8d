# पैकेज PDF के स्थिर शब्द, अंग्रेज़ी के साथ हिन्दी में छपते हैं। (PDF labels only: casebridge has no Hindi interface.)

package-sensitive = संवेदनशील
package-document-type = दस्तावेज़ का प्रकार
package-id = पैकेज आईडी
package-reference = दस्तावेज़ संदर्भ
package-sender = प्रेषक
package-recipient = प्राप्तकर्ता
package-created-utc = बनाने का समय (UTC)
package-created-local = बनाने का समय ({ $zone })
package-json-sha256 = document.json का SHA-256
package-page = पृष्ठ { $current } / { $total }
package-continued = (पिछले पृष्ठ से जारी)
package-training = प्रशिक्षण
package-training-note = प्रशिक्षण मोड में काल्पनिक डेटा से बनाया गया। यह वास्तविक अनुरोध या रिपोर्ट नहीं है।
