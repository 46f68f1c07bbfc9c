"""Fixtures of the account tests: outboxes, a moving clock, readers, and a
count of the expensive work each request does."""

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
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


class CountingHasher(MD5PasswordHasher):
    """MD5 that notes the length of every password it hashes.

    `verify()` hashes through `encode()`, so a sign-in check counts as well."""

    hashed: list[int] = []

    def encode(self, password, salt):
        CountingHasher.hashed.append(len(password))
        return super().encode(password, salt)


@pytest.fixture
def counting_hasher(settings):
    """The only password hasher, for this test: `.hashed` lists each hash."""
    settings.PASSWORD_HASHERS = ["tests.accounts.conftest.CountingHasher"]
    CountingHasher.hashed = []
    yield CountingHasher
    CountingHasher.hashed = []


@dataclass(frozen=True)
class Work:
    """The expensive part of a request: password hashes, accounts written (a
    row inserted into the user table, kept or rolled back), mails, texts, and
    rows written to the code ledger."""

    hashes: int
    accounts: int
    mails: int
    texts: int
    ledger: int


@pytest.fixture
def work_of(counting_hasher, mail_outbox, sms_outbox):
    """Return what a call costs, as a `Work` (counts, never a stopwatch)."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    from akhbar.accounts.models import IssuedCode

    user_table = connection.ops.quote_name(get_user_model()._meta.db_table)

    def measure(action) -> Work:
        inserts = []

        def count_user_inserts(execute, sql, params, many, context):
            if sql.startswith(f"INSERT INTO {user_table}"):
                inserts.append(sql)
            return execute(sql, params, many, context)

        hashed = len(counting_hasher.hashed)
        mails, texts = len(mail_outbox), len(sms_outbox)
        ledger = IssuedCode.objects.count()
        with connection.execute_wrapper(count_user_inserts):
            action()
        return Work(
            hashes=len(counting_hasher.hashed) - hashed,
            accounts=len(inserts),
            mails=len(mail_outbox) - mails,
            texts=len(sms_outbox) - texts,
            ledger=IssuedCode.objects.count() - ledger,
        )

    return measure


def code_in(text: str) -> str:
    """Return the 6-digit code of a mail or text message."""
    match = re.search(r"(?<!\d)(\d{6})(?!\d)", text)
    assert match, f"no code in {text!r}"
    return match.group(1)


def last_mail_code(outbox) -> str:
    assert outbox, "no mail was sent"
    return code_in(outbox[-1].body)


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
