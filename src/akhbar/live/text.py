"""The text of a live update or summary: typed in a plain box, stored as clean HTML.

Staff type plain text (a blank line starts a new paragraph) or the same simple
HTML an article body allows; either way the result passes the article
sanitizer (`akhbar.news.sanitize`), so scripts and javascript: links never
reach a page, a feed or the JSON-LD.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _

from akhbar.news.sanitize import sanitize_body

LOOKS_LIKE_HTML = re.compile(r"<[A-Za-z!/]")
BLANK_LINE = re.compile(r"\n\s*\n")


def plain_to_html(text: str) -> str:
    """Return plain text as paragraphs: blank lines split them, newlines break."""
    paragraphs = [part.strip() for part in BLANK_LINE.split(text) if part.strip()]
    return "".join(
        "<p>" + "<br>".join(escape(line) for line in part.splitlines()) + "</p>"
        for part in paragraphs
    )


def clean_live_text(text: str, *, max_length: int, required: bool = True) -> str:
    """Return typed text as sanitized HTML, or raise ValidationError."""
    text = (text or "").replace("\r\n", "\n").strip()
    if len(text) > max_length:
        raise ValidationError(
            _("Keep it short: at most %(limit)d characters (this has %(length)d)."),
            code="too_long",
            params={"limit": max_length, "length": len(text)},
        )
    html = text if LOOKS_LIKE_HTML.search(text) else plain_to_html(text)
    cleaned = sanitize_body(html)
    if required and not strip_tags(cleaned).strip():
        raise ValidationError(
            _("Write the update: nothing readable is left after cleaning."),
            code="empty",
        )
    return cleaned


ONLY_PARAGRAPHS = re.compile(r"(?:<p>(?:[^<]|<br>)*</p>)+")


def editable_text(html: str) -> str:
    """Return stored HTML as it is typed: plain text when it is only paragraphs."""
    if not ONLY_PARAGRAPHS.fullmatch(html or ""):
        return html or ""
    from html import unescape

    paragraphs = re.findall(r"<p>(.*?)</p>", html)
    return "\n\n".join(unescape(p.replace("<br>", "\n")) for p in paragraphs)
