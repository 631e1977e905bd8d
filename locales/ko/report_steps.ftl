# 아시아·태평양 보고서 작성 마법사, 답변 확인, 4안 검토
# (src/web/reports/, templates/reports/).

## 시작

report-start-title = 아시아·태평양 경찰을 위한 보고서 작성
report-start-intro = 탐지한 사건을 한 관할권의 경찰, 규제 기관 또는 핫라인이 기본 사항을 되묻지 않고 바로 조치할 수 있는 보고서로 만드는 서비스입니다.
report-start-need-heading = 준비할 것
report-start-need-accounts = 신고 대상 계정의 내부 ID, 화면 이름, 프로필 주소, 인증된 이메일 또는 전화번호
report-start-need-ip = 출발지 포트와 정확한 시각(시간대 포함)이 있는 IP 주소
report-start-need-hashes = 파일의 해시(MD5, SHA-1, SHA-256, PDQ 또는 PhotoDNA)
report-start-need-contact = 경찰이 언제든지 연락할 수 있는 법 집행 담당 연락처
report-start-no-images = casebridge는 이미지나 동영상을 절대 받지 않습니다. 파일은 해시로만 기술하십시오.
report-start-saved = 계속을 누를 때마다 각 단계가 저장됩니다. 보고서를 패키지로 만들기 전에 소속 기관의 검토자가 승인합니다.
report-start-button = 지금 시작
report-overview-title = 신고서
report-overview-intro = 각 항목을 작성하십시오. 목적지의 규칙이 오류를 찾지 않으면 그 항목은 완료된 것입니다. 검토를 요청하기 전까지 어느 항목이든 다시 수정할 수 있습니다.
report-untitled = 제목 없는 보고서

## 조치 가능성 패널

report-panel-title = 이 보고서는 얼마나 조치 가능합니까?
report-panel-score = 조치 가능성 점수: 100점 만점에 { $score }점
report-panel-missing = 경찰에게 아직 부족한 것:
report-panel-complete = 점검표에서 빠진 항목이 없습니다.
report-panel-no-destination = 수신 관할권을 선택하십시오. 점수는 그 규칙에 따라 달라집니다.

## 수신처와 기관

report-destination-question = 이 보고서는 어느 관할권에 보냅니까?
report-destination-label = 관할권
report-destination-hint = 조치해야 할 경찰이 있는 국가 또는 지역입니다. 보통 아동이나 신고 대상자가 있는 것으로 보이는 곳입니다.
report-destination-why = 관할권마다 수신 기관, 필수 항목, 기한, 수집해서는 안 되는 신분증 번호가 다릅니다. casebridge는 작성하는 동안 이를 적용합니다.
report-authority-question = 어느 기관이 받아야 합니까?
report-authority-label = 수신 기관
report-authority-hint = 이 관할권 규칙 팩에 있는 기관과 각 기관의 보고서 접수 방법입니다.
report-authority-intake = 접수:
report-authority-intake-unverified = 미확인: 이 경로에 의존하기 전에 기관에 확인하십시오
report-authority-why = 수사하는 부서에 바로 보내면 며칠을 아낄 수 있습니다. 기관의 접수 방법을 아무도 확인하지 못한 경우 casebridge가 그렇게 표시합니다.
report-channel-via-ncmec = NCMEC CyberTipline을 통해
report-channel-portal = 온라인 포털
report-channel-web-form = 웹 양식
report-channel-email = 이메일
report-channel-phone = 전화
report-channel-none-published = 공개된 경로 없음
report-zone-label = 수신 사무소의 시간대
report-zone-hint = 기한은 이 시간대와 UTC로 표시됩니다.
report-zone-first = 관할권의 기본 시간대
report-ncmec-question = 이 보고서를 NCMEC CyberTipline에도 제출합니까?
report-ncmec-hint = 그러면 경찰이 두 보고서를 연결할 수 있습니다.

## 사건

