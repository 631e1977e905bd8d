# 기록 요청 작성기: 5–9단계, 답변 확인, 확인 서명, 완료 페이지.

remove = 삭제
guidance-include = 무엇을 적어야 하나요
status-ready = 확인할 준비가 됨
status-not-ready = 아직 준비되지 않음

request-step-targets = 대상
request-step-data = 기록과 기간
request-step-emergency = 긴급 사실관계
request-step-non-disclosure = 통지 유예
request-step-legal-process = 서명된 법적 절차 문서

## 대상

request-targets-question = 요청 대상 계정이나 식별자는 무엇인가요?
request-targets-intro = 식별자마다 따로 추가하고, 기록이 필요한 기간을 함께 적으세요. 회사는 입력한 그대로 검색합니다.
request-targets-none = 아직 추가한 식별자가 없습니다.
request-targets-add = 식별자 추가
request-targets-add-another = 식별자 하나 더 추가
request-targets-max = 한 요청에 담을 수 있는 식별자 수의 한도에 도달했습니다. 나머지는 다른 요청으로 나누세요.
request-targets-why = 회사는 받은 식별자를 그대로 시스템에서 검색합니다. 식별자가 틀리거나 모호하면 “기록 없음” 또는 추가 질문으로 돌아와 며칠이 늦어집니다.
target-kind = 유형
target-port = 출발지 포트
target-observed = 확인 시각
target-window = 기록 기간
target-country = 추정 소재지
target-note = 참고 정보

request-target-question = 어떤 종류의 식별자인가요?
request-target-value = 식별자
request-target-value-hint = 플랫폼에 표시된 그대로 복사하세요. 전화번호는 아래 국가의 국내 형식으로 적어도 됩니다.
request-target-start = 기록 시작
request-target-start-hint = 기록이 필요한 기간의 시작. 시각을 확인한 곳의 시간대로 적으세요.
request-target-end = 기록 종료
request-target-end-hint = 기간의 끝. 오늘까지는 가능하지만 그 이후는 안 됩니다.
request-target-ip-heading = IP 주소인 경우에만
request-target-ip-intro = IP 주소만으로는 사람을 특정하기 어렵습니다. 여러 사용자가 한 주소를 동시에 씁니다. 주소가 확인된 정확한 시각과, 있다면 출발지 포트를 적으세요.
request-target-observed = 주소가 확인된 시각은 언제인가요?
request-target-observed-hint = 증거에 적힌 대로 분 단위까지, 그 증거의 시간대와 함께 적으세요.
request-target-port = 출발지 포트
request-target-port-hint = 주소와 같은 로그 줄에 있는 1–65535 사이의 숫자.
request-target-context-heading = 참고 정보
request-target-country = 계정 보유자는 어디에 있는 것으로 보이나요?
request-target-country-hint = 이 사용자에 대해 회사의 어느 법인이 답하는지 결정합니다.
request-target-country-unknown = 알 수 없음
request-target-entities-intro = { $company }은(는) 이용자의 위치에 따라 서로 다른 법인이 답변합니다. 단서(언어, 전화 국가번호, IP 위치)가 있으면 국가를 입력하십시오. 입력하지 않으면 확인 페이지에서 경고합니다.
request-target-entity-serves = { $countries } 이용자
request-target-entity-others = 그 밖의 모든 이용자
request-target-note = 회사가 올바른 계정을 찾는 데 도움이 되는 정보
request-target-note-hint = 예: 표시된 이름, 게시된 플랫폼 기능. 주민등록번호 등 국가 신분증 번호는 적지 마세요.
request-target-why = 계정은 주인이 바뀌고 주소는 재할당되므로 식별자마다 기간을 따로 둡니다. 식별자별로 좁은 기간을 주어야 회사가 빨리 답할 수 있습니다.

identifier-email = 이메일 주소
identifier-email-hint = 계정에 등록된 주소.
identifier-phone = 전화번호
identifier-phone-hint = 국제 표준 E.164 형식으로 바뀝니다.
identifier-url = 프로필 또는 콘텐츠 URL
identifier-url-hint = 추적용 매개변수를 지워 회사가 표준 주소를 보도록 합니다.
identifier-account-id = 숫자 계정 ID
identifier-account-id-hint = 플랫폼이 계정에 붙인 고유 번호, 숫자만.
identifier-username = 사용자 이름 또는 핸들
identifier-username-hint = 사용자 이름은 바뀔 수 있고 표시 이름은 고유하지 않습니다. 숫자 ID나 URL이 있으면 함께 추가하세요.
identifier-ip = IP 주소
identifier-ip-hint = IPv4 또는 IPv6, 확인된 시각과 가능하면 출발지 포트와 함께.
identifier-imei = IMEI
identifier-imei-hint = 15자리 단말기 번호. 마지막 자리를 검증합니다.

