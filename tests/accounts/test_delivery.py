"""Every code leaves the same way (a ledger row, an audit line, one message), and
one that cannot be sent brings the reader back to try again, with nothing kept."""

import json
import logging

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from akhbar.accounts.models import CodePurpose, IssuedCode, PhoneNumber
from akhbar.accounts.sms.base import BaseSmsBackend, SmsError

from .conftest import CODE_LOGIN, REAUTH_CODE, RESET, SIGNUP, make_reader

pytestmark = pytest.mark.django_db
User = get_user_model()
EMAIL, PHONE = "reader@example.org", "+966501234567"


def sign_up(client, _user):
    client.post(SIGNUP, {"phone": "+966501234568"})


def code_by_phone(client, _user):
    client.post(CODE_LOGIN, {"login": PHONE})


def code_by_email(client, _user):
    client.post(CODE_LOGIN, {"login": EMAIL})


def recover_by_phone(client, _user):
    client.post(RESET, {"email": PHONE})


def recover_by_email(client, _user):
    client.post(RESET, {"email": EMAIL})


def confirm_it_is_you(client, user):
    client.force_login(user)
    client.post(REAUTH_CODE, {"action": "send"})


@pytest.mark.parametrize(
    "reader, request_code, purpose",
    [
        ({"email": None, "phone": PHONE}, sign_up, CodePurpose.PHONE),
        ({"email": None, "phone": PHONE}, code_by_phone, CodePurpose.PHONE),
        ({"email": EMAIL}, code_by_email, CodePurpose.LOGIN),
        ({"email": None, "phone": PHONE}, recover_by_phone, CodePurpose.RESET),
        ({"email": EMAIL}, recover_by_email, CodePurpose.RESET),
        (
            {"email": None, "phone": PHONE},
            confirm_it_is_you,
            CodePurpose.REAUTHENTICATE,
        ),
        ({"email": EMAIL}, confirm_it_is_you, CodePurpose.REAUTHENTICATE),
    ],
)
def test_every_code_sent_has_a_ledger_row_an_audit_line_and_one_message(
    client, caplog, mail_outbox, sms_outbox, reader, request_code, purpose
):
    caplog.set_level(logging.INFO, logger="akhbar.accounts.audit")
    request_code(client, make_reader(password="an old password 1", **reader))
    [entry] = IssuedCode.objects.all()
    assert entry.purpose == purpose
    audit = [r.getMessage() for r in caplog.records if r.name.endswith(".audit")]
    sent = [line for line in map(json.loads, audit) if line["event"] == "code_sent"]
    assert [(line["outcome"], line["purpose"]) for line in sent] == [("ok", purpose)]
    assert len(mail_outbox) + len(sms_outbox) == 1


class GatewayDown(BaseSmsBackend):
    def send(self, message):
        raise SmsError("gateway down")


@pytest.fixture
def gateway_down(settings):
    backend = f"{__name__}.{GatewayDown.__name__}"
    settings.SMS_BACKENDS = {"default": {"BACKEND": backend}}


@pytest.fixture
def mail_server_down(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr(mail.EmailMessage, "send", broken)


def asked_to_try_again(response) -> bool:
    page = response.content.decode()
    return response.status_code == 200 and (
        "try again" in page.lower() or "حاول" in page
    )


def test_a_signup_whose_code_cannot_be_mailed_leaves_no_account(
    client, mail_server_down
):
    response = client.post(SIGNUP, {"email": "new@example.org"}, follow=True)
    assert asked_to_try_again(response)
    assert response.redirect_chain[-1][0] == SIGNUP
    assert not User.objects.exists() and not IssuedCode.objects.exists()


def test_a_code_that_cannot_be_texted_to_confirm_it_is_you_is_asked_again(
    client, gateway_down
):
    client.force_login(make_reader(email=None, phone=PHONE))
    response = client.post(REAUTH_CODE, {"action": "send"}, follow=True)
    assert asked_to_try_again(response)
    assert response.redirect_chain[-1][0].startswith(REAUTH_CODE)
    assert "akhbar_reauthentication_code" not in client.session
    assert 'name="code"' not in response.content.decode()


def test_a_change_stands_when_the_text_to_the_old_number_cannot_be_sent(
    rf, caplog, mail_outbox, gateway_down
):
    from allauth.core.context import request_context

    from akhbar.accounts.adapter import AccountAdapter

    caplog.set_level(logging.ERROR)
    user = make_reader(phone=PHONE)
    with request_context(rf.get("/")):
        AccountAdapter().set_phone_verified(user, "+966509876543")
    assert PhoneNumber.objects.get(user=user).number == "+966509876543"
    assert "SMS to +96650" in caplog.text  # the failure is logged
    assert [message.to for message in mail_outbox] == [[EMAIL]]  # the mailbox told