report-incident-question = 무슨 일이 있었습니까?
report-incident-harm-hint = 가장 잘 맞는 분류를 선택하십시오. 이에 따라 NCMEC 사건 유형이 정해집니다.
report-incident-ncmec-type = NCMEC 사건 유형: { $type }
report-incident-harm = 피해 분류
report-incident-ncmec = NCMEC 사건 유형
report-incident-occurred = 언제 일어났습니까?
report-incident-occurred-hint = 기록된 곳의 현지 시각과 시간대입니다. 예: 19 11 2026 21 40
report-incident-time-description = 이 시각은 무엇을 뜻합니까?
report-incident-time-description-hint = 예: 첫 협박 메시지를 보낸 시각, 또는 업로드 시각
report-incident-platform = 플랫폼의 어디에서 일어났습니까?
report-incident-platform-hint = 예: 다이렉트 메시지, 라이브 스트림, 그룹
report-incident-imminent = 아동이 임박한 위험에 처해 있습니까?
report-incident-imminent-hint = 예: 학대의 실시간 중계, 기한이 있는 협박, 계획된 만남
report-incident-escalation = 아동이 왜 임박한 위험에 처해 있습니까?
report-incident-escalation-hint = 아동이 임박한 위험에 처해 있을 때 필요합니다. 보고서가 가장 먼저 처리되도록 합니다.
report-incident-aware = 귀사가 이를 언제 알게 되었습니까?
report-incident-aware-hint = 수신 관할권의 법적 기한은 이 시각부터 계산됩니다.
report-incident-why = 경찰은 피해의 종류와 시각으로 우선순위를 정합니다. 시간대가 없는 시각은 엉뚱한 시간을 가리킬 수 있으며, 분명한 긴급 사유가 있어야 위험에 처한 아동이 먼저 보호받습니다.

## 신고 대상 계정

report-accounts-question = 신고 대상 계정
report-accounts-intro = 관련된 계정을 모두 추가하십시오. 계정마다 IP 기록 이벤트를 추가할 수 있습니다.
report-accounts-none = 아직 추가한 계정이 없습니다.
report-accounts-add = 계정 추가
report-accounts-add-another = 다른 계정 추가
report-accounts-why = 플랫폼 내부 ID, 화면 이름이나 프로필 주소, 인증된 이메일이나 전화번호가 있어야 경찰이 올바른 회사에 올바른 기록을 요청할 수 있습니다.
report-account-question = 신고 대상 계정의 정보
report-account-intro = 가지고 있는 식별자를 모두 적으십시오. 사용자가 이메일이나 전화번호를 실제로 사용한다는 것을 플랫폼이 확인한 경우에만 인증됨으로 표시하십시오.
report-account-esp-id = 내부 계정 ID
report-account-esp-id-hint = 귀사 시스템에서 쓰는 계정 ID입니다. 사용자가 이름을 바꿔도 달라지지 않습니다.
report-account-screen-name = 화면 이름
report-account-display-name = 표시 이름
report-account-profile-urls = 프로필 주소
report-account-profile-urls-hint = 한 줄에 하나씩, https://로 시작하는 웹 주소
report-account-emails = 이메일 주소
report-account-phones = 전화번호
report-verified = 인증됨
report-not-verified = 인증되지 않음
report-account-devices = 기기 ID
report-account-devices-hint = 한 줄에 하나씩, 종류: 값 형식으로 적으십시오. 예: 광고 ID: 0f3c9e2a-7d41-4c5e-9b0a-1d2e3f405162
report-account-numbered = 계정 { $number }
report-account-ip-events-link = IP 기록 이벤트({ $count }건): 추가, 변경 또는 삭제
report-account-why = 계정은 내부 ID로 찾고, 인증된 이메일이나 전화번호는 사람으로 이어집니다. 경찰은 이름을 특정할 수 없는 계정의 기록을 요청할 수 없습니다.
report-location = 추정 위치
report-location-city = 시 또는 도시
report-location-region = 지역 또는 주
report-location-country = 국가 또는 지역
report-location-country-unknown = 알 수 없음
report-location-verified = 이 위치는 확인된 것입니까?
report-location-verified-hint = 확인된 위치란 IP 주소로 추정한 것이 아니라 청구지 주소나 GPS에서 얻은 위치를 말합니다.
report-additional-info = 경찰이 알아야 할 그 밖의 사항

