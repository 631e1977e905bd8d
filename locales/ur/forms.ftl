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
