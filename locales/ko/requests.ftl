# 자료 요청 작성.

guidance-why = 왜 중요한가요
request-untitled = 새 자료 요청
request-reference = 참조 번호:

request-start-title = 기술 기업에 보낼 자료 요청 작성
request-start-intro = casebridge는 기업이 되묻지 않고 바로 처리할 수 있는 요청을 작성하도록 안내합니다. 올바른 법인, 올바른 법적 절차, 정확한 식별자와 기간을 갖춘 요청입니다.
request-start-need-heading = 준비할 것
request-start-need-process = 보유한 법적 절차, 또는 긴급 요청이나 보존 요청의 사유
request-start-need-targets = 계정 식별자: 사용자 이름, 계정 번호, 이메일 주소, 전화번호, 포트를 포함한 IP 주소
request-start-need-times = 요청하는 각 사건의 날짜, 시각, 시간대
request-start-need-emergency = 긴급 요청인 경우: 위험에 처한 사람, 위험이 임박한 이유, 24시간 연락 가능한 전화번호, 상급자 이름
request-start-saved = 약 15분이 걸립니다. 계속을 누를 때마다 각 단계가 저장되므로 중간에 멈추고 나중에 다시 이어서 작성할 수 있습니다.
request-start-button = 시작하기

request-overview-title = 자료 요청
request-overview-intro = 각 항목을 완료하십시오. 요청을 확인 서명하기 전까지 어느 항목이든 다시 수정할 수 있습니다.
request-step-company = 기업 및 법인
request-step-type = 요청 유형
request-duplicate = 이 요청 복제
request-delete = 이 초안 삭제

request-company-question = 자료를 보유한 기업은 어디입니까?
request-company-hint = 계정이 있는 서비스를 선택하십시오. casebridge가 귀하의 국가 이용자를 담당하는 기업의 법인을 알려 줍니다.
request-company-why = 기업은 이용자의 지역을 담당하는 법인을 통해 응답합니다. 잘못된 법인에 보낸 요청은 처리되지 않고 반송될 수 있으며, 그만큼 며칠이 지연됩니다.
error-request-company-empty = 자료를 보유한 기업을 선택하십시오

request-entity-question = 요청을 어느 법인 앞으로 보내야 합니까?
request-entity-hint = 자료가 필요한 이용자를 담당하는 법인 앞으로 보내십시오.
request-entity-serves = 담당 이용자 국가: { $countries }
request-entity-expected = 기업의 안내에 따르면 귀하의 국가 이용자는 { $entity }이(가) 담당합니다.
error-request-entity-empty = 요청을 보낼 법인을 선택하십시오

request-type-question = 어떤 유형의 요청입니까?
request-type-preservation-hint = 법적 절차를 확보하는 동안 기업에 기록 보존을 요청합니다. 자료는 공개되지 않습니다.
request-type-emergency-hint = 누군가 사망하거나 중상을 입을 위험이 임박했고 통상 절차로는 너무 늦는 경우에만 사용합니다.
request-type-subscriber-hint = 이용자가 제공한 이름, 이메일, 전화번호, 가입 정보와 계정 생성 시각 및 위치입니다.
request-type-traffic-hint = 메시지 내용을 제외한 활동 기록입니다. 예: IP 주소, 포트, 시각이 포함된 로그인 기록.
request-type-content-hint = 메시지, 게시물, 이미지 등 저장된 콘텐츠입니다. 보통 조약을 통한 영장이나 국제 제출명령이 필요합니다.
request-type-not-accepted = { $company }은(는) 본국 외 기관으로부터 다음 요청 유형을 받지 않습니다: { $types }.
request-type-unverified = casebridge는 기업이 직접 공개한 자료로 어떤 요청 유형을 받는지 확인하지 못했습니다.
request-type-why = 요청 유형마다 필요한 사실과 법적 절차가 다릅니다. 먼저 올바른 유형을 선택하면 이 요청에 필요한 질문만 받게 됩니다.
error-request-type-empty = 요청 유형을 선택하십시오

request-delete-title = 이 초안을 삭제하시겠습니까?
request-delete-body = 초안과 입력한 내용이 삭제됩니다. 되돌릴 수 없습니다.
request-delete-confirm = 초안 삭제
request-delete-cancel = 초안 유지
