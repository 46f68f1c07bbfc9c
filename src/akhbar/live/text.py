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


BULLET = re.compile(r"^\s*[-•]\s+")


def plain_to_html(text: str) -> str:
    """Return plain text as paragraphs: blank lines split them, newlines break;
    a block whose every line starts with "- " or "• " becomes a bulleted list."""
    blocks = []
    for part in (part.strip() for part in BLANK_LINE.split(text)):
        if not part:
            continue
        lines = part.splitlines()
        if all(BULLET.match(line) for line in lines):
            items = "".join(
                f"<li>{escape(BULLET.sub('', line, count=1))}</li>" for line in lines
            )
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
    return "".join(blocks)


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


TEXT = r"(?:[^<]|<br>)*"
PLAIN_BLOCKS = re.compile(rf"(?:<p>{TEXT}</p>|<ul>(?:<li>[^<]*</li>)+</ul>)+")


def editable_text(html: str) -> str:
    """Return stored HTML as it is typed: plain text (with "- " lists) when it is
    only paragraphs and bulleted lists, else the HTML itself."""
    from html import unescape

    if not PLAIN_BLOCKS.fullmatch(html or ""):
        return html or ""
    blocks = []
    for paragraph, items in re.findall(r"<p>(.*?)</p>|<ul>(.*?)</ul>", html):
        if items:
            lines = re.findall(r"<li>(.*?)</li>", items)
            blocks.append("\n".join(f"- {unescape(line)}" for line in lines))
        else:
            blocks.append(unescape(paragraph.replace("<br>", "\n")))
    return "\n\n".join(blocks)
