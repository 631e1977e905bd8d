# PDF labels of issue 18, translated by meaning from English.

package-emergency = आपतकालीन
package-request-attested-statements = प्रमाणित गरिएका कथनहरू
answer-ndo-until = सूचना ढिलो गर्ने अन्तिम मिति
answer-ndo-requested = प्रयोगकर्तालाई सूचना ढिलो गर्ने
answer-emergency-imminence = हानि किन नजिकै छ
answer-emergency-person = जोखिममा रहेको व्यक्ति
answer-emergency-why = सामान्य कानुनी प्रक्रिया किन ढिलो हुन्छ
answer-legal-process-english = अङ्ग्रेजीमा वा अनुवादसहित
answer-preservation-expiry = मूल संरक्षण सकिने मिति
answer-data-details = अभिलेखको विस्तृत विवरण
answer-reporter-name = रिपोर्टकर्ताको नाम
answer-reporter-email = रिपोर्टकर्ताको इमेल ठेगाना
answer-reporter-phone = रिपोर्टकर्ताको फोन नम्बर
answer-le-contact-name = कानुन कार्यान्वयन सम्पर्क
answer-le-contact-email = कानुन कार्यान्वयन सम्पर्कको इमेल
answer-le-contact-phone = कानुन कार्यान्वयन सम्पर्कको फोन
