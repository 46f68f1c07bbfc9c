"""Sign-up and sign-in: enumeration, brute force, sessions, bad input
(SECURITY.md E1, E4, B1, B2, S1, S2, S5, I5; E2, equal work, is in
test_equal_work.py)."""

import re

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from akhbar.accounts.models import PhoneNumber
from akhbar.accounts.sms.base import SmsError

from .conftest import (
    ACCOUNT,
    CODE_CONFIRM,
    CODE_LOGIN,
    LOGIN,
    SIGNUP,
    VERIFY_EMAIL,
    code_in,
    last_mail_code,
    make_reader,
)

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "a correct horse 2026"


def page_without_tokens(response) -> str:
    return re.sub(
        r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode()
    )


def test_failed_sign_ins_look_the_same_for_unknown_wrong_and_passwordless():
    make_reader(email="haspassword@example.org", password=PASSWORD)
    make_reader(email="nopassword@example.org")
    answers = []
    for login in [
        "unknown@example.org",
        "haspassword@example.org",
        "nopassword@example.org",
    ]:
        response = Client().post(
            LOGIN, {"login": login, "password": "wrong password 1"}
        )
        answers.append(
            (
                response.status_code,
                page_without_tokens(response).replace(login, "LOGIN"),
            )
        )
    assert answers[0][0] == 200
    assert answers[0] == answers[1] == answers[2]
    # Every failed password sign-in offers the way in for code-only readers.
    assert 'id="no-password-hint"' in answers[0][1]


def test_signup_with_a_taken_email_answers_the_same_and_tells_the_owner(mail_outbox):
    make_reader(email="taken@example.org")
    taken = Client().post(SIGNUP, {"email": "taken@example.org"}, follow=True)
    fresh = Client().post(SIGNUP, {"email": "fresh@example.org"}, follow=True)
    assert taken.redirect_chain == fresh.redirect_chain
    assert page_without_tokens(taken).replace("taken@", "X@") == page_without_tokens(
        fresh
    ).replace("fresh@", "X@")
    assert User.objects.filter(email="taken@example.org").count() == 1
    notice = next(m for m in mail_outbox if m.to == ["taken@example.org"])
    assert "already" in notice.body or "بالفعل" in notice.body


def test_signup_with_a_taken_phone_answers_the_same_and_texts_the_owner(sms_outbox):
    make_reader(email=None, phone="+966501234567")
    taken = Client().post(SIGNUP, {"phone": "+966501234567"})
    fresh = Client().post(SIGNUP, {"phone": "+966501234568"})
    assert taken.status_code == fresh.status_code == 302
    assert taken["Location"] == fresh["Location"]
    texts = {message.to: message.body for message in sms_outbox}
    assert set(texts) == {"+966501234567", "+966501234568"}
    assert not re.search(r"\d{6}", texts["+966501234567"])  # a notice, no code


@pytest.mark.parametrize(
    "data, field",
    [
        ({"email": "not-an-email"}, "email"),
        ({"email": "a@b@c.org"}, "email"),
        ({"email": "x" * 300 + "@example.org"}, "email"),
        ({"phone": "12345"}, "phone"),
        ({"phone": "+966 abc"}, "phone"),
        ({"phone": "+1" + "2" * 40}, "phone"),
        ({}, "__all__"),
        ({"email": "ok@example.org", "first_name": "Eve\u202egnp.exe"}, "first_name"),
        ({"email": "ok@example.org", "password1": "short"}, "password1"),
    ],
)
def test_bad_signup_input_gets_a_clear_message_and_makes_nothing(client, data, field):
    response = client.post(SIGNUP, data)
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not User.objects.exists()


def test_unicode_names_are_welcome(client, mail_outbox):
    client.post(SIGNUP, {"email": "layla@example.org", "first_name": "ليلى بنت‌الهدى"})
    assert User.objects.get().first_name == "ليلى بنت‌الهدى"


def test_privilege_fields_in_a_signup_are_ignored(client, mail_outbox):
    client.post(
        SIGNUP,
        {
            "email": "sneaky@example.org",
            "is_staff": "1",
            "is_superuser": "1",
            "email_verified": "1",
            "verified": "1",
        },
    )
    user = User.objects.get()
    assert not user.is_staff and not user.is_superuser
    assert not user.emailaddress_set.get().verified


def test_no_half_made_account_when_the_code_cannot_be_texted(client, monkeypatch):
    from akhbar.accounts import sms

    def broken(**kwargs):
        raise SmsError("gateway down")

    monkeypatch.setattr(sms, "send_sms", broken)
    response = client.post(SIGNUP, {"phone": "+966501234567"}, follow=True)
    assert response.status_code == 200
    assert "try again" in response.content.decode().lower() or "حاول" in (
        response.content.decode()
    )
    assert not User.objects.exists() and not PhoneNumber.objects.exists()


