"""Template helpers for Arabic-first pages: dates, digits, reading time."""

import json

from django import template
from django.conf import settings
from django.utils import formats, timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from hijridate import Gregorian

from akhbar.news.models import StoryLabel
from akhbar.web.live import live_json_ld

register = template.Library()

JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@register.filter
def digits(value) -> str:
    """Show digits in the style the language's numeral setting chooses."""
    text = str(value)
    if settings.AKHBAR_NUMERALS.get(get_language(), "latn") == "arab":
        return text.translate(ARABIC_INDIC)
    return text


def hijri_date(moment) -> str:
    local = timezone.localtime(moment)
    hijri = Gregorian(local.year, local.month, local.day).to_hijri()
    language = "ar" if get_language() == "ar" else "en"
    month = hijri.month_name(language)
    era = "هـ" if language == "ar" else "AH"
    # A no-break space keeps the era on the same line as the year.
    return f"{hijri.day} {month} {hijri.year}\u00a0{era}"


@register.simple_tag
def published_date(moment) -> str:
    """Return the Gregorian date (local month names) with the Hijri date beside it."""
    if moment is None:
        return ""
    local = timezone.localtime(moment)
    gregorian = formats.date_format(local, "j F Y")
    try:
        hijri = hijri_date(moment)
    except (ValueError, OverflowError):
        # hijridate covers 1343–1500 AH; older archive dates show Gregorian only.
        return digits(gregorian)
    return digits(f"{gregorian} · {hijri}")


@register.simple_tag
def published_time(moment) -> str:
    if moment is None:
        return ""
    return digits(formats.time_format(timezone.localtime(moment), "H:i"))


@register.filter
def reading_time(minutes: int) -> str:
    return digits(
        ngettext("%(n)d minute read", "%(n)d minutes read", minutes) % {"n": minutes}
    )


@register.filter
def srcset(renditions: dict) -> str:
    return ", ".join(
        f"{r['url']} {r['width']}w"
        for r in sorted((renditions or {}).values(), key=lambda r: r["width"])
    )


@register.filter
def rendition(renditions: dict, width: int):
    """Return the smallest rendition at least this wide (or the largest there is)."""
    ordered = sorted((renditions or {}).values(), key=lambda r: r["width"])
    return next(
        (r for r in ordered if r["width"] >= int(width)),
        ordered[-1] if ordered else None,
    )


# schema.org's subtypes of NewsArticle for the labels that have one.
LABEL_TYPES = {
    StoryLabel.OPINION: "OpinionNewsArticle",
    StoryLabel.ANALYSIS: "AnalysisNewsArticle",
    StoryLabel.REPORT: "ReportageNewsArticle",
}


@register.simple_tag
def article_json_ld(article) -> str:
    """Return a schema.org NewsArticle as a JSON-LD script element."""
    site_url = settings.AKHBAR_SITE_URL

    def absolute(url: str) -> str:
        # Media on another host (a CDN, object storage) is already a full URL.
        local = url.startswith("/") and not url.startswith("//")
        return site_url + url if local else url

    def person(p):
        url = absolute(p.get_absolute_url())
        return {"@type": "Person", "name": p.name, "url": url}

    def iso(moment):
        return moment.isoformat() if moment else None

    data = {
        "@context": "https://schema.org",
        "@type": LABEL_TYPES.get(article.label, "NewsArticle"),
        "headline": article.title,
        "description": article.summary,
        "inLanguage": article.language,
        "mainEntityOfPage": absolute(article.get_absolute_url()),
        "datePublished": iso(article.published_at),
        "dateModified": iso(article.updated_at),
        "articleSection": article.section.name,
        "keywords": [tag.name for tag in article.tags.all()],
        "author": [person(author) for author in article.byline],
        "publisher": {
            "@type": "Organization",
            "name": settings.AKHBAR_SITE_NAME,
            "url": site_url,
        },
    }
    if article.editor:
        data["editor"] = person(article.editor)
    notes = article.notes.all() if article.noted_at else []
    corrections = [note for note in notes if note.kind == "correction"]
    if corrections:
        # schema.org's way to tell search engines what was corrected, and when.
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": note.text,
                "datePublished": iso(note.created_at),
            }
            for note in corrections
        ]
    if article.lead_image_renditions:
        largest = rendition(article.lead_image_renditions, 10_000)
        data["image"] = {
            "@type": "ImageObject",
            "url": absolute(largest["url"]),
            "width": largest["width"],
            "height": largest["height"],
            "caption": article.lead_image_caption,
        }
    data.update(live_json_ld(article, absolute))  # a live story: LiveBlogPosting
    # Escape <, > and & so no value can close the script element (json_script's rule).
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
