import re

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from akhbar.news import sanitize
from akhbar.news.sanitize import (
    BODY_MAX_LENGTH,
    MAX_ATTRIBUTES,
    MAX_NESTING,
    markup_problem,
    plain_text,
    sanitize_body,
)
from akhbar.text.controls import BIDI_CONTROLS


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<p onclick='alert(1)'>x</p>",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:alert(1)'>x</a>",
        "<a href='JaVaScRiPt:alert(1)'>x</a>",
        "<a href='data:text/html,<script>alert(1)</script>'>x</a>",
        "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
        "<svg onload=alert(1)><circle/></svg>",
        "<p style='background:url(javascript:alert(1))'>x</p>",
        "<p style='width: expression(alert(1))'>x</p>",
        "<object data='x.swf'></object><embed src='x'>",
        "<form action='https://evil.test'><input name=x></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    ],
)
def test_attacks_never_survive(attack):
    cleaned = sanitize_body(attack)
    lowered = cleaned.lower()
    for marker in ("<script", "onerror", "onclick", "onload", "javascript:",
                   "<iframe", "style=", "<svg", "<object", "<embed", "<form",
                   "data:", "<img"):  # fmt: skip
        assert marker not in lowered, (attack, cleaned)


def test_editor_markup_is_kept():
    html = (
        '<h2>عنوان</h2><p dir="ltr">Hello <strong>x</strong> <em>y</em></p>'
        "<blockquote><p>اقتباس</p></blockquote><ul><li>أ</li></ul>"
    )
    assert sanitize_body(html) == html


def test_links_keep_safe_urls_and_get_rel():
    assert sanitize_body('<a href="https://example.org">x</a>') == (
        '<a href="https://example.org" rel="noopener noreferrer nofollow">x</a>'
    )


def test_dir_attribute_only_takes_known_values():
    assert sanitize_body('<p dir="x onmouseover=1">t</p>') == "<p>t</p>"


@given(st.text())
def test_sanitizer_is_idempotent(html):
    once = sanitize_body(html)
    assert sanitize_body(once) == once


def test_plain_text_keeps_words_apart_and_unescapes():
    assert plain_text("<p>أ &amp; ب</p><p>ج</p>") == "أ & ب ج"


