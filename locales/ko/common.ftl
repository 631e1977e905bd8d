# 레이아웃, 메뉴 및 여러 페이지에서 쓰는 문구.

skip-to-main = 본문으로 건너뛰기
nav-label = 주 메뉴
nav-dashboard = 대시보드
nav-admin = 관리
nav-sign-out = 로그아웃
language-switcher-label = 언어
banner-demo = 데모 조직: 이곳의 모든 내용은 가상이며 실제 수신자에게는 아무것도 보낼 수 없습니다.
footer-fictional-data = 데모와 교육에는 가상의 인물, 계정, 주소만 사용합니다. 데모 조직에는 실제 사건 데이터를 절대 입력하지 마십시오.
session-idle-notice = 보안을 위해 { $minutes }분 동안 활동이 없으면 로그아웃됩니다. 완료한 단계는 모두 저장됩니다.

optional = (선택)
not-provided = 제공되지 않음
change = 변경
back = 이전
continue = 계속
save-and-return = 저장하고 나중에 계속
warning = 경고
select-placeholder = 선택하십시오
step-indicator = { $total }단계 중 { $current }단계
fact-unverified = 미확인

status-completed = 완료
status-incomplete = 미완료
status-cannot-start = 아직 시작할 수 없음

tag-demo = 데모
tag-training = 교육
tag-disabled = 비활성

datetime-day = 일
datetime-month = 월
datetime-year = 연도
datetime-hour = 시
datetime-minute = 분
datetime-zone = 시간대
datetime-second = 초 (아는 경우)
datetime-zone-search = 시간대 찾기
datetime-zone-likely = UTC 및 이 지역의 시간대
datetime-zone-others = 그 밖의 모든 시간대

role-officer = 수사관
role-member-analyst = 안전 분석 담당자
role-member-reviewer = 안전 검토 담당자
role-trainer = 교육 담당자
role-admin = 관리자

org-kind-agency = 수사기관
org-kind-member = 기술 기업
org-kind-authority = 신고 접수 기관
org-kind-operator = casebridge 운영자
session-timeout-title = 곧 로그아웃됩니다
session-timeout-warning = 보안을 위해 활동이 없어 2분 이내에 casebridge에서 로그아웃됩니다. 완료한 내용은 저장되어 있습니다.
session-stay-signed-in = 로그인 유지

request-type-preservation = 보존 요청
request-type-emergency = 긴급 공개 요청
request-type-subscriber = 기본 가입자 정보
request-type-traffic = 통신 기록 및 IP 로그
request-type-content = 저장된 콘텐츠
