# Error pages, the error summary and validation messages.

error-title-prefix = Error:
error-prefix = Error:
error-summary-title = There is a problem
error-status = Error { $status }
error-go-home = Go to your dashboard

error-400-title = The request could not be understood
error-400-body = Something in what was sent does not make sense to casebridge. Go back, check the page and try again.
error-401-title = Sign-in needed
error-401-body = This needs a valid sign-in or API token.
error-403-title = You do not have access to this page
error-403-body = Your account's role or organisation does not allow this. If you think it should, ask your organisation's administrator.
error-404-title = Page not found
error-404-body = If you typed the address, check it is correct. If you followed a link, the page may have moved or may belong to another organisation.
error-405-title = This page cannot be used that way
error-413-title = What you sent is too large
error-413-body = The file or form is larger than casebridge accepts. Make it smaller and try again.
error-500-title = Sorry, there is a problem with casebridge
error-500-body = Nothing you entered has been lost: every completed step was saved. Try again in a few minutes.
error-csrf-title = This form has expired
error-csrf-body = For your security, forms only work for a limited time and only from casebridge itself. Nothing was changed. Go back, reload the page and submit it again.

error-email-empty = Enter an email address
error-email-malformed = Enter an email address in the correct format, like name@police.gov.ph
error-password-empty = Enter your password
error-password-too-short = Choose a password of at least { $min } characters. A phrase of four or five unrelated words is long enough and easy to remember.
error-password-easy-to-guess = This password is too easy to guess: it repeats characters, follows a common pattern or uses a common word, a name or the email address. Choose a phrase of four or five unrelated words, or let casebridge generate a password.
error-login-refused = The email address or password is not correct
error-login-throttled-account = Too many failed attempts to sign in to this account. Wait { $minutes } minutes, then try again.
error-login-throttled-address = Too many failed attempts to sign in from this network. Wait { $minutes } minutes, then try again.
error-officer-email-not-government = An officer’s email address must be on a government domain of the officer’s country
error-officer-email-test-domain = Addresses ending in .test can only be used in demo and training organisations

error-datetime-empty = Enter the date and time
error-datetime-incomplete = Enter the day, month, year, hour and minute
error-datetime-invalid = Enter a real date and a time from 00:00:00 to 23:59:59 (seconds are optional)
error-datetime-year = Enter the year as four digits, like 2026
error-datetime-zone = Choose a time zone from the list
error-datetime-dst = This local time is missing or occurs twice in { $zone } because the clocks change: enter a time an hour earlier or later, or use UTC
error-cc-too-many = Copy at most { $max } colleagues
error-cc-address = { $address }: { $problem }
error-cc-other-domain = Copy only colleagues at your own organisation's email domain
error-cc-line-too-long = Each colleague's address can be at most 254 characters