## 기록과 기간

request-data-question = 어떤 기록이 어느 기간 동안 필요한가요?
request-data-max = { $company }은(는) 한 요청에 최대 { $days }일까지 받습니다.
request-data-categories = 기록
request-data-categories-hint = 해당하는 것을 모두 선택하세요. 이 요청 유형으로 받을 수 있는 기록만 표시됩니다.
request-data-start = 시작
request-data-start-hint = 필요한 가장 이른 기록.
request-data-end = 종료
request-data-end-hint = 필요한 가장 늦은 기록. 오늘까지는 가능하지만 그 이후는 안 됩니다.
request-data-details = 필요한 기록을 구체적으로
request-data-details-hint = 예: “모든 기록” 대신 “로그인 IP 주소와 포트, 시각”.
request-data-why = 회사는 수사에 필요한 범위를 넘는 요청을 거절하거나 줄입니다. 기간이 짧고 기록 유형이 분명할수록 빨리 답합니다.
request-data-include = 기록 유형과, 범죄를 포함하는 가장 짧은 기간을 적으세요. 나중에 더 필요하면 추가 요청을 보내세요.
category-subscriber = 가입자 정보
category-subscriber-hint = 이름, 이메일, 전화번호, 계정 생성일과 IP, 결제 정보.
category-ip-logs = 로그인 및 IP 기록
category-ip-logs-hint = 로그인 등 접속의 IP 주소, 포트, 시각.
category-metadata = 메시지 및 활동 메타데이터
category-metadata-hint = 내용 없이 누가 누구에게 언제 연락했는지.
category-location = 위치 정보
category-location-hint = 서비스가 기록한 위치. 많은 회사가 콘텐츠와 같이 취급합니다.
category-content = 저장된 콘텐츠
category-content-hint = 메시지, 게시물, 사진, 동영상. 영장, 형사사법공조 요청 또는 국제 제출명령이 필요합니다.

## 긴급

request-emergency-question = 어떤 긴급 상황인가요?
request-emergency-route = 회사의 긴급 경로로도 보내세요: { $route }
request-emergency-route-none = 이 회사의 공개된 긴급 경로를 찾지 못했습니다. 회사의 법집행 담당 연락처로 연락하거나 자국의 24/7 네트워크 연락창구 또는 인터폴을 통하십시오
request-emergency-nature = 긴급 상황의 성격
request-emergency-imminence = 위해가 임박했음을 보여 주는 사실은 무엇인가요?
request-emergency-imminence-hint = 무슨 일이 언제 일어날지, 그리고 어떻게 알게 되었는지.
request-emergency-person = 누가 위험에 처해 있나요?
request-emergency-person-hint = 그 사람과 계정의 관계를 설명하세요. 국가 신분증 번호는 적지 마세요.
request-emergency-why = 정상적인 법적 절차로는 왜 너무 늦나요?
request-emergency-why-hint = 예: 법원 명령에 걸리는 시간과 위해가 일어날 수 있는 시점의 비교.
request-emergency-callback = 24시간 연락 번호
request-emergency-callback-hint = 긴급 상황이 이어지는 동안 언제든 받는 번호.
request-emergency-supervisor = 요청을 승인한 상급자
request-emergency-supervisor-hint = 본인이 아닌 다른 사람.
request-emergency-supervisor-contact = 상급자의 공식 이메일 또는 전화번호
request-emergency-supervisor-contact-hint = 회사가 요청이 진짜인지 확인하려고 연락할 수 있습니다.
request-emergency-guidance-why = 회사는 누군가의 생명이나 안전에 실제로 임박한 위험이 있을 때만 법적 절차 없이 공개하며, 요청마다 적힌 사실로 판단합니다. 위조된 긴급 요청도 있으므로 누가 요청하는지 확인합니다.
request-emergency-guidance-include = 구체적인 사실: 무엇을, 언제, 누가. 위해를 막는 데 도움이 되는 데이터만, 최근 7일처럼 짧은 기간으로 요청하세요.
emergency-nature-child-at-risk = 위해 위험에 처한 아동
emergency-nature-threat-to-life = 생명에 대한 위협
emergency-nature-self-harm = 자살 또는 자해 위험
emergency-nature-kidnapping = 납치 또는 실종
emergency-nature-terrorism = 테러
emergency-nature-other = 그 밖의 사망 또는 중상 위험

