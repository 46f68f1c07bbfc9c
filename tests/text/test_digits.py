"""Digits as people type them: every script folds to ASCII, nothing else moves."""

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.text import BIDI_CONTROLS, DIRECTION_MARKS, ascii_digits, digit_separators

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
EASTERN_ARABIC_INDIC = "۰۱۲۳۴۵۶۷۸۹"  # Persian and Urdu
FULL_WIDTH = "０１２３４５６７８９"
SCRIPTS = [ARABIC_INDIC, EASTERN_ARABIC_INDIC, FULL_WIDTH]

digits = st.characters(categories=["Nd"])
not_digits = st.characters(exclude_categories=["Nd"])


@pytest.mark.parametrize("typed", SCRIPTS)
def test_each_script_folds_to_ascii(typed):
    assert ascii_digits(typed) == "0123456789"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "+966 50 123 4567"),
        ("۱۴۰۵/۰۱/۳۱", "1405/01/31"),
        ("ＰＩＮ １２３", "ＰＩＮ 123"),  # only the digits change
        ("كود ٣ و3", "كود 3 و3"),
        ("", ""),
    ],
)
def test_ascii_digits(raw, expected):
    assert ascii_digits(raw) == expected


@given(st.text(digits))
def test_every_decimal_digit_becomes_its_ascii_value(text):
    folded = ascii_digits(text)
    assert folded.isascii() and len(folded) == len(text)
    assert [int(d) for d in folded] == [unicodedata.decimal(c) for c in text]


@given(st.text(not_digits))
def test_anything_but_a_digit_is_left_alone(text):
    assert ascii_digits(text) == text


@given(st.text())
def test_folding_keeps_the_length_and_is_idempotent(text):
    folded = ascii_digits(text)
    assert len(folded) == len(text)
    assert ascii_digits(folded) == folded
    assert all(c.isascii() for c in folded if c.isdecimal())


@given(st.lists(st.sampled_from("0123456789")), st.data())
def test_a_number_reads_the_same_in_every_script(number, data):
    script = data.draw(st.sampled_from(SCRIPTS))
    typed = "".join(script[int(d)] for d in number)
    assert ascii_digits(typed) == "".join(number)


def test_separators_are_whitespace_the_punctuation_asked_for_and_invisible_marks():
    separators = digit_separators("-().")
    for char in [" ", "\u00a0", "\t", "-", "(", ")", ".", *BIDI_CONTROLS]:
        assert separators.fullmatch(char), repr(char)
    for char in DIRECTION_MARKS:
        assert separators.fullmatch(char), repr(char)
    for char in ["+", "/", "_", "a", "٣", "3", "\u061c", "\u200c"]:
        assert not separators.fullmatch(char), repr(char)


@given(st.text(), st.text(alphabet="-_.()+/[]^\\"))
def test_stripping_separators_leaves_no_separator(text, punctuation):
    separators = digit_separators(punctuation)
    stripped = separators.sub("", text)
    assert not separators.search(stripped)
    assert not (BIDI_CONTROLS | DIRECTION_MARKS | set(punctuation)) & set(stripped)


def test_the_module_imports_nothing_from_django():
    code = "import sys, akhbar.text.digits; print('django' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