## IP 기록 이벤트

report-ip-events-question = { $account }의 IP 기록 이벤트
report-ip-events-intro = 플랫폼이 이 계정에 대해 기록한 IP 주소를 출발지 포트, 정확한 시각과 함께 모두 추가하십시오.
report-ip-events-none = 아직 추가한 IP 기록 이벤트가 없습니다.
report-ip-events-add = IP 기록 이벤트 추가
report-ip-events-add-another = 다른 IP 기록 이벤트 추가
report-ip-events-why = 통신사 NAT(CGNAT) 뒤에서는 수천 명의 모바일 사용자가 IP 주소 하나를 함께 씁니다. 접속 사업자는 주소, 출발지 포트, 초 단위 시각과 시간대가 있어야 가입자를 특정할 수 있습니다.
report-ip-event-question = 플랫폼이 기록한 IP 주소는 무엇입니까?
report-ip-address = IP 주소
report-ip-address-hint = IPv4 또는 IPv6. 예: 203.0.113.7 또는 2001:db8::7
report-ip-port = 출발지 포트
report-ip-port-hint = 1부터 65535까지의 정수
report-ip-port-none = 없음
report-ip-port-reason = 출발지 포트가 없다면 그 이유는 무엇입니까?
report-ip-port-reason-hint = 예: 2025년 3월 이전에는 플랫폼이 포트를 기록하지 않았음
report-ip-event = 이 주소에서 무슨 일이 있었습니까?
report-ip-event-login = 로그인
report-ip-event-registration = 가입
report-ip-event-upload = 업로드
report-ip-event-purchase = 구매
report-ip-event-other = 기타
report-ip-at = 언제 기록되었습니까?
report-ip-at-hint = 로그가 사용하는 시간대로, 분 단위까지
report-ip-proxy = 이 주소가 프록시, VPN 또는 익명화 서비스일 수 있습니까?
report-ip-proxy-hint = 그러면 경찰은 사업자에게 요청하기 전에 더 조사해야 한다는 것을 압니다.

## 피해자

report-victims-question = 피해 아동
report-victims-intro = 플랫폼이 알고 있는 아동이 있다면 모두 추가하십시오. 알고 있는 아동이 없다면 비워 두십시오.
report-victims-none = 추가한 피해자가 없습니다.
report-victims-add = 피해자 추가
report-victims-add-another = 다른 피해자 추가
report-victims-why = 아동의 외견상 나이에 따라 적용되는 범죄와 경찰의 대응 속도가 달라집니다. 위치가 있으면 아동을 보호할 수 있는 부서로 사건이 전달됩니다.
report-victim-question = 아동에 대해 무엇을 알고 있습니까?
report-victim-intro = 플랫폼이 알고 있는 것을 적으십시오. 신분증 번호는 절대 적지 마십시오.
report-victim-esp-id-hint = 아동에게 귀사 플랫폼 계정이 있다면 그 계정 ID
report-victim-age = 나이 단서
report-victim-age-stated = 아동이 밝힌 나이
report-victim-age-stated-hint = 아동이 말한 나이를 세 단위로 입력하십시오. 성인이라고 주장했더라도 그대로 입력합니다.
report-victim-age-min = 추정 나이 (최소)
report-victim-age-max = 추정 나이 (최대)
report-victim-age-basis = 나이의 근거
report-victim-age-note = 나이에 관한 메모
report-victim-school = 학교
report-victim-age-stated-value = 본인이 밝힌 나이 { $age }세
report-victim-age-estimated-value = 추정 { $min }세에서 { $max }세
report-victim-numbered = 피해자 { $number }
report-age-basis-self-declared = 아동 본인이 밝힘
report-age-basis-account-birth-date = 계정의 생년월일
report-age-basis-reviewer-assessment = 검토자의 판단
report-age-basis-school-or-grade = 학교 또는 학년
report-age-basis-other = 기타

