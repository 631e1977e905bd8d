# 로그인 및 로그아웃.

login-title = casebridge 로그인
login-intro = 소속 조직에서 발급한 이메일 주소와 비밀번호를 사용하십시오.
login-email-label = 이메일 주소
login-password-label = 비밀번호
login-submit = 로그인
login-help = 비밀번호를 잊었거나 계정이 잠겼다면 소속 조직의 casebridge 관리자에게 문의하십시오. casebridge 직원은 비밀번호를 절대 묻지 않습니다.
login-notice-title = 중요
login-expired = { $minutes }분 동안 활동이 없어 로그아웃되었습니다. 완료한 내용은 모두 저장되었습니다. 계속하려면 로그인하십시오.
login-signed-out = 로그아웃되었습니다.
