"""One-time codes (SECURITY.md O1-O10)."""

import logging
import os
import threading
import uuid
from collections import Counter
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.signals import user_logged_in
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import timezone
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from akhbar.accounts import codes
from akhbar.accounts.adapter import AccountAdapter
from akhbar.accounts.models import CodeFailures, IssuedCode

from .conftest import (
    ACCOUNT,
    CODE_CONFIRM,
    CODE_LOGIN,
    RESET,
    RESET_CONFIRM,
    SIGNUP,
    VERIFY_EMAIL,
    code_in,
    last_mail_code,
    make_reader,
)

pytestmark = pytest.mark.django_db


def request_login_code(client, login="reader@example.org"):
    response = client.post(CODE_LOGIN, {"login": login})
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def signed_in(client) -> bool:
    return client.get(ACCOUNT).status_code == 200


def test_codes_are_6_uniform_digits():
    adapter = AccountAdapter()
    generated = [adapter.generate_login_code() for _ in range(10_000)]
    assert all(len(code) == 6 and code.isdigit() for code in generated)
    digits = Counter("".join(generated))
    expected = len(generated) * 6 / 10
    chi_square = sum((digits[d] - expected) ** 2 / expected for d in "0123456789")
    assert chi_square < 40  # 9 degrees of freedom; p < 1e-5 would fail
    assert len(set(generated)) > 9_900


