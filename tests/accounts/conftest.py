"""Fixtures of the account tests: outboxes, a moving clock, readers."""

import re
import time

import pytest
from django.core import mail


@pytest.fixture
def sms_outbox():
    from akhbar.accounts.sms.backends.locmem import outbox

    outbox.clear()
    yield outbox
    outbox.clear()


@pytest.fixture
def mail_outbox():
    mail.outbox = []
    return mail.outbox


def code_in(text: str) -> str:
    """Return the 6-digit code of a mail or text message."""
    match = re.search(r"(?<!\d)(\d{6})(?!\d)", text)
    assert match, f"no code in {text!r}"
    return match.group(1)


def last_mail_code(outbox) -> str:
    assert outbox, "no mail was sent"
    return code_in(outbox[-1].body)


@pytest.fixture
def clock(monkeypatch):
    """Move time forward without sleeping: time.time() and timezone.now()."""
    from django.utils import timezone

    class Clock:
        offset = 0.0

        def advance(self, seconds: float) -> None:
            self.offset += seconds

    clock = Clock()
    real_time, real_now = time.time, timezone.now
    monkeypatch.setattr(time, "time", lambda: real_time() + clock.offset)
    monkeypatch.setattr(
        timezone,
        "now",
        lambda: real_now() + timezone.timedelta(seconds=clock.offset),
    )
    return clock


def make_reader(
    *,
    email: str | None = "reader@example.org",
    password: str | None = None,
    phone: str | None = None,
    **fields,
):
    """Return a reader with a verified email address and/or phone number."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    from akhbar.accounts.models import PhoneNumber

    User = get_user_model()
    username = (email or phone or "reader").split("@")[0].strip("+")
    user = User(username=username, email=email or "", **fields)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    if email:
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if phone:
        PhoneNumber.objects.create(user=user, number=phone, verified=True)
    return user


LOGIN = "/ar/accounts/login/"
SIGNUP = "/ar/accounts/signup/"
CODE_LOGIN = "/ar/accounts/login/code/"
CODE_CONFIRM = "/ar/accounts/login/code/confirm/"
VERIFY_EMAIL = "/ar/accounts/confirm-email/"
VERIFY_PHONE = "/ar/accounts/phone/verify/"
RESET = "/ar/accounts/password/reset/"
RESET_CONFIRM = "/ar/accounts/password/reset/confirm/"
RESET_COMPLETE = "/ar/accounts/password/reset/complete/"
ACCOUNT = "/ar/accounts/"
SET_PASSWORD = "/ar/accounts/password/set/"
CHANGE_PASSWORD = "/ar/accounts/password/change/"
REAUTH_CODE = "/ar/accounts/reauthenticate/code/"
