# 오류 페이지, 오류 요약 및 입력값 검증 메시지.

error-title-prefix = 오류:
error-prefix = 오류:
error-summary-title = 문제가 있습니다
error-status = 오류 { $status }
error-go-home = 대시보드로 이동

error-400-title = 요청을 해석할 수 없습니다
error-400-body = 전송된 내용 중 casebridge가 해석할 수 없는 부분이 있습니다. 이전 페이지로 돌아가 내용을 확인한 후 다시 시도하십시오.
error-401-title = 로그인 필요
error-401-body = 유효한 로그인 또는 API 토큰이 필요합니다.
error-403-title = 이 페이지에 접근할 권한이 없습니다
error-403-body = 계정의 역할 또는 소속 조직으로는 이 작업을 할 수 없습니다. 권한이 있어야 한다고 판단되면 소속 조직의 관리자에게 문의하십시오.
error-404-title = 페이지를 찾을 수 없습니다
error-404-body = 주소를 직접 입력했다면 주소가 올바른지 확인하십시오. 링크를 따라왔다면 페이지가 이동했거나 다른 조직의 페이지일 수 있습니다.
error-405-title = 이 페이지는 이러한 방식으로 사용할 수 없습니다
error-413-title = 전송한 내용이 너무 큽니다
error-413-body = 파일 또는 양식이 casebridge에서 받을 수 있는 크기보다 큽니다. 크기를 줄여 다시 시도하십시오.
error-500-title = 죄송합니다. casebridge에 문제가 발생했습니다
error-500-body = 입력한 내용은 사라지지 않았습니다. 완료한 단계는 모두 저장되었습니다. 몇 분 후 다시 시도하십시오.
error-csrf-title = 이 양식은 만료되었습니다
error-csrf-body = 보안을 위해 양식은 제한된 시간 동안 casebridge 안에서만 사용할 수 있습니다. 변경된 내용은 없습니다. 이전 페이지로 돌아가 페이지를 새로 고친 후 다시 제출하십시오.

error-email-empty = 이메일 주소를 입력하십시오
error-email-malformed = 이메일 주소를 올바른 형식으로 입력하십시오(예: name@police.go.kr)
error-password-empty = 비밀번호를 입력하십시오
error-password-too-short = 비밀번호는 { $min }자 이상이어야 합니다. 서로 관련 없는 단어 네다섯 개로 된 문구면 충분히 길고 기억하기도 쉽습니다.
error-password-easy-to-guess = 이 비밀번호는 너무 쉽게 추측할 수 있습니다. 같은 문자의 반복, 흔한 패턴, 흔한 단어, 이름 또는 이메일 주소가 들어 있습니다. 서로 관련 없는 단어 네다섯 개로 된 문구를 사용하거나 casebridge가 비밀번호를 생성하게 하십시오.
error-login-refused = 이메일 주소 또는 비밀번호가 올바르지 않습니다
error-login-throttled-account = 이 계정의 로그인 실패 횟수가 너무 많습니다. { $minutes }분 후 다시 시도하십시오.
error-login-throttled-address = 이 네트워크에서의 로그인 실패 횟수가 너무 많습니다. { $minutes }분 후 다시 시도하십시오.
error-officer-email-not-government = 수사관의 이메일 주소는 해당 수사관 소속 국가의 정부 도메인이어야 합니다
error-officer-email-test-domain = .test로 끝나는 주소는 데모 및 교육 조직에서만 사용할 수 있습니다

error-datetime-empty = 날짜와 시간을 입력하십시오
error-datetime-incomplete = 일, 월, 연도, 시, 분을 입력하십시오
error-datetime-invalid = 실제 날짜와 00:00:00부터 23:59:59 사이의 시간을 입력하십시오 (초는 선택 사항입니다)
error-datetime-year = 연도를 2026과 같이 네 자리 숫자로 입력하십시오
error-datetime-zone = 목록에서 시간대를 선택하십시오
error-datetime-dst = { $zone }에서는 시계 변경(서머타임)으로 인해 이 현지 시간이 존재하지 않거나 두 번 나타납니다. 한 시간 이르거나 늦은 시간을 입력하거나 UTC를 사용하십시오
error-cc-too-many = 동료는 최대 { $max }명까지 참조할 수 있습니다
error-cc-address = { $address }: { $problem }
error-cc-other-domain = 같은 기관 이메일 도메인의 동료만 참조할 수 있습니다
error-cc-line-too-long = 동료 주소는 각각 254자를 넘을 수 없습니다