def test_a_code_works_once(client, mail_outbox):
    make_reader()
    request_login_code(client)
    code = last_mail_code(mail_outbox)
    key = client.session.session_key
    before = dict(SessionStore(session_key=key).load())
    client.post(CODE_CONFIRM, {"code": code})
    assert signed_in(client)

    # Replay the session as it was before the code was used: the ledger still
    # refuses the code.
    Session.objects.create(
        session_key=key,
        session_data=SessionStore().encode(before),
        expire_date=timezone.now() + timedelta(hours=1),
    )
    attacker = Client()
    attacker.cookies[django_settings.SESSION_COOKIE_NAME] = key
    response = attacker.post(CODE_CONFIRM, {"code": code})
    assert not signed_in(attacker)
    assert response.status_code == 200
    assert codes.USED in response.context["form"].errors["code"]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent writers need PostgreSQL (SQLite's test database is in memory)",
)
@pytest.mark.django_db(transaction=True)
def test_one_code_sent_twenty_times_at_once_signs_in_once(mail_outbox):
    make_reader()
    client = Client()
    request_login_code(client)
    code = last_mail_code(mail_outbox)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    barrier = threading.Barrier(20)
    results = []

    def submit():
        racer = Client()
        racer.cookies[django_settings.SESSION_COOKIE_NAME] = cookie
        barrier.wait()
        try:
            results.append(racer.post(CODE_CONFIRM, {"code": code}).status_code)
        finally:
            connection.close()

    logins = []

    def count_login(sender, user, **kwargs):
        logins.append(user.pk)

    user_logged_in.connect(count_login)
    threads = [threading.Thread(target=submit) for _ in range(20)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        user_logged_in.disconnect(count_login)
    assert IssuedCode.objects.filter(used_at__isnull=False).count() == 1
    # Exactly one sign-in. The barrier only starts the racers together: on a
    # busy machine a late one finds the session signed in already and is sent
    # on into the site (another 302) without signing in again, so count the
    # sign-ins, not the redirects.
    assert len(logins) == 1, results
    assert 302 in results, results


def test_claim_is_single_use_and_bounded_by_the_timeout(rf, clock):
    request = rf.post("/")
    request.session = SessionStore()
    entry = codes.issue(
        request=request, purpose="login", code="123456", address="a@b.c"
    )
    assert codes.claim(entry)
    assert not codes.claim(entry)
    late = codes.issue(request=request, purpose="login", code="654321", address="a@b.c")
    clock.advance(601)
    assert not codes.claim(late)


def test_a_code_works_at_9_59_and_not_at_10_00_01(client, mail_outbox, clock):
    make_reader()
    request_login_code(client)
    clock.advance(599)
    client.post(CODE_CONFIRM, {"code": last_mail_code(mail_outbox)})
    assert signed_in(client)

    other = Client()
    request_login_code(other)
    clock.advance(601)
    response = other.post(CODE_CONFIRM, {"code": last_mail_code(mail_outbox)})
    assert response.status_code == 302  # back to "request a code"
    assert response["Location"] == CODE_LOGIN
    assert not signed_in(other)


def test_the_timeout_can_never_exceed_ten_minutes():
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import akhbar.settings.base as s; print(s.ACCOUNT_LOGIN_BY_CODE_TIMEOUT,"
            " s.ACCOUNT_PHONE_VERIFICATION_TIMEOUT)",
        ],
        env={**__import__("os").environ, "AKHBAR_CODE_TIMEOUT": "3600"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == ["600", "600"]


def test_five_wrong_guesses_void_the_code(client, mail_outbox):
    make_reader()
    request_login_code(client)
    code = last_mail_code(mail_outbox)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for _ in range(4):
        response = client.post(CODE_CONFIRM, {"code": wrong})
        assert response.status_code == 200
    response = client.post(CODE_CONFIRM, {"code": wrong})
    assert response["Location"] == CODE_LOGIN
    client.post(CODE_CONFIRM, {"code": code})
    assert not signed_in(client)
    # A new code is needed, and works.
    cache.clear()  # the per-address sending limit (1 per 3 minutes)
    request_login_code(client)
    client.post(CODE_CONFIRM, {"code": last_mail_code(mail_outbox)})
    assert signed_in(client)


def test_a_hundred_wrong_codes_lock_the_account_beyond_a_cache_flush(
    client, mail_outbox
):
    user = make_reader()
    CodeFailures.objects.create(user=user, count=99)
    request_login_code(client)
    code = last_mail_code(mail_outbox)
    client.post(CODE_CONFIRM, {"code": f"{(int(code) + 1) % 1_000_000:06d}"})
    assert CodeFailures.objects.get(user=user).count == 100
    cache.clear()
    response = client.post(CODE_CONFIRM, {"code": code})
    assert codes.LOCKED in response.context["form"].errors["code"]
    assert not signed_in(client)


def test_the_hourly_limit_per_address(mail_outbox, clock):
    # Fresh sessions: within one session a pending code is simply shown again.
    make_reader()
    for _ in range(10):
        request_login_code(Client())
        clock.advance(181)
    response = Client().post(CODE_LOGIN, {"login": "reader@example.org"})
    assert response.status_code == 200
    assert response.context["form"].errors["login"]
    assert len(mail_outbox) == 10


def test_a_signup_code_is_not_a_recovery_code(client, mail_outbox):
    client.post(SIGNUP, {"email": "new@example.org"})
    verification_code = last_mail_code(mail_outbox)
    client.post(VERIFY_EMAIL, {"code": verification_code})  # now signed in
    client.logout()
    client.post(RESET, {"email": "new@example.org"})
    reset_code = last_mail_code(mail_outbox)
    if reset_code != verification_code:
        response = client.post(RESET_CONFIRM, {"code": verification_code})
        assert response.status_code == 200
        assert response.context["form"].errors["code"]


def test_a_code_for_one_address_does_not_work_for_another(client, mail_outbox):
    make_reader(email="a@example.org")
    make_reader(email="b@example.org")
    other = Client()
    request_login_code(other, "a@example.org")
    code_for_a = last_mail_code(mail_outbox)
    request_login_code(client, "b@example.org")
    if last_mail_code(mail_outbox) != code_for_a:
        client.post(CODE_CONFIRM, {"code": code_for_a})
        assert not signed_in(client)


def test_a_code_is_refused_once_its_address_changed(client, mail_outbox):
    from allauth.account.models import EmailAddress

    user = make_reader()
    request_login_code(client)
    EmailAddress.objects.filter(user=user).update(email="elsewhere@example.org")
    response = client.post(CODE_CONFIRM, {"code": last_mail_code(mail_outbox)})
    assert not signed_in(client)
    assert codes.USED in response.context["form"].errors["code"]


def refusal(response) -> tuple:
    return response.status_code, tuple(response.context["form"].errors["login"])


def test_fifty_requests_in_a_minute_deliver_one_code(mail_outbox, settings):
    # Fresh sessions each time, as a script would; the per-IP limit is raised
    # so that the per-address limit is what answers.
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "request_login_code": "100/m/ip,1/3m/key,10/h/key",
    }
    make_reader()
    first = Client().post(CODE_LOGIN, {"login": "reader@example.org"})
    refusals = {
        refusal(Client().post(CODE_LOGIN, {"login": "reader@example.org"}))
        for _ in range(49)
    }
    assert first.status_code == 302
    assert len(mail_outbox) == 1
    assert len(refusals) == 1  # the same refusal every time...
    Client().post(CODE_LOGIN, {"login": "nobody@example.org"})
    unknown = refusal(Client().post(CODE_LOGIN, {"login": "nobody@example.org"}))
    assert {unknown} == refusals  # ...whether or not the address has an account


def test_the_daily_sms_cap(sms_outbox, settings):
    settings.AKHBAR_SMS_DAILY_LIMIT = 2
    for number in ["+966501234561", "+966501234562", "+966501234563"]:
        Client().post(CODE_LOGIN, {"login": number})
    assert len(sms_outbox) == 2


@given(
    code=st.text(alphabet="0123456789", min_size=6, max_size=6),
    style=st.sampled_from(["ascii", "arabic", "persian", "fullwidth", "spaced"]),
)
@hypothesis_settings(max_examples=200, deadline=None)
def test_typed_codes_are_normalised(code, style):
    typed = {
        "ascii": code,
        "arabic": "".join(chr(0x0660 + int(d)) for d in code),
        "persian": "".join(chr(0x06F0 + int(d)) for d in code),
        "fullwidth": "".join(chr(0xFF10 + int(d)) for d in code),
        "spaced": f" {code[:3]} {code[3:]} ",
    }[style]
    assert codes.normalize_typed(typed) == code


@given(st.text(min_size=0, max_size=200))
@hypothesis_settings(max_examples=200, deadline=None)
def test_anything_else_is_refused_cleanly(text):
    try:
        normalized = codes.normalize_typed(text)
    except Exception as error:
        assert error.__class__.__name__ == "ValidationError"
    else:
        assert len(normalized) == 6 and normalized.isascii() and normalized.isdigit()


@pytest.mark.parametrize("typed", ["12345", "1234567", "12a456", "x" * 10_000, "١٢٣"])
def test_wrong_shapes_get_a_clear_message(client, mail_outbox, typed):
    make_reader()
    request_login_code(client)
    response = client.post(CODE_CONFIRM, {"code": typed})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]


