## The glossary page: the words the forms use, explained.

glossary-title = Words used in casebridge
glossary-intro = What the terms on the forms and in the guidance mean, in the sense companies and police use them when they exchange requests and reports.
glossary-link = Glossary of terms
glossary-from-guidance = The words used here are explained in the glossary.

glossary-preservation = Preservation request
glossary-preservation-meaning = Asks a company to keep the records it holds about an account as they are now, for a limited time (often 90 days), while the police obtain the order that lets the company disclose them. It discloses nothing by itself.
glossary-subscriber-information = Subscriber information
glossary-subscriber-information-meaning = What an account holder gave or the company logged when the account was made and used: name, email, phone, creation date, and the addresses it signed in from. Most companies disclose it on a subpoena or its local equivalent; content needs a stronger order.
glossary-legal-process = Legal process
glossary-legal-process-meaning = The order, warrant, subpoena or request under a law that obliges or allows a company to disclose records, signed by the person or court with the power to issue it. Companies check that it names the account precisely and comes from the right authority.
glossary-mlat = Mutual legal assistance (MLAT)
glossary-mlat-meaning = The treaty route for evidence held in another country: one government asks the other, whose courts issue the order that reaches the company. It is slow (often months), and many companies disclose content to foreign police only this way.
glossary-edr = Emergency disclosure request
glossary-edr-meaning = A request made without the usual order because a person faces a risk of death or serious harm now. The company decides whether the facts meet its emergency standard; the officer should say what the danger is, why it is immediate and how the records would help.
glossary-non-disclosure = Non-disclosure
glossary-non-disclosure-meaning = An order or request that the company does not tell the account holder about the request, usually for a set time, because telling them could put a child at risk or let evidence be destroyed. Without it many companies notify their users.
glossary-cgnat = Carrier-grade NAT (CGNAT)
glossary-cgnat-meaning = Mobile and many home networks share one public IP address among many customers at once. An address alone then points to hundreds of people; the provider needs the source port and the exact time, with its time zone, to find one.
glossary-ip-port-time = IP address, port and time
glossary-ip-port-time-meaning = The three facts that let an internet provider find who used an address: the address, the source port where networks share addresses, and the time to the second with its time zone. A report that has all three can be acted on; one missing often means it cannot.
glossary-hash = Hash (MD5, SHA-1, SHA-256)
glossary-hash-meaning = A short fingerprint computed from a file's bytes. The same file always gives the same hash, so it identifies a file without sharing it. Changing one byte changes the hash completely.
glossary-pdq = PDQ (perceptual hash)
glossary-pdq-meaning = A fingerprint of what an image looks like rather than of its bytes, so a resized or re-encoded copy still matches. Two PDQ hashes are compared by how many of their 256 bits differ (the distance); a small distance means a likely match.
glossary-industry-classification = Industry classification (A1, A2, B1, B2)
glossary-industry-classification-meaning = The categories companies use when reporting imagery to NCMEC: A for prepubescent and B for pubescent children, 1 for a sex act and 2 for lascivious exhibition. Only files a person at the company viewed should be classified.
glossary-cybertipline = CyberTipline
glossary-cybertipline-meaning = NCMEC's reporting system, where US-based companies must report apparent child sexual abuse material. NCMEC makes reports available to police in the country the incident points to, which is how most Asia-Pacific police receive them.
glossary-escalation = Escalation (imminent risk)
glossary-escalation-meaning = Marking a report as urgent because a child appears to be in danger now. casebridge then says so in the subject of its email and on the recipient's inbox, and NCMEC's form carries the reason in its escalation field.
