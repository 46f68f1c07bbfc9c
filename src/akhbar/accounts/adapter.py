"""akhbar's allauth adapter: phone numbers, code delivery by mail and SMS, the
password rule, the code ledger and the audit log hooked into allauth's flows."""

import logging
from contextlib import suppress
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.core import context as allauth_context
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _

from . import audit, conf, delivery, services
from .delivery import Mail, site_info
from .exceptions import CodeNotDelivered
from .models import CodePurpose, PhoneNumber
from .passwords import LengthRuleValidator
from .phones import PhoneField, masked, to_e164

logger = logging.getLogger("akhbar.accounts")

# allauth mail templates that carry a code, and what the code is for.
CODE_MAILS = {
    "account/email/login_code": CodePurpose.LOGIN,
    "account/email/password_reset_code": CodePurpose.RESET,
    "account/email/email_confirmation_signup": CodePurpose.VERIFY_EMAIL,
    "account/email/email_confirmation": CodePurpose.VERIFY_EMAIL,
    "accounts/email/reauthenticate_code": CodePurpose.REAUTHENTICATE,
}

# Mails to an address that has no account here.
NOTICES_TO_STRANGERS = {"account/email/unknown_account"}

# Notices sent where a known or new address would get a code, and the code
# they stand in for: they cost the same ledger write (SECURITY.md N3). A
# stranger's notice answers a sign-in or a recovery request, which cost alike.
NOTICES_INSTEAD_OF_CODES = {
    "account/email/unknown_account": CodePurpose.LOGIN,
    "account/email/account_already_exists": CodePurpose.VERIFY_EMAIL,
}


