"""Live coverage writes: the one way a live story is started, posted to,
corrected, pinned, summarised and closed.

Each write checks the actor's permission itself (whoever calls), is audited,
and after commit bumps the story's stamp (polling answers are fresh at once)
and purges the reader pages (the article page, its feeds). Posting is an insert
of its own row, so any number of people post at once; only the summary is one
shared text, and a save based on an older version of it is refused.
The article's own state is never touched here: that is the workflow's.
"""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from akhbar.live.cache import bump_live_stamp
from akhbar.live.models import (
    SUMMARY_MAX_LENGTH,
    UPDATE_MAX_LENGTH,
    LiveCoverage,
    LiveUpdate,
)
from akhbar.live.text import clean_live_text
from akhbar.news.models import Article, Person
from akhbar.news.services import content_changed

from . import audit
from .errors import NotAllowed, WorkflowError
from .models import AuditAction

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class LiveAction:
    """What the audit log records for live coverage."""

    STARTED = AuditAction.LIVE_STARTED
    POSTED = AuditAction.LIVE_POSTED
    EDITED = AuditAction.LIVE_EDITED
    REMOVED = AuditAction.LIVE_REMOVED
    PINNED = AuditAction.LIVE_PINNED
    UNPINNED = AuditAction.LIVE_UNPINNED
    SUMMARY = AuditAction.LIVE_SUMMARY
    CLOSED = AuditAction.LIVE_CLOSED


class InvalidText(WorkflowError):
    """The typed text was refused; `message` says why."""

    def __init__(self, error: ValidationError):
        super().__init__(" ".join(error.messages))


class SummaryConflict(WorkflowError):
    """Someone saved the summary after the version this edit started from."""

    def __init__(self, message: str, *, current: LiveCoverage):
        super().__init__(message)
        self.current = current


def _has(by: "User | None", permission: str) -> bool:
    return bool(by and by.is_active and by.has_perm(permission))


def can_post(by: "User | None") -> bool:
    return _has(by, "live.add_liveupdate")


def can_run(by: "User | None") -> bool:
    """Start, summarise and close a live story."""
    return _has(by, "live.change_livecoverage")


def can_pin(by: "User | None") -> bool:
    return _has(by, "live.pin_liveupdate")


def can_edit_update(by: "User | None", update: LiveUpdate) -> bool:
    """Editors correct any update; a poster may correct their own."""
    if _has(by, "live.change_liveupdate"):
        return True
    return can_post(by) and update.posted_by_id == by.pk


def can_remove_update(by: "User | None", update: LiveUpdate) -> bool:
    if _has(by, "live.delete_liveupdate"):
        return True
    return can_post(by) and update.posted_by_id == by.pk


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise NotAllowed(message)


def _clean(text: str, max_length: int, *, required: bool = True) -> str:
    try:
        return clean_live_text(text, max_length=max_length, required=required)
    except ValidationError as error:
        raise InvalidText(error) from None


def _changed(coverage: LiveCoverage) -> None:
    article_pk = coverage.article_id

    def refresh() -> None:
        bump_live_stamp(article_pk)
        # None: the article's own text (all that search indexes) is unchanged.
        content_changed(None)

    transaction.on_commit(refresh)


def _audit(action: str, by: "User", coverage: LiveCoverage, **details) -> None:
    audit.record(
        action=action,
        by=by,
        article=coverage.article,
        comment=str(details.pop("comment", "")),
        details={"coverage": coverage.pk, **details},
    )


def _locked(coverage: LiveCoverage) -> LiveCoverage:
    """Return the story's row, locked until commit, as it is now."""
    return (
        LiveCoverage.objects.select_for_update()
        .select_related("article")
        .get(pk=coverage.pk)
    )


def start_problem(article: Article) -> str:
    """Return why live coverage cannot start on this article ("" if it can)."""
    if not Article.objects.published().filter(pk=article.pk).exists():
        return _("Publish the story first: live coverage runs on a published story.")
    if LiveCoverage.objects.filter(article=article).exists():
        return _("This story already has live coverage.")
    return ""


@transaction.atomic
def start_coverage(*, article: Article, by: "User", summary: str = "") -> LiveCoverage:
    """Attach live coverage to a published story; it opens now."""
    _require(can_run(by), _("Only editors may start live coverage."))
    problem = start_problem(article)
    if problem:
        raise WorkflowError(problem)
    coverage = LiveCoverage.objects.create(
        article=article,
        summary=_clean(summary, SUMMARY_MAX_LENGTH, required=False),
        summary_updated_at=timezone.now() if summary.strip() else None,
        started_by=by,
    )
    _audit(LiveAction.STARTED, by, coverage)
    _changed(coverage)
    return coverage


