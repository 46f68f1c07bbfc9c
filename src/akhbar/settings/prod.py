"""Production: refuse to start on demo defaults; secure cookies and HSTS."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if SECRET_KEY == DEMO_SECRET_KEY or not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY is the demo key. Set SECRET_KEY in the environment to a long "
        "random value before starting akhbar in production."
    )
if DEBUG:  # noqa: F405
    raise ImproperlyConfigured(
        "DEBUG is on. Production must run with DEBUG=false: debug pages leak "
        "settings and source code."
    )

AKHBAR_SERVE_MEDIA = env_bool("AKHBAR_SERVE_MEDIA", False)  # noqa: F405
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_NAME = "__Host-csrftoken"
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405

# Reader accounts: editors pass a second factor before the newsroom; phone
# sign-in only when an SMS gateway is configured.
AKHBAR_STAFF_REQUIRE_2FA = env_bool("AKHBAR_STAFF_REQUIRE_2FA", True)  # noqa: F405
AKHBAR_PHONE_ACCOUNTS = env_bool(  # noqa: F405
    "AKHBAR_PHONE_ACCOUNTS",
    bool(env("SMS_GATEWAY_URL")),  # noqa: F405
)
if not AKHBAR_PHONE_ACCOUNTS:
    ACCOUNT_LOGIN_METHODS = {"email"}
    ACCOUNT_SIGNUP_FIELDS = [
        field
        for field in ACCOUNT_SIGNUP_FIELDS  # noqa: F405
        if field.rstrip("*") != "phone"
    ]
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
