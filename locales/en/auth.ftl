# Signing in and out.

login-title = Sign in to casebridge
login-intro = Use the email address and password your organisation gave you.
login-email-label = Email address
login-password-label = Password
login-submit = Sign in
login-help = Forgotten your password or locked out? Ask your organisation’s casebridge administrator. casebridge staff will never ask for your password.
login-notice-title = Important
login-expired = You were signed out because there was no activity for { $minutes } minutes. Everything you completed was saved. Sign in to continue.
login-signed-out = You have signed out.
