"""Article bodies are stored as HTML that passed this allow-list (nh3, Rust's
ammonia). The editor can only produce these tags; anything else pasted or posted
is dropped, so scripts, event handlers and javascript: URLs never reach a reader.
"""

import html
import re

import nh3

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


def sanitize_body(body: str) -> str:
    """Return the body HTML with everything outside the allow-list removed."""
    if not body:
        return ""
    return nh3.clean(
        body,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()


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
