# PDF labels of issue 18, translated by meaning from English.

package-emergency = அவசரம்
package-request-attested-statements = உறுதிப்படுத்திய கூற்றுகள்
answer-ndo-until = அறிவிப்பு தாமதத்தின் இறுதித் தேதி
answer-ndo-requested = பயனருக்கு அறிவிப்பு தாமதம்
answer-emergency-imminence = தீங்கு ஏன் உடனடியானது
answer-emergency-person = ஆபத்தில் உள்ளவர்
answer-emergency-why = வழக்கமான சட்ட நடைமுறை ஏன் மிகத் தாமதமாகும்
answer-legal-process-english = ஆங்கிலத்தில் அல்லது மொழிபெயர்ப்புடன்
answer-preservation-expiry = முதல் பாதுகாப்பு முடியும் தேதி
answer-data-details = பதிவுகளின் விவரம்
answer-reporter-name = அறிக்கையாளர் பெயர்
answer-reporter-email = அறிக்கையாளர் மின்னஞ்சல் முகவரி
answer-reporter-phone = அறிக்கையாளர் தொலைபேசி எண்
answer-le-contact-name = சட்ட அமலாக்கத் தொடர்பாளர்
answer-le-contact-email = சட்ட அமலாக்கத் தொடர்பாளர் மின்னஞ்சல்
answer-le-contact-phone = சட்ட அமலாக்கத் தொடர்பாளர் தொலைபேசி