def test_arabic_indic_code_signs_in(client, mail_outbox):
    make_reader()
    request_login_code(client)
    code = last_mail_code(mail_outbox)
    client.post(CODE_CONFIRM, {"code": "".join(chr(0x0660 + int(d)) for d in code)})
    assert signed_in(client)


def test_codes_appear_in_no_log_and_no_ledger_row(
    client, mail_outbox, sms_outbox, caplog
):
    caplog.set_level(logging.DEBUG)
    make_reader(phone="+966501234567")
    request_login_code(client)
    email_code = last_mail_code(mail_outbox)
    client.post(CODE_CONFIRM, {"code": email_code})
    client.logout()
    request_login_code(client, "+966501234567")
    phone_code = code_in(sms_outbox[-1].body)
    client.post(CODE_CONFIRM, {"code": phone_code})
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "code_login" in logged  # the events are logged...
    assert email_code not in logged and phone_code not in logged  # ...not the codes
    stored = list(IssuedCode.objects.values_list("digest", "address_digest"))
    assert stored and all(
        email_code not in value and phone_code not in value
        for row in stored
        for value in row
    )


@pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="needs REDIS_URL (.ci/run sets it for the PostgreSQL run)",
)
def test_with_redis_limits_hold_and_the_lock_outlives_a_flush(settings, mail_outbox):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"akhbar-test-{uuid.uuid4().hex}",
        }
    }
    user = make_reader()
    try:
        request_login_code(Client())
        again = Client().post(CODE_LOGIN, {"login": "reader@example.org"})
        assert again.context["form"].errors["login"]  # the limit is in Redis
        CodeFailures.objects.create(
            user=user, count=100, last_failure_at=timezone.now()
        )
        client = Client()
        cache.clear()  # FLUSHDB: every rate-limit counter is gone...
        request_login_code(client)
        cache.clear()
        response = client.post(CODE_CONFIRM, {"code": last_mail_code(mail_outbox)})
        assert codes.LOCKED in response.context["form"].errors["code"]  # ...not this
    finally:
        cache.clear()