## 통지 유예

request-ndo-question = 회사가 이 요청을 사용자에게 알리는 것을 미뤄야 하나요?
request-ndo-hint = 많은 회사는 법이나 법원이 금지하지 않는 한 사용자에게 알립니다.
request-ndo-yes-hint = 이를 허용하는 명령이나 법 조항이 필요합니다.
request-ndo-if-yes = ‘예’라고 답했다면:
request-ndo-basis = 통지를 금지하거나 미루는 명령 또는 조항
request-ndo-basis-hint = 예: 법원 명령과 그 번호.
request-ndo-until = 언제까지 (선택)
request-ndo-until-hint = 예: 31 3 2027. 명령에 종료일이 없으면 비워 두세요.
request-ndo-why = 이유가 적혀 있지 않으면 회사가 사용자에게 알릴 수 있고, 이는 피의자에게 경고가 되거나 아동을 더 위험하게 할 수 있습니다.
request-ndo-include = 법적 근거, 그 번호와 종료일. 명령이 별도 문서라면 법적 절차 문서와 함께 첨부하세요.

## 법적 절차 문서

request-legal-process-question = 서명된 법적 절차 문서를 올리세요
request-legal-process-intro = 근거가 되는 명령, 영장 또는 공식 요청서로, 발부 기관이 서명한 것.
request-legal-process-current = 올린 파일:
request-legal-process-file = PDF 선택
request-legal-process-replace = 다른 PDF로 바꾸기 (선택)
request-legal-process-file-hint = PDF만, 최대 { $mb }MB. 회사가 변경 여부를 확인할 수 있도록 SHA-256을 기록합니다.
request-legal-process-signed = 서명 날짜
request-legal-process-signed-hint = 예: 20 11 2026.
request-legal-process-signatory = 서명한 사람
request-legal-process-signatory-hint = 판사, 검사 또는 공무원의 이름과 직위.
request-legal-process-english = 문서가 영어로 되어 있거나 영어 번역이 포함되어 있나요?
request-legal-process-english-hint = 다른 나라의 회사는 그렇지 않으면 읽지 못할 수 있습니다.
request-legal-process-why = 회사는 절차 문서가 완전한지, 권한 있는 공무원이 서명했는지, 요청한 데이터에 유효한지 확인합니다. 불완전하거나 서명 없는 문서는 요청이 반려되는 가장 흔한 이유 중 하나입니다.
request-legal-process-include = 서명된 문서 전체, 모든 페이지. 회사가 다른 나라에 있으면 번역을 추가하세요.

## 답변 확인

request-check-title = 답변 확인
request-check-errors = { $count ->
    [one] 이 요청을 보내려면 문제 1개를 고쳐야 합니다
   *[other] 이 요청을 보내려면 문제 { $count }개를 고쳐야 합니다
}
request-check-quality = 회사가 읽기 전에
request-check-quality-intro = 회사가 가장 자주 묻거나 반려하는 사항과 이 요청의 상태.
request-check-warnings = 읽어야 할 경고
request-check-warnings-hint = 요청을 막지는 않지만 회사가 문의할 수 있습니다. 고치거나, 읽었음을 확인하도록 하나씩 체크하세요.
request-check-fix = 이 항목 변경
request-check-next = 이제 요청을 확인 서명하세요
request-check-next-text = 공무상 자격으로 요청하며 내용이 정확하다는 것을 확인합니다. 그 후에는 바꿀 수 없고, 수정은 새 버전이 됩니다.
request-check-continue = 확인 서명으로 계속
checklist-status-ok = 준비됨
checklist-status-attention = 확인 필요
checklist-status-na = 해당 없음
check-company = 회사
check-entity = 법인
check-intake = 접수 경로
check-type = 요청 유형
check-preservation = 보존
check-basis = 법적 근거
check-provision = 근거 조항
check-reference = 참조 번호
check-targets = 식별자
check-sha256 = SHA-256
check-legal-process-file = 서명된 문서

