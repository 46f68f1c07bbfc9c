"""The newsroom side: a second factor for staff, and a throttled login
(SECURITY.md B3, S1)."""

import time

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.conf import settings as django_settings
from django.test import Client

from tests.factories import make_user

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"
NEWSROOM = "/ar/newsroom/"
NEWSROOM_LOGIN = "/ar/newsroom/login/"


@pytest.fixture
def require_2fa(settings):
    settings.AKHBAR_STAFF_REQUIRE_2FA = True


@pytest.fixture
def editor(db):
    from django.apps import apps

    from akhbar.newsroom.roles import apply_roles

    apply_roles(apps)
    return make_user(role="editor", password=PASSWORD)


def totp_now(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def newsroom_login(client, user, password=PASSWORD):
    return client.post(
        NEWSROOM_LOGIN, {"username": user.username, "password": password}
    )


def test_without_the_setting_the_printed_editor_login_reaches_the_newsroom(
    client, editor
):
    newsroom_login(client, editor)
    assert client.get(NEWSROOM).status_code == 200


def test_staff_without_an_authenticator_app_must_set_one_up(
    client, editor, require_2fa
):
    newsroom_login(client, editor)
    response = client.get(NEWSROOM)
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/accounts/2fa/totp/activate/")
    assert client.get("/ar/newsroom/news/article/1/preview/")["Location"].startswith(
        "/ar/accounts/2fa/totp/activate/"
    )


def test_staff_with_an_app_pass_it_then_reach_the_newsroom_in_a_new_session(
    client, editor, require_2fa
):
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    newsroom_login(client, editor)
    response = client.get(NEWSROOM)
    assert response["Location"].startswith("/ar/accounts/2fa/reauthenticate/")
    response = client.post(response["Location"], {"code": totp_now(secret)})
    assert response.status_code == 302
    before = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    assert client.get(NEWSROOM).status_code == 200
    assert client.cookies[django_settings.SESSION_COOKIE_NAME].value != before


def test_a_wrong_app_code_keeps_the_newsroom_closed(client, editor, require_2fa):
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    newsroom_login(client, editor)
    wrong = f"{(int(totp_now(secret)) + 1) % 1_000_000:06d}"
    client.post("/ar/accounts/2fa/reauthenticate/", {"code": wrong})
    assert client.get(NEWSROOM).status_code == 302


def test_readers_are_not_asked_for_a_second_factor(client, require_2fa):
    from .conftest import make_reader

    client.force_login(make_reader())
    assert client.get("/ar/accounts/").status_code == 200


def test_production_requires_the_second_factor():
    import os
    import subprocess
    import sys

    env = {**os.environ, "SECRET_KEY": "k" * 60}
    env.pop("DEBUG", None)
    env.pop("AKHBAR_STAFF_REQUIRE_2FA", None)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import akhbar.settings.prod as s; print(s.AKHBAR_STAFF_REQUIRE_2FA)",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "True"
    from akhbar.settings import demo

    assert demo.AKHBAR_STAFF_REQUIRE_2FA is False


def error_codes(response) -> list[str]:
    return [
        error.code for error in response.context["form"].errors.as_data()["__all__"]
    ]


def test_newsroom_login_is_throttled(editor):
    answers = [
        newsroom_login(Client(REMOTE_ADDR=f"10.0.0.{n}"), editor, f"wrong guess {n}")
        for n in range(6)
    ]
    assert all(a.status_code == 200 for a in answers)
    assert [error_codes(a) for a in answers] == [["invalid_login"]] * 5 + [
        ["too_many_attempts"]
    ]
    # The right password is throttled too, for now.
    right = newsroom_login(Client(), editor)
    assert right.status_code == 200
    assert Client().get(NEWSROOM).status_code == 302


def test_newsroom_login_from_one_address_is_throttled(editor):
    client = Client()
    for n in range(10):
        client.post(NEWSROOM_LOGIN, {"username": f"nobody{n}", "password": "guess 1"})
    response = newsroom_login(client, editor)
    assert error_codes(response) == ["too_many_attempts"]
    assert client.get(NEWSROOM).status_code == 302
