# APAC 신고: 규칙 엔진의 판정, 조치 가능성 점검표, 피해 유형, 기한 시계
# (src/rules/, src/web/api/reports.rs).

## 판정

report-required-field = 이 수신처에는 { $field } 항목이 필요합니다.
report-required-any = 이 수신처에는 다음 중 하나가 필요합니다: { $fields }.
report-recommended-field = 가능하면 { $field } 항목을 추가하십시오. 없으면 경찰이 따로 요청해야 하는 경우가 많습니다.
report-recommended-any = 가능하면 { $fields } 중 하나를 추가하십시오. 없으면 경찰이 따로 요청해야 하는 경우가 많습니다.
report-time-zone-missing = 이 시각을 읽은 시간대를 입력하십시오(예: Asia/Manila). 시간대가 없으면 경찰은 어느 시점인지 확신할 수 없습니다.
report-time-in-future = 이 시각은 미래입니다. 날짜, 시각, 시간대를 확인하십시오.
report-national-id = 국가 신분증 번호({ $id_type })로 보입니다. 신고서에는 국가 신분증 번호를 넣을 수 없습니다. 해당 국가의 법률이 이 번호의 수집을 제한합니다. 번호를 지우고 다른 방식으로 그 사람을 설명하십시오.
report-ip-address-missing = 이 이벤트의 IP 주소를 입력하십시오.
report-ip-not-public = 사설 또는 공유 네트워크 주소라서 가입자를 특정할 수 없습니다. 플랫폼이 기록한 공인 주소가 있으면 입력하십시오.
report-port-range = 출발지 포트는 1에서 65535 사이의 정수여야 합니다.
report-missing-port-reason = 출발지 포트를 입력하거나, 포트를 알 수 없는 이유를 적으십시오. 많은 모바일 이용자가 하나의 IP 주소를 함께 쓰므로(통신사 NAT), 포트가 없으면 통신사가 어느 가입자인지 밝히지 못하는 경우가 많습니다.
report-port-missing = 출발지 포트가 없습니다. 통신사 NAT 뒤에서는 여러 가입자가 하나의 IP 주소를 함께 쓰므로 경찰이 이 이벤트를 추적하지 못할 수 있습니다.
report-ip-time-missing = 이 이벤트의 시각을 입력하십시오. 정확한 시각이 없는 IP 주소로는 가입자를 추적할 수 없습니다.
report-ip-event-missing = 이 주소에서 무엇이 있었는지 선택하십시오: 로그인, 가입, 업로드, 구매, 기타.
report-file-hash-missing = 이 파일의 해시를 하나 이상 입력하십시오. casebridge는 파일을 해시로만 기술합니다.
report-hash-length = { $kind } 해시는 { $expected }자입니다. 입력한 값은 { $found }자입니다.
report-hash-alphabet = 이 { $kind } 해시에 그런 해시에 올 수 없는 문자가 있습니다.
report-hash-empty = 해시 값을 입력하십시오.
report-supplemental-classified = 보조 파일에는 업계 분류나 밈 가능성 주석을 붙일 수 없습니다.
report-viewed-unanswered = 귀사 직원이 이 파일을 직접 보았는지 답하십시오.
report-review-attestation-missing = 이 파일을 본 사람의 이름과 본 시각을 입력하십시오.
report-human-review-required = 분류기로 찾은 자료는 신고 전에 사람이 직접 확인해야 합니다.
report-too-long = 이 글은 { $found }자입니다. 최대 { $max }자까지 입력할 수 있습니다.
report-escalation-reason-missing = 아동이 임박한 위험에 처해 있습니다. 신고가 먼저 처리되도록 그 이유를 적으십시오(예: 기한을 정한 협박, 예정된 만남).
report-unknown-harm = { $harm }은(는) casebridge가 아는 피해 유형이 아닙니다.
report-incident-type-mismatch = 선택한 피해 유형은 사건 유형 "{ $expected }"에 해당합니다.
report-unknown-authority = 이 관할의 수신 기관을 선택하십시오: { $known }.
report-zone-outside-jurisdiction = 이 시간대는 수신 관할에서 쓰이지 않습니다({ $zones }).
report-intake-unverified = { $authority }의 신고 접수 경로가 확인되지 않았습니다. 이 경로에 의존하기 전에 해당 기관에 확인하십시오.
report-email-format = 이메일 주소를 name@example.com 형식으로 입력하십시오.
report-phone-format = 전화번호를 + 와 국가 번호로 시작하는 국제 형식으로 입력하십시오.
report-phone-not-international = 어디서나 걸 수 있도록 이 번호를 + 와 국가 번호로 시작하는 국제 형식으로 입력하십시오.
report-age-range = 추정 나이의 최솟값이 최댓값보다 큽니다.
report-time-order = 종료 시각이 시작 시각보다 앞입니다.
report-ip-time-to-minute = 이 시각은 정각 분(초가 00)입니다. 통신사 NAT 뒤에서는 통신사가 초 단위로 대조하므로, 플랫폼 기록에 초가 있으면 입력하십시오.
report-aware-before-incident = 회원사가 인지한 시각이 사건 시각보다 앞섭니다. 두 시각과 시간대를 확인하십시오. 기한은 인지 시각부터 계산됩니다.
report-age-out-of-range = 나이를 0부터 { $max }까지 정수로 입력하십시오.
report-stated-age-adult = 밝힌 나이가 18세 이상입니다. 아동이 성인이라고 주장하는 경우가 많으므로, 밝힌 나이는 그대로 두고 아동임을 보여 주는 추정 나이 범위를 입력하십시오.
report-authority-replaced = { $former }은(는) { $date }부터 신고를 받지 않습니다. { $authority }(으)로 보내십시오.
report-destination-missing = 신고를 점검하려면 먼저 수신 관할(destination.jurisdiction)을 선택하십시오.
report-unknown-jurisdiction = casebridge에는 { $code }에 대한 규칙이 없습니다.
report-members-only = 회원 기관의 안전팀만 신고를 점검할 수 있습니다.