def on_site(url: str) -> str:
    """Return `url` moved onto AKHBAR_SITE_URL, whatever host it was built with."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return conf.site_url() + path


class AccountAdapter(DefaultAccountAdapter):
    # Phone numbers: storage (allauth leaves it to the project) ---------------

    def phone_form_field(self, **kwargs):
        return PhoneField(**kwargs)

    def clean_phone(self, phone: str) -> str:
        return to_e164(phone)

    def set_phone(self, user, phone: str, verified: bool) -> None:
        services.set_phone(user=user, number=to_e164(phone), verified=verified)

    def get_phone(self, user) -> tuple[str, bool] | None:
        row = PhoneNumber.objects.filter(user=user).values_list("number", "verified")
        return tuple(row[0]) if row else None

    def set_phone_verified(self, user, phone: str) -> None:
        number = to_e164(phone)
        _phone, previous = services.verify_phone(user=user, number=number)
        if previous:
            # A changed number is announced to the old one (and the mailbox);
            # a failure is logged, and the reader not told to redo the change.
            with suppress(CodeNotDelivered):
                delivery.send_text(previous, "accounts/sms/phone_changed.txt")
            self.send_notification_mail(
                "accounts/email/phone_changed",
                user,
                {"old_phone": masked(previous), "new_phone": masked(number)},
            )

    def get_user_by_phone(self, phone: str):
        try:
            number = to_e164(phone)
        except ValidationError:
            return None
        row = (
            PhoneNumber.objects.filter(number=number, verified=True)
            .select_related("user")
            .first()
        )
        return row.user if row else None

    # Phone numbers: codes and notices by text (sign-up, sign-in) -------------

    def send_verification_code_sms(self, user, phone: str, code: str, **kwargs):
        delivery.send_code(
            request=allauth_context.request,
            purpose=CodePurpose.PHONE,
            code=code,
            to=phone,
            user=user,
        )

    def send_unknown_account_sms(self, phone: str, **kwargs) -> None:
        # Sent like a code, so that an unknown number answers exactly like a
        # known one, even when the gateway is down (SECURITY.md E3).
        delivery.send_notice(
            request=allauth_context.request,
            instead_of=CodePurpose.PHONE,
            to=phone,
            outcome="no_account",
            text_template="accounts/sms/unknown_account.txt",
        )

    def send_account_already_exists_sms(self, phone: str) -> None:
        delivery.send_notice(
            request=allauth_context.request,
            instead_of=CodePurpose.PHONE,
            to=phone,
            outcome="account_exists",
            text_template="accounts/sms/account_already_exists.txt",
        )

    # Mail ------------------------------------------------------------------

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Send one of allauth's mails (or ours): a code through
        `delivery.send_code`, a notice in place of a code through
        `delivery.send_notice`; raise CodeNotDelivered when it cannot go."""
        request = allauth_context.request
        ctx = {
            "request": request,
            "email": email,
            "current_site": site_info(),
            "site_url": conf.site_url(),
        }
        ctx.update(context)
        for key, value in ctx.items():
            if key.endswith("_url") and isinstance(value, str) and "://" in value:
                ctx[key] = on_site(value)
        mail = Mail(template_prefix, self.render_mail(template_prefix, email, ctx))
        purpose = CODE_MAILS.get(template_prefix)
        if purpose and ctx.get("code"):
            delivery.send_code(
                request=request,
                purpose=purpose,
                code=ctx["code"],
                to=email,
                user=ctx.get("user") or self._user_for_email(email),
                mail=mail,
            )
        elif stands_in_for := NOTICES_INSTEAD_OF_CODES.get(template_prefix):
            stranger = template_prefix in NOTICES_TO_STRANGERS
            if stranger and not email.isascii():
                # A Unicode look-alike of someone's address (mıke@, ｍike@) gets
                # nothing, not even a notice (CVE-2019-19844, SECURITY.md R3);
                # the notice is written all the same, so that this takes as long.
                logger.info("No notice mailed to a non-ASCII address without account")
                mail = None
            delivery.send_notice(
                request=request,
                instead_of=stands_in_for,
                to=email,
                outcome="no_account" if stranger else "account_exists",
                mail=mail,
            )
        else:
            delivery.send_mail(mail)

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        # A notice about a change already made: its failure is logged, and the
        # reader is not told to redo what succeeded.
        with suppress(CodeNotDelivered):
            super().send_notification_mail(template_prefix, user, context, email)

    @staticmethod
    def _user_for_email(email: str):
        row = EmailAddress.objects.filter(email__iexact=email).select_related("user")
        address = row.order_by("-verified").first()
        return address.user if address else None

    # Passwords --------------------------------------------------------------

    def clean_password(self, password: str, user=None) -> str:
        # The length rule first and alone: a megabyte of text must not reach
        # the similarity check (CVE-2021-45115) or a hasher.
        LengthRuleValidator().validate(password, user)
        validate_password(password, user)
        return password

    def set_password(self, user, password: str) -> None:
        super().set_password(user, password)
        services.end_other_sessions_and_codes(user=user)
        audit.log_event(allauth_context.request, "password_set", "ok", user=user)

    # Sign-in ----------------------------------------------------------------

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth keys failed logins by email or username only, which would
        # put every phone number in one bucket; the site comes from settings.
        login = (
            credentials.get("email")
            or credentials.get("phone")
            or credentials.get("username")
            or ""
        )
        return f"{site_info().domain}:{login.lower()}"

    def authenticate(self, request, **credentials):
        identifier = (
            credentials.get("email")
            or credentials.get("phone")
            or credentials.get("username")
            or ""
        )
        try:
            user = super().authenticate(request, **credentials)
        except ValidationError:
            audit.log_event(request, "login", "throttled", identifier=identifier)
            raise
        audit.log_event(
            request,
            "login",
            "ok" if user else "failed",
            user=user,
            identifier=identifier,
        )
        return user

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        audit.log_event(request, "signed_in", "ok", user=user)
        return response

    def get_login_stages(self) -> list[str]:
        return [
            "akhbar.accounts.stages.EmailVerificationStage"
            if stage == "allauth.account.stages.EmailVerificationStage"
            else stage
            for stage in super().get_login_stages()
        ]

    def get_reauthentication_methods(self, user) -> list[dict]:
        methods = super().get_reauthentication_methods(user)
        if user.is_authenticated:
            methods.append(
                {
                    "id": "code_reauthenticate",
                    "description": _("Get a verification code"),
                    "url": reverse("akhbar_reauthenticate_code"),
                }
            )
        return methods

    def send_account_already_exists_mail(self, email: str) -> None:
        self.send_mail(
            "account/email/account_already_exists",
            email,
            {
                "signup_url": conf.site_url() + reverse("account_signup"),
                "password_reset_url": conf.site_url()
                + reverse("account_reset_password"),
            },
        )
