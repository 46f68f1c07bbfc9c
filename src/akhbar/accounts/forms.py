"""allauth's forms, adjusted: email or phone, Arabic-Indic digits, the password
rule, and the code ledger. Configured in ACCOUNT_FORMS."""

import contextlib
import logging
import unicodedata

from allauth.account import forms as allauth_forms
from allauth.account.adapter import get_adapter
from allauth.core import context
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, validate_email
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from . import audit, codes, conf
from .allauth_bridge import derive_login_method
from .models import CodePurpose
from .passwords import contains_phone_number, help_text_html
from .phones import national_number, to_e164

logger = logging.getLogger("akhbar.accounts")

# Direction overrides and other invisible format characters; the zero-width
# (non-)joiners stay allowed because Persian and Arabic spelling uses them.
_ALLOWED_FORMAT = {"\u200c", "\u200d"}


def validate_display_name(value: str) -> None:
    for char in value:
        category = unicodedata.category(char)
        if category == "Cc" or (category == "Cf" and char not in _ALLOWED_FORMAT):
            raise ValidationError(
                _(
                    "A name cannot contain invisible control characters, such as "
                    "text-direction overrides."
                ),
                code="invisible_characters",
            )


def identify(value: str) -> tuple[str, str]:
    """Return ("email", address) or ("phone", E.164) for what a reader typed."""
    value = value.strip()
    if "@" in value:
        validate_email(value)
        return "email", value.lower()
    if "phone" not in _signup_fields():
        raise ValidationError(_("Enter a valid email address."), code="invalid")
    return "phone", to_e164(value)


def _signup_fields() -> dict:
    from allauth.account import app_settings

    return app_settings.SIGNUP_FIELDS


def _too_long(password: str) -> bool:
    return len(password) > conf.login_password_cap()


class LoginForm(allauth_forms.LoginForm):
    """allauth's login, refusing huge passwords before any hashing and marking a
    throttled attempt so the view can answer 429 with Retry-After."""

    throttled = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "password" in self.fields:
            # The recovery link is on the page itself, under the field.
            self.fields["password"].help_text = ""

    def clean_login(self) -> str:
        login = super().clean_login()
        if "@" not in login and "phone" in _signup_fields():
            try:
                return to_e164(login)
            except ValidationError:
                pass  # a newsroom username: allauth falls back to it
        return login

    def clean(self):
        password = self.cleaned_data.get("password") or ""
        if _too_long(password):
            # Same answer as a wrong password, without hashing a megabyte.
            method = derive_login_method(self.cleaned_data.get("login", ""))
            raise get_adapter().validation_error(f"{method.value}_password_mismatch")
        try:
            return super().clean()
        except ValidationError as error:
            if getattr(error, "code", None) == "too_many_login_attempts":
                self.throttled = True
            raise


