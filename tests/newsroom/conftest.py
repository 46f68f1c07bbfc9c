"""Newsroom people, one per role, and a helper to post to the article editor."""

import pytest
from django.utils import translation

from tests.factories import byline_form_data, make_section, make_user

ROLES = ["reporter", "translator", "editor", "admin"]


@pytest.fixture
def english():
    """Read the services' messages in English (the site default is Arabic)."""
    with translation.override("en"):
        yield


@pytest.fixture
def reporter(db):
    return make_user(role="reporter")


@pytest.fixture
def translator(db):
    return make_user(role="translator")


@pytest.fixture
def editor(db):
    return make_user(role="editor")


@pytest.fixture
def admin_user(db):
    return make_user(role="admin")


@pytest.fixture
def section(db):
    return make_section()


def change_url(article) -> str:
    return f"/ar/newsroom/news/article/{article.pk}/change/"


def edit_data(article, **overrides) -> dict:
    """Return the editor form's data for an article as it is stored now."""
    data = {
        "title": article.title,
        "label": article.label,
        "summary": article.summary,
        "body": article.body,
        "language": article.language,
        "section": article.section_id,
        "slug": article.slug,
        "translation_group": str(article.translation_group),
        # The admin page carries this (the field has a callable default).
        "initial-translation_group": str(article.translation_group),
        "tags": [tag.pk for tag in article.tags.all()],
        **byline_form_data(article=article),
        "editor": article.editor_id or "",
        "published_at_0": "",
        "published_at_1": "",
        "embargo_until_0": "",
        "embargo_until_1": "",
        "lead_image_caption": article.lead_image_caption,
        "lead_image_credit": article.lead_image_credit,
        "version": article.version,
        "workflow_comment": "",
    }
    data.update(overrides)
    return data
