"""Writing to the append-only audit log; the admin shows it to admins."""

from .models import AuditEntry


def record(
    *,
    action: str,
    by,
    article=None,
    from_status: str = "",
    to_status: str = "",
    comment: str = "",
    details: dict | None = None,
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


def history_of(article):
    """Return the audit entries of one article, newest first."""
    return AuditEntry.objects.filter(article_id=article.pk).order_by("-at", "-id")