## 조치 가능성 점검표

report-checklist-reported-account = 신고 대상 계정 식별 정보
report-checklist-reported-account-why = 플랫폼 내부 ID, 사용자 이름이나 프로필 주소, 인증된 이메일이나 전화번호가 있어야 경찰이 올바른 회사에 올바른 기록을 요청할 수 있습니다.
report-checklist-ip-port-time = 포트와 정확한 시각이 있는 IP 주소
report-checklist-ip-port-time-why = 통신사는 주소, 출발지 포트, 시간대를 포함해 초 단위까지 정확한 시각이 있어야 가입자를 밝힐 수 있습니다. 많은 이용자가 하나의 주소를 함께 씁니다.
report-checklist-location = 위치 단서
report-checklist-location-why = 추정 국가, 지역, 도시가 있으면 신고가 조치할 수 있는 경찰 부서로 바로 갑니다.
report-checklist-victim-age = 피해 아동의 나이 단서
report-checklist-victim-age-why = 아동의 추정 나이에 따라 적용되는 범죄와 경찰 대응의 긴급성이 달라집니다.
report-checklist-human-review = 사람이 확인한 파일
report-checklist-human-review-why = 플랫폼에서 아무도 보지 않은 증거를 법원이 배제한 사례가 있습니다. 확인한 사람의 이름과 시각이 있어야 파일을 증거로 쓸 수 있습니다.
report-checklist-escalation = 아동이 임박한 위험에 처했을 때의 긴급 사유
report-checklist-escalation-why = 협박, 기한, 예정된 만남 같은 사유를 적으면 신고가 우선 처리됩니다.
report-checklist-prior-reports = 이전 신고 번호
report-checklist-prior-reports-why = 이전 신고 번호가 있으면 경찰이 같은 가해자에 관한 사건을 연결할 수 있습니다.
report-checklist-contact-247 = 24시간 연락 가능한 수사기관 대응 담당자
report-checklist-contact-247-why = 긴급 상황에서 경찰은 밤낮없이 전화할 수 있는 담당자가 필요합니다.
report-checklist-jurisdiction-fields = 이 관할이 요구하는 항목
report-checklist-jurisdiction-fields-why = 수신 기관은 자체 규칙이 요구하는 정보가 없으면 조치할 수 없거나 제때 조치할 수 없습니다.
report-checklist-status-met = 충족
report-checklist-status-partly = 일부 충족
report-checklist-status-missing = 누락
report-checklist-status-not-applicable = 해당 없음

## 피해 유형 (data/taxonomy.toml)

harm-csam-known = 아동 성학대 자료: 기존 자료(해시 일치)
harm-csam-novel = 아동 성학대 자료: 새 자료(분류기로 발견)
harm-self-generated = 아동이 스스로 만든 이미지
harm-sextortion = 성착취 협박(금전 요구 포함)
harm-grooming = 그루밍 또는 온라인 유인
harm-csam-solicitation = 아동 성학대 자료 요구
harm-livestreamed-abuse = 실시간 방송된 학대
harm-ai-generated = AI로 생성하거나 조작한 학대 자료
harm-child-sex-trafficking = 아동 성매매 목적 인신매매
harm-child-sex-tourism = 아동 성 관광 또는 이동하는 가해자
harm-contact-abuse = 아동에 대한 접촉 성학대
harm-obscene-material-to-child = 아동에게 보낸 음란물
harm-misleading-domain = 오인을 유도하는 도메인 이름
harm-misleading-words-or-images = 오인을 유도하는 문구나 이미지
harm-sadistic-online-exploitation = 가학적 온라인 착취
harm-viral-meme = 위험에 처한 아동이 없는 확산·밈 콘텐츠

