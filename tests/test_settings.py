"""Production refuses demo defaults; the demo serves with DEBUG off."""

import os
import subprocess
import sys

import pytest


def import_settings(module: str, **environ) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    env.update(environ)
    return subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_the_demo_secret_key():
    result = import_settings("akhbar.settings.prod")
    assert result.returncode != 0
    assert "SECRET_KEY is the demo key" in result.stderr


def test_production_refuses_debug():
    result = import_settings("akhbar.settings.prod", SECRET_KEY="x" * 50, DEBUG="true")
    assert result.returncode != 0
    assert "DEBUG is on" in result.stderr


def test_production_starts_with_a_real_key():
    result = import_settings("akhbar.settings.prod", SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr


def test_production_cookies_and_hsts():
    code = (
        "import akhbar.settings.prod as s;"
        "assert s.SESSION_COOKIE_SECURE and s.CSRF_COOKIE_SECURE;"
        "assert s.SESSION_COOKIE_HTTPONLY and s.SESSION_COOKIE_SAMESITE == 'Lax';"
        "assert s.SESSION_COOKIE_NAME.startswith('__Host-');"
        "assert s.SECURE_HSTS_SECONDS >= 31536000"
    )
    env = {**os.environ, "SECRET_KEY": "x" * 50}
    env.pop("DEBUG", None)
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_unclear_boolean_setting_is_refused_with_its_name(value):
    result = import_settings("akhbar.settings.base", DEBUG=value)
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_demo_settings_keep_debug_off_whatever_the_environment_says():
    code = "import akhbar.settings.demo as s; print(s.DEBUG)"
    env = {**os.environ, "DEBUG": "true"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_deploy_check_is_clean_with_production_settings():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "akhbar.settings.prod",
        "SECRET_KEY": "k" * 20 + "-production-secret-" + "z9" * 20,
        "EMAIL_HOST": "smtp.akhbar.test",
    }
    env.pop("DEBUG", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "akhbar",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
