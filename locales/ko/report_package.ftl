# APAC 신고 패키지 PDF의 항목 이름(영어와 수신 국가 언어로 인쇄)과 신고 패키지 API의 메시지.

package-report-kind = 온라인 아동 성착취 신고
package-report-actionability = 조치 가능성
package-report-clocks = 기한
package-report-col-item = 항목
package-report-col-status = 상태
package-report-col-weight = 가중치
package-report-col-duty = 의무
package-report-col-due-local = 기한 (현지 시각)
package-report-col-due-utc = 기한 (UTC)
report-package-not-ready = 신고가 아직 수신 국가의 규칙을 충족하지 않습니다. 먼저 오류를 고치세요.
