"""Each reader flow end to end with the test client, codes read from the outboxes."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from akhbar.accounts.models import PhoneNumber

from .conftest import (
    ACCOUNT,
    CODE_CONFIRM,
    CODE_LOGIN,
    LOGIN,
    REAUTH_CODE,
    RESET,
    RESET_COMPLETE,
    RESET_CONFIRM,
    SET_PASSWORD,
    SIGNUP,
    VERIFY_EMAIL,
    VERIFY_PHONE,
    code_in,
    last_mail_code,
    make_reader,
)

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_signup_by_email_is_active_once_the_code_is_entered(client, mail_outbox):
    response = client.post(SIGNUP, {"email": "New@Example.org"})
    assert response["Location"] == VERIFY_EMAIL
    user = User.objects.get()
    assert not user.has_usable_password()
    assert not EmailAddress.objects.get(user=user).verified
    assert client.get(ACCOUNT).status_code == 302  # not signed in yet

    response = client.post(VERIFY_EMAIL, {"code": last_mail_code(mail_outbox)})
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert "new@example.org" in client.get(ACCOUNT).content.decode()


def test_signup_by_phone_with_arabic_indic_digits(client, sms_outbox):
    response = client.post(SIGNUP, {"phone": "+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧"})
    assert response["Location"] == VERIFY_PHONE
    phone = PhoneNumber.objects.get()
    assert (phone.number, phone.verified) == ("+966501234567", False)
    assert sms_outbox[-1].to == "+966501234567"

    client.post(VERIFY_PHONE, {"code": code_in(sms_outbox[-1].body)})
    phone.refresh_from_db()
    assert phone.verified
    assert client.get(ACCOUNT).status_code == 200


def test_sign_in_with_a_code_by_email(client, mail_outbox):
    make_reader(email="reader@example.org")
    response = client.post(CODE_LOGIN, {"login": "reader@example.org"})
    assert response["Location"] == CODE_CONFIRM
    response = client.post(CODE_CONFIRM, {"code": last_mail_code(mail_outbox)})
    assert response.status_code == 302
    assert client.get(ACCOUNT).status_code == 200


def test_sign_in_with_a_code_by_phone(client, sms_outbox):
    make_reader(email=None, phone="+966501234567")
    client.post(CODE_LOGIN, {"login": "٠٠٩٦٦٥٠١٢٣٤٥٦٧"})
    assert sms_outbox[-1].to == "+966501234567"
    client.post(CODE_CONFIRM, {"code": code_in(sms_outbox[-1].body)})
    assert client.get(ACCOUNT).status_code == 200


def test_sign_in_with_password_by_email_or_phone(client):
    make_reader(phone="+966501234567", password="a correct horse 2026")
    for login in ["reader@example.org", "+966 50 123 4567"]:
        client.logout()
        response = client.post(
            LOGIN, {"login": login, "password": "a correct horse 2026"}
        )
        assert response.status_code == 302, login
        assert client.get(ACCOUNT).status_code == 200


def test_passwordless_reader_sets_a_password_after_a_fresh_code(client, mail_outbox):
    user = make_reader()
    client.force_login(user)
    page = client.get(ACCOUNT).content.decode()
    assert "No password has been set" in page or "لم يتم تعيين" in page
    assert client.get(SET_PASSWORD)["Location"].startswith(REAUTH_CODE)

    client.post(f"{REAUTH_CODE}?next={SET_PASSWORD}", {"action": "send"})
    response = client.post(
        f"{REAUTH_CODE}?next={SET_PASSWORD}",
        {"action": "verify", "code": last_mail_code(mail_outbox)},
    )
    assert response["Location"] == SET_PASSWORD
    response = client.post(
        SET_PASSWORD, {"password1": "a brand new pass", "password2": "a brand new pass"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a brand new pass")


def test_recover_a_forgotten_password_by_email(client, mail_outbox):
    user = make_reader(password="an old password 1")
    client.post(RESET, {"email": "reader@example.org"})
    response = client.post(RESET_CONFIRM, {"code": last_mail_code(mail_outbox)})
    assert response["Location"] == RESET_COMPLETE
    response = client.post(
        RESET_COMPLETE,
        {"password1": "a fresh password", "password2": "a fresh password"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a fresh password")


def test_recover_a_forgotten_password_by_phone(client, sms_outbox):
    user = make_reader(email=None, phone="+966501234567", password="an old password 1")
    client.post(RESET, {"email": "+966 50 123 4567"})
    assert sms_outbox[-1].to == "+966501234567"
    client.post(RESET_CONFIRM, {"code": code_in(sms_outbox[-1].body)})
    client.post(
        RESET_COMPLETE,
        {"password1": "a fresh password", "password2": "a fresh password"},
    )
    user.refresh_from_db()
    assert user.check_password("a fresh password")