## 파일

report-files-question = 파일
report-files-intro = 각 파일을 해시로 기술하십시오. casebridge는 파일 자체를 절대 받지 않습니다.
report-files-none = 추가한 파일이 없습니다.
report-files-add = 파일 추가
report-files-add-another = 다른 파일 추가
report-files-why = 해시가 있으면 아무도 자료를 주고받지 않고도 경찰이 자체 데이터베이스와 파일을 대조할 수 있습니다. 사람이 파일을 열람했는지에 따라 증거로 쓸 수 있는지가 결정됩니다.
report-file-question = 어떤 파일입니까?
report-file-no-upload = 여기에는 업로드가 없습니다. 해시만 적으십시오. 자료 자체는 절대 보내지 마십시오.
report-file-name = 파일 이름
report-file-name-hint = 경찰에게 도움이 된다면 플랫폼에 기록된 그대로
report-file-hashes = 해시
report-file-hashes-hint = 하나 이상. MD5, SHA-1, SHA-256은 16진수, PDQ는 16진수 64자, PhotoDNA는 base64 텍스트
report-file-numbered = 파일 { $number }
report-file-viewed = 귀사의 사람이 이 파일을 열람했습니까?
report-file-viewed-hint = 사실대로 답하십시오. 플랫폼에서 아무도 열어 보지 않은 파일을 법원이 증거에서 배제한 사례가 있습니다.
report-file-attest = 나, { $name }은(는) 이 파일을 직접 열람했습니다
report-file-attest-hint = 이름과 시각이 파일과 함께 기록됩니다.
report-file-attested-by = 예: { $name }이(가) 열람함, { $at }
report-file-hash-list = 일치한 해시 목록
report-file-hash-list-hint = 목록과 대조하여 발견한 경우
report-file-public = 이 파일은 공개되어 있었습니까?
report-file-relevance = 이 파일은 보고서와 어떤 관계입니까?
report-file-relevance-reported = 신고 대상 자료임
report-file-relevance-supplemental-reported = 신고 대상 자료의 맥락을 보여 줌 (보충 자료)
report-file-annotations = 파일을 설명하는 것은 무엇입니까?
report-file-annotation-anime-drawing-virtual-hentai = 애니메이션, 그림 또는 가상
report-file-annotation-potential-meme = 밈일 가능성
report-file-annotation-viral = 널리 퍼진 자료
report-file-annotation-possible-self-production = 자기 촬영 가능성
report-file-annotation-physical-harm = 신체적 위해
report-file-annotation-violence-gore = 폭력 또는 잔혹 묘사
report-file-annotation-bestiality = 수간
report-file-annotation-live-streaming = 라이브 스트리밍
report-file-annotation-infant = 영아 또는 유아
report-file-annotation-generative-ai = AI로 생성되거나 변형됨
report-file-classification = 업계 분류
report-file-classification-hint = 보충 자료에는 쓰지 않습니다.
report-file-class-a1 = A1: 사춘기 이전, 성행위
report-file-class-a2 = A2: 사춘기 이전, 음란한 노출
report-file-class-b1 = B1: 사춘기, 성행위
report-file-class-b2 = B2: 사춘기, 음란한 노출

## 라이브 스트림

report-livestream-question = 라이브 스트림과 관련이 있습니까?
report-livestream-hint = 학대가 실시간으로 중계되었거나, 스트림 중에 준비되거나 대가가 지불된 경우
report-livestream-facts = 세션 정보
report-livestream-facts-intro = 라이브 스트림이 있었던 경우에만 적으십시오.
report-livestream-session = 세션 ID
report-livestream-started = 세션은 언제 시작했습니까?
report-livestream-ended = 언제 끝났습니까?
report-livestream-viewers = 시청자 수
report-livestream-viewer-accounts = 대가를 지불하거나 지시한 시청자
report-livestream-viewer-accounts-hint = 내부 ID 또는 화면 이름, 한 줄에 하나씩
report-livestream-anonymisation = 확인된 익명화 서비스
report-livestream-anonymisation-hint = VPN, Tor 등, 한 줄에 하나씩
report-livestream-recorded = 세션이 녹화되었습니까?
report-livestream-why = 세션 ID와 시각이 있으면 경찰이 스트림 기록을 요청할 수 있습니다. 대가를 지불하거나 지시한 시청자도 가해자입니다.

