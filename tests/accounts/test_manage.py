"""Managing an account: email and phone changes, sessions, deletion
(SECURITY.md R5, P7)."""

import time

import pytest
from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.contrib.auth import get_user_model
from django.test import Client

from akhbar.accounts.models import PhoneNumber

from .conftest import (
    ACCOUNT,
    LOGIN,
    REAUTH_CODE,
    SET_PASSWORD,
    code_in,
    last_mail_code,
    make_reader,
)

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "a correct horse 2026"
EMAIL = "/ar/accounts/email/"
CHANGE_PHONE = "/ar/accounts/phone/change/"
VERIFY_PHONE = "/ar/accounts/phone/verify/"
REAUTHENTICATE = "/ar/accounts/reauthenticate/"
DELETE = "/ar/accounts/delete/"
SESSIONS = "/ar/accounts/sessions/"


def signed_in_with_password(client, **reader):
    user = make_reader(password=PASSWORD, **reader)
    client.post(LOGIN, {"login": user.email or reader["phone"], "password": PASSWORD})
    return user


def reauthenticate(client):
    """Type the password again, as allauth asks before sensitive changes."""
    response = client.post(REAUTHENTICATE, {"password": PASSWORD})
    assert response.status_code == 302


def fresh_code(client, user):
    """Record a sign-in by code just now, as entering a code does."""
    session = client.session
    session["account_authentication_methods"] = [{"method": "code", "at": time.time()}]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()


def test_email_change_needs_sign_in(client):
    response = client.post(EMAIL, {"action_add": "", "email": "new@example.org"})
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)


def test_email_change_needs_a_recent_password_or_code(client, mail_outbox):
    user = signed_in_with_password(client)
    response = client.post(EMAIL, {"action_add": "", "email": "new@example.org"})
    assert response.status_code == 302
    assert response["Location"].startswith(REAUTHENTICATE)
    assert not EmailAddress.objects.filter(email="new@example.org").exists()
    # The passwordless are asked for a code instead.
    passwordless = make_reader(email="nopass@example.org")
    other = Client()
    other.force_login(passwordless)
    response = other.post(EMAIL, {"action_add": "", "email": "mine@example.org"})
    assert response["Location"].startswith(REAUTH_CODE)
    assert user.emailaddress_set.count() == 1


def test_email_change_is_verified_by_code_and_tells_the_old_address(
    client, mail_outbox
):
    user = signed_in_with_password(client)
    reauthenticate(client)
    client.post(EMAIL, {"action_add": "", "email": "new@example.org"})
    assert mail_outbox[-1].to == ["new@example.org"]
    client.post("/ar/accounts/confirm-email/", {"code": last_mail_code(mail_outbox)})
    addresses = list(
        EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    )
    assert addresses == ["new@example.org"]
    assert any(message.to == ["reader@example.org"] for message in mail_outbox[1:])


def test_another_members_address_cannot_be_taken(client, mail_outbox):
    make_reader(email="someone@example.org")
    user = signed_in_with_password(client)
    reauthenticate(client)
    client.post(EMAIL, {"action_add": "", "email": "someone@example.org"})
    # Even with the code from the owner's inbox, the address stays theirs.
    assert mail_outbox[-1].to == ["someone@example.org"]
    response = client.post(
        "/ar/accounts/confirm-email/", {"code": last_mail_code(mail_outbox)}
    )
    assert response.context["form"].errors["code"]
    assert EmailAddress.objects.get(email="someone@example.org").user != user


def test_phone_change_is_verified_by_text_and_tells_the_old_number(client, sms_outbox):
    user = signed_in_with_password(client, phone="+966501234567")
    reauthenticate(client)
    client.post(CHANGE_PHONE, {"phone": "+966509876543"})
    assert sms_outbox[-1].to == "+966509876543"
    assert PhoneNumber.objects.get(user=user).number == "+966501234567"
    client.post(VERIFY_PHONE, {"code": code_in(sms_outbox[-1].body)})
    phone = PhoneNumber.objects.get(user=user)
    assert (phone.number, phone.verified) == ("+966509876543", True)
    assert sms_outbox[-1].to == "+966501234567"  # the old number is told


def test_sign_out_of_all_other_sessions(client):
    user = signed_in_with_password(client)
    elsewhere = Client()
    elsewhere.post(LOGIN, {"login": "reader@example.org", "password": PASSWORD})
    assert UserSession.objects.filter(user=user).count() == 2
    client.post(SESSIONS, {"action": "end"})
    assert elsewhere.get(ACCOUNT).status_code == 302
    assert client.get(ACCOUNT).status_code == 200


def test_delete_account_removes_its_personal_data(client, mail_outbox):
    user = make_reader(phone="+966501234567")
    client.force_login(user)
    fresh_code(client, user)
    assert client.get(DELETE).status_code == 200
    response = client.post(DELETE)
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.exists() and not PhoneNumber.objects.exists()
    assert client.get(ACCOUNT).status_code == 302


def test_delete_account_asks_for_a_fresh_code_first(client):
    user = make_reader()
    client.force_login(user)
    response = client.post(DELETE)
    assert response["Location"].startswith(REAUTH_CODE)
    assert User.objects.filter(pk=user.pk).exists()


def test_newsroom_accounts_cannot_delete_themselves(client):
    user = make_reader(is_staff=True)
    client.force_login(user)
    fresh_code(client, user)
    client.post(DELETE)
    assert User.objects.filter(pk=user.pk).exists()


def test_first_password_only_after_a_fresh_code(client, clock, mail_outbox):
    user = make_reader()
    client.force_login(user)
    fresh_code(client, user)
    clock.advance(301)  # the code is too old now
    response = client.post(
        SET_PASSWORD, {"password1": "a new pass 12", "password2": "a new pass 12"}
    )
    assert response["Location"].startswith(REAUTH_CODE)
    user.refresh_from_db()
    assert not user.has_usable_password()


def test_account_page_tells_the_passwordless_there_is_no_password(client):
    client.force_login(make_reader())
    page = client.get(ACCOUNT).content.decode()
    assert 'id="no-password"' in page
    assert f'action="{REAUTH_CODE}?next={SET_PASSWORD}"' in page


def test_a_wrong_confirmation_code_counts_toward_its_limit(client, mail_outbox):
    user = make_reader()
    client.force_login(user)
    client.post(REAUTH_CODE, {"action": "send"})
    code = last_mail_code(mail_outbox)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for _ in range(5):
        client.post(REAUTH_CODE, {"action": "verify", "code": wrong})
    response = client.post(REAUTH_CODE, {"action": "verify", "code": code})
    assert response.status_code == 200
    assert "akhbar_reauthentication_code" not in client.session
