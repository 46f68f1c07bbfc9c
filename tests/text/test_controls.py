"""Bidi controls: dropped from text shown on one line, everything else kept."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.text.controls import BIDI_CONTROLS, strip_bidi_controls

EMBEDDINGS_OVERRIDES_ISOLATES = [
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069",
]  # fmt: skip
# Letters with a direction that open nothing: Arabic typists place punctuation
# with them, so they stay.
MARKS = ["\u200e", "\u200f", "\u061c"]


def test_the_set_is_the_embeddings_overrides_and_isolates():
    assert sorted(BIDI_CONTROLS) == EMBEDDINGS_OVERRIDES_ISOLATES


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("\u202eexe.txt", "exe.txt"),
        ("مرحبا \u2067Hello\u2069 بكم", "مرحبا Hello بكم"),
        ("\u202bالصين\u202c وروسيا", "الصين وروسيا"),
        ("(CNN)\u200f", "(CNN)\u200f"),  # a right-to-left mark stays
        ("كَتَبَ", "كَتَبَ"),  # tashkeel is not touched here
        ("", ""),
    ],
)
def test_strip_bidi_controls(raw, expected):
    assert strip_bidi_controls(raw) == expected


@given(st.text())
def test_stripping_removes_exactly_the_controls_and_is_idempotent(text):
    stripped = strip_bidi_controls(text)
    assert not BIDI_CONTROLS.intersection(stripped)
    assert stripped == "".join(c for c in text if c not in BIDI_CONTROLS)
    assert strip_bidi_controls(stripped) == stripped


arabic_and_latin = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(MARKS),
    )
)


@given(arabic_and_latin, st.lists(st.sampled_from(sorted(BIDI_CONTROLS))))
def test_arabic_and_latin_text_comes_back_intact(text, controls):
    assert strip_bidi_controls(text) == text
    mixed = "".join(controls) + text + "".join(controls)
    assert strip_bidi_controls(mixed) == text
