"""Live text as staff type it: plain paragraphs and "- " lists round-trip."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.live.text import clean_live_text, editable_text


def test_dash_lines_become_a_list_and_come_back_as_typed():
    typed = "الوفود تصل تباعًا.\n\n- البيان الختامي مساءً\n- مؤتمر صحفي غدًا"
    html = clean_live_text(typed, max_length=6000)
    assert html == (
        "<p>الوفود تصل تباعًا.</p>"
        "<ul><li>البيان الختامي مساءً</li><li>مؤتمر صحفي غدًا</li></ul>"
    )
    assert editable_text(html) == typed


def test_a_block_with_one_line_not_a_bullet_stays_a_paragraph():
    html = clean_live_text("- أولًا\nثانيًا", max_length=100)
    assert html == "<p>- أولًا<br>ثانيًا</p>"


def test_markup_beyond_paragraphs_and_plain_lists_is_edited_as_html():
    html = clean_live_text("<p>نص <strong>مهم</strong></p>", max_length=100)
    assert editable_text(html) == html


@pytest.mark.parametrize("bullet", ["- ", "• "])
def test_script_in_a_list_item_is_text_not_markup(bullet):
    html = clean_live_text(f"{bullet}<script>alert(1)</script>", max_length=100)
    assert "<script" not in html


words = st.text(
    alphabet=st.sampled_from("ابتثجحخ دذرزسش abc&<>\"'1"), min_size=1, max_size=12
).filter(lambda word: word.strip() and word == word.strip())


@given(
    st.lists(
        st.one_of(
            words.map(lambda word: ("p", word)),
            st.lists(words, min_size=1, max_size=3).map(lambda items: ("ul", items)),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_plain_text_round_trips(blocks):
    typed = "\n\n".join(
        "\n".join(f"- {item}" for item in body) if kind == "ul" else body
        for kind, body in blocks
    )
    html = clean_live_text(typed, max_length=6000)
    if "<" in typed:
        return  # typed markup is read as HTML, not as plain text
    assert editable_text(html) == typed
