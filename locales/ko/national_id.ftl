# casebridge가 받지 않는 국가 신분증 번호(src/domain/national_id.rs).

national-id-sg-nric-fin = 싱가포르 NRIC 또는 FIN 번호
national-id-kr-rrn = 대한민국 주민등록번호
national-id-in-aadhaar = 인도 아드하르(Aadhaar) 번호
national-id-jp-my-number = 일본 마이넘버(개인번호)
national-id-tw-national-id = 대만 국민신분증 번호 또는 거류증 번호
national-id-hk-hkid = 홍콩 신분증(HKID) 번호
national-id-my-mykad = 말레이시아 마이카드(MyKad) 번호
national-id-id-nik = 인도네시아 주민등록번호(NIK)
national-id-th-citizen-id = 태국 국민신분증 번호
national-id-pk-cnic = 파키스탄 전산 신분증(CNIC) 번호
national-id-lk-nic = 스리랑카 국가신분증(NIC) 번호
national-id-vn-cccd = 베트남 시민신분증(CCCD) 번호

error-national-id = 국가 신분증 번호({ $id_type })로 보입니다. casebridge는 국가 신분증 번호를 받지 않습니다. 해당 국가의 법률이 이 번호의 수집을 제한하며, 경찰은 이 번호 없이도 사람을 식별할 수 있습니다. 번호를 지우거나 다른 방식으로 그 사람을 설명하십시오.

warning-possible-national-id = 국가 신분증 번호({ $id_type })일 수 있습니다. 신분증 번호라면 지우십시오. casebridge는 국가 신분증 번호를 받지 않습니다. 계정 ID, 주문 번호, 시각처럼 다른 번호라면 이 경고를 확인하여 신분증 번호가 아님을 알려 주십시오.
