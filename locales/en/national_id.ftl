# National identity numbers that casebridge refuses (src/domain/national_id.rs).

national-id-sg-nric-fin = Singapore NRIC or FIN number
national-id-kr-rrn = Korean resident registration number
national-id-in-aadhaar = Indian Aadhaar number
national-id-jp-my-number = Japanese My Number (individual number)
national-id-tw-national-id = Taiwanese national ID or resident certificate number
national-id-hk-hkid = Hong Kong identity card number
national-id-my-mykad = Malaysian MyKad number
national-id-id-nik = Indonesian NIK (population identity number)
national-id-th-citizen-id = Thai citizen identification number
national-id-pk-cnic = Pakistani CNIC number
national-id-lk-nic = Sri Lankan NIC number
national-id-vn-cccd = Vietnamese citizen identity card (CCCD) number

error-national-id = This looks like a national identity number ({ $id_type }). casebridge does not accept national identity numbers: the law in the country concerned restricts collecting them, and police can identify a person without one. Remove it, or describe the person another way.

warning-possible-national-id = This may be a national identity number ({ $id_type }). If it is one, remove it: casebridge does not accept national identity numbers. If it is something else, such as an account ID, an order number or a time, acknowledge this warning to confirm it is not an identity number.