## 기한 시계

clock-status-running = 진행 중
clock-status-overdue = 기한 지남
clock-status-not-started = 시작 전
clock-status-no-fixed-time = 정해진 기한 없음

## 규칙 팩이 요구하는 항목의 이름(검토 결과에 표시)

field-aware-at = 플랫폼이 인지한 시각
field-destination-authority = 접수 기관
field-destination-zone = 접수 기관의 시간대
field-files-hashes = 파일 해시
field-files-location-url = 파일이 올라와 있던 곳(URL)
field-incident-harm = 피해 유형
field-incident-incident-type = NCMEC 사건 유형
field-incident-occurred-at = 사건 일시
field-incident-platform = 플랫폼 내 발생 위치
field-incident-time-description = 사건 시각의 의미
field-internet-details = 온라인 발생 위치
field-internet-details-urls = 발생한 웹 주소
field-preservation-notice-received-at = 기관의 통지를 받은 시각
field-preservation-preserved = 데이터 보존 여부
field-reported-persons-device-ids = 신고 대상 계정의 기기 식별자
field-reported-persons-emails = 신고 대상 계정의 이메일 주소
field-reported-persons-esp-identifier = 신고 대상 계정의 내부 ID
field-reported-persons-estimated-location = 신고 대상 계정의 추정 위치
field-reported-persons-ip-events = 신고 대상 계정의 IP 기록 이벤트
field-reported-persons-ip-events-address = IP 기록 이벤트의 IP 주소
field-reported-persons-ip-events-at = IP 기록 이벤트의 시각
field-reported-persons-screen-name = 신고 대상 계정의 화면 이름
field-reporter-email = 신고자 이메일
field-reporter-le-contact-phone = 수사기관 연락처 전화(24시간)
field-reporter-name = 신고자 이름
field-reporter-retention-days = 데이터 보관 기간
field-victims = 피해자
field-victims-age-estimated-max = 피해자의 추정 나이
field-victims-age-stated = 피해자가 밝힌 나이
report-unprintable = 패키지 PDF에 다음 문자를 표시할 수 없습니다: { $chars } (casebridge에 해당 문자용 글꼴이 아직 없습니다). JSON에는 그대로 남지만 PDF에서는 “�”로 보입니다. PDF를 읽는 경찰이 알 수 있도록 로마자 표기를 함께 적으세요.

## A report's duties after approval: what stops their clocks
clock-status-done = 완료
clock-status-done-late = 기한 후 완료
clock-done-by = { $at }에 완료, 기록한 사람: { $who }.
clock-done-by-delivery = 신고가 수신 기관에 도달한 { $at }에 완료.
duty-record-heading = 의무 이행 기록
duty-record-intro = 자료 삭제나 데이터 보전처럼 의무가 요구하는 조치를 플랫폼이 마쳤다면 여기에 기록하세요. 해당 기한이 멈추고, 수신 기관도 사건에서 확인할 수 있으며, 기록은 감사 로그에 남습니다.
duty-record-which = 어떤 의무를 이행했습니까?
duty-record-again = 이미 기록되었습니다. 다시 기록하면 시각과 메모가 정정됩니다.
duty-record-when = 언제 이행했습니까?
duty-record-when-hint = 방금 이행했다면 비워 두세요. 예: 20 11 2026 14 05.
duty-record-note = 메모
duty-record-note-hint = 예: 무엇을 어디에서 삭제했는지. 주민등록번호 등 국가 신분증 번호는 적지 마세요.
duty-record-button = 이행 완료로 기록
duty-recorded-title = 기록됨
duty-recorded = 의무가 이행 완료로 기록되었고 기한이 멈췄습니다.
duty-error-choose = 이행한 의무를 선택하세요
duty-error-not-started = 이 의무의 기한이 아직 시작되지 않아 이행 완료로 기록할 수 없습니다
duty-error-future = 이행 시각은 미래일 수 없습니다

## The NCMEC CyberTipline form in a report's package
ncmec-heading = NCMEC CyberTipline용
ncmec-intro = 패키지에는 같은 신고가 NCMEC CyberTipline이 받는 형식으로 들어 있습니다. 신고 문서와, 파일마다 증거 저장소가 NCMEC에 파일을 올린 뒤 보낼 파일 세부 정보입니다(NCMEC가 돌려준 신고 ID와 파일 ID는 증거 저장소가 넣습니다). casebridge는 파일을 보관하지 않습니다.
ncmec-download-report = CyberTipline 신고(XML)
ncmec-download-file = 파일 { $number }의 세부 정보(XML)
