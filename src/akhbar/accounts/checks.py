"""System checks of the account settings."""

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register

from . import conf
from .sms import SmsError
from .sms.backends import backends

ASVS_MINIMUM_MAX_LENGTH = 64
CODE_TIMEOUTS = [
    "ACCOUNT_LOGIN_BY_CODE_TIMEOUT",
    "ACCOUNT_PASSWORD_RESET_BY_CODE_TIMEOUT",
    "ACCOUNT_EMAIL_VERIFICATION_BY_CODE_TIMEOUT",
    "ACCOUNT_PHONE_VERIFICATION_TIMEOUT",
]
TEST_ONLY_MAILERS = ("console", "locmem", "filebased", "DemoEmailBackend")


@register(Tags.security)
def password_rule_check(app_configs, **kwargs):
    errors = []
    low, high = conf.password_min_length(), conf.password_max_length()
    if low < 1 or high < low:
        errors.append(
            Error(
                f"AKHBAR_PASSWORD_MIN_LENGTH ({low}) and AKHBAR_PASSWORD_MAX_LENGTH "
                f"({high}) make no sensible rule.",
                id="accounts.E001",
            )
        )
    if high < ASVS_MINIMUM_MAX_LENGTH:
        errors.append(
            Warning(
                f"AKHBAR_PASSWORD_MAX_LENGTH is {high}: OWASP ASVS 5.0 requirement "
                f"6.2.9 asks to allow passwords of at least "
                f"{ASVS_MINIMUM_MAX_LENGTH} characters.",
                hint="Raise AKHBAR_PASSWORD_MAX_LENGTH to 64 or more.",
                id="accounts.W001",
            )
        )
    return errors


@register(Tags.security)
def code_timeout_check(app_configs, **kwargs):
    return [
        Error(
            f"{name} is {getattr(settings, name)} seconds; one-time codes must "
            "expire within 600 seconds (10 minutes).",
            id="accounts.E002",
        )
        for name in CODE_TIMEOUTS
        if getattr(settings, name, 0) > 600
    ]


@register(Tags.security, deploy=True)
def delivery_check(app_configs, **kwargs):
    errors = []
    mailer = settings.MAILERS["default"]["BACKEND"]
    if any(word in mailer for word in TEST_ONLY_MAILERS):
        errors.append(
            Warning(
                f"Mail goes to {mailer}: readers receive no codes.",
                hint="Set EMAIL_HOST (and EMAIL_HOST_USER/PASSWORD) for SMTP.",
                id="accounts.W002",
            )
        )
    if getattr(settings, "AKHBAR_PHONE_ACCOUNTS", True):
        errors += _sms_delivery_check()
    return errors


def _sms_delivery_check() -> list[CheckMessage]:
    sender = backends.settings["default"]["BACKEND"]
    try:
        delivers = backends["default"].delivers
    except SmsError as error:
        return [
            Error(
                f"The SMS backend {sender} cannot be set up: {error}",
                hint="Check SMS_BACKENDS['default'] (or SMS_GATEWAY_URL).",
                id="accounts.E003",
            )
        ]
    if delivers:
        return []
    return [
        Warning(
            f"Texts go to {sender}: readers receive no codes by phone.",
            hint="Set SMS_GATEWAY_URL, or AKHBAR_PHONE_ACCOUNTS=false.",
            id="accounts.W003",
        )
    ]
