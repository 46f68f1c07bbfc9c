"""An address with an account costs what one without costs (SECURITY.md N3, E2).

Sign-up, a sign-in code request, recovery and a password sign-in do the same
expensive work whether the address has an account, has one without a password,
or has none: the same password hashes, accounts written, mails, texts and code
ledger rows. Counted, never timed: a busy machine cannot fail these, and a path
that skips or adds work fails them on any machine. The times themselves are
measured by bench/accounts.py.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from akhbar.accounts.models import PhoneNumber

from .conftest import CODE_LOGIN, LOGIN, RESET, SIGNUP, Work, make_reader

pytestmark = pytest.mark.django_db
PASSWORD = "a correct horse 2026"
WRONG = "not the password 1"

EMAIL, PHONE = "reader@example.org", "+966501234567"
PASSWORDLESS_EMAIL, PASSWORDLESS_PHONE = "nopassword@example.org", "+966501234569"
NEW_EMAIL, NEW_PHONE = "new@example.org", "+966501234568"
BY_EMAIL = [EMAIL, PASSWORDLESS_EMAIL, NEW_EMAIL]
BY_PHONE = [PHONE, PASSWORDLESS_PHONE, NEW_PHONE]

A_MAIL = {"mails": 1, "texts": 0}
A_TEXT = {"mails": 0, "texts": 1}


@pytest.fixture
def readers(db):
    make_reader(email=EMAIL, phone=PHONE, password=PASSWORD)
    make_reader(email=PASSWORDLESS_EMAIL, phone=PASSWORDLESS_PHONE)


def post(path: str, data: dict):
    return lambda: Client().post(path, data)


@pytest.mark.parametrize(
    "path, field, extra, logins, expected",
    [
        pytest.param(
            SIGNUP,
            "email",
            {"password1": PASSWORD},
            BY_EMAIL,
            Work(hashes=1, accounts=1, ledger=1, **A_MAIL),
            id="sign-up by email",
        ),
        pytest.param(
            SIGNUP,
            "email",
            {},
            BY_EMAIL,
            Work(hashes=0, accounts=1, ledger=1, **A_MAIL),
            id="sign-up by email without a password",
        ),
        pytest.param(
            SIGNUP,
            "phone",
            {"password1": PASSWORD},
            BY_PHONE,
            Work(hashes=1, accounts=1, ledger=1, **A_TEXT),
            id="sign-up by phone",
        ),
        pytest.param(
            SIGNUP,
            "phone",
            {},
            BY_PHONE,
            Work(hashes=0, accounts=1, ledger=1, **A_TEXT),
            id="sign-up by phone without a password",
        ),
        pytest.param(
            CODE_LOGIN,
            "login",
            {},
            BY_EMAIL,
            Work(hashes=0, accounts=0, ledger=1, **A_MAIL),
            id="code request by email",
        ),
        pytest.param(
            CODE_LOGIN,
            "login",
            {},
            BY_PHONE,
            Work(hashes=0, accounts=0, ledger=1, **A_TEXT),
            id="code request by phone",
        ),
        pytest.param(
            RESET,
            "email",
            {},
            BY_EMAIL,
            Work(hashes=0, accounts=0, ledger=1, **A_MAIL),
            id="recovery by email",
        ),
        pytest.param(
            RESET,
            "email",
            {},
            BY_PHONE,
            Work(hashes=0, accounts=0, ledger=1, **A_TEXT),
            id="recovery by phone",
        ),
        pytest.param(
            LOGIN,
            "login",
            {"password": WRONG},
            BY_EMAIL,
            Work(hashes=1, accounts=0, ledger=0, mails=0, texts=0),
            id="sign-in by email",
        ),
        pytest.param(
            LOGIN,
            "login",
            {"password": WRONG},
            BY_PHONE,
            Work(hashes=1, accounts=0, ledger=0, mails=0, texts=0),
            id="sign-in by phone",
        ),
    ],
)
def test_every_address_costs_the_same(
    readers, work_of, path, field, extra, logins, expected
):
    costs = {login: work_of(post(path, {field: login, **extra})) for login in logins}
    assert costs == dict.fromkeys(logins, expected)


def test_a_taken_address_gets_no_account_from_the_rehearsal(readers, work_of):
    users, phones = get_user_model().objects.count(), PhoneNumber.objects.count()
    work_of(post(SIGNUP, {"email": EMAIL, "password1": PASSWORD}))
    work_of(post(SIGNUP, {"phone": PHONE}))
    assert get_user_model().objects.count() == users
    assert PhoneNumber.objects.count() == phones
    assert get_user_model().objects.get(email=EMAIL).check_password(PASSWORD)


def test_the_answer_stays_the_same_when_the_rehearsal_fails(
    readers, monkeypatch, caplog
):
    from akhbar.accounts.forms import SignupForm

    def broken(self, request):
        raise RuntimeError("database trouble")

    monkeypatch.setattr(SignupForm, "save", broken)
    response = Client().post(SIGNUP, {"email": EMAIL})
    assert response.status_code == 302
    assert "Rehearsing a sign-up" in caplog.text


def test_a_lookalike_address_gets_a_ledger_row_but_no_mail(readers, work_of):
    # Nothing is mailed to a Unicode look-alike (SECURITY.md R3), but it costs
    # what an unknown address costs, the notice rendered and all.
    cost = work_of(post(RESET, {"email": "mıke@example.org"}))
    assert cost == Work(hashes=0, accounts=0, ledger=1, mails=0, texts=0)
