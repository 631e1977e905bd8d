# प्याकेज PDF का स्थिर शब्दहरू, अङ्ग्रेजीसँगै नेपालीमा छापिन्छन्। (PDF labels only: casebridge has no Nepali interface.)

package-sensitive = संवेदनशील
package-document-type = कागजातको प्रकार
package-id = प्याकेज आईडी
package-reference = कागजातको सन्दर्भ
package-sender = पठाउने
package-recipient = प्राप्तकर्ता
package-created-utc = बनाएको समय (UTC)
package-created-local = बनाएको समय ({ $zone })
package-json-sha256 = document.json को SHA-256
package-page = पृष्ठ { $current } / { $total }
package-continued = (अघिल्लो पृष्ठबाट)
package-training = तालिम
package-training-note = तालिम मोडमा काल्पनिक तथ्याङ्कबाट बनाइएको। यो वास्तविक अनुरोध वा प्रतिवेदन होइन।
