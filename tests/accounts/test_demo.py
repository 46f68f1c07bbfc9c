"""The demo: a reader login in the credentials file, codes on the console."""

import logging

import pytest
from django.core.mail import EmailMessage
from django.test import Client

from akhbar.accounts.mail import DemoEmailBackend
from akhbar.demo.loader import load_accounts

pytestmark = pytest.mark.django_db


def test_the_demo_reader_signs_in_with_the_printed_password(tmp_path):
    credentials = tmp_path / "demo-credentials.txt"
    accounts = {role: (login, pw) for role, login, pw in load_accounts(credentials)}
    login, password = accounts["reader"]
    assert f"reader {login} {password}" in credentials.read_text()
    client = Client()
    client.post("/ar/accounts/login/", {"login": login, "password": password})
    assert client.get("/ar/accounts/").status_code == 200
    # A second run keeps the password.
    again = {role: pw for role, _login, pw in load_accounts(credentials)}
    assert again["reader"] == password


def test_the_demo_mail_backend_writes_the_mail_and_prints_the_code(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    backend = DemoEmailBackend(alias="default", file_path=str(tmp_path / "mail"))
    message = EmailMessage(
        "Your code", "Enter it now.\n\n123456\n\nThanks", to=["reader@example.org"]
    )
    assert backend.send_messages([message]) == 1
    assert any((tmp_path / "mail").iterdir())
    assert "Mail code for r•••@example.org: 123456" in caplog.text


def test_the_demo_uses_the_demo_senders():
    from akhbar.settings import demo

    assert demo.MAILERS["default"]["BACKEND"] == "akhbar.accounts.mail.DemoEmailBackend"
    assert demo.SMS_BACKENDS["default"]["BACKEND"].endswith("console.SmsBackend")
    assert demo.AKHBAR_STAFF_REQUIRE_2FA is False
