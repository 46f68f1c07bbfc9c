"""Account pages in the site: header links, caching, CSRF, system checks, logs
(SECURITY.md S3, S4, F2 for accounts, L1, L2)."""

import json
import logging

import pytest
from django.core.cache import cache
from django.core.checks import run_checks
from django.test import Client

from akhbar.accounts.checks import delivery_check, password_rule_check

from .conftest import (
    ACCOUNT,
    CODE_CONFIRM,
    CODE_LOGIN,
    LOGIN,
    RESET,
    SET_PASSWORD,
    SIGNUP,
    make_reader,
)

pytestmark = pytest.mark.django_db
PASSWORD = "a correct horse 2026"


def test_the_header_links_to_sign_in_or_the_account(client):
    anonymous = client.get("/ar/").content.decode()
    assert 'href="/ar/accounts/login/"' in anonymous
    client.force_login(make_reader())
    signed_in = client.get("/ar/").content.decode()
    assert 'href="/ar/accounts/"' in signed_in
    assert 'href="/ar/accounts/logout/"' in signed_in
    assert 'href="/ar/accounts/login/"' not in signed_in


def cached_pages() -> list[str]:
    return [
        value[0].decode()
        for key in list(cache._cache)
        if ":page:" in key and (value := cache.get(key.split(":", 2)[2]))
    ]


def test_no_page_with_a_csrf_token_or_a_readers_name_is_cached(client):
    reader = make_reader(email="cached@example.org")
    anonymous = Client()
    for path in ["/ar/", "/ar/latest/", LOGIN, SIGNUP, RESET, CODE_LOGIN]:
        anonymous.get(path)
        anonymous.cookies.clear()
    client.force_login(reader)
    for path in ["/ar/", "/ar/latest/", ACCOUNT]:
        client.get(path)
    pages = cached_pages()
    assert pages, "the reader pages should have been cached"
    for html in pages:
        assert "csrfmiddlewaretoken" not in html
        assert "cached@example.org" not in html
        assert 'href="/ar/accounts/"' not in html  # the signed-in header
    # A signed-in reader never gets the anonymous copy.
    assert 'href="/ar/accounts/"' in client.get("/ar/").content.decode()


def test_account_pages_are_never_cached(client):
    first = client.get(LOGIN)
    second = Client().get(LOGIN)
    assert "X-Cache" not in second
    assert "no-cache" in first["Cache-Control"] or "private" in first["Cache-Control"]


@pytest.mark.parametrize(
    "path, data",
    [
        (LOGIN, {"login": "reader@example.org", "password": PASSWORD}),
        (CODE_LOGIN, {"login": "reader@example.org"}),
        (CODE_CONFIRM, {"code": "123456"}),
        (RESET, {"email": "reader@example.org"}),
        (SIGNUP, {"email": "new@example.org"}),
    ],
)
def test_posts_without_a_csrf_token_are_refused(path, data):
    make_reader(password=PASSWORD)
    client = Client(enforce_csrf_checks=True)
    assert client.post(path, data).status_code == 403
    foreign = Client(enforce_csrf_checks=True)
    foreign.get(LOGIN)
    token = foreign.cookies["csrftoken"].value
    response = foreign.post(
        path,
        {**data, "csrfmiddlewaretoken": token},
        HTTP_ORIGIN="https://evil.example",
    )
    assert response.status_code == 403


def test_setting_a_password_without_a_csrf_token_is_refused():
    user = make_reader()
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post(SET_PASSWORD, {"password1": "x" * 12, "password2": "x" * 12})
    assert response.status_code == 403


def test_get_never_signs_out_or_sends_a_code(client, mail_outbox):
    client.force_login(make_reader())
    client.get("/ar/accounts/logout/")
    assert client.get(ACCOUNT).status_code == 200
    client.get(CODE_LOGIN + "?login=reader@example.org")
    client.get(RESET + "?email=reader@example.org")
    assert mail_outbox == []


def test_production_cookies(monkeypatch):
    import os
    import subprocess
    import sys

    code = (
        "import akhbar.settings.prod as s;"
        "assert s.SESSION_COOKIE_SECURE and s.SESSION_COOKIE_HTTPONLY;"
        "assert s.SESSION_COOKIE_SAMESITE == 'Lax';"
        "assert s.SESSION_COOKIE_NAME.startswith('__Host-');"
        "assert s.CSRF_COOKIE_NAME.startswith('__Host-') and s.CSRF_COOKIE_SECURE;"
        "assert s.SECURE_HSTS_SECONDS >= 31536000;"
        "assert s.ACCOUNT_DEFAULT_HTTP_PROTOCOL == 'https'"
    )
    env = {**os.environ, "SECRET_KEY": "k" * 60}
    env.pop("DEBUG", None)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)


def test_max_length_under_64_is_warned_about(settings):
    assert not password_rule_check(None)
    settings.AKHBAR_PASSWORD_MAX_LENGTH = 12
    [warning] = password_rule_check(None)
    assert warning.id == "accounts.W001" and "6.2.9" in warning.msg


