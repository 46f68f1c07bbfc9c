"""Writing to the append-only audit log; the admin shows it to admins."""

from typing import TYPE_CHECKING

from django.db.models import QuerySet

from akhbar.news.models import Article

from .models import AuditEntry

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def record(
    *,
    action: str,
    by: "User | None",
    article: Article | None = None,
    from_status: str = "",
    to_status: str = "",
    comment: str = "",
    details: dict[str, object] | None = None,
) -> AuditEntry:
    """Append one entry: who did what to which article, and when (now)."""
    return AuditEntry.objects.create(
        action=action,
        actor=by if by is not None and by.pk else None,
        actor_name=by.get_username() if by is not None and by.pk else "",
        article_id=article.pk if article is not None else None,
        article_title=(article.title or "")[:300] if article is not None else "",
        from_status=from_status,
        to_status=to_status,
        comment=comment,
        details=details or {},
    )


def history_of(article: Article) -> QuerySet[AuditEntry]:
    """Return the audit entries of one article, newest first."""
    return AuditEntry.objects.filter(article_id=article.pk).order_by("-at", "-id")
