"""Story labels in the newsroom: the form, revisions and translations."""

import pytest

from akhbar.news.models import Article
from akhbar.newsroom import revisions, translations
from tests.factories import make_article
from tests.newsroom.conftest import change_url, edit_data

pytestmark = pytest.mark.django_db


def test_editor_sets_a_label_in_the_article_form(client, editor):
    article = make_article(published=False)
    client.force_login(editor)

    page = client.get(change_url(article)).content.decode()
    response = client.post(change_url(article), edit_data(article, label="opinion"))

    assert 'name="label"' in page
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.label == "opinion"


def test_unknown_label_is_a_form_error_and_nothing_is_saved(client, editor):
    article = make_article(published=False, label="report")
    client.force_login(editor)

    response = client.post(
        change_url(article), edit_data(article, label="propaganda", title="جديد")
    )

    assert response.status_code == 200
    assert "label" in response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.label == "report" and article.title != "جديد"


def test_restoring_a_revision_brings_back_its_label(editor):
    article = make_article(published=False, label="analysis")
    revisions.record_revision(article=article, by=editor)
    article.label = ""
    article.save()
    revisions.record_revision(article=article, by=editor)

    revisions.restore_revision(article=article, number=1, by=editor)

    article.refresh_from_db()
    assert article.label == "analysis"


def test_a_translation_starts_with_the_sources_label(translator):
    source = make_article(title="الصين وروسيا", label="interview")

    draft = translations.translate_into(
        source=source, language="en", by=translator
    ).article

    assert Article.objects.get(pk=draft.pk).label == "interview"