class CountingPattern:
    """A compiled pattern that records each scan over the text."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.scans = pattern, 0

    def sub(self, replacement, text):
        self.scans += 1
        return self.pattern.sub(replacement, text)


def test_five_megabytes_of_malformed_html_is_read_once(monkeypatch, nh3_calls):
    junk = "<p><b><i>كلمة <a href='x" * 220_000
    assert len(junk) > 5_000_000
    tag, non_text = CountingPattern(sanitize.TAG), CountingPattern(sanitize.NON_TEXT)
    monkeypatch.setattr(sanitize, "TAG", tag)
    monkeypatch.setattr(sanitize, "NON_TEXT", non_text)

    text = plain_text(junk)

    assert text.startswith("كلمة كلمة") and len(text.split()) == 220_000
    # One pass of each pattern, and never the sanitizer (superlinear on
    # unclosed nesting)...
    assert (tag.scans, non_text.scans, nh3_calls) == (1, 1, [])
    # ...and no match of the tag pattern reaches past the next "<", so the
    # pass reads each character once, however malformed the markup.
    matches = list(tag.pattern.finditer(junk))
    assert all(m.group().count("<") == 1 for m in matches)
    assert sum(len(m.group()) for m in matches) <= len(junk)


# Markup html5ever nests deeply, each a little under the length limit: its work
# per start tag grows with the depth, so the first ones take it a minute.
DEEP = {
    "nested divs": "<div>" * 95_000,
    "nested quotations": "<blockquote>" * 39_000,
    "lists in list items": "<ul><li>" * 60_000,
    "formatting with distinct attributes": "".join(f"<b c={n}>" for n in range(46_000)),
    # The parser keeps the block open where the end tag closes the <b>.
    "misnested formatting": "<b><div></b>" * 38_000,
    "ruby bases, nested outside <ruby>": "<rb>" * 120_000,
    # End tags the parser reads as text, not as closing anything:
    "end tag in an attribute": '<div title="</div>">' * 25_000,
    "end tag after a quoted value": '<div title=">"</div>">' * 20_000,
    "end tag in a comment": "<div><!-- </div> -->" * 25_000,
    "end tag in a textarea": "<div><textarea></div></textarea>" * 15_000,
    "end tag in escaped script": (
        "<div><script><!--<script></script></div>--></script>" * 9_000
    ),
    "end tag in an svg style comment": (
        "<div><svg><style><!--</style></svg></div>-->" * 11_000
    ),
    "end tag in CDATA": "<div><svg><![CDATA[</svg></div>]]>" * 14_000,
}


@pytest.mark.parametrize("body", DEEP.values(), ids=DEEP.keys())
def test_deep_nesting_is_refused_before_the_sanitizer_runs(body, nh3_calls):
    assert len(body) <= BODY_MAX_LENGTH
    with pytest.raises(ValidationError) as refused:
        sanitize_body(body)
    assert refused.value.code == "too_deep"
    assert nh3_calls == []


def test_nesting_up_to_the_limit_is_cleaned(nh3_calls):
    quotes = "<blockquote>" * MAX_NESTING + "<p>x</p>" + "</blockquote>" * MAX_NESTING
    assert sanitize_body(quotes) == quotes
    with pytest.raises(ValidationError):
        sanitize_body("<blockquote>" + quotes + "</blockquote>")
    # Cleaned, then cleaned again to see that the result is stable.
    assert nh3_calls == [len(quotes), len(quotes)]


def test_a_long_article_of_paragraphs_and_lists_is_not_deep():
    # <p> and <li> close their open siblings; lists and quotations close.
    body = (
        "<p>فقرة <strong>مهمة</strong> و<a href='https://x.org'>رابط</a>.</p>"
        "<ul><li>أ<li>ب</ul><blockquote><p>اقتباس<p>ثان</blockquote><hr><br>"
    ) * 2_500
    assert markup_problem(body, max_depth=MAX_NESTING, max_attributes=10) is None


@pytest.mark.parametrize(
    "markup, problem",
    [
        ("<div>" * 3, "depth"),
        ("<div></div>" * 9, None),
        ("<div><!-- </div> --!>" * 3, "depth"),
        ("<div><!--></div>" * 9, None),  # <!--> is a whole comment
        ("<div><!-- --></div>" * 9, None),
        ("<DIV></div>" * 9, None),  # names are case-insensitive
        ("<div a='>' b=\"</div>\" c=x></div>" * 9, None),
        ('<div title="x' + "</div>" * 9, None),  # an open quote runs to the end
        ("<!doctype html><?php x ?></ ><div>" * 3, "depth"),
        ("<p><p><p><li><li><br><img><hr>" * 9, None),
        ("<p " + " ".join(f"{n}" + "a" * 400 for n in range(11)) + ">", "attributes"),
        ("<a href='https://x.org/" + "y" * 9_000 + "'>x</a>", None),
    ],
)
def test_markup_scan_reads_tags_as_the_html_tokenizer_does(markup, problem):
    assert markup_problem(markup, max_depth=2, max_attributes=10) == problem


@pytest.mark.parametrize(
    "attributes",
    [
        " ".join(f"a{n}" for n in range(60_000)),
        "a " * (MAX_ATTRIBUTES + 1),  # as short as such a tag can be
        "a=''" * (MAX_ATTRIBUTES + 1),
    ],
)
def test_a_tag_with_too_many_attributes_is_refused_unread(attributes, nh3_calls):
    body = f"<p {attributes}>x</p>"
    with pytest.raises(ValidationError) as refused:
        sanitize_body(body)
    assert refused.value.code == "too_many_attributes"
    assert nh3_calls == []


def test_a_body_over_the_limit_is_refused_unread(nh3_calls):
    with pytest.raises(ValidationError) as refused:
        sanitize_body("ا" * (BODY_MAX_LENGTH + 1))
    assert refused.value.code == "too_long"
    assert nh3_calls == []


def test_the_limit_applies_to_the_cleaned_body(nh3_calls):
    # Within the limit as typed, four times over it once "<" is kept as "&lt;".
    with pytest.raises(ValidationError) as refused:
        sanitize_body("<" * BODY_MAX_LENGTH)
    assert refused.value.code == "too_long_cleaned"
    assert refused.value.params == {
        "limit": BODY_MAX_LENGTH,
        "length": 4 * BODY_MAX_LENGTH,
    }
    assert nh3_calls == [BODY_MAX_LENGTH]


def test_a_body_exactly_at_the_limit_is_kept():
    body = "<p>" + "ا" * (BODY_MAX_LENGTH - 7) + "</p>"
    assert sanitize_body(body) == body


def test_bidi_controls_leave_the_body_and_isolating_markup_stays():
    body = (
        '<p>\u202eexe.txt &#x202E;gpj.exe <span title="\u2067x">y</span></p>'
        '<p dir="ltr">Hello <bdi dir="rtl">مرحبا</bdi>\u200f</p>'
    )
    assert sanitize_body(body) == (
        "<p>exe.txt gpj.exe y</p>"
        '<p dir="ltr">Hello <bdi dir="rtl">مرحبا</bdi>\u200f</p>'
    )


MARKUP = st.lists(
    st.sampled_from(
        ["<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<ul>", "<li>", "</ul>",
         "<blockquote>", "</blockquote>", "<!--", "-->", "<a href='x'>", "</a>",
         "<table>", "<td>", "<svg>", "<![CDATA[", "]]>", "<textarea>", "\"", "'",
         "<bdi>", "\u202e", "&#x202e;", "x", " ", "<", ">", "=", "<br>"]
    ),
    max_size=400,
).map("".join)  # fmt: skip


@given(MARKUP)
def test_an_accepted_body_is_accepted_again_unchanged(body):
    # Restoring, translating or publishing cleans a stored body again.
    try:
        once = sanitize_body(body)
    except ValidationError:
        return
    assert sanitize_body(once) == once
    assert not BIDI_CONTROLS.intersection(once)


def test_a_body_the_parser_rebalances_is_stored_as_it_settles():
    # html5ever closes the outer link when it reads its own output again.
    body = "<a href='x'><table><a href='x'>"
    once = sanitize_body(body)
    assert sanitize_body(once) == once
    assert once.count("</a>") == 2
