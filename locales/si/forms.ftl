# PDF labels of issue 18, translated by meaning from English.

package-emergency = හදිසි
package-request-attested-statements = සහතික කළ ප්‍රකාශ
answer-ndo-until = දැනුම්දීම ප්‍රමාද කරන අවසන් දිනය
answer-ndo-requested = පරිශීලකයාට දැනුම්දීම ප්‍රමාද කිරීම
answer-emergency-imminence = හානිය ආසන්න වන්නේ ඇයි
answer-emergency-person = අවදානමට ලක්ව සිටින පුද්ගලයා
answer-emergency-why = සාමාන්‍ය නීති ක්‍රියාවලිය ප්‍රමාද වැඩි වන්නේ ඇයි
answer-legal-process-english = ඉංග්‍රීසියෙන් හෝ පරිවර්තනයක් සමඟ
answer-preservation-expiry = මුල් සංරක්ෂණය අවසන් වන දිනය
answer-data-details = වාර්තාවල විස්තරය
answer-reporter-name = වාර්තා කරන්නාගේ නම
answer-reporter-email = වාර්තා කරන්නාගේ විද්‍යුත් තැපැල් ලිපිනය
answer-reporter-phone = වාර්තා කරන්නාගේ දුරකථන අංකය
answer-le-contact-name = නීතිය ක්‍රියාත්මක කිරීමේ සම්බන්ධතාව
answer-le-contact-email = නීතිය ක්‍රියාත්මක කිරීමේ සම්බන්ධතාවේ විද්‍යුත් තැපෑල
answer-le-contact-phone = නීතිය ක්‍රියාත්මක කිරීමේ සම්බන්ධතාවේ දුරකථනය
