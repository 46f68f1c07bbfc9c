"""Deleting an article moves it to the trash: off every reader surface, and
restorable by an admin for TRASH_DAYS days, after which `akhbar purge_trash`
(run daily) deletes it for good."""

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from akhbar.news import services
from akhbar.news.models import Article

from . import audit
from .errors import NotAllowed, Outcome
from .models import AuditAction
from .permissions import can_trash, can_untrash

if TYPE_CHECKING:
    from django.contrib.auth.models import User

TRASH_DAYS = 30


def purge_after(article: Article) -> datetime | None:
    """Return when a trashed article is deleted for good."""
    if article.deleted_at is None:
        return None
    return article.deleted_at + timedelta(days=TRASH_DAYS)


@transaction.atomic
def trash(*, article: Article, by: "User") -> Outcome:
    """Move an article to the trash."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    if not can_trash(by):
        raise NotAllowed(_("Only editors may move articles to the trash."))
    if article.is_trashed:
        return Outcome(article, False, _("The article is already in the trash."))
    article.deleted_at, article.deleted_by = timezone.now(), by
    article.save(update_fields=["deleted_at", "deleted_by"])
    audit.record(
        action=AuditAction.TRASHED, by=by, article=article, from_status=article.status
    )
    pk = article.pk
    transaction.on_commit(lambda: services.content_changed(pk))
    return Outcome(
        article,
        True,
        _("The article is in the trash; an admin can restore it for %(days)d days.")
        % {"days": TRASH_DAYS},
    )


@transaction.atomic
def untrash(*, article: Article, by: "User") -> Outcome:
    """Bring an article back from the trash, in the state it was in."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    if not can_untrash(by):
        raise NotAllowed(_("Only admins may restore articles from the trash."))
    if not article.is_trashed:
        return Outcome(article, False, _("The article is not in the trash."))
    article.deleted_at, article.deleted_by = None, None
    article.save(update_fields=["deleted_at", "deleted_by"])
    audit.record(
        action=AuditAction.UNTRASHED, by=by, article=article, to_status=article.status
    )
    pk = article.pk
    transaction.on_commit(lambda: services.content_changed(pk))
    return Outcome(article, True, _("The article is restored from the trash."))


def purge_trash(*, now: datetime | None = None, days: int = TRASH_DAYS) -> int:
    """Delete for good what was trashed more than `days` ago; return how many."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    purged = 0
    for pk in (
        Article.objects.trashed()
        .filter(deleted_at__lt=cutoff)
        .values_list("pk", flat=True)
    ):
        with transaction.atomic():
            article = (
                Article.objects.select_for_update()
                .filter(pk=pk, deleted_at__lt=cutoff)
                .first()
            )
            if article is None:  # restored meanwhile
                continue
            assert article.deleted_at is not None  # the filter says so
            audit.record(
                action=AuditAction.PURGED,
                by=None,
                article=article,
                from_status=article.status,
                details={"trashed_at": article.deleted_at.isoformat()},
            )
            article.delete()
            purged += 1
    return purged
