# PDF labels of issue 18, translated by meaning from English.

package-emergency = បន្ទាន់
package-request-attested-statements = សេចក្តីថ្លែងដែលបានបញ្ជាក់
answer-ndo-until = កាលបរិច្ឆេទបញ្ចប់នៃការពន្យារការជូនដំណឹង
answer-ndo-requested = ការពន្យារការជូនដំណឹងដល់អ្នកប្រើប្រាស់
answer-emergency-imminence = ហេតុអ្វីគ្រោះថ្នាក់ជិតមកដល់
answer-emergency-person = អ្នកដែលស្ថិតក្នុងហានិភ័យ
answer-emergency-why = ហេតុអ្វីនីតិវិធីច្បាប់ធម្មតាយឺតពេក
answer-legal-process-english = ជាភាសាអង់គ្លេស ឬមានការបកប្រែ
answer-preservation-expiry = ថ្ងៃផុតកំណត់នៃការរក្សាទុកដើម
answer-data-details = ព័ត៌មានលម្អិតនៃកំណត់ត្រា
answer-reporter-name = ឈ្មោះអ្នករាយការណ៍
answer-reporter-email = អាសយដ្ឋានអ៊ីមែលរបស់អ្នករាយការណ៍
answer-reporter-phone = លេខទូរស័ព្ទរបស់អ្នករាយការណ៍
answer-le-contact-name = អ្នកទំនាក់ទំនងសម្រាប់អាជ្ញាធរអនុវត្តច្បាប់
answer-le-contact-email = អ៊ីមែលអ្នកទំនាក់ទំនងសម្រាប់អាជ្ញាធរអនុវត្តច្បាប់
answer-le-contact-phone = ទូរស័ព្ទអ្នកទំនាក់ទំនងសម្រាប់អាជ្ញាធរអនុវត្តច្បាប់
