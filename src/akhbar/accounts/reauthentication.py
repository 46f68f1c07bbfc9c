"""Confirming it is you with a code, for accounts that have no password.

allauth re-authenticates with a password or a second factor only; a reader who
signed up with a code has neither. This process, built on allauth's code
verification base class, sends a code to the account's verified email or phone
and records a fresh "code" authentication, as allauth's own flows do.
"""

import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import get_adapter
from allauth.account.authentication import get_authentication_records
from allauth.account.models import EmailAddress
from allauth.core import ratelimit

from . import conf, delivery
from .allauth_bridge import AbstractCodeVerificationProcess, record_authentication
from .exceptions import NoAddress
from .models import CodePurpose

SESSION_KEY = "akhbar_reauthentication_code"
#: authentications that prove a fresh code or second factor
FRESH_METHODS = {"code", "password_reset", "mfa"}


def verified_address(user) -> tuple[str | None, str | None]:
    email = (
        EmailAddress.objects.filter(user=user, verified=True)
        .order_by("-primary")
        .values_list("email", flat=True)
        .first()
    )
    if email:
        return email, None
    phone = get_adapter().get_phone(user)
    if phone and phone[1]:
        return None, phone[0]
    return None, None


def recently_proved(request) -> bool:
    """Whether this session entered a code (or second factor) within the
    reauthentication timeout."""
    records = get_authentication_records(request, request.user)
    limit = account_settings.REAUTHENTICATION_TIMEOUT
    return any(
        record.get("method") in FRESH_METHODS and time.time() - record["at"] < limit
        for record in records
    )


class ReauthenticationCodeProcess(AbstractCodeVerificationProcess):
    def __init__(self, request, state):
        self.request = request
        super().__init__(
            max_attempts=account_settings.LOGIN_BY_CODE_MAX_ATTEMPTS,
            timeout=conf.code_timeout(),
            state=state,
            user=request.user,
        )

    def persist(self) -> None:
        self.request.session[SESSION_KEY] = self.state

    def abort(self) -> None:
        self.request.session.pop(SESSION_KEY, None)

    def send(self) -> None:
        adapter = get_adapter()
        code = adapter.generate_login_code()
        self.state["code"] = code
        if self.state.get("email"):
            # The adapter renders the mail and hands it to delivery.send_code.
            adapter.send_mail(
                "accounts/email/reauthenticate_code",
                self.state["email"],
                {"code": code, "user": self.user},
            )
        else:
            delivery.send_code(
                request=self.request,
                purpose=CodePurpose.REAUTHENTICATE,
                code=code,
                to=self.state["phone"],
                user=self.user,
            )

    def finish(self) -> None:
        record_authentication(
            self.request, self.user, method="code", reauthenticated=True
        )
        self.abort()

    @classmethod
    def initiate(cls, request) -> "ReauthenticationCodeProcess | None":
        """Send a code; return None when the per-address rate limit says wait."""
        email, phone = verified_address(request.user)
        if not (email or phone):
            raise NoAddress
        if not ratelimit.consume(
            request, action="akhbar_reauthenticate_code", user=request.user
        ):
            return None
        process = cls(
            request, cls.initial_state(request.user, email=email, phone=phone)
        )
        process.send()
        process.persist()
        return process

    @classmethod
    def resume(cls, request) -> "ReauthenticationCodeProcess | None":
        state = request.session.get(SESSION_KEY)
        if not state or state.get("user_id") != str(request.user.pk):
            return None
        return cls(request, state).abort_if_invalid()
