"""Password recovery (SECURITY.md R1-R4, E3)."""

import logging

import pytest
from django.core import mail
from django.test import Client

from akhbar.accounts.models import IssuedCode
from akhbar.accounts.sms.base import SmsError

from .conftest import (
    ACCOUNT,
    CODE_CONFIRM,
    CODE_LOGIN,
    RESET,
    RESET_COMPLETE,
    RESET_CONFIRM,
    code_in,
    last_mail_code,
    make_reader,
)

pytestmark = pytest.mark.django_db
NEW = {"password1": "a fresh password", "password2": "a fresh password"}


def test_a_poisoned_host_header_is_refused_and_nothing_is_sent(client, mail_outbox):
    make_reader()
    for host in ["evil.tld", "akhbar.test:x@evil.tld"]:
        response = client.post(RESET, {"email": "reader@example.org"}, HTTP_HOST=host)
        assert response.status_code == 400
    assert mail_outbox == []


def test_links_in_mails_use_the_site_url_only(client, mail_outbox, settings):
    settings.AKHBAR_SITE_URL = "https://news.example.org"
    settings.ALLOWED_HOSTS = ["testserver", "other.example.org"]
    client.post(
        "/ar/accounts/signup/",
        {"email": "reader@example.org"},
        HTTP_HOST="other.example.org",
    )
    make_reader(email="taken@example.org")
    Client().post(
        "/ar/accounts/signup/",
        {"email": "taken@example.org"},
        HTTP_HOST="other.example.org",
    )
    bodies = "\n".join(message.body for message in mail_outbox)
    assert "https://news.example.org/ar/accounts/password/reset/" in bodies
    assert "other.example.org" not in bodies
    assert all("other.example.org" not in m.subject for m in mail_outbox)


@pytest.mark.parametrize(
    "body, content_type",
    [
        (
            "email=victim%40example.org&email=attacker%40example.org",
            "application/x-www-form-urlencoded",
        ),
        (
            '{"email": ["victim@example.org", "attacker@example.org"]}',
            "application/json",
        ),
    ],
)
def test_a_doubled_or_json_address_is_refused(client, mail_outbox, body, content_type):
    make_reader(email="victim@example.org")
    response = client.generic("POST", RESET, body, content_type=content_type)
    assert response.status_code == 400
    assert mail_outbox == []


def test_a_lookalike_address_gets_no_code(client, mail_outbox):
    make_reader(email="mike@example.org")
    for lookalike in ["mıke@example.org", "mİke@example.org", "ｍike@example.org"]:
        Client().post(RESET, {"email": lookalike})
    # No code for anyone: only the stand-in rows an unknown address costs (N3).
    assert not IssuedCode.objects.filter(user__isnull=False).exists()
    assert mail_outbox == []  # not the look-alike, not the real owner


def test_a_completed_reset_ends_other_sessions_revokes_codes_and_notifies(
    client, mail_outbox
):
    user = make_reader(password="an old password 1")
    elsewhere = Client()
    elsewhere.force_login(user)
    assert elsewhere.get(ACCOUNT).status_code == 200
    pending = Client()
    pending.post(CODE_LOGIN, {"login": "reader@example.org"})
    outstanding_code = last_mail_code(mail_outbox)

    client.post(RESET, {"email": "reader@example.org"})
    client.post(RESET_CONFIRM, {"code": last_mail_code(mail_outbox)})
    client.post(RESET_COMPLETE, NEW)

    assert elsewhere.get(ACCOUNT).status_code == 302  # signed out
    pending.post(CODE_CONFIRM, {"code": outstanding_code})
    assert pending.get(ACCOUNT).status_code == 302  # that code was revoked
    notice = mail_outbox[-1]
    assert notice.to == ["reader@example.org"]
    assert "code" not in notice.subject.lower()


def reset_answer(email):
    response = Client().post(RESET, {"email": email}, follow=True)
    page = response.content.decode()
    start = page.index("<main")
    # The recipient's address is echoed back; the rest must be identical.
    return response.status_code, page[start:].replace(email, "ADDRESS")


def strip_tokens(html: str) -> str:
    import re

    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_recovery_answers_the_same_for_known_and_unknown_addresses(mail_outbox):
    make_reader(email="known@example.org")
    known = reset_answer("known@example.org")
    unknown = reset_answer("unknown@example.org")
    assert known[0] == unknown[0] == 200
    assert strip_tokens(known[1]) == strip_tokens(unknown[1])
    assert len(mail_outbox) == 2  # the code, and the "no account here" notice


def test_recovery_answers_the_same_when_delivery_fails(monkeypatch, caplog):
    make_reader(email="known@example.org", phone="+966501234567")

    def broken_send(*args, **kwargs):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr(mail.EmailMessage, "send", broken_send)
    caplog.set_level(logging.ERROR)
    known = reset_answer("known@example.org")
    unknown = reset_answer("unknown@example.org")
    assert strip_tokens(known[1]) == strip_tokens(unknown[1])
    assert "Please try again" in known[1] or "حاول" in known[1]
    assert "could not be sent" in caplog.text

    from akhbar.accounts import sms

    def broken_sms(*args, **kwargs):
        raise SmsError("gateway down")

    monkeypatch.setattr(sms, "send_sms", broken_sms)
    known_phone = reset_answer("+966501234567")
    unknown_phone = reset_answer("+966509999999")
    assert strip_tokens(known_phone[1]) == strip_tokens(unknown_phone[1])


def test_recovery_by_phone_sends_only_to_the_verified_number(client, sms_outbox):
    make_reader(email=None, phone="+966501234567")
    client.post(RESET, {"email": "٠٥٠١٢٣٤٥٦٧"})  # no country code: no default region
    assert sms_outbox == []
    client.post(RESET, {"email": "+966 50 123 4567"})
    assert [message.to for message in sms_outbox] == ["+966501234567"]
    assert code_in(sms_outbox[-1].body)


def test_a_failed_notice_does_not_undo_or_hide_a_completed_reset(
    client, mail_outbox, monkeypatch, caplog
):
    user = make_reader(password="an old password 1")
    client.post(RESET, {"email": "reader@example.org"})
    client.post(RESET_CONFIRM, {"code": last_mail_code(mail_outbox)})

    def broken_send(*args, **kwargs):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr(mail.EmailMessage, "send", broken_send)
    response = client.post(RESET_COMPLETE, NEW, follow=True)
    user.refresh_from_db()
    assert user.check_password("a fresh password")
    assert "try again" not in response.content.decode().lower()
    assert "could not be sent" in caplog.text
