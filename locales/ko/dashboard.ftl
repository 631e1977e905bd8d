# 대시보드 및 관리 개요.

dashboard-title = 내 대시보드
dashboard-documents = 요청 및 신고
dashboard-no-documents = 소속 조직에 아직 요청이나 신고가 없습니다.
dashboard-account = 내 계정
document-reference = 참조 번호
document-title = 제목
document-status = 상태
document-updated = 최종 수정(UTC)

account-name = 이름
account-email = 이메일 주소
account-role = 역할
account-organisation = 조직
account-country = 국가

admin-title = 관리
admin-intro = 이 casebridge 설치본의 조직, 계정 및 최근 감사 기록입니다. 조직과 계정은 casebridge 명령줄에서 추가합니다.
admin-orgs = 조직
admin-org-name = 이름
admin-org-slug = 슬러그
admin-org-kind = 유형
admin-org-country = 국가
admin-org-answers-for = 담당 항목
org-link-change = 변경
org-link-title = { $org } 연결
org-link-heading = 이 조직이 담당하는 항목
org-link-intro-member = 회원 조직은 디렉터리의 자사 회사를 담당합니다. 회사의 법인 중 어느 곳에 보낸 기록 요청이든 이 조직의 casebridge 받은편지함으로 전달됩니다.
org-link-intro-authority = 기관 조직은 규칙 팩의 기관 하나를 담당합니다. 그 기관에 보낸 신고가 이 조직의 casebridge 받은편지함으로 전달됩니다.
org-link-kind-cannot = 문서를 받는 조직은 회원 조직과 기관 조직뿐이므로 이 조직은 연결할 수 없습니다.
org-link-current = 현재 연결: { $entry }
org-link-demo = 데모 조직입니다. 다른 데모 조직에서 보낸 문서만 받을 수 있고, 메일은 발신함 폴더로만 갑니다.
org-link-label = 디렉터리 항목
org-link-hint = 각 항목은 한 조직에만 연결할 수 있습니다.
org-link-none = 연결 안 함: 받은편지함으로 아무것도 전달되지 않음
org-link-save = 연결 저장
org-link-saved-title = 연결 저장됨
org-link-saved = 조직의 연결이 저장되었고 감사 로그에 기록되었습니다.
org-link-error-choose = 목록에서 항목을 선택하세요
admin-users = 계정
admin-audit = 최근 감사 기록
admin-audit-at = 시간(UTC)
admin-audit-action = 작업
admin-audit-actor = 계정
admin-audit-ip = IP 주소

dashboard-new-request = 새 자료 요청 작성
dashboard-notice-title = 완료
dashboard-saved = 입력한 내용이 저장되었습니다. 아래 목록에서 요청을 열어 계속 작성하십시오.
dashboard-deleted = 초안이 삭제되었습니다.
status-draft = 초안
dashboard-status-superseded = 새 버전으로 대체됨
status-final = 완료
