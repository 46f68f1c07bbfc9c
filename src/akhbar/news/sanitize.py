"""Article bodies are stored as HTML that passed this allow-list (nh3, Rust's
ammonia). The editor can only produce these tags; anything else pasted or posted
is dropped, so scripts, event handlers and javascript: URLs never reach a reader.

Before nh3 runs, one linear pass refuses what would make it slow: an input over
the length limit, markup nested deeper than any article, a tag with thousands of
attributes. Its parser's work per tag grows with the depth, so 475 KB of nested
quotations took seconds. What nh3 returns is checked again: cleaning lengthens
text ("<" is kept as "&lt;"), and the stored body must fit the limit.
"""

import html
import re

import nh3
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from akhbar.text.controls import strip_bidi_controls

# Far above any real article; bounds the sanitizer's work per save.
BODY_MAX_LENGTH = 500_000
# An article nests a list in a quotation in a list: a handful of levels.
MAX_NESTING = 64
# nh3's parser compares each attribute of a tag with the ones before it.
MAX_ATTRIBUTES = 1000

ALLOWED_EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
}

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "s", "sub", "sup", "h2", "h3", "h4",
    "ul", "ol", "li", "blockquote", "hr", "a", "bdi",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "*": {"dir"}}
# dir is the only attribute besides links: editors mark a Latin quotation
# inside Arabic text, and its values are fixed.
ALLOWED_ATTRIBUTE_VALUES = {"dir": {"rtl", "ltr", "auto"}}
URL_SCHEMES = {"http", "https", "mailto"}


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute in ALLOWED_ATTRIBUTE_VALUES:
        return value if value in ALLOWED_ATTRIBUTE_VALUES[attribute] else None
    return value


