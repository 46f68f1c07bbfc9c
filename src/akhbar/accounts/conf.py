"""The accounts room's settings and their defaults, read lazily."""

from django.conf import settings

CODE_TIMEOUT_CAP = 600  # seconds: no code lives longer than 10 minutes


def password_min_length() -> int:
    return getattr(settings, "AKHBAR_PASSWORD_MIN_LENGTH", 8)


def password_max_length() -> int:
    return getattr(settings, "AKHBAR_PASSWORD_MAX_LENGTH", 64)


def login_password_cap() -> int:
    """Return the longest password a login form hashes (longer is refused at once).

    Generous on purpose: lowering AKHBAR_PASSWORD_MAX_LENGTH must not lock out
    readers whose longer passwords were allowed before.
    """
    return max(1024, password_max_length())


def code_timeout() -> int:
    return min(getattr(settings, "AKHBAR_CODE_TIMEOUT", CODE_TIMEOUT_CAP), 600)


def code_failure_limit() -> int:
    """Consecutive wrong codes an account may collect before codes stop working."""
    return getattr(settings, "AKHBAR_CODE_FAILURE_LIMIT", 100)


def code_lock_seconds() -> int:
    return getattr(settings, "AKHBAR_CODE_LOCK_SECONDS", 24 * 3600)


def staff_require_2fa() -> bool:
    return getattr(settings, "AKHBAR_STAFF_REQUIRE_2FA", False)


def phone_default_region() -> str | None:
    return getattr(settings, "AKHBAR_PHONE_DEFAULT_REGION", "") or None


def sms_daily_limit() -> int:
    return getattr(settings, "AKHBAR_SMS_DAILY_LIMIT", 1000)


def site_url() -> str:
    return settings.AKHBAR_SITE_URL


def site_name() -> str:
    return settings.AKHBAR_SITE_NAME
