"""A story's body as readers and machines get it: pictures and embeds in place.

The stored body is sanitized HTML (akhbar.news.sanitize) holding two kinds of
paragraph this module gives a meaning at render time:

- a marker, `[picture 12]` (or `[صورة ١٢]`) alone in a paragraph, becomes a
  `<figure>` of picture 12 *of this article*, from its renditions: the body
  never carries an image address, so nothing in it can point elsewhere;
- a paragraph that is only a link to a known post (embeds.parse_embed), or
  only its address as text, becomes a placeholder that loads nothing from
  the provider until the reader asks.

Both work on the sanitizer's output, whose form is fixed (double-quoted
attributes, `dir` the only attribute of a paragraph), so a pattern that does
not match simply leaves the paragraph as it was: safe, since it was sanitized.
"""

import html
import re

from django.conf import settings
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_info

from akhbar.news.models import Article

from .embeds import parse_embed
from .models import Picture

_PARAGRAPH = r'<p(?: dir="(?:rtl|ltr|auto)")?>\s*'
MARKER = re.compile(
    _PARAGRAPH + r"\[\s*(?:picture|image|صورة)\s*[#:]?\s*([0-9٠-٩]{1,9})\s*\]\s*</p>",
    re.IGNORECASE,
)
# A paragraph that is only a link, or only an address typed as text.
LINK_PARAGRAPH = re.compile(
    _PARAGRAPH
    + r'(?:<a href="([^"<>]{1,2000})"[^<>]*>[^<>]*</a>|(https://[^\s"<>]{1,2000}))'
    + r"\s*</p>"
)
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# The body column is 44rem wide from 48rem up; a phone gives it the screen.
BODY_SIZES = "(min-width: 48rem) 44rem, 100vw"
GALLERY_SIZES = "(min-width: 48rem) 30rem, 85vw"


def render_body(article: Article) -> SafeString:
    """Return the reader page's body: figures, embed placeholders, the gallery."""
    body = article.body or ""
    # One query for every picture the page shows: those placed and the gallery.
    own = list(article.pictures.all()) if article.pk else []
    numbers = _numbers(body)
    pictures = {p.pk: p for p in own if p.pk in numbers and p.renditions}
    embeds = 0

    def figure(match: re.Match[str]) -> str:
        picture = pictures.get(_number(match[1]))
        if picture is None:
            return ""  # not this article's, or removed: readers see nothing
        return render_to_string(
            "media/_figure.html", {"picture": _shown(picture, BODY_SIZES)}
        )

    def embed(match: re.Match[str]) -> str:
        nonlocal embeds
        found = parse_embed(html.unescape(match[1] or match[2]))
        if found is None:
            return match[0]
        embeds += 1
        return render_to_string("media/_embed.html", {"embed": found})

    body = LINK_PARAGRAPH.sub(embed, MARKER.sub(figure, body))
    gallery = [
        _shown(picture, GALLERY_SIZES)
        for picture in own
        if picture.in_gallery and picture.renditions
    ]
    parts = [body]
    if gallery:
        parts.append(
            render_to_string(
                "media/_gallery.html",
                {"pictures": gallery, "dir": _direction(article.language)},
            )
        )
    if pictures or gallery or embeds:
        parts.insert(0, f'<link rel="stylesheet" href="{static("media/media.css")}">')
    if embeds:
        parts.append(f'<script src="{static("media/embeds.js")}" defer></script>')
    return mark_safe("\n".join(parts))  # noqa: S308 - sanitized body, escaped templates


def render_body_for_machines(article: Article) -> str:
    """Return the body for the API: pictures with absolute addresses, posts as links.

    Other sites show this HTML without our stylesheet or script, so a picture
    is a plain figure and an embeddable post stays the link the editor wrote.
    """
    body = article.body or ""
    pictures = _placed_pictures(article, body)

    def figure(match: re.Match[str]) -> str:
        picture = pictures.get(_number(match[1]))
        if picture is None:
            return ""
        shown = _shown(picture, BODY_SIZES, absolute=True)
        return render_to_string("media/_figure_plain.html", {"picture": shown})

    return MARKER.sub(figure, body)


def _numbers(body: str) -> set[int]:
    return {_number(found) for found in MARKER.findall(body)}


def _placed_pictures(article: Article, body: str) -> dict[int, Picture]:
    numbers = _numbers(body)
    if not numbers or article.pk is None:
        return {}
    # Only this article's own pictures: a marker cannot reach another story's.
    found = Picture.objects.filter(article_id=article.pk, pk__in=numbers)
    return {picture.pk: picture for picture in found if picture.renditions}


def _number(digits: str) -> int:
    return int(digits.translate(ARABIC_DIGITS))


def _absolute(url: str) -> str:
    # Media on another host (a CDN, object storage) is already a full URL.
    local = url.startswith("/") and not url.startswith("//")
    return settings.AKHBAR_SITE_URL + url if local else url


def _shown(picture: Picture, sizes: str, *, absolute: bool = False) -> dict:
    """Return what a template needs to draw a picture, from its renditions."""
    address = _absolute if absolute else str
    ordered = sorted(picture.renditions.values(), key=lambda r: r["width"])
    default = next((r for r in ordered if r["width"] >= 800), ordered[-1])
    return {
        "src": address(default["url"]),
        "srcset": ", ".join(f"{address(r['url'])} {r['width']}w" for r in ordered),
        "sizes": sizes,
        "width": default["width"],
        "height": default["height"],
        "alt": picture.alt_text,
        "caption": picture.caption,
        "credit": picture.credit,
    }


def _direction(language: str) -> str:
    try:
        return "rtl" if get_language_info(language)["bidi"] else "ltr"
    except KeyError:
        return "auto"
