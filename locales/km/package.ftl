# ពាក្យថេរនៃកញ្ចប់ PDF បោះពុម្ពជាភាសាខ្មែរជាមួយភាសាអង់គ្លេស។ (PDF labels only: casebridge has no Khmer interface.)

package-sensitive = ព័ត៌មានរសើប
package-document-type = ប្រភេទឯកសារ
package-id = លេខសម្គាល់កញ្ចប់
package-reference = លេខយោងឯកសារ
package-sender = អ្នកផ្ញើ
package-recipient = អ្នកទទួល
package-created-utc = ពេលវេលាបង្កើត (UTC)
package-created-local = ពេលវេលាបង្កើត ({ $zone })
package-json-sha256 = SHA-256 នៃ document.json
package-page = ទំព័រ { $current } នៃ { $total }
package-continued = (តពីទំព័រមុន)
package-training = ការបណ្តុះបណ្តាល
package-training-note = បង្កើតក្នុងរបៀបបណ្តុះបណ្តាល ដោយប្រើទិន្នន័យប្រឌិត។ មិនមែនជាសំណើ ឬរបាយការណ៍ពិតទេ។
