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
answer-reporter-name = প্রতিবেদকের নাম
answer-reporter-email = প্রতিবেদকের ইমেল ঠিকানা
answer-reporter-phone = প্রতিবেদকের ফোন নম্বর
answer-le-contact-name = আইন প্রয়োগকারী যোগাযোগ
answer-le-contact-email = আইন প্রয়োগকারী যোগাযোগের ইমেল
answer-le-contact-phone = আইন প্রয়োগকারী যোগাযোগের ফোন
