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