class SignupForm(allauth_forms.SignupForm):
    """Sign up with an email address or a phone number; a password is optional."""

    first_name = forms.CharField(
        label=_("Name (optional)"),
        required=False,
        max_length=150,
        validators=[validate_display_name],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def _get_signup_fields(self, kwargs) -> dict:
        fields = {
            name: dict(spec)
            for name, spec in super()._get_signup_fields(kwargs).items()
        }
        if "phone" in fields:
            # allauth's system check wants "email*"; either one will do here.
            fields["email"]["required"] = False
        return fields

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "email" in self.fields and "phone" in self.fields:
            self.fields["email"].label = _("Email address")
            self.fields["phone"].label = _("or phone number")
            self.fields["phone"].required = False
        if "email" in self.fields:
            # The stored address holds 254 characters (RFC 5321); say so
            # here rather than fail in the database.
            self.fields["email"].max_length = 254
            self.fields["email"].validators.append(MaxLengthValidator(254))
        if "password1" in self.fields:
            self.fields["password1"].label = _("Password (optional)")
            self.fields["password1"].help_text = help_text_html()
        self.order_fields(["email", "phone", "first_name", "password1"])

    def clean(self):
        cleaned = super().clean()
        nothing_typed = not cleaned.get("email") and not cleaned.get("phone")
        if (
            "phone" in self.fields
            and nothing_typed
            and not self.has_error("email")
            and not self.has_error("phone")
        ):
            raise ValidationError(
                _("Enter an email address or a phone number."), code="required"
            )
        password, phone = cleaned.get("password1"), cleaned.get("phone")
        if (
            password
            and phone
            and contains_phone_number(password, national_number(phone))
        ):
            self.add_error(
                "password1",
                _("This password contains your phone number. Choose another."),
            )
        return cleaned

    def try_save(self, request):
        if self.account_already_exists:
            self._rehearse_new_account(request)
        return super().try_save(request)

    def _rehearse_new_account(self, request) -> None:
        """Create the account a new address would get, then undo it.

        A taken address must cost what a new one does (the password hash, the
        username, the rows), or the time taken tells (SECURITY.md N3). The
        ledger row and the message are the adapter's notices.
        """
        self.account_already_exists = False
        try:
            with contextlib.suppress(_Rehearsal), transaction.atomic():
                self.save(request)
                raise _Rehearsal
        except Exception:
            # Whatever fails here, a taken address must answer like a new one.
            logger.exception("Rehearsing a sign-up for a taken address failed")
        finally:
            self.account_already_exists = True


class _Rehearsal(Exception):
    """Rolls back a rehearsed sign-up."""


class RequestLoginCodeForm(allauth_forms.RequestLoginCodeForm):
    """One field, "email or phone number", instead of allauth's two."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("email", None)
        self.fields.pop("phone", None)
        self.fields["login"] = forms.CharField(
            label=_("Email or phone number"),
            max_length=254,
            widget=forms.TextInput(attrs={"autocomplete": "username", "dir": "auto"}),
        )

    def clean(self):
        cleaned = forms.Form.clean(self)
        value = cleaned.get("login")
        if not value:
            return cleaned
        try:
            kind, address = identify(value)
            cleaned[kind] = address
            cleaned[kind] = getattr(self, f"clean_{kind}")()
        except ValidationError as error:
            self.add_error("login", error)
        return cleaned


class ResetPasswordForm(allauth_forms.ResetPasswordForm):
    """Recovery by a code sent to an email address or a phone number."""

    email = forms.CharField(
        label=_("Email or phone number"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "username", "dir": "auto"}),
    )
    phone = ""

    def clean_email(self) -> str:
        kind, address = identify(self.cleaned_data["email"])
        self.cleaned_data["email"] = address
        if kind == "email":
            return super().clean_email()
        self.phone = address
        user = get_adapter().get_user_by_phone(address)
        self.users = [user] if user and user.is_active else []
        return address

    def save(self, request, **kwargs) -> str:
        audit.log_event(
            request,
            "reset_requested",
            "known" if self.users else "unknown",
            user=self.users[0] if self.users else None,
            identifier=self.cleaned_data["email"],
        )
        if self.phone:
            from .recovery import PhonePasswordResetProcess

            PhonePasswordResetProcess.initiate_by_phone(
                request=request,
                user=self.users[0] if self.users else None,
                phone=self.phone,
            )
            return self.phone
        return super().save(request, **kwargs)


class RuleFirstMixin:
    """State the length rule first in the new password's help text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "password1" in self.fields:
            self.fields["password1"].help_text = help_text_html()


class SetPasswordForm(RuleFirstMixin, allauth_forms.SetPasswordForm):
    pass


class ResetPasswordKeyForm(RuleFirstMixin, allauth_forms.ResetPasswordKeyForm):
    pass


class ChangePasswordForm(RuleFirstMixin, allauth_forms.ChangePasswordForm):
    def clean_oldpassword(self) -> str:
        old = self.cleaned_data.get("oldpassword", "")
        if _too_long(old):
            raise get_adapter().validation_error("enter_current_password")
        if _too_long(self.data.get("password1", "")):
            # The form fails on the new password anyway: spare the hasher.
            return old
        return super().clean_oldpassword()


class ReauthenticateForm(allauth_forms.ReauthenticateForm):
    def clean_password(self) -> str:
        if _too_long(self.cleaned_data.get("password", "")):
            raise get_adapter().validation_error("incorrect_password")
        return super().clean_password()


class CodeCheckMixin:
    """Check a typed code: digits as typed anywhere, the account's failure count,
    allauth's comparison, then a single-use claim in the ledger."""

    purposes: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update(
            {
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "dir": "ltr",
                "placeholder": "123456",
            }
        )
        self.fields["code"].label = _("Code")

    def clean_code(self) -> str:
        request = context.request
        expected = self.expected_code or ""
        entry = codes.find(request=request, purposes=self.purposes, code=expected)
        user = entry.user if entry else None
        event = f"code_{self.purposes[0]}"
        if user is not None and codes.is_locked(user):
            audit.log_event(request, event, "locked", user=user)
            raise ValidationError(codes.LOCKED, code="locked")
        try:
            typed = codes.normalize_typed(self.cleaned_data.get("code", ""))
            if not expected:
                raise get_adapter().validation_error("incorrect_code")
            self.cleaned_data["code"] = typed
            # allauth's comparison, then its own checks (e.g. the address was
            # taken meanwhile).
            super().clean_code()
        except ValidationError:
            if user is not None:
                codes.record_failure(user)
            audit.log_event(request, event, "failed", user=user)
            raise
        if entry is None or not codes.still_addressed(entry) or not codes.claim(entry):
            audit.log_event(request, event, "stale", user=user)
            raise ValidationError(codes.USED, code="used")
        if user is not None:
            codes.record_success(user)
        audit.log_event(request, event, "ok", user=user)
        return typed


class ConfirmLoginCodeForm(CodeCheckMixin, allauth_forms.ConfirmLoginCodeForm):
    purposes = (CodePurpose.LOGIN, CodePurpose.PHONE)


class ConfirmEmailVerificationCodeForm(
    CodeCheckMixin, allauth_forms.ConfirmEmailVerificationCodeForm
):
    purposes = (CodePurpose.VERIFY_EMAIL,)


class ConfirmPasswordResetCodeForm(
    CodeCheckMixin, allauth_forms.ConfirmPasswordResetCodeForm
):
    purposes = (CodePurpose.RESET,)


class VerifyPhoneForm(CodeCheckMixin, allauth_forms.VerifyPhoneForm):
    purposes = (CodePurpose.PHONE,)


class ReauthenticateCodeForm(CodeCheckMixin, allauth_forms.BaseConfirmCodeForm):
    purposes = (CodePurpose.REAUTHENTICATE,)
