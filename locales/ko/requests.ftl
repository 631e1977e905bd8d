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

request-step-basis = 법적 근거
request-basis-question = 어떤 법적 권한에 근거한 요청입니까?
request-basis-hint = 기업은 유효한 법적 근거를 밝히지 않은 요청을 거부합니다.
basis-preservation-pending = 아직 절차 없음: 절차를 확보하는 동안 기록 보존 요청
basis-emergency-disclosure = 법적 절차 없는 긴급 공개
basis-domestic-request = 우리나라 법률에 따른 서면 요청
basis-domestic-order = 우리나라 법원의 명령, 영장 또는 제출명령
basis-mlat = 형사사법공조 요청(조약 또는 촉탁서)
basis-production-order = 우리나라와 기업 소재국 간 협정에 따른 국제 제출명령
request-basis-provision = 어떤 법률, 명령 또는 조약에 근거합니까?
request-basis-provision-hint = 사이버범죄 관련 법률의 조항이나 조약 등 근거 규정을 적으십시오.
request-basis-reference = 명령 또는 요청의 참조 번호
request-basis-reference-hint = 법원 명령, 영장 또는 조약 요청서에 적힌 번호입니다.
request-basis-why = 기업은 인용한 권한으로 요청한 자료를 공개할 수 있는지 확인합니다. 근거를 정확히 밝히면 보완 요구를 피할 수 있습니다.
request-basis-route-intro = 요청한 기록은 기업 본국의 법적 절차가 필요합니다.
request-basis-route-link = 우리나라에서 확보하는 방법 보기
error-basis-empty = 요청의 근거가 되는 법적 권한을 선택하십시오
error-basis-not-for-type = 이 법적 권한은 선택한 요청 유형에 맞지 않습니다
error-basis-needs-home-process = 이 기업은 본국의 법적 절차가 있을 때에만 이 기록을 제공합니다. 형사사법공조 요청을 이용하거나, 협정이 허용하는 경우 국제 제출명령을 이용하십시오
error-basis-no-agreement = 우리나라와 기업 소재국 사이에 국제 제출명령을 허용하는 협정이 발효되어 있지 않습니다
error-basis-provision-empty = 요청의 근거가 되는 법률, 명령 또는 조약을 입력하십시오
error-basis-provision-long = 법적 근거는 500자 이하여야 합니다
error-basis-reference-long = 참조 번호는 200자 이하여야 합니다

request-route-title = 이 기록을 확보하는 방법
request-route-why = { $entity }은(는) { $country } 법에 따라 기록을 보유합니다. 해당 국가의 법적 절차가 있을 때에만 제공하며, 외국 기관은 아래 경로 중 하나로 이를 확보합니다.
request-route-options = 선택 가능한 경로
request-route-ipo-heading = 국제 제출명령
request-route-ipo = { $country }와(과) 기업 소재국 간 협정이 { $date }부터 발효되어 있습니다. 이에 따라 귀 기관이 기업에 직접 명령을 송달할 수 있습니다.
request-route-no-ipo = { $country }와(과) 기업 소재국 사이에는 국제 제출명령을 허용하는 협정이 발효되어 있지 않습니다.
request-route-mlat-heading = 형사사법공조
request-route-mlat = 귀국의 중앙당국이 형사사법공조 조약에 따른 요청 또는 촉탁서를 { $country } 당국에 보내고, 그 당국이 현지에서 명령을 받습니다. 소요 기간은 중앙당국에 문의하십시오. 몇 달이 걸리는 경우가 많습니다.
request-route-preserve-heading = 지금 기록 보존하기
request-route-preserve = 요청이 처리되는 동안 기록이 삭제되지 않도록 기업에 보존을 요청하십시오. 보존 요청에는 법적 절차가 필요 없으며, 대부분의 기업은 90일 동안 기록을 보존하고 연장도 가능한 경우가 많습니다.
request-route-preserve-link = 보존 요청 시작