## 이전 보고서

report-prior-question = 이 건을 전에 보고한 적이 있습니까?
report-prior-hint = 같은 사람이나 콘텐츠에 대해 NCMEC이나 기관에 낸 이전 보고서
report-prior-yes = 예, 이전 보고서가 있습니다
report-prior-no = 이전 보고서를 찾지 못했습니다
report-prior-references = 이전 보고서 참조 번호
report-prior-reference = 참조 번호 { $number }
report-prior-kind = 보고한 곳
report-prior-kind-cybertipline = NCMEC CyberTipline
report-prior-kind-local-authority = 현지 기관
report-prior-kind-other = 기타
report-prior-why = 이전 보고서의 참조 번호가 있으면 경찰이 같은 가해자에 관한 사건들을 연결할 수 있습니다.

## 보고자와 연락처

report-reporter-question = 누가 보고하며, 경찰은 누구에게 연락할 수 있습니까?
report-reporter-organisation = 기관
report-reporter-name = 이름
report-reporter-email = 이메일 주소
report-reporter-phone = 전화번호
report-phone-hint = +와 국가 번호로 시작하는 국제 형식. 국내 형식 번호는 소속 기관 국가의 번호로 읽습니다.
report-le-contact-heading = 법 집행 담당 연락처
report-le-contact-intro = 이 보고서에 대해 경찰이 밤낮으로 연락할 사람 또는 팀
report-le-contact-name = 이름 또는 팀
report-le-contact-email = 이메일 주소
report-le-contact-phone = 전화번호
report-le-contact-247 = 언제든지 연락이 됩니까?
report-retention-heading = 보존 기간과 보전
report-retention-days = 신고 대상 데이터를 며칠 동안 보관합니까?
report-retention-days-hint = 경찰은 그 전에 기록을 요청해야 합니다.
report-legal-process-url = 경찰이 법적 절차를 송달하는 방법을 안내하는 곳
report-legal-process-url-hint = https://로 시작하는 웹 주소
report-preserved = 데이터를 보전했습니까?
report-preserved-hint = 일부 관할권은 보고할 때 보전을 요구합니다.
report-preservation-reference = 귀사의 보전 참조 번호
report-reporter-why = 긴급 상황에서 경찰에게는 언제든지 응답하는 담당자가 필요하고, 데이터가 언제까지 남아 있는지 알아야 합니다.

## 답변 확인

