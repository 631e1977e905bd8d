# 기업 디렉터리.

nav-directory = 기업 디렉터리
directory-title = 기업 디렉터리
directory-intro = 자료 요청을 보낼 곳, 국가별 이용자에 대해 응답하는 법인, 자료 종류별로 필요한 법적 절차를 안내합니다.
directory-unverified-explained = 미확인 표시가 있는 사실은 기업이 직접 공개한 자료로 확인되지 않은 것입니다. 이에 의존하기 전에 해당 기업의 수사기관 안내 페이지를 확인하십시오.
directory-company = 기업
directory-services = 서비스
directory-intake = 요청 접수처
directory-unverified-count = 미확인 사실
directory-entity-country = 설립 국가
directory-entity-serves = 담당 이용자 국가
directory-serves-all-others = 다른 법인에 지정되지 않은 모든 국가
directory-channel = 경로
directory-address = 주소
directory-request-types = 접수하는 요청 유형
directory-accepted = 접수
directory-process = 필요한 법적 절차
directory-limits = 제한
directory-max-range = 한 번의 요청에서 가능한 최대 기간
directory-preservation-days = 보존 기간
directory-renewable = 보존 기간 연장 가능
directory-emergency = 긴급 요청
directory-around-the-clock = 24시간 처리
directory-not-published = 공개되지 않음
directory-days = { $days }일
directory-source = 출처:
directory-checked = { $date } 확인
tag-fictional = 가상
yes = 예
no = 아니요

channel-portal = 온라인 포털
channel-portal-kodex = Kodex 포털
channel-email = 이메일
channel-web-form = 웹 양식
channel-post = 우편
channel-phone = 전화
channel-none-published = 공개된 경로 없음

process-official-request = 기관 공문으로 작성한 서면 요청
process-local = 요청 국가의 법적 절차
process-home-or-treaty = 조약(형사사법공조) 또는 국제 제출명령과 같은 협정을 통한 기업 본국의 법적 절차

## 디렉터리 수정 (관리자)

admin-directory-edit-link = 이 정보 수정
admin-directory-title = { $company } 수정
admin-directory-heading = 디렉터리 수정
admin-directory-intro = casebridge가 수사관에게 알려 주는 이 회사의 정보를 바꿉니다. 정보 묶음마다 출처와 확인한 날짜를 적고, 회사가 직접 공개한 자료로 확인된 경우에만 확인됨으로 표시하세요. 법인 정보는 배포 데이터 파일에서 바꿉니다.
admin-directory-source = 출처
admin-directory-source-hint = 이 정보를 확인한 주소나 문서.
admin-directory-checked = 확인한 날짜
admin-directory-status = 출처로 확인되었나요?
admin-directory-verified = 확인됨
admin-directory-unverified = 확인되지 않음
admin-directory-note = 메모
admin-directory-process-subscriber = 가입자 정보
admin-directory-process-traffic = 트래픽 데이터와 IP 기록
admin-directory-process-content = 저장된 콘텐츠
admin-directory-days-hint = 일 단위. 회사가 공개하지 않으면 비워 두세요.
admin-directory-save = 수정 내용 저장
admin-directory-history = 이전 수정
admin-directory-no-history = 아직 없습니다. casebridge와 함께 배포된 정보입니다.
admin-directory-saved-title = 저장됨
admin-directory-saved = 디렉터리를 수정했습니다. 이제부터 수사관에게 새 정보가 보입니다.
error-admin-directory-source = 이 정보의 출처를 입력하세요
error-admin-directory-checked-future = 확인한 날짜는 미래일 수 없습니다
error-admin-directory-status = 출처가 이 정보를 확인하는지 선택하세요
error-admin-directory-choose = 선택지 중 하나를 고르세요
error-admin-directory-days = 1–3650 사이의 일수를 입력하거나 비워 두세요
error-admin-directory-types = 요청 유형을 하나 이상 선택하세요
error-admin-directory-address = 주소를 입력하세요
error-admin-directory-invalid = 이 정보는 디렉터리의 나머지와 맞지 않습니다. 가상의 회사는 예약된 .test 또는 example 도메인 주소를 유지해야 합니다