request-step-requester = 요청 수사관 및 기관
request-requester-question = 요청하는 사람은 누구입니까?
request-requester-intro = 기업은 응답하기 전에 요청이 실제 기관의 실제 수사관으로부터 온 것인지 확인합니다. 계정에 이미 있는 정보는 미리 채워져 있습니다.
request-requester-name = 성명
request-requester-rank = 계급 또는 직위
request-requester-rank-hint = 예: 경감
request-requester-badge = 경찰공무원증 또는 직원 번호
request-requester-email = 공식 이메일 주소
request-requester-domains = 소속 기관 국가의 정부 도메인이어야 합니다: { $domains }.
request-requester-phone = 전화번호
request-requester-phone-hint = 기업이 회신 전화를 할 수 있는 번호입니다. 소속 기관 국가의 번호가 아니면 국가 번호를 포함하십시오.
request-requester-agency = 기관
request-requester-unit = 부서 또는 지부
request-requester-case = 사건 번호 또는 참조 번호
request-requester-case-hint = 기업이 회신에 인용할 수 있는 귀 기관의 자체 참조 번호입니다.
request-requester-offence = 수사 중인 범죄
request-requester-offence-hint = 범죄명과 근거 법률을 적으십시오. 주민등록번호 등 국가 신분증 번호는 적지 마십시오.
request-requester-why = 기업은 확인할 수 없는 요청을 거부합니다. 사기범은 개인 메일함이나 탈취한 메일함에서 가짜 요청을 보내므로, 기업은 공식 주소, 계급, 공무원증 번호, 사건 참조 번호를 확인합니다.
error-requester-name-empty = 성명을 입력하십시오
error-requester-rank-empty = 계급 또는 직위를 입력하십시오
error-requester-badge-empty = 공무원증 또는 직원 번호를 입력하십시오
error-requester-agency-empty = 기관명을 입력하십시오
error-requester-case-empty = 사건 번호 또는 참조 번호를 입력하십시오
error-requester-offence-empty = 수사 중인 범죄를 입력하십시오
error-requester-too-long = 이 답변은 500자 이하여야 합니다
error-phone-empty = 전화번호를 입력하십시오
error-phone-invalid = 실제 존재하는 전화번호를 입력하십시오. 예: 010-5555-0101 또는 +82 10-5555-0101

request-step-preservation = 보존 세부 사항
request-preservation-question = 최초 보존 요청입니까, 연장 요청입니까?
request-preservation-original = 이 기록의 보존을 처음 요청함
request-preservation-extension = 아직 유효한 보존의 연장
request-preservation-extension-hint = 대부분의 기업은 보존한 기록을 90일 동안 유지하며, 기간이 끝나기 전에 한 번의 연장을 받습니다.
request-preservation-if-extension = 연장 요청이라면 최초 보존에 대해 알려 주십시오.
request-preservation-reference = 최초 보존에 대한 기업의 참조 번호
request-preservation-reference-hint = 최초 요청에 대한 기업의 확인 회신에 적혀 있습니다.
request-preservation-expiry = 최초 보존은 언제 만료됩니까?
request-preservation-expiry-hint = 예: 27 2 2027
request-preservation-why = 최초 참조 번호를 밝힌 연장 요청은 기업이 보존된 기록을 바로 찾을 수 있게 합니다. 보존 기간이 끝나면 기록이 삭제될 수 있으며, 새로운 요청만이 도움이 됩니다.
error-preservation-kind-empty = 최초 요청인지 연장 요청인지 선택하십시오
error-preservation-reference-empty = 최초 보존에 대한 기업의 참조 번호를 입력하십시오
error-preservation-expired = 최초 보존은 { $date }에 만료되어 연장할 수 없습니다. 대신 최초 보존 요청을 보내십시오
error-date-empty = 날짜를 입력하십시오
error-date-incomplete = 일, 월, 연도를 입력하십시오
error-date-invalid = 실제 존재하는 날짜를 입력하십시오

## 첫 단계에서 적을 내용

request-company-include = 계정을 본 서비스. 사용자가 다른 지역에 있을 수 있다면 대상 단계에서 그곳을 적으세요. 그 지역을 다른 법인이 담당하면 casebridge가 알려 줍니다.
request-type-include = 절차를 마련할 시간이 필요하면 먼저 보존을, 생명이나 안전에 임박한 위험이 있을 때만 긴급을, 그 밖에는 필요한 기록을 담는 가장 좁은 유형을 고르세요.
request-basis-include = 정확한 조항과, 올릴 문서에 인쇄된 명령 자체의 참조 번호.
request-requester-include = 회사가 확인할 수 있는 이름, 계급, 배지 번호, 기관 공식 도메인의 주소, 국가 번호가 있는 전화번호, 후속 연락에서 인용할 사건 번호.
request-preservation-include = 연장인 경우: 첫 요청에 대한 회사의 접수 확인에 있는 참조 번호와 보존이 끝나는 날짜.

basis-summary-preservation-pending = 법적 절차를 확보하는 동안의 보존
basis-summary-emergency-disclosure = 법적 절차 없는 긴급 공개
basis-summary-domestic-request = 요청 국가의 법률에 따른 서면 요청
basis-summary-domestic-order = 요청 국가의 법원 명령, 영장 또는 제출명령
basis-summary-mlat = 형사사법공조 요청(조약 또는 촉탁서)
basis-summary-production-order = 요청 국가와 기업 소재국 간 협정에 따른 국제 제출명령
