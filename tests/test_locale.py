"""Every user-facing message is translated into Arabic, and the compiled
catalogs match their sources (a fresh machine has no msgfmt to rebuild them)."""

import gettext
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "akhbar"
LOCALE = ROOT / "locale"

TEMPLATE_STRING = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(.+?)\1""")
PYTHON_STRING = re.compile(
    r"""\b(?:_|gettext|gettext_lazy)\(\s*(["'])((?:(?!\1).)+)\1\s*[,)]"""
)
# pgettext("context", "message"): gettext keys it as "context\x04message".
CONTEXT_STRING = re.compile(
    r"""\bpgettext(?:_lazy)?\(\s*(["'])((?:(?!\1).)+)\1\s*,\s*(["'])((?:(?!\3).)+)\3\s*[,)]"""
)


def read_po(path: Path) -> dict[str, str | list[str]]:
    """Return {msgid: msgstr} of a .po file (plural entries give a list)."""
    entries, current, field = {}, {}, None
    fuzzy = False

    def flush():
        nonlocal current, fuzzy
        if current.get("msgid"):
            if "msgctxt" in current:
                # gettext keys a message with a context as "context\x04msgid".
                current["msgid"] = current["msgctxt"] + "\x04" + current["msgid"]
            if fuzzy:
                entries[current["msgid"]] = ""
            elif "msgstr[0]" in current:
                entries[current["msgid"]] = [
                    current[k] for k in sorted(current) if k.startswith("msgstr[")
                ]
            else:
                entries[current["msgid"]] = current.get("msgstr", "")
        current, fuzzy = {}, False

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
        elif line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            current[field] += (
                line[1:-1]
                .encode()
                .decode("unicode_escape")
                .encode("latin-1")
                .decode("utf-8")
            )
        else:
            field, _space, value = line.partition(" ")
            current[field] = (
                value[1:-1]
                .encode()
                .decode("unicode_escape")
                .encode("latin-1")
                .decode("utf-8")
            )
    flush()
    return entries


def source_messages() -> set[str]:
    messages = set()
    for path in SOURCE.rglob("*.html"):
        messages |= {m[1] for m in TEMPLATE_STRING.findall(path.read_text("utf-8"))}
    for path in SOURCE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        text = path.read_text("utf-8")
        messages |= {m[1] for m in PYTHON_STRING.findall(text)}
        messages |= {f"{m[1]}\x04{m[3]}" for m in CONTEXT_STRING.findall(text)}
    return messages


@pytest.fixture(scope="module")
def arabic():
    return read_po(LOCALE / "ar" / "LC_MESSAGES" / "django.po")


def test_every_source_message_is_in_the_arabic_catalog(arabic):
    missing = sorted(source_messages() - set(arabic))
    assert not missing, f"run `make messages` and translate: {missing}"


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_catalog_entry_is_translated(language):
    catalog = read_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    untranslated = sorted(
        msgid
        for msgid, msgstr in catalog.items()
        if not msgstr or (isinstance(msgstr, list) and not all(msgstr))
    )
    assert not untranslated, f"untranslated or fuzzy in {language}: {untranslated}"


def test_english_catalog_has_every_arabic_message(arabic):
    english = read_po(LOCALE / "en" / "LC_MESSAGES" / "django.po")
    assert set(english) == set(arabic)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_compiled_catalog_matches_its_source(language):
    po = read_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    for msgid, msgstr in po.items():
        if isinstance(msgstr, list) or not msgstr:
            continue
        assert compiled.gettext(msgid) == msgstr, f"recompile: {msgid!r}"


def test_arabic_plural_forms_cover_all_six_arabic_forms(arabic):
    header = (LOCALE / "ar" / "LC_MESSAGES" / "django.po").read_text("utf-8")
    assert "nplurals=6" in header
    plurals = [v for v in arabic.values() if isinstance(v, list)]
    assert plurals and all(len(v) == 6 for v in plurals)