def throttled(response) -> bool:
    return response.status_code == 429 and int(response["Retry-After"]) > 0


def test_password_guessing_on_one_account_is_throttled_but_a_code_still_works(
    mail_outbox,
):
    make_reader(password=PASSWORD)
    answers = [
        Client(REMOTE_ADDR=f"10.0.0.{n}").post(
            LOGIN, {"login": "reader@example.org", "password": f"guess number {n}"}
        )
        for n in range(6)
    ]
    assert [throttled(a) for a in answers] == [False] * 5 + [True]
    assert "محاولة" in answers[-1].content.decode()  # said in Arabic
    # Even the right password waits now...
    right = Client().post(LOGIN, {"login": "reader@example.org", "password": PASSWORD})
    assert throttled(right)
    # ...but the reader can still get in with a code.
    reader = Client()
    reader.post(CODE_LOGIN, {"login": "reader@example.org"})
    reader.post(CODE_CONFIRM, {"code": last_mail_code(mail_outbox)})
    assert reader.get(ACCOUNT).status_code == 200


def test_password_guessing_from_one_address_is_throttled():
    client = Client()
    answers = [
        client.post(
            LOGIN, {"login": f"someone{n}@example.org", "password": "guess it 1"}
        )
        for n in range(11)
    ]
    assert [throttled(a) for a in answers] == [False] * 10 + [True]


def test_a_rotating_forwarded_for_header_does_not_reset_the_count():
    client = Client()
    answers = [
        client.post(
            LOGIN,
            {"login": f"someone{n}@example.org", "password": "guess it 1"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        )
        for n in range(11)
    ]
    assert throttled(answers[-1])


def test_signups_from_one_address_are_limited_in_arabic(mail_outbox):
    client = Client()
    answers = [client.post(SIGNUP, {"email": f"new{n}@example.org"}) for n in range(21)]
    assert answers[-1].status_code == 429
    assert int(answers[-1]["Retry-After"]) > 0
    html = answers[-1].content.decode()
    assert 'lang="ar"' in html
    with translation.override("ar"):
        assert translation.gettext("Too many attempts") in html


def session_key(client) -> str:
    return client.cookies[django_settings.SESSION_COOKIE_NAME].value


def test_the_session_id_changes_at_password_and_code_sign_in(mail_outbox):
    make_reader(password=PASSWORD)
    client = Client()
    client.get(LOGIN)
    client.post(CODE_LOGIN, {"login": "reader@example.org"})
    before = session_key(client)
    client.post(CODE_CONFIRM, {"code": last_mail_code(mail_outbox)})
    assert session_key(client) != before

    client = Client()
    client.post(LOGIN, {"login": "nobody@example.org", "password": "wrong one 1"})
    client.session.save()
    before = client.session.session_key
    client.post(LOGIN, {"login": "reader@example.org", "password": PASSWORD})
    assert session_key(client) != before


def test_an_old_cookie_is_anonymous_after_sign_out():
    make_reader(password=PASSWORD)
    client = Client()
    client.post(LOGIN, {"login": "reader@example.org", "password": PASSWORD})
    old = session_key(client)
    client.post("/ar/accounts/logout/")
    replay = Client()
    replay.cookies[django_settings.SESSION_COOKIE_NAME] = old
    assert replay.get(ACCOUNT).status_code == 302


@pytest.mark.parametrize("target", ["//evil.com/", "https://evil.com/", "/\\evil.com/"])
def test_sign_in_never_redirects_off_site(target):
    make_reader(password=PASSWORD)
    response = Client().post(
        f"{LOGIN}?next={target}",
        {"login": "reader@example.org", "password": PASSWORD, "next": target},
    )
    assert response.status_code == 302
    assert "evil.com" not in response["Location"]


def test_email_verification_code_in_arabic_digits(client, mail_outbox):
    client.post(SIGNUP, {"email": "new@example.org"})
    code = last_mail_code(mail_outbox)
    client.post(VERIFY_EMAIL, {"code": " ".join(chr(0x0660 + int(d)) for d in code)})
    assert client.get(ACCOUNT).status_code == 200


def test_sign_in_code_text_is_in_the_readers_language(client, sms_outbox):
    make_reader(email=None, phone="+966501234567")
    client.post("/en/accounts/login/code/", {"login": "+966501234567"})
    english = sms_outbox[-1].body
    cache.clear()  # one code per number per 3 minutes
    Client().post(CODE_LOGIN, {"login": "+966501234567"})
    arabic = sms_outbox[-1].body
    assert english.startswith("Your ")
    with translation.override("ar"):
        expected = translation.gettext("Your %(site)s code: %(code)s. Do not share it.")
    assert arabic == expected % {"site": "أخبار", "code": code_in(arabic)}