checklist-right-entity = 사용자를 담당하는 법인 앞으로 보냄
checklist-right-entity-why = 잘못된 법인에 보낸 요청은 반려되거나 전달되어 며칠이 늦어집니다.
checklist-official-sender = 공식 정부 주소에서 보냄
checklist-official-sender-why = 회사는 확인할 수 있는 공무원의 요청만 받습니다. 개인 주소로 보낸 위조 요청이 흔합니다.
checklist-valid-basis = 유효한 법적 근거를 밝힘
checklist-valid-basis-why = 근거가 되는 법이나 명령을 밝히지 않은 요청은 거절됩니다.
checklist-content-process = 콘텐츠와 위치 정보에 맞는 절차를 갖춤
checklist-content-process-why = 회사는 자국 법이 인정하는 영장, 형사사법공조 요청 또는 제출명령이 있을 때만 저장된 콘텐츠와 위치를 공개합니다.
checklist-signed-process = 서명된 법적 절차 문서를 첨부함
checklist-signed-process-why = 문서가 없거나 서명이 없거나 불완전한 것은 거절의 가장 흔한 이유 중 하나입니다.
checklist-exact-identifiers = 식별자가 정확하고 유형이 지정됨
checklist-exact-identifiers-why = 표시 이름과 모호한 식별자는 “기록 없음”이나 엉뚱한 계정으로 이어집니다.
checklist-ip-port-time = IP 주소에 시각과 포트가 있음
checklist-ip-port-time-why = 여러 사용자가 한 주소를 공유하므로 정확한 시각과 출발지 포트만이 한 사람을 가려냅니다.
checklist-narrow-scope = 범위가 좁음
checklist-narrow-scope-why = 지나치게 넓은 요청은 회사가 거절하거나 줄입니다.
checklist-emergency-threshold = 긴급 사실관계가 기준을 충족함
checklist-emergency-threshold-why = 긴급 요청은 적힌 사실로 하나씩 판단됩니다: 임박한 위험, 대상, 절차가 늦는 이유.
checklist-translation = 회사가 절차 문서를 읽을 수 있음
checklist-translation-why = 회사가 읽지 못하는 언어의 문서는 번역을 기다려야 합니다.

## 확인 서명

request-attest-title = 요청 확인 서명
request-attest-intro = 각 문장을 읽고 확인하세요. 이름과 시각이 요청과 함께 기록됩니다.
request-attest-declarations = 다음을 확인합니다
request-attest-official = 명시한 수사를 위해 공무상 자격으로 이 요청을 합니다
request-attest-accurate = 요청 내용은 제가 아는 한 정확하고 완전합니다
request-attest-lawful = 명시한 법적 근거에 따라 이 요청을 할 권한이 있습니다
request-attest-name = 성명
request-attest-name-hint = 요청서에 표시될 이름.
request-attest-warning = 확인 서명 후에는 요청을 바꿀 수 없습니다. 수정은 이 요청을 참조하는 새 버전이 됩니다.
request-attest-submit = 확인 서명하고 마치기

## 완료

request-done-title = 요청 작성 완료
request-done-version = 버전 { $version }
request-done-attested = 확인 서명: { $who }.
request-done-previous = 이 버전이 대체한 버전 보기
request-done-superseded = 이 요청의 새 버전이 있습니다.
request-done-open-next = 새 버전 열기
request-done-next = 요청이 확정되어 더는 바뀌지 않습니다. 위에서 회사로 보내거나, 패키지를 내려받아 표시된 경로로 전달하세요. 패키지 ID를 사건 기록에 남기세요.
request-done-new-version = 새 버전 만들기

## 완료된 요청의 패키지

request-done-package = 패키지
request-done-package-intro = 패키지 { $package }: 사람이 읽을 PDF, 시스템이 읽을 JSON 문서, 그리고 둘과 첨부된 법적 절차 문서, SHA-256 해시 목록을 담은 ZIP입니다. 몇 번을 내려받아도 같은 바이트입니다.
package-download-pdf = PDF 내려받기
package-download-json = JSON 문서 내려받기
package-download-zip = ZIP 묶음 내려받기
package-request-kind = 기록 요청: { $kind }
package-request-attestation = 확인 서명
package-request-attested-by = 확인 서명자
package-request-attested-at = 확인 서명 시각
package-request-no-port = 없음
