"""allauth's private names, reached through one module only.

An allauth upgrade that moves or renames one of them fails here, by name,
instead of deep inside a sign-in or a recovery."""

import importlib
import re
from pathlib import Path

import pytest

from akhbar.accounts import allauth_bridge

SRC = Path(__file__).resolve().parents[2] / "src"
PRIVATE = re.compile(
    r"^\s*(?:from|import)\s+allauth[\w.]*\.internal\b"
    r"|^\s*from\s+allauth[\w.]*\s+import\s.*\binternal\b",
    re.MULTILINE,
)


@pytest.mark.parametrize("name", allauth_bridge.__all__)
def test_each_name_the_bridge_passes_on_exists_in_allauth(name):
    bridged = getattr(allauth_bridge, name)
    assert callable(bridged)
    # Still where the bridge found it, under allauth's own name.
    module = importlib.import_module(bridged.__module__)
    assert getattr(module, bridged.__name__) is bridged
    assert bridged.__module__.startswith("allauth.")


def test_the_bridge_passes_on_everything_it_imports():
    imported = {
        name
        for name, value in vars(allauth_bridge).items()
        if getattr(value, "__module__", "").startswith("allauth.")
    }
    assert imported == set(allauth_bridge.__all__)


def test_no_other_module_imports_allauth_internals():
    importers = {
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if PRIVATE.search(path.read_text(encoding="utf-8"))
    }
    assert importers == {"akhbar/accounts/allauth_bridge.py"}
