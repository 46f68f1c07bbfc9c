"""Content languages: the site's LANGUAGES setting decides which exist."""

from django.conf import settings
from django.utils.translation import get_language, get_language_info


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_choices() -> list[tuple[str, str]]:
    """Return (code, name) with names in the reader's language: «الإنجليزية»."""
    return [
        (code, get_language_info(code)["name_translated"])
        for code, _name in settings.LANGUAGES
    ]


def default_language() -> str:
    return settings.LANGUAGE_CODE


def current_language() -> str:
    language = get_language() or default_language()
    return language if language in language_codes() else default_language()


def text_direction(language: str) -> str:
    return settings.AKHBAR_LANGUAGE_DIRECTIONS.get(language, "ltr")


def pick_translation(values: dict[str, str] | None, language: str | None = None) -> str:
    """Return the value for the language, else the default language's, else any."""
    values = values or {}
    language = language or current_language()
    return (
        values.get(language)
        or values.get(default_language())
        or next((v for v in values.values() if v), "")
    )
