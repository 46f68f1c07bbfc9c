"""Translations: linked drafts, the source beside them, and stale marking."""

import pytest

from akhbar.news.models import Article, ArticleStatus
from akhbar.newsroom import revisions, translations, trash, workflow
from akhbar.newsroom.errors import WorkflowError
from akhbar.newsroom.models import TranslationLink
from tests.factories import make_article, make_tag
from tests.newsroom.conftest import change_url, edit_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def translate_url(article):
    return f"/en/newsroom/news/article/{article.pk}/translate/"


def test_translate_into_makes_a_linked_draft_in_the_same_group(translator):
    tag = make_tag()
    source = make_article(title="الصين وروسيا", tags=[tag])
    outcome = translations.translate_into(source=source, language="en", by=translator)
    draft = outcome.article
    assert outcome.changed
    assert draft.language == "en" and draft.status == ArticleStatus.DRAFT
    assert draft.translation_group == source.translation_group
    assert draft.created_by == translator
    assert list(draft.tags.all()) == [tag]
    link = TranslationLink.objects.get(translation=draft)
    assert link.source == source
    assert link.source_revision == revisions.latest_revision(source)
    assert translations.staleness(draft) is None


def test_translating_twice_opens_the_version_there_is(translator):
    source = make_article()
    first = translations.translate_into(source=source, language="en", by=translator)
    second = translations.translate_into(source=source, language="en", by=translator)
    assert not second.changed and second.article == first.article
    assert Article.objects.filter(language="en").count() == 1


@pytest.mark.parametrize("language", ["ar", "xx", ""])
def test_translating_into_its_own_or_an_unknown_language_is_refused(
    translator, language
):
    with pytest.raises(WorkflowError):
        translations.translate_into(
            source=make_article(), language=language, by=translator
        )
    assert Article.objects.count() == 1


def test_a_trashed_version_blocks_a_new_one_with_a_clear_message(translator, editor):
    source = make_article()
    draft = translations.translate_into(
        source=source, language="en", by=translator
    ).article
    trash.trash(article=draft, by=editor)
    with pytest.raises(WorkflowError) as refused:
        translations.translate_into(source=source, language="en", by=translator)
    assert "trash" in refused.value.message


def test_translator_sees_the_source_beside_the_draft(client, translator):
    source = make_article(title="المصدر العربي", body="<p>فقرة المصدر</p>")
    client.force_login(translator)
    response = client.post(translate_url(source), {"language": "en"})
    draft = Article.objects.get(language="en")
    assert response["Location"] == f"/en/newsroom/news/article/{draft.pk}/change/"
    page = client.get(response["Location"]).content.decode()
    assert 'class="newsroom-translation__source"' in page
    assert 'lang="ar"' in page and "فقرة المصدر" in page
    assert 'name="_submit"' in page and 'name="_publish"' not in page


def test_translator_cannot_start_a_story_from_scratch(client, translator):
    client.force_login(translator)
    assert client.get("/en/newsroom/news/article/add/").status_code == 403


def test_translator_sees_published_sources_but_not_others_drafts(client, translator):
    published = make_article()
    draft = make_article(published=False)
    client.force_login(translator)
    assert client.get(change_url(published)).status_code == 200
    assert client.get(change_url(draft)).status_code in (302, 404)
    response = client.post(translate_url(draft), {"language": "en"})
    assert response.status_code == 404
    assert not Article.objects.filter(language="en").exists()


def test_source_change_marks_translation_stale_and_shows_the_diff(
    client, translator, editor
):
    source = make_article(title="عنوان", body="<p>كان الرقم عشرة.</p>")
    draft = translations.translate_into(
        source=source, language="en", by=translator
    ).article
    # The editor corrects the source in the newsroom.
    client.force_login(editor)
    source.refresh_from_db()
    client.post(change_url(source), edit_data(source, body="<p>كان الرقم عشرين.</p>"))
    stale = translations.staleness(draft)
    assert stale is not None
    body = {field.name: field for field in stale.fields}["body"]
    assert "<del>عشرة.</del> <ins>عشرين.</ins>" in body.html

    client.force_login(translator)
    page = client.get(change_url(draft)).content.decode()
    assert "<del>عشرة.</del> <ins>عشرين.</ins>" in page
    assert 'name="_sync"' in page
    # Saving with "mark as up to date" clears the mark.
    draft.refresh_from_db()
    client.post(
        change_url(draft), edit_data(draft, title="Title", _sync="1"), follow=True
    )
    assert translations.staleness(draft) is None
    assert not translations.stale_links().exists()


def test_readers_of_a_stale_translation_see_nothing_wrong(client, translator, editor):
    source = make_article(title="عنوان")
    draft = translations.translate_into(
        source=source, language="en", by=translator
    ).article
    draft.title, draft.body = "A title", "<p>English text.</p>"
    draft.save()
    workflow.publish(article=draft, by=editor)
    before = client.get(Article.objects.get(pk=draft.pk).get_absolute_url())
    source.body = "<p>نص جديد</p>"
    source.save()
    revisions.record_revision(article=source, by=editor)
    assert translations.staleness(draft) is not None
    after = client.get(Article.objects.get(pk=draft.pk).get_absolute_url())
    assert after.status_code == before.status_code == 200
    assert "English text." in after.content.decode()
    assert "stale" not in after.content.decode().lower()


def test_published_translation_is_in_the_language_switch_and_hreflang(
    client, translator, editor, settings, django_capture_on_commit_callbacks
):
    source = make_article(title="عنوان")
    draft = translations.translate_into(
        source=source, language="en", by=translator
    ).article
    draft.title = "English title"
    draft.save()
    before = client.get(source.get_absolute_url()).content.decode()
    assert '<link rel="alternate" hreflang="en"' not in before  # not while a draft
    with django_capture_on_commit_callbacks(execute=True):  # purges the page cache
        workflow.publish(article=draft, by=editor)
    draft.refresh_from_db()
    html = client.get(source.get_absolute_url()).content.decode()
    english = settings.AKHBAR_SITE_URL + draft.get_absolute_url()
    assert f'<link rel="alternate" hreflang="en" href="{english}">' in html
    assert f'href="{english}" lang="en" hreflang="en"' in html  # the language switch


def test_the_draft_slug_follows_the_translated_title(client, translator):
    source = make_article(title="عنوان عربي")
    draft = translations.translate_into(
        source=source, language="en", by=translator
    ).article
    client.force_login(translator)
    client.post(change_url(draft), edit_data(draft, title="An English title"))
    draft.refresh_from_db()
    assert draft.slug == "an-english-title"


def test_translator_submits_translation_but_cannot_publish(client, translator):
    source = make_article(title="عنوان")
    draft = translations.translate_into(
        source=source, language="en", by=translator
    ).article
    client.force_login(translator)
    client.post(change_url(draft), edit_data(draft, title="T", _publish="1"))
    draft.refresh_from_db()
    assert draft.status == ArticleStatus.DRAFT
    client.post(
        change_url(draft), edit_data(draft, title="T", _submit="1"), follow=True
    )
    draft.refresh_from_db()
    assert draft.status == ArticleStatus.IN_REVIEW
