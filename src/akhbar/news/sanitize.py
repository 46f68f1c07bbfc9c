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


def plain_text(html_text: str) -> str:
    """Return the text of an HTML fragment, for word counts and descriptions."""
    # Sanitize first so the tag-stripping regex only ever sees well-formed markup;
    # tags become spaces so words in adjacent paragraphs stay apart.
    markup = nh3.clean(html_text or "", tags=ALLOWED_TAGS, attributes={})
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())
