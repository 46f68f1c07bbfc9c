"""The SMS senders: locmem, the demo's console/file sender, and the HTTP gateway
against a real local HTTP server."""

import json
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import Client

from akhbar.accounts.sms.backends import backends
from akhbar.accounts.sms.backends.console import SmsBackend as ConsoleBackend
from akhbar.accounts.sms.backends.http import SmsBackend as HttpBackend
from akhbar.accounts.sms.base import BaseSmsBackend, SmsError, SmsMessage

from .conftest import CODE_LOGIN, SIGNUP, make_reader

pytestmark = pytest.mark.django_db


class Gateway:
    """A tiny SMS gateway on 127.0.0.1 that answers from a script of statuses."""

    def __init__(self, statuses, delay=0.0):
        self.statuses = list(statuses)
        self.delay = delay
        self.requests = []
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                gateway.requests.append(
                    {
                        "headers": dict(self.headers),
                        "body": json.loads(self.rfile.read(length)),
                    }
                )
                time.sleep(gateway.delay)
                status = gateway.statuses.pop(0) if gateway.statuses else 200
                body = json.dumps({"id": f"msg-{len(gateway.requests)}"}).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        # A deliberately slow answer must not hold up the test's teardown.
        self.server.daemon_threads, self.server.block_on_close = True, False
        self.url = f"http://127.0.0.1:{self.server.server_port}/send"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def backend(url, **options):
    return HttpBackend(url=url, token="s3cret", timeout=0.5, backoff=0.01, **options)


class Waits(list):
    """Stands in for the sender's sleep: notes each wait, and waits not at all."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def waits(monkeypatch):
    recorder = Waits()
    monkeypatch.setattr(HttpBackend, "sleep", staticmethod(recorder))
    return recorder


@pytest.fixture
def timeouts(monkeypatch):
    """The timeout the sender gives each request to the gateway."""
    import requests

    asked, real_post = [], requests.post

    def post(*args, **kwargs):
        asked.append(kwargs.get("timeout"))
        return real_post(*args, **kwargs)

    monkeypatch.setattr(requests, "post", post)
    return asked


def test_the_gateway_gets_one_json_post_with_the_token():
    with Gateway([200]) as gateway:
        provider_id = backend(gateway.url).send(
            SmsMessage("+966501234567", "code 123456")
        )
    assert provider_id == "msg-1"
    [request] = gateway.requests
    assert request["headers"]["Authorization"] == "Bearer s3cret"
    assert request["body"]["to"] == "+966501234567"
    assert request["body"]["text"] == "code 123456"
    assert request["headers"]["Idempotency-Key"] == request["body"]["reference"]


def test_a_failing_gateway_is_retried_with_the_same_reference(waits):
    with Gateway([503, 500, 200]) as gateway:
        backend(gateway.url, retries=2).send(SmsMessage("+966501234567", "hi"))
    assert len(gateway.requests) == 3
    assert len({r["body"]["reference"] for r in gateway.requests}) == 1
    assert waits == [0.01, 0.02]  # exponential backoff between the attempts


def test_a_refusal_is_not_retried_and_raises(waits):
    with Gateway([400]) as gateway, pytest.raises(SmsError, match="400"):
        backend(gateway.url, retries=3).send(SmsMessage("+966501234567", "hi"))
    assert len(gateway.requests) == 1
    assert waits == []


def test_a_hanging_gateway_times_out_and_raises(waits, timeouts):
    with (
        Gateway([200, 200], delay=1.5) as gateway,
        pytest.raises(SmsError, match="Timeout"),
    ):
        backend(gateway.url, retries=1).send(SmsMessage("+966501234567", "hi"))
    # Two attempts of at most 0.5 s each, one short wait between: no more.
    assert timeouts == [0.5, 0.5]
    assert waits == [0.01]
    assert len(gateway.requests) == 2


def test_an_unreachable_gateway_raises():
    with pytest.raises(SmsError):
        backend("http://127.0.0.1:9/send", retries=0).send(
            SmsMessage("+966501234567", "hi")
        )


def test_a_gateway_failure_is_logged_without_the_text_and_the_reader_asked_to_retry(
    settings, caplog, waits
):
    make_reader(email=None, phone="+966501234567")
    caplog.set_level(logging.WARNING)
    with Gateway([500, 500, 500]) as gateway:
        settings.SMS_BACKENDS = {
            "default": {
                "BACKEND": "akhbar.accounts.sms.backends.http.SmsBackend",
                "OPTIONS": {"url": gateway.url, "token": "t", "backoff": 0.01},
            }
        }
        response = Client().post(CODE_LOGIN, {"login": "+966501234567"}, follow=True)
    sent_text = gateway.requests[0]["body"]["text"]
    assert "SMS to +96650" in caplog.text and "failed" in caplog.text
    assert sent_text not in caplog.text
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == CODE_LOGIN
    assert "try again" in page.lower() or "حاول" in page


def test_the_console_sender_writes_a_file_and_prints_the_code(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    sender = ConsoleBackend(directory=str(tmp_path / "sms"))
    sender.send(SmsMessage("+966501234567", "Your code: 123456"))
    [written] = (tmp_path / "sms").iterdir()
    assert "Your code: 123456" in written.read_text()
    assert "SMS code for +96650•••4567: 123456" in caplog.text


def test_the_locmem_sender_keeps_an_outbox(client, sms_outbox):
    client.post(SIGNUP, {"phone": "+966501234567"})
    assert [message.to for message in sms_outbox] == ["+966501234567"]


def test_the_base_sender_is_an_interface():
    with pytest.raises(NotImplementedError):
        BaseSmsBackend().send(SmsMessage("+966501234567", "hi"))
    assert backends["default"].__class__.__module__.endswith("locmem")


def test_backends_follow_the_setting_and_keep_their_alias(settings, tmp_path):
    settings.SMS_BACKENDS = {
        "default": {"BACKEND": "akhbar.accounts.sms.backends.locmem.SmsBackend"},
        "demo": {
            "BACKEND": "akhbar.accounts.sms.backends.console.SmsBackend",
            "OPTIONS": {"directory": str(tmp_path)},
        },
    }
    assert isinstance(backends["demo"], ConsoleBackend)
    assert backends["demo"].alias == "demo"
    assert backends["demo"].options == {"directory": str(tmp_path)}
    assert backends["default"] is backends["default"]  # one per thread


@pytest.mark.parametrize(
    "backend, delivers",
    [
        ("akhbar.accounts.sms.backends.http.SmsBackend", True),
        ("akhbar.accounts.sms.backends.console.SmsBackend", False),
        ("akhbar.accounts.sms.backends.locmem.SmsBackend", False),
    ],
)
def test_only_the_gateway_says_its_texts_reach_phones(settings, backend, delivers):
    settings.SMS_BACKENDS = {
        "default": {"BACKEND": backend, "OPTIONS": {"url": "http://127.0.0.1:9/"}}
    }
    assert backends["default"].delivers is delivers
