"""Every setting, environment variable, backend, command, make target and room
has its place in docs/.

Reads the source as text (nothing is imported), so a new `env("NAME")` in the
settings, a new `AKHBAR_*` setting or a new management command fails here until
the docs mention it.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "akhbar"
DOCS = ROOT / "docs"

ENV_READ = re.compile(
    r"""(?:\benv(?:_bool|_list)?\(|os\.environ\.get\(|os\.getenv\(|os\.environ\[)"""
    r"""\s*["']([A-Z][A-Z0-9_]*)["']"""
)
AKHBAR_ASSIGNED = re.compile(r"^(AKHBAR_[A-Z0-9_]+)\s*=", re.MULTILINE)
AKHBAR_DEFAULTED = re.compile(
    r"""getattr\(\s*settings,\s*["'](AKHBAR_[A-Z0-9_]+)["']"""
)
AKHBAR_BACKEND = re.compile(r"""["']BACKEND["']\s*:\s*["'](akhbar\.[\w.]+)["']""")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "migrations" not in p.parts)


def _settings_files() -> list[Path]:
    return sorted((SRC / "settings").glob("*.py"))


def environment_variables() -> set[str]:
    return {name for path in _sources() for name in ENV_READ.findall(_read(path))}


def akhbar_settings() -> set[str]:
    names = {n for p in _settings_files() for n in AKHBAR_ASSIGNED.findall(_read(p))}
    names |= {n for p in _sources() for n in AKHBAR_DEFAULTED.findall(_read(p))}
    return names


def backends() -> set[str]:
    return {n for p in _settings_files() for n in AKHBAR_BACKEND.findall(_read(p))}


def commands() -> set[str]:
    return {
        path.stem
        for path in SRC.glob("*/management/commands/*.py")
        if not path.stem.startswith("_")
    }


def _documented(page: str) -> str:
    return _read(DOCS / page)


def test_the_source_is_where_these_tests_look():
    # Guard against the scans silently finding nothing after a move.
    assert {"SECRET_KEY", "DATABASE_URL", "AKHBAR_VAR_DIR"} <= environment_variables()
    assert "AKHBAR_SITE_URL" in akhbar_settings()
    assert {"demo", "serve"} <= commands()


@pytest.mark.parametrize("name", sorted(environment_variables() | akhbar_settings()))
def test_setting_is_documented(name):
    assert f"`{name}`" in _documented("settings.md"), (
        f"{name} is read by akhbar but docs/settings.md does not describe it"
    )


def test_every_backend_is_documented():
    # One test rather than one per backend: there may be none yet, and an empty
    # parametrization would be a skip, which CI counts as a failure.
    text = "\n".join(_read(page) for page in DOCS.glob("*.md"))
    missing = sorted(backend for backend in backends() if backend not in text)
    assert not missing, f"configured but never named in docs/: {missing}"


@pytest.mark.parametrize("command", sorted(commands()))
def test_command_is_documented(command):
    assert f"`akhbar {command}" in _documented("commands.md"), (
        f"`akhbar {command}` exists but docs/commands.md does not describe it"
    )


def test_readme_links_to_every_docs_page():
    readme = _read(ROOT / "README.md")
    for page in sorted(DOCS.glob("*.md")):
        assert f"docs/{page.name}" in readme, f"README.md does not link {page.name}"


# Names assigned in the settings modules that are helpers, not settings.
SETTINGS_HELPERS = {"BASE_DIR", "VAR_DIR", "DEMO_SECRET_KEY"}
SETTING_ASSIGNED = re.compile(r"^([A-Z][A-Z0-9_]+)\s*[:=]", re.MULTILINE)
MAKE_TARGET = re.compile(r"^([a-z][a-z0-9-]*):(?!=)", re.MULTILINE)


def project_settings() -> set[str]:
    """Return the settings akhbar sets that Django itself does not define."""
    from django.conf import global_settings

    names = {n for p in _settings_files() for n in SETTING_ASSIGNED.findall(_read(p))}
    return {
        name
        for name in names - SETTINGS_HELPERS
        if not hasattr(global_settings, name) and name != "ROOT_URLCONF"
    }


def rooms() -> set[str]:
    return {path.parent.name for path in SRC.glob("*/__init__.py")}


def make_targets() -> set[str]:
    return set(MAKE_TARGET.findall(_read(ROOT / "Makefile")))


def test_the_new_scans_find_what_they_look_for():
    assert {"news", "newsroom", "web", "text"} <= rooms()
    assert {"demo", "test", "lint"} <= make_targets()
    assert {"SEARCH_BACKENDS", "SMS_BACKENDS"} <= project_settings()


@pytest.mark.parametrize("name", sorted(project_settings()))
def test_project_setting_is_documented(name):
    assert f"`{name}`" in _documented("settings.md"), (
        f"{name} is set in akhbar's settings but docs/settings.md does not name it"
    )


@pytest.mark.parametrize("room", sorted(rooms()))
def test_room_is_on_the_architecture_map(room):
    text = _documented("architecture.md")
    assert f"  {room}/" in text, f"src/akhbar/{room}/ is not on the map"
    assert f"**`{room}/`" in text, f"docs/architecture.md does not describe {room}/"


@pytest.mark.parametrize("target", sorted(make_targets()))
def test_make_target_is_documented(target):
    assert f"`make {target}`" in _documented("commands.md"), (
        f"`make {target}` exists but docs/commands.md does not describe it"
    )
