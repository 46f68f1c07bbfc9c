"""The language switch and hreflang links of a reader page.

An article's alternates are its published translations; other pages exist in
every language at the same path under another prefix.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language


@dataclass(frozen=True)
class Alternate:
    language: str
    name: str
    url: str
    is_current: bool
    # False when the story has no version in that language (no hreflang then).
    exists: bool = True


def _absolute(url: str) -> str:
    return settings.AKHBAR_SITE_URL + url


def alternates_for_path(request) -> list[Alternate]:
    current = get_language()
    path = request.path
    return [
        Alternate(code, name, _absolute(translate_url(path, code)), code == current)
        for code, name in settings.LANGUAGES
    ]


def alternates_for_article(request, article, translations) -> list[Alternate]:
    versions = {t.language: t for t in translations} | {article.language: article}
    alternates = []
    for code, name in settings.LANGUAGES:
        if code in versions:
            url = versions[code].get_absolute_url()
        else:
            # No translation: the switch leads to that language's home page.
            url = translate_url(f"/{article.language}/", code)
        alternates.append(
            Alternate(
                code,
                name,
                _absolute(url),
                code == article.language,
                exists=code in versions,
            )
        )
    return alternates