report-check-title = 검토를 요청하기 전에 보고서를 확인하십시오
report-check-pack-version = 규칙 팩 버전 { $version } 기준으로 확인함
report-check-errors = 보고서를 검토에 보내기 전에 고쳐야 할 문제 { $count }건
report-check-actionability = 조치 가능성 점검표
report-check-actionability-intro = 경찰이 되묻지 않고 조치하는 데 필요한 것입니다. 항목마다 가중치만큼 점수에 반영됩니다.
report-check-item = 항목과 경찰에게 중요한 이유
report-check-weight = 가중치
report-check-status = 상태
report-check-clocks = 기한
report-check-clocks-intro = 수신 관할권의 의무와 기한을 수신 사무소의 시간대와 UTC로 보여 줍니다.
report-check-clocks-none = 이 관할권의 규칙 팩에는 기한이 없습니다.
report-check-duty = 의무
report-check-due-local = 기한 (현지 시각)
report-check-due-utc = 기한 (UTC)
report-duty-report = 보고
report-duty-takedown = 삭제
report-duty-preservation = 보전
report-duty-cooperation = 협조
report-check-warnings = 경고
report-check-warnings-hint = 고치거나, 읽었으며 보고서를 이대로 보내야 한다는 것을 확인하려면 각 경고에 표시하십시오.
report-check-fix = 고치기
report-check-next = 검토 요청
report-check-next-text = 이 보고서를 작성하지 않은 소속 기관의 검토자가 확인합니다. 검토자가 승인하거나 반려할 때까지 보고서를 바꿀 수 없습니다.
report-check-submit = 검토 요청
report-check-returned = 검토자가 이 보고서를 반려했습니다
report-section-destination = 수신처
report-section-incident = 사건
report-section-accounts = 신고 대상 계정
report-section-account = 신고 대상 계정
report-section-ip-event = { $account }의 IP 기록 이벤트
report-section-victims = 피해자
report-section-victim = 피해자
report-section-files = 파일
report-section-file = 파일
report-section-livestream = 라이브 스트림
report-section-prior = 이전 보고서
report-section-reporter = 보고자와 연락처

## 검토

report-review-title = 보고서 검토
report-review-status = 상태:
report-status-draft = 초안
report-status-in-review = 검토 중
report-status-approved = 승인됨
report-review-history = 기록
report-review-action-submitted = 검토 요청함
report-review-action-returned = 의견과 함께 반려함
report-review-action-approved = 승인함
report-review-submitted-title = 검토 요청됨
report-review-submitted = 이제 소속 기관의 검토자가 보고서를 승인하거나 의견과 함께 반려합니다.
report-review-decide = 결정
report-review-approve-text = 보고서가 정확하고 경찰이 조치할 수 있을 만큼 충분하다면 승인하십시오.
report-review-approve = 보고서 승인
report-review-comment = 무엇을 바꿔야 합니까?
report-review-comment-hint = 보고서가 반려되면 작성자가 이 내용을 봅니다.
report-review-return = 의견과 함께 반려
report-review-reviewers-only = 검토자만 보고서를 승인하거나 반려할 수 있습니다.
report-review-not-in-review = 이 보고서는 검토를 기다리고 있지 않습니다.
report-review-attest-heading = 아무도 열람을 확인하지 않은 파일
report-review-attest-text = 이 파일 중 하나를 열람했다면 확인하십시오. 이름과 시각이 파일과 함께 기록됩니다.
report-review-attest-button = { $file }을(를) 직접 열람했습니다

## 오류

report-error-zone = 목록에서 시간대를 선택하십시오.
report-error-too-long = 글이 너무 깁니다.
report-error-country = 목록에서 국가 또는 지역을 선택하십시오.
report-error-jurisdiction-empty = 보고서를 보낼 관할권을 선택하십시오.
report-error-authority-empty = 보고서를 받을 기관을 선택하십시오.
report-error-harm-empty = 무슨 일이 있었는지 선택하십시오.
report-error-occurred-empty = 언제 일어났는지 입력하십시오.
report-error-imminent-empty = 아동이 임박한 위험에 처해 있는지 답하십시오.
report-error-aware-empty = 귀사가 언제 알게 되었는지 입력하십시오.
report-error-url = https://로 시작하는 웹 주소를 한 줄에 하나씩 입력하십시오.
report-error-account-empty = 계정의 식별자를 하나 이상 적으십시오. 내부 ID, 화면 이름, 프로필 주소, 이메일 또는 전화번호입니다.
report-error-accounts-empty = 신고 대상 계정을 하나 이상 추가하십시오.
report-error-ip-address = 203.0.113.7 또는 2001:db8::7 같은 IP 주소를 입력하십시오.
report-error-age = 0부터 17까지 나이를 세 단위로 입력하십시오.
report-error-age-stated = 밝힌 나이를 아동이 말한 그대로 0부터 150까지 정수로 입력하십시오.
report-error-victim-empty = 아동의 식별자, 나이 또는 위치를 하나 이상 적으십시오.
report-error-attest = 파일을 열람했다고 확인하려면 상자에 표시하거나, 아니요라고 답하십시오. 열람한 사람은 자신의 계정으로 확인합니다.
report-error-livestream-empty = 라이브 스트림과 관련이 있는지 답하십시오.
report-error-livestream-facts = 세션 ID 또는 세션이 시작된 시각을 적으십시오.
report-error-number = 정수를 입력하십시오.
report-error-prior-empty = 전에 보고한 적이 있는지 답하십시오.
report-error-prior-refs = 이전 보고서의 참조 번호를 하나 이상 적으십시오.
report-error-reporter-email-empty = 이메일 주소를 입력하십시오.
report-error-retention = 1부터 3650까지의 일수를 입력하십시오.
report-error-check-has-errors = 보고서를 검토에 보내기 전에 목록의 문제를 고치십시오.
report-error-check-unacknowledged = 보고서를 이대로 보내야 한다는 것을 확인하려면 각 경고에 표시하거나, 경고를 고치십시오.
report-error-self-approval = 이 보고서를 직접 작성했으므로 승인하거나 반려할 수 없습니다. 소속 기관의 다른 검토자가 해야 합니다.
report-error-approve-has-errors = 이 보고서는 더 이상 수신 관할권의 규칙을 통과하지 못합니다. 의견과 함께 작성자에게 반려하십시오.
report-error-comment-empty = 보고서를 승인하려면 무엇을 바꿔야 하는지 적으십시오.

