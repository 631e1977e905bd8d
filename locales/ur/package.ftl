# پیکیج PDF کے مستقل الفاظ، انگریزی کے ساتھ اردو میں چھپتے ہیں۔ (PDF labels only: casebridge has no Urdu interface.)

package-sensitive = حساس
package-document-type = دستاویز کی قسم
package-id = پیکیج آئی ڈی
package-reference = دستاویز کا حوالہ
package-sender = بھیجنے والا
package-recipient = وصول کنندہ
package-created-utc = تیاری کا وقت (UTC)
package-created-local = تیاری کا وقت ({ $zone })
package-json-sha256 = document.json کا SHA-256
package-page = صفحہ { $current } از { $total }
package-continued = (گزشتہ صفحے سے جاری)
package-training = تربیت
package-training-note = تربیتی موڈ میں فرضی ڈیٹا سے تیار کیا گیا۔ یہ اصل درخواست یا رپورٹ نہیں ہے۔
