"""Normalization: one form for every way of writing a word."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.text import normalize, normalize_arabic
from akhbar.text.arabic import normalize as normalize_keeping

TASHKEEL = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("كَتَبَ", "كتب"),
        ("إسلام", "اسلام"),
        ("أحمد", "احمد"),
        ("آسيا", "اسيا"),
        ("ٱلله", "الله"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("العـــربية", "العربيه"),
        ("مسؤول", "مسءول"),
        ("مسئول", "مسءول"),
        ("٢٠٢٦", "2026"),
        ("۱۴۰۵", "1405"),
        ("کتاب", "كتاب"),
        ("ایران", "ايران"),
        ("ﻻ", "لا"),  # presentation-form ligature
        ("BRICS", "brics"),
        ("Café", "cafe"),
        ("ＡＵＫＵＳ", "aukus"),  # full-width Latin
        ("\u202eالصين\u202c", "الصين"),  # right-to-left override
        ("الصين\u200f", "الصين"),  # right-to-left mark
        ("ال\u200cصين", "الصين"),  # zero-width non-joiner
        ("a\x00b", "a b"),
        ("  many   spaces ", "many spaces"),
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_normalize_arabic_is_the_same_function_for_arabic():
    assert normalize_arabic("الصِّينِيَّة") == "الصينيه"


def test_keeping_taa_marbuta_for_the_stemmer():
    assert normalize_keeping("مدرسة", fold_taa=False) == "مدرسة"


def test_lone_surrogates_are_dropped():
    assert normalize("ا\ud800ب") == "اب"


@given(st.text())
def test_normalize_never_raises_and_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


arabic_words = st.text(
    alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىأإآؤئ "), min_size=1
)


@given(arabic_words, st.data())
def test_diacritized_text_normalizes_like_the_bare_text(text, data):
    marks = data.draw(st.lists(st.sampled_from([*TASHKEEL, "\u0640"]), max_size=5))
    diacritized = "".join(
        letter + (marks[i % len(marks)] if marks and letter != " " else "")
        for i, letter in enumerate(text)
    )
    assert normalize(diacritized) == normalize(text)
