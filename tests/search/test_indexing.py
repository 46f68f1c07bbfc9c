"""The index stays true: publishing, editing, unpublishing and deleting update it."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from akhbar.news import services
from akhbar.news.models import Article
from akhbar.search.backends import backends
from akhbar.search.models import SearchDocument
from akhbar.search.queries import filters_for, read_query, search_ids
from akhbar.search.services import rebuild_index
from akhbar.search.tasks import index_article
from tests.factories import make_article, unpublish

pytestmark = pytest.mark.django_db


def found(text, **filters):
    return search_ids(read_query(text), filters=filters_for(**filters)).ids


def test_publishing_indexes_through_the_task(published):
    article = published(title="الهيدروجين الأخضر في المغرب")
    assert found("هيدروجين") == [article.pk]
    assert SearchDocument.objects.filter(article=article).exists()


def test_writes_without_commit_do_not_index():
    # Without the on-commit hooks (a rolled-back transaction) nothing is indexed.
    make_article(title="خبر لم يكتمل")
    assert found("يكتمل") == []


def test_a_draft_is_never_found(published):
    published(title="مسودة عن الزلزال", published=False)
    assert found("الزلزال") == []
    assert not SearchDocument.objects.exists()


def test_editing_replaces_the_words(published, django_capture_on_commit_callbacks):
    article = published(title="قمة في الرياض")
    article.title = "قمة في القاهرة"
    with django_capture_on_commit_callbacks(execute=True):
        services.save_article(article=article)
    assert found("الرياض") == []
    assert found("القاهرة") == [article.pk]


def test_unpublishing_removes(published, django_capture_on_commit_callbacks):
    article = published(title="خبر عن الفيضانات")
    with django_capture_on_commit_callbacks(execute=True):
        unpublish(article)
    assert found("الفيضانات") == []
    assert not SearchDocument.objects.filter(article_id=article.pk).exists()


def test_deleting_removes_in_the_same_transaction(published):
    article = published(title="خبر عن البراكين")
    pk = article.pk
    article.delete()
    assert found("البراكين") == []
    assert not SearchDocument.objects.filter(article_id=pk).exists()
    # And the words are gone from the engine too, not only the bookkeeping row.
    backend = backends["default"]
    assert pk not in set(backend.indexed_ids())


def test_task_removes_what_readers_may_no_longer_see(published):
    drafted = published(title="خبر عن الأعاصير")
    trashed = published(title="خبر عن الأعاصير الكبرى")
    # Changed behind the services' back; the task reads the article again.
    Article.objects.filter(pk=drafted.pk).update(status="draft")
    Article.objects.filter(pk=trashed.pk).update(deleted_at=timezone.now())
    index_article.enqueue(drafted.pk)
    index_article.enqueue(trashed.pk)
    assert found("الأعاصير") == []
    assert not SearchDocument.objects.exists()
    index_article.enqueue(10**12)  # never existed: nothing to do, no error


def test_task_with_none_changes_nothing(published):
    article = published(title="خبر عن الزراعة")
    index_article.enqueue(None)
    assert found("الزراعة") == [article.pk]


def test_scheduled_article_appears_when_its_time_comes(published):
    at = timezone.now() + timedelta(hours=2)
    article = published(title="إعلان نتائج الانتخابات", published_at=at)
    assert SearchDocument.objects.filter(article=article).exists()
    assert found("الانتخابات") == []
    later = at + timedelta(seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert found("الانتخابات") == [article.pk]


def test_a_lagging_index_never_shows_what_readers_may_not_see(published):
    article = published(title="خبر عن المناجم")
    # The index still has it, but the article was unpublished without the task.
    Article.objects.filter(pk=article.pk).update(status="draft")
    from akhbar.search.queries import search_articles

    page = search_articles(read_query("المناجم"), filters=filters_for())
    assert page.results == []


def test_rebuild_adds_what_is_missing_and_drops_what_is_stale(published):
    kept = make_article(title="مقال عن الصحراء")  # published, never indexed
    stale = published(title="مقال عن الصحراء الكبرى")
    Article.objects.filter(pk=stale.pk).update(status="draft")
    report = rebuild_index()
    assert (report.indexed, report.removed) == (1, 1)
    assert found("الصحراء") == [kept.pk]


def test_rebuild_command_shows_progress_and_a_summary():
    for n in range(3):
        make_article(title=f"خبر رقم {n} عن الطقس")
    out = StringIO()
    call_command("search-rebuild", "--batch-size", "2", stdout=out)
    text = out.getvalue()
    assert "[" in text and "3/3 articles" in text
    assert "Indexed 3 articles and removed 0 stale entries" in text
    assert len(found("الطقس")) == 3


def test_rebuild_is_quiet_at_verbosity_zero():
    make_article(title="خبر هادئ")
    out = StringIO()
    call_command("search-rebuild", verbosity=0, stdout=out)
    assert out.getvalue() == ""
    assert len(found("هادئ")) == 1


def test_rows_loaded_without_their_words_are_deleted_cleanly(published):
    article = published(title="الموانئ القديمة")
    other = published(title="الموانئ الجديدة")
    row = SearchDocument.objects.get(article=article)
    copy = {f.attname: getattr(row, f.attname) for f in SearchDocument._meta.fields}
    row.delete()
    # As a fixture or a replayed backup would: the row comes back, its words not.
    SearchDocument.objects.create(**copy)
    article.delete()
    assert found("الموانئ") == [other.pk]
    assert rebuild_index().indexed == 1
    assert found("الموانئ") == [other.pk]
