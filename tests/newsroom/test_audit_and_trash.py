"""The append-only audit log, and the trash with its 30 days."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from akhbar.news.models import Article
from akhbar.newsroom import trash, workflow
from akhbar.newsroom.models import AuditAction, AuditEntry, Revision
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_publish_unpublish_and_deletion_are_logged_with_who_and_when(
    editor, admin_user
):
    article = make_article(published=False, title="خبر للسجل")
    before = timezone.now()
    workflow.publish(article=article, by=editor)
    workflow.unpublish(article=article, by=editor, comment="خطأ في الأرقام")
    trash.trash(article=article, by=editor)
    trash.untrash(article=article, by=admin_user)
    entries = list(AuditEntry.objects.filter(article_id=article.pk).order_by("id"))
    assert [e.action for e in entries] == [
        AuditAction.PUBLISHED,
        AuditAction.UNPUBLISHED,
        AuditAction.TRASHED,
        AuditAction.UNTRASHED,
    ]
    assert [e.actor for e in entries] == [editor, editor, editor, admin_user]
    assert all(e.at >= before and e.article_title == "خبر للسجل" for e in entries)
    assert entries[1].comment == "خطأ في الأرقام"


def test_audit_entries_cannot_be_changed_or_deleted(editor):
    workflow.publish(article=make_article(published=False), by=editor)
    entry = AuditEntry.objects.get()
    entry.comment = "rewritten"
    with pytest.raises(PermissionDenied):
        entry.save()
    with pytest.raises(PermissionDenied):
        entry.delete()
    with pytest.raises(PermissionDenied):
        AuditEntry.objects.filter(pk=entry.pk).update(comment="rewritten")
    with pytest.raises(PermissionDenied):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get().comment == ""


def test_the_database_itself_refuses_to_rewrite_the_audit_log(editor):
    workflow.publish(article=make_article(published=False), by=editor)
    table = AuditEntry._meta.db_table
    with (
        pytest.raises(DatabaseError),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"UPDATE {table} SET comment = 'rewritten'")
    assert AuditEntry.objects.get().comment == ""


def test_the_log_outlives_the_article_and_the_user(editor):
    article = make_article(published=False, title="سيحذف")
    workflow.publish(article=article, by=editor)
    editor_name = editor.username
    Article.objects.filter(pk=article.pk).update(
        deleted_at=timezone.now() - timedelta(days=31)
    )
    assert trash.purge_trash() == 1
    editor.delete()
    entries = AuditEntry.objects.filter(article_id=article.pk).order_by("id")
    assert [e.action for e in entries] == [AuditAction.PUBLISHED, AuditAction.PURGED]
    assert entries[0].actor_name == editor_name
    assert entries[1].article_title == "سيحذف"


@pytest.mark.parametrize(
    "role, status", [("admin", 200), ("editor", 403), ("reporter", 403)]
)
def test_audit_log_is_visible_to_admins_only(client, role, status, editor):
    workflow.publish(article=make_article(published=False), by=editor)
    client.force_login(make_user(role=role))
    response = client.get("/ar/newsroom/newsroom/auditentry/")
    assert response.status_code == status
    if status == 200:
        assert editor.username in response.content.decode()
        entry = AuditEntry.objects.get()
        detail = client.get(f"/ar/newsroom/newsroom/auditentry/{entry.pk}/change/")
        assert detail.status_code == 200
        assert 'name="_save"' not in detail.content.decode()  # read-only
        gone = client.post(f"/ar/newsroom/newsroom/auditentry/{entry.pk}/delete/")
        assert gone.status_code == 403
        assert AuditEntry.objects.count() == 1


def test_deleting_in_the_newsroom_moves_to_the_trash(client, editor):
    article = make_article(title="إلى سلة المحذوفات")
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/delete/"
    page = client.get(url).content.decode()
    assert "30" in page
    response = client.post(url, {"post": "yes"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_trashed and article.deleted_by == editor
    assert not Article.objects.published().exists()
    assert client.get(article.get_absolute_url()).status_code == 404
    changelist = client.get("/ar/newsroom/news/article/").content.decode()
    assert "إلى سلة المحذوفات" not in changelist
    trash_page = client.get("/ar/newsroom/trash/").content.decode()
    assert "إلى سلة المحذوفات" in trash_page


def test_admin_restores_from_the_trash_as_it_was(client, editor, admin_user):
    article = make_article(title="عائد")
    Revision.objects.create(article=article, number=1, title="عائد")
    trash.trash(article=article, by=editor)
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/untrash/"
    refused = client.post(url, follow=True)
    assert [m.level_tag for m in refused.context["messages"]] == ["error"]
    assert Article.objects.get(pk=article.pk).is_trashed
    client.force_login(admin_user)
    client.post(url)
    client.post(url)  # twice: the second one says it is not in the trash
    article.refresh_from_db()
    assert not article.is_trashed
    assert Article.objects.published().get() == article
    assert article.revisions.count() == 1
    assert AuditEntry.objects.filter(action=AuditAction.UNTRASHED).count() == 1


def test_purge_deletes_what_is_older_than_30_days_only(editor):
    old, recent, live = make_article(), make_article(), make_article()
    trash.trash(article=old, by=editor)
    trash.trash(article=recent, by=editor)
    Article.objects.filter(pk=old.pk).update(
        deleted_at=timezone.now() - timedelta(days=30, minutes=1)
    )
    out = StringIO()
    call_command("purge_trash", stdout=out)
    assert "1" in out.getvalue()
    assert set(Article.objects.values_list("pk", flat=True)) == {recent.pk, live.pk}
    assert trash.purge_trash(now=timezone.now() + timedelta(days=31)) == 1
    assert list(Article.objects.all()) == [live]


def test_purge_command_refuses_a_nonsense_age():
    with pytest.raises(CommandError):
        call_command("purge_trash", days=0)


def test_reporter_cannot_delete(client, reporter):
    article = make_article(published=False, created_by=reporter)
    client.force_login(reporter)
    response = client.post(
        f"/ar/newsroom/news/article/{article.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 403
    assert not Article.objects.get(pk=article.pk).is_trashed
    assert client.get("/ar/newsroom/trash/").status_code == 403
