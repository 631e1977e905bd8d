## 용어집 페이지: 양식에 쓰인 용어 설명.

glossary-title = casebridge에서 쓰는 용어
glossary-intro = 양식과 안내에 나오는 용어를, 기업과 경찰이 요청과 신고를 주고받을 때 쓰는 뜻으로 설명합니다.
glossary-link = 용어집
glossary-from-guidance = 여기 쓰인 용어는 용어집에서 설명합니다.

glossary-preservation = 보전 요청
glossary-preservation-meaning = 경찰이 공개를 허용하는 영장이나 명령을 받는 동안, 기업이 계정에 관해 가진 기록을 지금 상태 그대로 일정 기간(흔히 90일) 보관해 달라는 요청입니다. 그 자체로는 아무것도 공개하지 않습니다.
glossary-subscriber-information = 가입자 정보
glossary-subscriber-information-meaning = 계정을 만들고 쓸 때 이용자가 제공했거나 기업이 기록한 정보입니다. 이름, 이메일, 전화번호, 가입일, 로그인한 IP 주소 등이 해당합니다. 대부분의 기업은 통신자료 요청 수준의 절차로 제공하지만, 내용 정보에는 더 엄격한 영장이 필요합니다.
glossary-legal-process = 법적 절차 문서
glossary-legal-process-meaning = 기업에 기록 공개를 명하거나 허용하는 영장, 명령, 제출 요구 또는 법률에 따른 요청서로, 발부 권한이 있는 사람이나 법원이 서명한 것입니다. 기업은 계정을 정확히 특정했는지, 권한 있는 기관이 발부했는지 확인합니다.
glossary-mlat = 형사사법공조(MLAT)
glossary-mlat-meaning = 다른 나라에 있는 증거를 얻는 조약상의 경로입니다. 한 정부가 상대 정부에 요청하고, 그 나라 법원이 기업에 대한 명령을 발부합니다. 흔히 몇 달이 걸리며, 많은 기업이 외국 경찰에게는 이 경로로만 내용 정보를 제공합니다.
glossary-edr = 긴급 공개 요청
glossary-edr-meaning = 사람이 지금 사망하거나 중대한 피해를 입을 위험이 있어 통상의 영장 없이 하는 요청입니다. 긴급 기준을 충족하는지는 기업이 판단하므로, 경찰관은 어떤 위험인지, 왜 급박한지, 기록이 어떻게 도움이 되는지 적어야 합니다.
glossary-non-disclosure = 비공개 요청
glossary-non-disclosure-meaning = 요청 사실을 계정 주인에게 알리지 말라는 명령이나 요청으로, 대개 기간을 정합니다. 알리면 아동이 위험해지거나 증거가 없어질 수 있기 때문입니다. 이것이 없으면 많은 기업이 이용자에게 통지합니다.
glossary-cgnat = 통신사 NAT(CGNAT)
glossary-cgnat-meaning = 이동통신망과 많은 가정용 인터넷은 공인 IP 주소 하나를 여러 고객이 동시에 나눠 씁니다. 그래서 주소만으로는 수백 명을 가리키며, 한 사람을 찾으려면 통신사에 출발지 포트와 시간대를 포함한 정확한 시각이 필요합니다.
glossary-ip-port-time = IP 주소, 포트, 시각
glossary-ip-port-time-meaning = 인터넷 사업자가 주소를 쓴 사람을 찾게 해 주는 세 가지 사실입니다. 주소, 주소를 공유하는 망에서의 출발지 포트, 시간대를 포함해 초 단위까지의 시각입니다. 셋이 모두 있는 신고는 수사에 쓸 수 있지만, 하나라도 빠지면 쓸 수 없는 경우가 많습니다.
glossary-hash = 해시(MD5, SHA-1, SHA-256)
glossary-hash-meaning = 파일의 바이트로 계산한 짧은 지문입니다. 같은 파일은 늘 같은 해시가 나오므로 파일을 공유하지 않고도 특정할 수 있습니다. 한 바이트만 바뀌어도 해시는 완전히 달라집니다.
glossary-pdq = PDQ(지각 해시)
glossary-pdq-meaning = 바이트가 아니라 이미지의 겉모습으로 만든 지문이어서, 크기를 바꾸거나 다시 인코딩한 사본도 일치합니다. 두 PDQ 해시는 256비트 중 다른 비트 수(거리)로 비교하며, 거리가 작으면 같은 이미지일 가능성이 큽니다.
glossary-industry-classification = 업계 분류(A1, A2, B1, B2)
glossary-industry-classification-meaning = 기업이 NCMEC에 이미지를 신고할 때 쓰는 분류입니다. A는 사춘기 이전, B는 사춘기 아동이며, 1은 성행위, 2는 음란한 노출입니다. 기업의 사람이 직접 본 파일만 분류해야 합니다.
glossary-cybertipline = CyberTipline
glossary-cybertipline-meaning = 미국에 기반을 둔 기업이 아동 성학대물로 보이는 자료를 의무적으로 신고하는 NCMEC의 신고 체계입니다. NCMEC는 사건이 가리키는 나라의 경찰이 신고를 받아 볼 수 있게 하며, 아시아·태평양 경찰 대부분이 이 경로로 신고를 받습니다.
glossary-escalation = 긴급 표시(임박한 위험)
glossary-escalation-meaning = 아동이 지금 위험에 처한 것으로 보여 신고를 긴급으로 표시하는 것입니다. casebridge는 이메일 제목과 수신 기관의 수신함에 이를 표시하고, NCMEC 양식의 긴급 항목에 그 이유를 적습니다.
