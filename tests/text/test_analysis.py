"""Words and stems: every form of a word shares a stem, documents and queries alike."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.text import analyse, words
from akhbar.text.analysis import MAX_TERM_LENGTH


def stems(text):
    return [term.stem for term in analyse(text)]


@pytest.mark.parametrize(
    "forms",
    [
        ["الصين", "والصين", "بالصين", "للصين", "الصينية", "والصينية", "صيني"],
        ["سيارة", "السيارات", "سيارات"],
        ["لهجة", "اللهجات"],
        ["الإلكترونية", "الالكترونيه", "إلكتروني"],
        ["أمريكا", "الأمريكية", "أمريكي"],
        ["أوروبا", "الأوروبية"],
        ["إيران", "الإيرانية"],
        ["روسيا", "الروسية", "وروسيا", "روسي", "الروسي"],
        ["تركيا", "التركية", "تركي"],
        ["سوريا", "السورية"],
        ["اليابان", "اليابانية"],
        ["الاقتصاد", "اقتصادي", "الاقتصادية", "والاقتصاد"],
        ["مدرسة", "المدرسة", "مدرسه", "المدرسه"],
        ["مسؤول", "مسئول", "المسؤولون"],
        ["cooperation", "Cooperating", "COOPERATE"],
        ["economy", "economies"],
    ],
)
def test_forms_of_a_word_share_a_stem(forms):
    # A form may have several readings (وروسيا: وروس or روس); one must be shared.
    readings = [set(term.stems) for form in forms for term in analyse(form)]
    assert len(readings) == len(forms)
    assert set.intersection(*readings), [(f, analyse(f)) for f in forms]


def test_surface_form_is_kept_beside_the_stem():
    [term] = analyse("والصِّينية")
    assert (term.surface, term.stem) == ("والصينيه", "صين")


def test_snowball_alone_would_break_prefixed_names():
    # The trap measured in the issue: Snowball turns والصين into والص.
    import Stemmer

    assert Stemmer.Stemmer("arabic").stemWord("والصين") == "والص"
    assert stems("والصين") == ["صين"]


def test_scripts_are_split_and_digits_kept():
    assert words("قمةBRICS+ في ٢٠٢٦م") == ["قمه", "brics", "في", "2026", "م"]


def test_punctuation_and_operators_are_separators():
    assert words('"الصين" AND (روسيا) NEAR/2 * -x') == [
        "الصين", "and", "روسيا", "near", "2", "x",
    ]  # fmt: skip


def test_long_runs_are_cut():
    [word] = words("ا" * 5000)
    assert len(word) == MAX_TERM_LENGTH


@given(st.text())
def test_analysis_never_raises_and_is_idempotent(text):
    terms = analyse(text)
    again = analyse(" ".join(term.surface for term in terms))
    assert again == terms
    for term in terms:
        assert term.surface and term.stem
        assert analyse(term.surface) == [term]
