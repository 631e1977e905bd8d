# 모든 패키지 PDF에 인쇄되는 고정 문구. PDF에는 영어와 수신자의 언어로 함께 표시됩니다.

package-sensitive = 민감 정보
package-document-type = 문서 유형
package-id = 패키지 ID
package-reference = 문서 참조 번호
package-sender = 발신자
package-recipient = 수신자
package-created-utc = 작성 시각 (UTC)
package-created-local = 작성 시각 ({ $zone })
package-json-sha256 = document.json의 SHA-256
package-page = { $total }쪽 중 { $current }쪽
package-continued = (계속)
package-training = 교육용
package-training-note = 교육 모드에서 가상의 데이터로 만든 문서입니다. 실제 요청이나 신고가 아닙니다.
