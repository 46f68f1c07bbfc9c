"""Every setting lives here and reads the environment; dev, test and prod override.

The defaults are safe for the demo: an SQLite database under var/, local memory
cache, mail written to var/mail/. Production sets the environment (see docs/).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parents[3]
VAR_DIR = Path(os.environ.get("AKHBAR_VAR_DIR", BASE_DIR / "var"))

DEMO_SECRET_KEY = "akhbar-demo-secret-key-not-for-production"  # noqa: S105


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY", DEMO_SECRET_KEY)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
# Links in feeds, sitemaps, mails and share buttons are built from this, never
# from the request's Host header.
AKHBAR_SITE_URL = env("AKHBAR_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
AKHBAR_SITE_NAME = env("AKHBAR_SITE_NAME", "أخبار")

INSTALLED_APPS = [
    "akhbar.web",
    "akhbar.news",
    "akhbar.newsroom",
    "akhbar.api",
    "akhbar.demo",
    "akhbar.search",
    "akhbar.library",
    "akhbar.live",
    "akhbar.readership",
    "akhbar.media",
    "akhbar.frontpage",
    # Before allauth, so that its templates override allauth's.
    "akhbar.accounts",
    # Django's admin, as the newsroom's own site (newsroom/sites.py).
    "akhbar.newsroom.apps.NewsroomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_prose_editor",
    "django_tasks_db",
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "akhbar.accounts.middleware.AccountRequestGuard",
    "akhbar.accounts.middleware.StaffTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "akhbar.urls"
WSGI_APPLICATION = "akhbar.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "akhbar.web.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'akhbar.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    if DATABASES["default"]["NAME"] != ":memory:":
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets readers run while one writer writes; IMMEDIATE takes the write
    # lock at BEGIN so concurrent writers wait (busy timeout) instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA foreign_keys=ON;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "akhbar",
        }
    }
else:
    # Shared by every process on the machine (web workers and the task worker),
    # so a purge made by one is seen by all; Redis does this across machines.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Durable tasks run after every change of reader content (see news/services.py).
AKHBAR_CONTENT_TASKS = [
    "akhbar.news.tasks.purge_reader_pages",
    "akhbar.search.tasks.index_article",
]
# Search follows the database: SQLite FTS5 or PostgreSQL full-text search.
SEARCH_BACKENDS = {"default": {"BACKEND": "akhbar.search.backends.auto.SearchBackend"}}

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": (
            "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
        )
    },
    {"NAME": "akhbar.accounts.passwords.LengthRuleValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "akhbar.accounts.passwords.ContextWordsValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", "العربية"), ("en", "English")]
# Arabic dates in Arabic order («3 ديسمبر 2026، 21:08»), over Django's formats.
FORMAT_MODULE_PATH = ["akhbar.web.formats"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# The newsroom's time zone: times shown to readers and editors are in it.
TIME_ZONE = env("TIME_ZONE", "Asia/Riyadh")
# Digits per language: "latn" (0-9) or "arab" (Arabic-Indic ٠-٩).
AKHBAR_NUMERALS = {"ar": env("AKHBAR_ARABIC_NUMERALS", "latn"), "en": "latn"}
AKHBAR_LANGUAGE_DIRECTIONS = {"ar": "rtl", "fa": "rtl", "ur": "rtl", "he": "rtl"}

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
# In the demo the app serves uploaded media itself; in production nginx does.
AKHBAR_SERVE_MEDIA = env_bool("AKHBAR_SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
FILE_UPLOAD_PERMISSIONS = 0o644
AKHBAR_IMAGE_MAX_BYTES = int(env("AKHBAR_IMAGE_MAX_BYTES", str(10 * 1024 * 1024)))
AKHBAR_IMAGE_MAX_PIXELS = int(env("AKHBAR_IMAGE_MAX_PIXELS", str(40_000_000)))
AKHBAR_IMAGE_WIDTHS = [480, 800, 1200]

# The demo writes each mail to var/mail/; with EMAIL_HOST set, mail goes out
# over SMTP (production must set it: `check --deploy` refuses the file backend).
if env("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env("EMAIL_HOST"),
                "port": int(env("EMAIL_PORT", "587")),
                "username": env("EMAIL_HOST_USER"),
                "password": env("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                "timeout": int(env("EMAIL_TIMEOUT", "10")),
            },
        }
    }
else:
    MAILERS = {
        "default": {
            # Writes each message to var/mail/ and prints its code on the console.
            "BACKEND": "akhbar.accounts.mail.DemoEmailBackend",
            "OPTIONS": {"file_path": str(VAR_DIR / "mail")},
        }
    }
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "akhbar <news@akhbar.test>")

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "web:home"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    # Django's admin and the prose editor set a few style attributes.
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    # Embedded posts (akhbar.media.embeds), framed only after a reader's click.
    "frame-src": [
        CSP.SELF,
        "https://www.youtube-nocookie.com",
        "https://www.instagram.com",
        "https://www.facebook.com",
        "https://www.tiktok.com",
    ],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}

# Reader accounts (akhbar.accounts on django-allauth; see docs/accounts.md).
AUTHENTICATION_BACKENDS = [
    # Newsroom logins by username.
    "django.contrib.auth.backends.ModelBackend",
    # Reader logins by email or phone.
    "allauth.account.auth_backends.AuthenticationBackend",
]
AKHBAR_PASSWORD_MIN_LENGTH = int(env("AKHBAR_PASSWORD_MIN_LENGTH", "8"))
AKHBAR_PASSWORD_MAX_LENGTH = int(env("AKHBAR_PASSWORD_MAX_LENGTH", "64"))
# One-time codes never live longer than 10 minutes, whatever the environment says.
AKHBAR_CODE_TIMEOUT = min(int(env("AKHBAR_CODE_TIMEOUT", "600")), 600)
AKHBAR_CODE_MAX_ATTEMPTS = 5
AKHBAR_STAFF_REQUIRE_2FA = env_bool("AKHBAR_STAFF_REQUIRE_2FA", False)
AKHBAR_PHONE_ACCOUNTS = env_bool("AKHBAR_PHONE_ACCOUNTS", True)
AKHBAR_PHONE_DEFAULT_REGION = env("AKHBAR_PHONE_DEFAULT_REGION", "")
AKHBAR_SMS_DAILY_LIMIT = int(env("AKHBAR_SMS_DAILY_LIMIT", "1000"))
if env("SMS_GATEWAY_URL"):
    SMS_BACKENDS = {
        "default": {
            "BACKEND": "akhbar.accounts.sms.backends.http.SmsBackend",
            "OPTIONS": {
                "url": env("SMS_GATEWAY_URL"),
                "token": env("SMS_GATEWAY_TOKEN"),
                "sender": env("SMS_SENDER", "akhbar"),
                "timeout": float(env("SMS_GATEWAY_TIMEOUT", "5")),
                "retries": int(env("SMS_GATEWAY_RETRIES", "2")),
            },
        }
    }
else:
    SMS_BACKENDS = {
        "default": {
            # Writes each text to var/sms/ and prints its code on the console.
            "BACKEND": "akhbar.accounts.sms.backends.console.SmsBackend",
            "OPTIONS": {"directory": str(VAR_DIR / "sms")},
        }
    }

ACCOUNT_ADAPTER = "akhbar.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "akhbar.accounts.forms.LoginForm",
    "signup": "akhbar.accounts.forms.SignupForm",
    "request_login_code": "akhbar.accounts.forms.RequestLoginCodeForm",
    "confirm_login_code": "akhbar.accounts.forms.ConfirmLoginCodeForm",
    "confirm_email_verification_code": (
        "akhbar.accounts.forms.ConfirmEmailVerificationCodeForm"
    ),
    "confirm_password_reset_code": "akhbar.accounts.forms.ConfirmPasswordResetCodeForm",
    "verify_phone": "akhbar.accounts.forms.VerifyPhoneForm",
    "reset_password": "akhbar.accounts.forms.ResetPasswordForm",
    "change_password": "akhbar.accounts.forms.ChangePasswordForm",
    "set_password": "akhbar.accounts.forms.SetPasswordForm",
    "reset_password_from_key": "akhbar.accounts.forms.ResetPasswordKeyForm",
    "reauthenticate": "akhbar.accounts.forms.ReauthenticateForm",
}
ACCOUNT_LOGIN_METHODS = {"email", "phone"} if AKHBAR_PHONE_ACCOUNTS else {"email"}
# allauth's checks want "email*" next to mandatory email verification; akhbar's
# signup form relaxes it to "an email address or a phone number".
ACCOUNT_SIGNUP_FIELDS = ["email*", "phone", "password1"]
if not AKHBAR_PHONE_ACCOUNTS:
    ACCOUNT_SIGNUP_FIELDS.remove("phone")
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_EMAIL_VERIFICATION_SUPPORTS_RESEND = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = True
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_RESEND = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = AKHBAR_CODE_TIMEOUT
ACCOUNT_PASSWORD_RESET_BY_CODE_TIMEOUT = AKHBAR_CODE_TIMEOUT
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_TIMEOUT = AKHBAR_CODE_TIMEOUT
ACCOUNT_PHONE_VERIFICATION_TIMEOUT = AKHBAR_CODE_TIMEOUT
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = AKHBAR_CODE_MAX_ATTEMPTS
ACCOUNT_PASSWORD_RESET_BY_CODE_MAX_ATTEMPTS = AKHBAR_CODE_MAX_ATTEMPTS
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_MAX_ATTEMPTS = AKHBAR_CODE_MAX_ATTEMPTS
ACCOUNT_PHONE_VERIFICATION_MAX_ATTEMPTS = AKHBAR_CODE_MAX_ATTEMPTS
ALLAUTH_USER_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_LOGOUT_REDIRECT_URL = "web:home"
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{AKHBAR_SITE_NAME}] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = AKHBAR_SITE_URL.split(":", 1)[0]
# Backed by the cache (Redis in production). "key" is the address or account.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip,200/h/ip",
    "request_login_code": "20/m/ip,1/3m/key,10/h/key",
    "reset_password": "20/m/ip,1/3m/key,10/h/key",
    "confirm_email": "1/3m/key,10/h/key",
    "verify_phone": "1/3m/key,3/m/ip,10/h/key",
    "change_phone": "1/m/user",
    "manage_email": "10/m/user",
    "change_password": "5/m/user",
    "reauthenticate": "10/m/user",
    # akhbar's "confirm it is you" code, for accounts without a password.
    "akhbar_reauthenticate_code": "1/m/user,10/h/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = AKHBAR_SITE_NAME