@transaction.atomic
def post_update(*, coverage: LiveCoverage, body: str, by: "User") -> LiveUpdate:
    """Add an update to an open live story, credited to the poster's person."""
    _require(can_post(by), _("Only reporters and editors may post live updates."))
    cleaned = _clean(body, UPDATE_MAX_LENGTH)
    # Locked for the instant of the insert, so no post slips in after a close.
    coverage = _locked(coverage)
    if not coverage.is_open:
        raise WorkflowError(_("This live coverage has ended: no more updates."))
    update = LiveUpdate.objects.create(
        coverage=coverage,
        body=cleaned,
        posted_by=by,
        author=Person.objects.filter(user=by).first(),
    )
    _audit(LiveAction.POSTED, by, coverage, update=update.pk, comment=update.text)
    _changed(coverage)
    return update


@transaction.atomic
def edit_update(*, update: LiveUpdate, body: str, by: "User") -> LiveUpdate:
    """Correct the text of an update; readers see that it was edited."""
    _require(
        can_edit_update(by, update),
        _("Only editors, or whoever posted it, may edit an update."),
    )
    cleaned = _clean(body, UPDATE_MAX_LENGTH)
    update = LiveUpdate.objects.select_for_update().get(pk=update.pk)
    if update.removed_at is not None:
        raise WorkflowError(_("This update was removed."))
    if cleaned == update.body:
        return update
    before = update.body
    update.body, update.edited_at, update.edited_by = cleaned, timezone.now(), by
    update.save(update_fields=["body", "edited_at", "edited_by"])
    _audit(
        LiveAction.EDITED,
        by,
        update.coverage,
        update=update.pk,
        before=before,
        comment=update.text,
    )
    _changed(update.coverage)
    return update


@transaction.atomic
def remove_update(*, update: LiveUpdate, by: "User") -> LiveUpdate:
    """Take an update off the page (the row and the audit log keep it)."""
    _require(
        can_remove_update(by, update),
        _("Only editors, or whoever posted it, may remove an update."),
    )
    update = LiveUpdate.objects.select_for_update().get(pk=update.pk)
    if update.removed_at is not None:
        return update
    update.removed_at, update.removed_by, update.pinned = timezone.now(), by, False
    update.save(update_fields=["removed_at", "removed_by", "pinned"])
    _audit(
        LiveAction.REMOVED, by, update.coverage, update=update.pk, comment=update.text
    )
    _changed(update.coverage)
    return update


@transaction.atomic
def pin_update(*, update: LiveUpdate, by: "User", pinned: bool = True) -> LiveUpdate:
    """Pin an update above the stream (unpinning any other), or unpin it."""
    _require(can_pin(by), _("Only editors may pin live updates."))
    coverage = _locked(update.coverage)  # two editors pinning at once take turns
    update = LiveUpdate.objects.get(pk=update.pk, coverage=coverage)
    if pinned and update.removed_at is not None:
        raise WorkflowError(_("A removed update cannot be pinned."))
    if update.pinned == pinned:
        return update
    if pinned:
        coverage.updates.filter(pinned=True).update(pinned=False)
    update.pinned = pinned
    update.save(update_fields=["pinned"])
    action = LiveAction.PINNED if pinned else LiveAction.UNPINNED
    _audit(action, by, coverage, update=update.pk, comment=update.text)
    _changed(coverage)
    return update


@transaction.atomic
def update_summary(
    *, coverage: LiveCoverage, summary: str, by: "User", expected_version: int | None
) -> LiveCoverage:
    """Replace the summary, unless someone saved it since `expected_version`."""
    _require(can_run(by), _("Only editors may change the summary."))
    cleaned = _clean(summary, SUMMARY_MAX_LENGTH, required=False)
    coverage = _locked(coverage)
    if expected_version is not None and expected_version != coverage.summary_version:
        raise SummaryConflict(
            _(
                "Someone saved the summary while you were editing it. Their "
                "version is shown; your text is kept in the box: merge and save "
                "again."
            ),
            current=coverage,
        )
    if cleaned == coverage.summary:
        return coverage
    coverage.summary = cleaned
    coverage.summary_version += 1
    coverage.summary_updated_at = timezone.now()
    coverage.save(update_fields=["summary", "summary_version", "summary_updated_at"])
    _audit(LiveAction.SUMMARY, by, coverage, version=coverage.summary_version)
    _changed(coverage)
    return coverage


@transaction.atomic
def close_coverage(*, coverage: LiveCoverage, by: "User") -> LiveCoverage:
    """End the live coverage now: no more updates; readers see it has ended."""
    _require(can_run(by), _("Only editors may close live coverage."))
    coverage = _locked(coverage)
    if not coverage.is_open:
        raise WorkflowError(_("This live coverage has already ended."))
    coverage.ended_at, coverage.closed_by = timezone.now(), by
    coverage.save(update_fields=["ended_at", "closed_by"])
    _audit(LiveAction.CLOSED, by, coverage)
    _changed(coverage)
    return coverage
