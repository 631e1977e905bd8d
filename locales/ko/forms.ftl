# 이슈 18(신뢰할 수 있는 양식과 문서)의 문구: 답변 확인 화면과 PDF가 양식의
# 질문 대신 쓰는 항목 이름, PDF의 긴급 표시.

package-emergency = 긴급
package-request-attested-statements = 확인한 진술
answer-ndo-until = 통지 유예 종료일
answer-ndo-requested = 사용자 통지 유예
answer-emergency-imminence = 위해가 임박한 이유
answer-emergency-person = 위험에 처한 사람
answer-emergency-why = 일반 법적 절차가 너무 느린 이유
answer-legal-process-english = 영어 또는 영어 번역 포함
answer-preservation-expiry = 최초 보전 만료일
answer-data-details = 요청 기록 상세
answer-reporter-name = 신고자 이름
answer-reporter-email = 신고자 이메일 주소
answer-reporter-phone = 신고자 전화번호
answer-le-contact-name = 수사기관 연락 담당자
answer-le-contact-email = 수사기관 연락 담당자 이메일
answer-le-contact-phone = 수사기관 연락 담당자 전화번호

# NCMEC 신고 주석을 사람이 읽는 말로.
report-annotation-sextortion = 성착취 협박
report-annotation-csam-solicitation = 아동 성착취물 요구
report-annotation-minor-to-minor-interaction = 미성년자 간 상호작용
report-annotation-spam = 스팸
report-annotation-sadistic-online-exploitation = 가학적 온라인 착취
report-annotation-informational = 참고용

# 어느 항목인지 밝히는 오류 메시지.
error-window-end-before-start = 기록 기간의 끝은 시작보다 뒤여야 합니다
error-window-start-future = 기록 기간의 시작이 미래입니다
error-window-end-future = 기록 기간의 끝이 미래입니다. 늦어도 오늘까지여야 합니다
error-data-range-end-before-start = 날짜 범위의 끝은 시작보다 뒤여야 합니다
error-data-range-start-future = 날짜 범위의 시작이 미래입니다
error-data-range-end-future = 날짜 범위의 끝이 미래입니다. 늦어도 오늘까지여야 합니다
error-seen-future = 주소가 확인된 시각이 미래입니다

# 정정본이 어느 판을 바로잡는지, 목록과 답변 확인 화면에.
document-corrects = 버전 { $version }: { $reference }의 정정본

# 신고 계정 단계: 각 입력란이 무엇을 담는지 밝힘.
report-account-email-slot = 이메일 주소 { $number }
report-account-phone-slot = 전화번호 { $number }
report-account-emails-hint = 플랫폼이 주소를 확인했다면 "인증됨"에 표시하십시오.
report-account-phones-hint = +와 국가 번호로 시작하는 국제 형식으로 적으십시오. 플랫폼이 번호를 확인했다면 "인증됨"에 표시하십시오.

# 권장 항목 경고: 항목마다 완결된 문장.
report-recommend-destination-zone = 알고 있다면 수신 사무소의 시간대를 고르십시오. 경찰은 모든 시각을 그 시간대로 읽습니다.
report-recommend-time-description = 알고 있다면 사건 시각이 무엇을 가리키는지 적으십시오. 그렇지 않으면 경찰이 따로 물어야 하는 경우가 많습니다.
report-recommend-notice-received-at = 있다면 기관의 통지나 명령이 도착한 시각을 추가하십시오. 그렇지 않으면 경찰이 따로 물어야 하는 경우가 많습니다.
report-recommend-account-emails = 있다면 신고 대상 계정의 이메일 주소를 추가하십시오. 그렇지 않으면 경찰이 따로 물어야 하는 경우가 많습니다.
report-recommend-account-esp-identifier = 있다면 신고 대상 계정의 내부 ID를 추가하십시오. 그렇지 않으면 경찰이 따로 물어야 하는 경우가 많습니다.
report-recommend-account-location = 있다면 신고 대상 계정의 추정 위치를 추가하십시오. 그렇지 않으면 경찰이 따로 물어야 하는 경우가 많습니다.
report-recommend-account-ip-events = 있다면 신고 대상 계정의 IP 기록 이벤트를 추가하십시오. 그렇지 않으면 경찰이 따로 물어야 하는 경우가 많습니다.
report-recommend-le-contact-phone = 있다면 수사기관이 언제든 연락할 수 있는 전화번호를 추가하십시오. 그렇지 않으면 경찰이 따로 물어야 하는 경우가 많습니다.
report-recommend-retention-days = 신고된 데이터를 며칠 동안 보관하는지 적으십시오. 경찰은 언제까지 요청할 수 있는지 알아야 합니다.
report-recommend-victims = 있다면 피해 아동의 정보를 추가하십시오. 그렇지 않으면 경찰이 따로 물어야 하는 경우가 많습니다.

# 신고의 미래 시각 오류: 어느 항목인지 밝힘.
report-future-occurred = 사건 시각이 미래입니다. 날짜, 시각, 시간대를 확인하십시오.
report-future-aware = 회사가 알게 된 시각이 미래입니다. 날짜, 시각, 시간대를 확인하십시오.
report-future-logged = 주소가 기록된 시각이 미래입니다. 날짜, 시각, 시간대를 확인하십시오.
report-future-started = 세션 시작 시각이 미래입니다. 날짜, 시각, 시간대를 확인하십시오.
report-future-ended = 세션 종료 시각이 미래입니다. 날짜, 시각, 시간대를 확인하십시오.
report-future-notice = 통지나 명령이 도착한 시각이 미래입니다. 날짜, 시각, 시간대를 확인하십시오.
report-future-done = 의무를 이행한 시각이 미래입니다. 날짜, 시각, 시간대를 확인하십시오.
