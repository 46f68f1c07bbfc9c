"""Turn models into the API's JSON objects; every URL is absolute.

URLs come from AKHBAR_SITE_URL, never from the request's Host header, so a
forged Host cannot put another site's links into the API's answers.
"""

from django.conf import settings
from django.utils import translation

from akhbar.media.rendering import render_body_for_machines
from akhbar.news.languages import default_language, pick_translation


def absolute(url: str) -> str:
    """Return a site path as a full URL; full URLs (a media CDN) stay as they are."""
    if url.startswith("/") and not url.startswith("//"):
        return settings.AKHBAR_SITE_URL + url
    return url


def page_url(obj, language: str) -> str:
    """Return an object's reader page under a language's prefix."""
    with translation.override(language):
        return absolute(obj.get_absolute_url())


def named(obj, language: str) -> dict:
    return {
        "slug": obj.slug,
        "name": pick_translation(obj.names, language),
        "url": page_url(obj, language),
    }


def section_data(section, language: str | None) -> dict:
    language = language or default_language()
    return named(section, language) | {"names": section.names or {}}


def tag_data(tag, language: str | None) -> dict:
    language = language or default_language()
    return named(tag, language) | {"names": tag.names or {}}


def person_data(person, language: str | None, *, with_bio: bool = False) -> dict:
    language = language or default_language()
    data = named(person, language) | {"role": person.role}
    if with_bio:
        data["bio"] = pick_translation(person.bios, language)
    return data


def image_data(article) -> dict | None:
    if not article.lead_image_renditions:
        return None
    renditions = sorted(
        article.lead_image_renditions.values(), key=lambda rendition: rendition["width"]
    )
    return {
        "caption": article.lead_image_caption,
        "credit": article.lead_image_credit,
        "renditions": [
            {
                "url": absolute(rendition["url"]),
                "width": rendition["width"],
                "height": rendition["height"],
            }
            for rendition in renditions
        ],
    }


def group_versions(versions) -> dict:
    """Return {translation_group: [article, …]} of published versions of stories."""
    groups: dict = {}
    for version in versions:
        groups.setdefault(version.translation_group, []).append(version)
    return groups


def article_data(article, *, language: str | None, versions: dict) -> dict:
    """Return an article object; names in `language`, else the article's own."""
    names_in = language or article.language
    translations = sorted(
        (
            version
            for version in versions.get(article.translation_group, [])
            if version.pk != article.pk
        ),
        key=lambda version: version.language,
    )
    return {
        "id": article.pk,
        "url": absolute(article.get_absolute_url()),
        "title": article.title,
        "slug": article.slug,
        "label": article.label,
        "summary": article.summary,
        "body_html": render_body_for_machines(article),
        "language": article.language,
        "section": named(article.section, names_in),
        "tags": [named(tag, names_in) for tag in article.tags.all()],
        "authors": [named(author, names_in) for author in article.byline],
        "editor": named(article.editor, names_in) if article.editor else None,
        "image": image_data(article),
        "published_at": article.published_at,
        "updated_at": article.updated_at,
        "translations": [
            {
                "language": version.language,
                "id": version.pk,
                "url": absolute(version.get_absolute_url()),
            }
            for version in translations
        ],
        "reading_minutes": article.reading_minutes,
    }
