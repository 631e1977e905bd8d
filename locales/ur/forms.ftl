# PDF labels of issue 18, translated by meaning from English.

package-emergency = ہنگامی
package-request-attested-statements = تصدیق شدہ بیانات
answer-ndo-until = اطلاع میں تاخیر کی آخری تاریخ
answer-ndo-requested = صارف کو اطلاع میں تاخیر
answer-emergency-imminence = نقصان کیوں قریب ہے
answer-emergency-person = خطرے میں شخص
answer-emergency-why = عام قانونی کارروائی کیوں بہت سست ہوگی
answer-legal-process-english = انگریزی میں یا ترجمے کے ساتھ
answer-preservation-expiry = اصل تحفظ کی میعاد ختم
answer-data-details = ریکارڈز کی تفصیل
answer-reporter-name = رپورٹ کنندہ کا نام
answer-reporter-email = رپورٹ کنندہ کا ای میل پتہ
answer-reporter-phone = رپورٹ کنندہ کا فون نمبر
answer-le-contact-name = قانون نافذ کرنے والوں کے لیے رابطہ
answer-le-contact-email = قانون نافذ کرنے والوں کے رابطے کا ای میل
answer-le-contact-phone = قانون نافذ کرنے والوں کے رابطے کا فون
