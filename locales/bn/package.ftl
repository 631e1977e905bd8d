# প্যাকেজ PDF-এর স্থির শব্দ, ইংরেজির পাশে বাংলায় ছাপা হয়। (PDF labels only: casebridge has no Bengali interface.)

package-sensitive = সংবেদনশীল
package-document-type = নথির ধরন
package-id = প্যাকেজ আইডি
package-reference = নথির রেফারেন্স
package-sender = প্রেরক
package-recipient = প্রাপক
package-created-utc = তৈরির সময় (UTC)
package-created-local = তৈরির সময় ({ $zone })
package-json-sha256 = document.json-এর SHA-256
package-page = পৃষ্ঠা { $current } / { $total }
package-continued = (আগের পৃষ্ঠা থেকে)
package-training = প্রশিক্ষণ
package-training-note = প্রশিক্ষণ মোডে কাল্পনিক তথ্য দিয়ে তৈরি। এটি প্রকৃত অনুরোধ বা প্রতিবেদন নয়।
