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