## 인터넷상 위치

report-online-question = 인터넷의 어디에서 일어났습니까?
report-online-intro = 자료나 접촉이 있었던 웹 주소와 채팅 서비스입니다. 일부 관할권은 호스트에 보전과 삭제를 요청할 수 있도록 이를 요구합니다.
report-online-urls = 웹 주소
report-online-urls-hint = 한 줄에 하나씩, https://로 시작
report-online-third-party = 다른 회사가 호스팅합니까?
report-online-third-party-hint = 그러면 경찰이 그 회사에도 요청합니다.
report-online-web-note = 이 주소에 관한 메모
report-online-chat-heading = 채팅 또는 메시지
report-online-chat-client = 채팅 서비스 또는 앱
report-online-chat-client-hint = 예: 귀사 앱의 다이렉트 메시지
report-online-chat-room = 방, 그룹 또는 채널
report-online-why = 주소가 있으면 호스트가 자료를 보전하고 삭제할 수 있으며, 경찰은 어느 회사가 기록을 가지고 있는지 알 수 있습니다.
report-section-online = 인터넷상 위치
report-file-location = 파일은 어디에 호스팅되어 있었습니까?
report-file-location-hint = 파일이 아니라 https://로 시작하는 웹 주소
report-notice-received = 기관의 통지나 명령은 언제 도착했습니까?
report-notice-received-hint = 도착한 경우에만 적으십시오. 자료 삭제 같은 일부 의무는 이 시각부터 계산됩니다.

## 대시보드

dashboard-new-report = 새 보고서 작성
dashboard-review-queue = 검토를 기다리는 보고서
dashboard-my-reports = 내 보고서
dashboard-no-reports = 아직 작성한 보고서가 없습니다.
dashboard-report-returned = 의견과 함께 보고서를 작성자에게 반려했습니다.
dashboard-report-returned-status = 의견과 함께 반려됨

## 신고 삭제와 복제

report-duplicate = 복사본으로 새 신고 시작
report-delete-link = 이 초안 삭제
report-delete-title = 이 신고 초안을 삭제할까요?
report-delete-intro = 초안과 그 안의 모든 답변이 지워집니다. 되돌릴 수 없으며, 감사 기록에는 초안이 있었다는 기록이 남습니다.
report-delete-confirm = 초안 삭제
report-delete-cancel = 유지
report-delete-reviewed = 이 신고는 검토를 거쳤으므로 검토 기록과 함께 보관됩니다. 수정해서 다시 제출하거나 초안으로 두세요.
