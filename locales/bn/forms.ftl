# PDF labels of issue 18, translated by meaning from English.

package-emergency = জরুরি
package-request-attested-statements = প্রত্যয়িত বিবৃতি
answer-ndo-until = জানানো স্থগিতের শেষ তারিখ
answer-ndo-requested = ব্যবহারকারীকে জানানো স্থগিত
answer-emergency-imminence = ক্ষতি কেন আসন্ন
answer-emergency-person = ঝুঁকিতে থাকা ব্যক্তি
answer-emergency-why = সাধারণ আইনি প্রক্রিয়া কেন অনেক ধীর
answer-legal-process-english = ইংরেজিতে বা অনুবাদসহ
answer-preservation-expiry = মূল সংরক্ষণের মেয়াদ শেষ
answer-data-details = রেকর্ডের বিস্তারিত বিবরণ
