"""Breaking news writes: the one way an alert is added, changed or removed.

Each write is audited and, after commit, purges the reader pages now and again
when the alert starts and ends, so the bar comes and goes by itself even on
cached pages.
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _

from akhbar.news.breaking import BreakingAlert
from akhbar.news.services import content_changed, content_changes_at

from . import audit
from .errors import NotAllowed
from .models import AuditAction

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def _details(alert: BreakingAlert) -> dict[str, object]:
    return {
        "alert": alert.pk,
        "language": alert.language,
        "text": alert.text,
        "starts_at": alert.starts_at.isoformat(),
        "ends_at": alert.ends_at.isoformat(),
    }


@transaction.atomic
def save_alert(*, alert: BreakingAlert, by: "User") -> BreakingAlert:
    """Validate and save an alert (new or edited), audit it, refresh pages."""
    adding = alert.pk is None
    _require(by, "add" if adding else "change")
    alert.full_clean(exclude=["created_by"])
    if adding:
        alert.created_by = by
    alert.save()
    audit.record(
        action=AuditAction.BREAKING_ADDED if adding else AuditAction.BREAKING_CHANGED,
        by=by,
        article=alert.article,
        comment=alert.text,
        details=_details(alert),
    )
    moments = [alert.starts_at, alert.ends_at]
    transaction.on_commit(lambda: _refresh(moments))
    return alert


@transaction.atomic
def remove_alerts(*, alerts: Iterable[BreakingAlert], by: "User") -> None:
    """Delete alerts, audit each, and refresh the pages that showed them."""
    _require(by, "delete")
    for alert in alerts:
        audit.record(
            action=AuditAction.BREAKING_REMOVED,
            by=by,
            article=alert.article,
            comment=alert.text,
            details=_details(alert),
        )
        alert.delete()
    transaction.on_commit(lambda: content_changed(None))


def _require(by: "User", action: str) -> None:
    """Refuse a write the actor's role does not allow, whoever calls (N4)."""
    if not (by and by.is_active and by.has_perm(f"news.{action}_breakingalert")):
        raise NotAllowed(_("Only editors may change breaking news."))


def _refresh(moments: list) -> None:
    content_changed(None)
    content_changes_at(moments)
