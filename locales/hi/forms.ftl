# PDF labels of issue 18, translated by meaning from English.

package-emergency = आपातकाल
package-request-attested-statements = प्रमाणित किए गए कथन
answer-ndo-until = सूचना में देरी की अंतिम तिथि
answer-ndo-requested = उपयोगकर्ता को सूचना में देरी
answer-emergency-imminence = नुकसान क्यों निकट है
answer-emergency-person = जोखिम में व्यक्ति
answer-emergency-why = सामान्य कानूनी प्रक्रिया क्यों धीमी होगी
answer-legal-process-english = अंग्रेज़ी में या अनुवाद सहित
answer-preservation-expiry = मूल संरक्षण की समाप्ति
answer-data-details = अभिलेखों का विस्तृत विवरण
answer-reporter-name = रिपोर्टकर्ता का नाम
answer-reporter-email = रिपोर्टकर्ता का ईमेल पता
answer-reporter-phone = रिपोर्टकर्ता का फ़ोन नंबर
answer-le-contact-name = कानून प्रवर्तन संपर्क
answer-le-contact-email = कानून प्रवर्तन संपर्क का ईमेल
answer-le-contact-phone = कानून प्रवर्तन संपर्क का फ़ोन