def test_a_code_timeout_over_ten_minutes_is_an_error(settings):
    settings.ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 3600
    assert any(message.id == "accounts.E002" for message in run_checks())


def test_deploy_check_warns_about_demo_senders(settings):
    settings.MAILERS = {"default": {"BACKEND": "akhbar.accounts.mail.DemoEmailBackend"}}
    settings.SMS_BACKENDS = {
        "default": {"BACKEND": "akhbar.accounts.sms.backends.console.SmsBackend"}
    }
    assert {m.id for m in delivery_check(None)} == {"accounts.W002", "accounts.W003"}
    settings.AKHBAR_PHONE_ACCOUNTS = False
    assert {m.id for m in delivery_check(None)} == {"accounts.W002"}


def test_deploy_check_trusts_a_sender_that_says_it_delivers(settings):
    settings.MAILERS = {
        "default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend"}
    }
    settings.SMS_BACKENDS = {
        "default": {
            "BACKEND": "akhbar.accounts.sms.backends.http.SmsBackend",
            "OPTIONS": {"url": "https://sms.example.org/send"},
        }
    }
    assert delivery_check(None) == []


def test_deploy_check_reports_a_sender_that_cannot_be_set_up(settings):
    settings.SMS_BACKENDS = {
        "default": {"BACKEND": "akhbar.accounts.sms.backends.http.SmsBackend"}
    }
    [error] = [m for m in delivery_check(None) if m.id == "accounts.E003"]
    assert "OPTIONS['url']" in error.msg


def audit_lines(caplog) -> list[dict]:
    return [
        json.loads(record.getMessage())
        for record in caplog.records
        if record.name == "akhbar.accounts.audit"
    ]


def test_sign_ins_code_checks_and_resets_are_logged_without_secrets(
    client, caplog, mail_outbox
):
    caplog.set_level(logging.INFO)
    make_reader(password=PASSWORD)
    Client().post(LOGIN, {"login": "reader@example.org", "password": "wrong password"})
    Client().post(LOGIN, {"login": "reader@example.org", "password": PASSWORD})
    client.post(CODE_LOGIN, {"login": "reader@example.org"})
    client.post(CODE_CONFIRM, {"code": "000000"})
    Client().post(RESET, {"email": "nobody@example.org"})
    lines = audit_lines(caplog)
    events = {(line["event"], line["outcome"]) for line in lines}
    assert {("login", "failed"), ("login", "ok"), ("code_login", "failed")} <= events
    assert ("reset_requested", "unknown") in events
    for line in lines:
        assert line["at"].endswith("+00:00") and line["ip"] == "127.0.0.1"
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert PASSWORD not in logged and "wrong password" not in logged
    assert "reader@example.org" not in logged and "nobody@example.org" not in logged


def test_control_characters_are_escaped_in_the_log(rf, caplog):
    from akhbar.accounts import audit

    caplog.set_level(logging.INFO)
    request = rf.post("/ar/accounts/login/\r\nFAKE LINE \x1b[31mred")
    audit.log_event(request, "login", "failed", identifier="evil\r\n\x1b[31madmin")
    [record] = [r for r in caplog.records if r.name == "akhbar.accounts.audit"]
    message = record.getMessage()
    assert "\n" not in message and "\r" not in message and "\x1b" not in message
    assert json.loads(message)["path"] == request.path  # intact, only escaped


@pytest.mark.parametrize(
    "path",
    [
        "/ar/accounts/2fa/",
        "/ar/accounts/sessions/",
        "/ar/accounts/email/",
        "/ar/accounts/password/change/",
        "/ar/accounts/phone/change/",
        "/ar/accounts/reauthenticate/",
        "/ar/accounts/logout/",
        "/en/accounts/",
    ],
)
def test_allauth_pages_render_in_the_sites_frame(client, path):
    user = make_reader(password=PASSWORD, phone="+966501234567")
    client.post(LOGIN, {"login": "reader@example.org", "password": PASSWORD})
    client.post("/ar/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.get(path)
    assert response.status_code == 200, path
    html = response.content.decode()
    assert 'class="site-header"' in html and "accounts/accounts.css" in html
    assert user.email in html or path != "/ar/accounts/email/"


def test_totp_setup_page_shows_the_code_to_scan(client):
    make_reader(password=PASSWORD)
    client.post(LOGIN, {"login": "reader@example.org", "password": PASSWORD})
    client.post("/ar/accounts/reauthenticate/", {"password": PASSWORD})
    html = client.get("/ar/accounts/2fa/totp/activate/").content.decode()
    assert 'class="account-image"' in html and "data:image/svg+xml" in html


def test_the_original_sites_arabic_prompts(client, settings):
    settings.AKHBAR_PASSWORD_MAX_LENGTH = 12
    assert "إستعادة كلمة المرور" in client.get(LOGIN).content.decode()
    assert "8-12 حرفًا" in client.get(SIGNUP).content.decode()
    client.force_login(make_reader())
    assert (
        "لم يتم تعيين كلمة مرور ، يرجى الحصول على إعدادات رمز التحقق"
        in client.get(ACCOUNT).content.decode()
    )
