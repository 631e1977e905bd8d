# தொகுப்பு PDF இன் நிலையான சொற்கள், ஆங்கிலத்துடன் தமிழில் அச்சிடப்படும். (PDF labels only: casebridge has no Tamil interface.)

package-sensitive = உணர்திறன் வாய்ந்தது
package-document-type = ஆவண வகை
package-id = தொகுப்பு அடையாள எண்
package-reference = ஆவணக் குறிப்பு எண்
package-sender = அனுப்புநர்
package-recipient = பெறுநர்
package-created-utc = உருவாக்கிய நேரம் (UTC)
package-created-local = உருவாக்கிய நேரம் ({ $zone })
package-json-sha256 = document.json இன் SHA-256
package-page = பக்கம் { $current } / { $total }
package-continued = (முந்தைய பக்கத்திலிருந்து)
package-training = பயிற்சி
package-training-note = பயிற்சி முறையில் கற்பனைத் தரவுகளுடன் உருவாக்கப்பட்டது. இது உண்மையான கோரிக்கையோ அறிக்கையோ அல்ல.
