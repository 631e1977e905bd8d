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

process-official-request = 기관 공문으로 작성한 서면 요청
process-local = 요청 국가의 법적 절차
process-home-or-treaty = 조약(형사사법공조) 또는 국제 제출명령과 같은 협정을 통한 기업 본국의 법적 절차