def _clean(html_text: str) -> str:
    return nh3.clean(
        html_text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def _fits(cleaned: str) -> str:
    if len(cleaned) > BODY_MAX_LENGTH:
        raise ValidationError(
            _(
                "The text is too long: at most %(limit)d characters after cleaning, "
                "and cleaning makes this one %(length)d (a sign such as < is kept "
                "as &lt;, for example)."
            ),
            code="too_long_cleaned",
            params={"limit": BODY_MAX_LENGTH, "length": len(cleaned)},
        )
    return cleaned


def sanitize_body(body: str) -> str:
    """Return the body HTML with everything outside the allow-list removed.

    Raises ValidationError, before any cleaning, for a body too long, too deeply
    nested or with a monstrous tag, and after it when the clean body is too long.
    Bidi controls are dropped from the text: `dir` and `<bdi>` isolate instead.
    """
    if not body:
        return ""
    check_markup(body)
    # After cleaning, so controls written as character references go too.
    cleaned = _fits(strip_bidi_controls(_clean(body)).strip())
    # The HTML parser can balance its own output differently on a second read
    # (`<a><table><a>` gains an `</a>`): clean until the result is stable, so a
    # stored body is exactly what saving it again would store.
    for _attempt in range(3):
        again = strip_bidi_controls(_clean(cleaned)).strip()
        if again == cleaned:
            break
        cleaned = _fits(again)
    # Re-cleaning a stored body (restore, translate, publish) must pass too.
    check_markup(cleaned)
    return cleaned


def check_markup(body: str) -> None:
    """Refuse, in one linear pass, a body the sanitizer should not be given."""
    if len(body) > BODY_MAX_LENGTH:
        raise ValidationError(
            _("The body is too long (at most %(limit)d characters)."),
            code="too_long",
            params={"limit": BODY_MAX_LENGTH},
        )
    problem = markup_problem(body, max_depth=MAX_NESTING, max_attributes=MAX_ATTRIBUTES)
    if problem == "depth":
        raise ValidationError(
            _(
                "The text is too deeply nested: markup may go at most %(limit)d "
                "levels deep (such as a list inside a quotation inside a list). "
                "Simplify it, or paste it again as plain text."
            ),
            code="too_deep",
            params={"limit": MAX_NESTING},
        )
    if problem == "attributes":
        raise ValidationError(
            _(
                "A tag in the text has too many attributes (at most %(limit)d). "
                "Paste the text again as plain text."
            ),
            code="too_many_attributes",
            params={"limit": MAX_ATTRIBUTES},
        )


# How the HTML tokenizer reads markup, enough to follow the nesting. Every
# pattern is possessive, so each match is linear in what it reads.
_SPACE = "\t\n\f\r "
_COMMENT_END = re.compile(r"--!?>")
_NAME = rf"[A-Za-z][^{_SPACE}/>]*+"
# An attribute: its name (which may start with "=", a quote or "<"), then a
# value, or nothing when no "=" follows. A quote left open makes the tag run to
# the end of the input, so the tag has no ">" and nothing after it is markup.
_ATTRIBUTE = (
    rf"[^{_SPACE}/>][^{_SPACE}/>=]*+"
    rf"(?:[{_SPACE}]*+=[{_SPACE}]*+"
    rf"""(?:"[^"]*+"|'[^']*+'|[^{_SPACE}>"'][^{_SPACE}>]*+|(?=>))"""
    rf"|(?![{_SPACE}]*+=))"
)
# The next thing that is not text: a comment, CDATA, something skipped up to
# the next ">" (a doctype, <?…>, </…> without a name), or a tag.
_TOKEN = re.compile(
    r"<(?:(?P<comment>!--)|(?P<cdata>!\[CDATA\[)|(?P<skip>[!?]|/(?![A-Za-z]))"
    rf"|(?P<close>/)?(?P<name>{_NAME})"
    rf"(?P<attributes>(?:[{_SPACE}/]++|{_ATTRIBUTE})*+)(?P<end>>)?)"
)
_ATTRIBUTES = re.compile(_ATTRIBUTE)
_START_TAG = re.compile(rf"<({_NAME})")

# Elements that never hold others, or that the parser closes when a sibling
# starts (a <p> or <li> inside another closes it): they add no depth.
_NO_DEPTH = frozenset({
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr",
    "image", "img", "input", "keygen", "link", "meta", "param", "source", "track",
    "wbr", "p", "li", "dd", "dt", "option", "tr", "td", "th", "thead", "tbody",
    "tfoot", "caption", "colgroup", "html", "head", "body", "frameset",
})  # fmt: skip
# Their content is text to the parser (or, inside <svg> or <select>, markup):
# after one, every later start tag counts and no end tag does.
_RAW_TEXT = frozenset({
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title",
    "textarea", "plaintext",
})  # fmt: skip


def markup_problem(text: str, *, max_depth: int, max_attributes: int) -> str | None:
    """Return "depth" or "attributes" if the markup goes beyond a bound, else None.

    One pass over the tags with a stack of open elements. It never counts less
    depth than the HTML parser reaches: an end tag closes only the element on
    top of the stack (the parser may keep a misnested one open), and after a
    raw text element or CDATA, where the tokenizer's state is uncertain, every
    start tag counts and no end tag does.
    """
    stack: list[str] = []
    position = 0
    while (token := _TOKEN.search(text, position)) is not None:
        name = token["name"]
        if name is not None:
            if token["end"] is None:
                return None  # the tag runs to the end: the parser drops the rest
            end = token.end()
            # An attribute takes two characters at least: count in long tags only.
            if end - token.start() > 2 * max_attributes and (
                _attributes(token) > max_attributes
            ):
                return "attributes"
            name = name.lower()
            if token["close"]:
                if stack and stack[-1] == name:
                    stack.pop()
            elif name in _RAW_TEXT:
                return _rest_problem(text, end, len(stack) + 1, max_depth)
            elif name not in _NO_DEPTH:
                stack.append(name)
                if len(stack) > max_depth:
                    return "depth"
        elif token["comment"]:
            end = _comment_end(text, token.end())
        elif token["cdata"]:
            return _rest_problem(text, token.start(), len(stack), max_depth)
        else:
            end = text.find(">", token.end()) + 1
        if end == 0:
            return None  # a comment (or <!…, <?…) left open takes the rest
        position = end
    return None


def _comment_end(text: str, position: int) -> int:
    """Return where a comment opened before `position` ends (0: never)."""
    if text.startswith(">", position):
        return position + 1  # <!-->
    if text.startswith("->", position):
        return position + 2  # <!--->
    found = _COMMENT_END.search(text, position)
    return found.end() if found else 0


def _attributes(tag: re.Match[str]) -> int:
    found = _ATTRIBUTES.finditer(tag.string, *tag.span("attributes"))
    return sum(1 for _ in found)


def _rest_problem(text: str, position: int, depth: int, max_depth: int) -> str | None:
    for tag in _START_TAG.finditer(text, position):
        if tag.group(1).lower() not in _NO_DEPTH:
            depth += 1
            if depth > max_depth:
                return "depth"
    return None


# A tag, or an unclosed tag up to the next "<": one linear pass, whatever the input.
TAG = re.compile(r"<[^<>]*>?")
# Content that is never text (only present in bodies that were not sanitized).
NON_TEXT = re.compile(r"<(script|style)\b[^<>]*>[^<]*", re.IGNORECASE)


def plain_text(html_text: str) -> str:
    """Return the text of an HTML fragment, for word counts and teasers.

    Linear in the input even for malformed markup (nh3 is not, on deeply nested
    unclosed tags), so it is safe on anything; the result is text, escaped
    wherever it is shown.
    """
    text = TAG.sub(" ", NON_TEXT.sub(" ", html_text or ""))
    return " ".join(html.unescape(text).split())
