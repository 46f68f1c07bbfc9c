"""A reader's account in the browser, in Arabic at phone width: sign up with a
code, sign out, sign in with a code, see that no password is set, set one with
a code, sign in with it, and recover it when forgotten."""

import re

import pytest
from django.core import mail

from .conftest import PHONE
from .helpers import blocking_violations, describe, open_page, settle

pytestmark = pytest.mark.browser

EMAIL = "layla@example.org"
PASSWORD = "نخلة على شاطئ البحر"
NEW_PASSWORD = "قمر فوق الصحراء 2026"


def latest_code() -> str:
    assert mail.outbox, "no mail was sent"
    match = re.search(r"^\s*(\d{6})\s*$", mail.outbox[-1].body, re.MULTILINE)
    assert match, mail.outbox[-1].body
    return match.group(1)


def submit(page) -> None:
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state("load")


def shot(page, screenshots, name: str) -> None:
    settle(page)
    assert page.locator("html").get_attribute("dir") == "rtl"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name} is {width}px wide"
    page.screenshot(path=screenshots / name, full_page=True)


def sign_out(page, site) -> None:
    page.locator(".account-nav a[href='/ar/accounts/logout/']").click()
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("load")
    assert page.locator(".account-nav a[href='/ar/accounts/login/']").is_visible()


def enter_code(page) -> None:
    page.fill("#id_code", latest_code())
    submit(page)


def test_reader_account_from_sign_up_to_password_recovery(site, new_page, screenshots):
    mail.outbox = []
    page = new_page(viewport=PHONE, locale="ar")

    # Sign up with an email address; the code activates the account.
    open_page(page, site("/ar/"))
    page.locator(".account-nav a[href='/ar/accounts/login/']").click()
    page.locator("a[href^='/ar/accounts/signup/']").click()
    page.wait_for_load_state("load")
    shot(page, screenshots, "ar-signup-phone.png")
    violations = blocking_violations(page)
    assert not violations, describe(page.url, violations)
    page.fill("#id_email", EMAIL)
    page.fill("#id_first_name", "ليلى")
    submit(page)
    assert page.url.endswith("/ar/accounts/confirm-email/")
    shot(page, screenshots, "ar-code-phone.png")
    enter_code(page)
    assert page.locator(".account-nav a[href='/ar/accounts/']").is_visible()

    # Sign out, then sign in with a code.
    sign_out(page, site)
    open_page(page, site("/ar/accounts/login/"))
    shot(page, screenshots, "ar-login-phone.png")
    assert page.get_by_role("link", name=re.compile("استعادة|إستعادة|recovery")).count()
    page.locator("a[href^='/ar/accounts/login/code/']").click()
    page.fill("#id_login", EMAIL)
    submit(page)
    enter_code(page)

    # The account page says no password is set; a code lets the reader set one.
    open_page(page, site("/ar/accounts/"))
    hint = page.locator("#no-password")
    assert hint.is_visible()
    shot(page, screenshots, "ar-no-password-phone.png")
    hint.locator("button").click()
    page.wait_for_load_state("load")
    enter_code(page)
    assert "/ar/accounts/password/set/" in page.url
    rule = page.locator(".account-field__help").first.inner_text()
    assert "8" in rule and "64" in rule  # the rule, before typing
    shot(page, screenshots, "ar-set-password-phone.png")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    submit(page)

    # Sign in with the password.
    sign_out(page, site)
    open_page(page, site("/ar/accounts/login/"))
    page.fill("#id_login", EMAIL)
    page.fill("#id_password", PASSWORD)
    submit(page)
    assert page.locator(".account-nav a[href='/ar/accounts/']").is_visible()

    # Forget it, and recover it with a code.
    sign_out(page, site)
    open_page(page, site("/ar/accounts/login/"))
    page.locator("a[href='/ar/accounts/password/reset/']").click()
    page.wait_for_load_state("load")
    shot(page, screenshots, "ar-recovery-phone.png")
    page.fill("#id_email", EMAIL)
    submit(page)
    enter_code(page)
    page.fill("#id_password1", NEW_PASSWORD)
    page.fill("#id_password2", NEW_PASSWORD)
    submit(page)
    open_page(page, site("/ar/accounts/login/"))
    page.fill("#id_login", EMAIL)
    page.fill("#id_password", NEW_PASSWORD)
    submit(page)
    assert page.locator(".account-nav a[href='/ar/accounts/']").is_visible()


def test_wrong_password_shows_the_no_password_hint(site, new_page, screenshots):
    page = new_page(viewport=PHONE, locale="ar")
    open_page(page, site("/ar/accounts/login/"))
    page.fill("#id_login", "someone@example.org")
    page.fill("#id_password", "not the password")
    submit(page)
    assert page.locator("#no-password-hint").is_visible()
    assert page.locator(".account-field__errors, .account-alert--error").count()
    shot(page, screenshots, "ar-login-failed-phone.png")
