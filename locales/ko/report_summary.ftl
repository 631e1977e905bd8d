# Labels of report fields that only the summary and the package show: the
# wizard does not ask them, an integrator's document may hold them.
report-account-service = 서비스
report-account-compromised = 계정이 탈취되었습니까?
report-file-exif = 파일의 EXIF 정보를 확인했습니까?
report-file-uploaded = 업로드 시각
report-incident-annotations = 신고 주석
report-legal-provision = 신고 근거 조항
report-legal-note = 법적 근거에 관한 메모
report-online-chat-note = 채팅에 관한 메모
report-online-email = 이메일 주소
report-online-email-note = 이 이메일 주소에 관한 메모
report-online-game = 게임 및 기기
report-online-game-note = 게임에 관한 메모
report-online-phone = 전화번호
report-online-phone-note = 전화번호에 관한 메모
report-online-offline = 인터넷 밖의 장소
report-online-p2p = P2P 클라이언트
report-online-p2p-files = 공유된 파일 이름
report-preserved-at = 보존 시각
report-section-ip-events = IP 접속 기록
report-section-recipients = 의도된 수신자
review-trace-returned-by = 작성자에게 반려한 사람
report-additional-report = 신고에 관한 그 밖의 사항
