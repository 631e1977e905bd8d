# Labels of an APAC report's package PDF, printed in English and in the
# destination's language, and the report package API's messages.

package-report-kind = Report of online child sexual exploitation
package-report-actionability = Actionability
package-report-clocks = Deadlines
package-report-col-item = Item
package-report-col-status = Status
package-report-col-weight = Weight
package-report-col-duty = Duty
package-report-col-due-local = Due (local time)
package-report-col-due-utc = Due (UTC)
report-package-not-ready = The report does not meet its destination’s rules yet: fix the errors first.
