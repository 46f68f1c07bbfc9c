"""The workflow: the one door through which an article's state changes.

    draft ──submit──▶ in review ──approve──▶ approved
      ▲                  │                      │
      └──return (with a comment)────────────────┘
    draft, in review, approved, unpublished ──schedule──▶ scheduled ──(its time)──▶ live
    draft, in review, approved, unpublished, scheduled ──publish──▶ live
    scheduled ──unschedule──▶ approved        live, scheduled ──unpublish──▶ unpublished

Each step locks the article's row, checks the user's permission, refuses a step
that is illegal from the current state with a message saying why, and records
who did it and when (on the article and in the audit log), all in one
transaction. A step that is already done (a double click) changes nothing and
says so. "Scheduled" is stored as published with a future time, so the article
appears by itself when its time comes.

Every step has one signature, `(*, article, by, comment="", at=None)`, and one
entry in STEPS: the admin's buttons, admin actions, the demo loader and the
test factories all go through `take()` or the step functions here, and nothing
else in the code assigns an article's status (`_move` does). Content edits go
through `revisions.save_edit`; the rules of publication are one validator,
`akhbar.news.rules.check_publication`, which the editor's form calls too.
"""

from collections.abc import Callable, Container
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from akhbar.news import rules, services
from akhbar.news.models import Article, ArticleStatus, WorkflowState
from akhbar.news.rules import format_moment

from . import audit, translations, trash
from .errors import IllegalTransition, NotAllowed, Outcome, WorkflowError
from .models import AuditAction
from .permissions import (
    Asker,
    can_edit,
    can_publish,
    can_submit,
    can_trash,
    can_untrash,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import User

COMMENT_MAX_LENGTH = 2000

S = WorkflowState
SUBMIT_FROM = {S.DRAFT}
APPROVE_FROM = {S.IN_REVIEW}
RETURN_FROM = {S.IN_REVIEW, S.APPROVED}
SCHEDULE_FROM = {S.DRAFT, S.IN_REVIEW, S.APPROVED, S.UNPUBLISHED, S.SCHEDULED}
PUBLISH_FROM = SCHEDULE_FROM
UNSCHEDULE_FROM = {S.SCHEDULED}
UNPUBLISH_FROM = {S.PUBLISHED, S.SCHEDULED}


def _lock(article: Article) -> Article:
    """Return the article's row, locked until the transaction ends.

    The lock makes two clicks (or two editors) on the same step run one after
    the other, so the second sees the first one's result.
    """
    fresh = Article.objects.select_for_update().get(pk=article.pk)
    if fresh.is_trashed:
        raise IllegalTransition(
            _("The article is in the trash; restore it before changing it.")
        )
    return fresh


def _illegal(article: Article, message: str) -> IllegalTransition:
    """Return the refusal of a step, naming the state the article is in."""
    return IllegalTransition(message % {"state": article.get_workflow_state_display()})


def _require_publisher(by: "User", message: str) -> None:
    if not can_publish(by):
        raise NotAllowed(message)


def _move(
    article: Article,
    status: str,
    *,
    by: "User",
    action: str,
    comment: str = "",
    details: dict[str, object] | None = None,
    # False leaves the publishing time as it is.
    published_at: datetime | Literal[False] | None = False,
) -> None:
    """Change the stored status, record who and when, and log it."""
    previous = article.status
    article.status = status
    article.status_changed_at = timezone.now()
    article.status_changed_by = by
    fields = ["status", "status_changed_at", "status_changed_by", "updated_at"]
    if published_at is not False:
        article.published_at = published_at
        fields.append("published_at")
    article.save(update_fields=fields)
    audit.record(
        action=action,
        by=by,
        article=article,
        from_status=previous,
        to_status=status,
        comment=comment,
        details=details,
    )
    pk = article.pk
    transaction.on_commit(lambda: services.content_changed(pk))


def _clean_comment(comment: str) -> str:
    comment = (comment or "").strip()
    if len(comment) > COMMENT_MAX_LENGTH:
        raise WorkflowError(
            _("The comment is too long (at most %(limit)d characters).")
            % {"limit": COMMENT_MAX_LENGTH}
        )
    return comment


@transaction.atomic
def submit(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Send a draft to the editors for review."""
    article = _lock(article)
    if not can_submit(by, article):
        raise NotAllowed(_("You may not submit this article for review."))
    state = article.workflow_state()
    if state == S.IN_REVIEW:
        return Outcome(article, False, _("The article is already in review."))
    if state not in SUBMIT_FROM:
        raise _illegal(
            article,
            _("Only a draft can be submitted for review (this article is: %(state)s)."),
        )
    _move(
        article,
        ArticleStatus.IN_REVIEW,
        by=by,
        action=AuditAction.SUBMITTED,
        comment=_clean_comment(comment),
    )
    return Outcome(article, True, _("The article is sent to the editors for review."))


@transaction.atomic
def approve(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Accept an article in review; it waits to be scheduled or published."""
    article = _lock(article)
    _require_publisher(by, _("Only editors may approve articles."))
    state = article.workflow_state()
    if state == S.APPROVED:
        return Outcome(article, False, _("The article is already approved."))
    if state not in APPROVE_FROM:
        raise _illegal(
            article,
            _(
                "Only an article in review can be approved "
                "(this article is: %(state)s)."
            ),
        )
    _move(
        article,
        ArticleStatus.APPROVED,
        by=by,
        action=AuditAction.APPROVED,
        comment=_clean_comment(comment),
    )
    return Outcome(article, True, _("The article is approved."))


@transaction.atomic
def return_to_draft(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Send an article back to its author, saying what to change."""
    article = _lock(article)
    _require_publisher(by, _("Only editors may send articles back."))
    state = article.workflow_state()
    if state == S.DRAFT:
        return Outcome(article, False, _("The article is already a draft."))
    if state not in RETURN_FROM:
        raise _illegal(
            article,
            _(
                "Only an article in review or approved can be sent back to draft "
                "(this article is: %(state)s)."
            ),
        )
    comment = _clean_comment(comment)
    if not comment:
        raise WorkflowError(
            _("Say what should change: a comment is needed to send an article back.")
        )
    _move(
        article,
        ArticleStatus.DRAFT,
        by=by,
        action=AuditAction.RETURNED,
        comment=comment,
    )
    return Outcome(article, True, _("The article is sent back to its author."))


def _check_publication(
    article: Article, at: datetime | None, *, now: datetime | None = None
) -> None:
    try:
        rules.check_publication(article, at=at, now=now)
    except ValidationError as error:
        raise WorkflowError(" ".join(error.messages)) from error


@transaction.atomic
def publish(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Publish now, or schedule when `at` is in the future.

    A time that has already passed publishes now, and the message says so.
    """
    now = timezone.now()
    if at is not None and at > now:
        return schedule(article=article, by=by, comment=comment, at=at)
    article = _lock(article)
    _require_publisher(by, _("Only editors may publish articles."))
    state = article.workflow_state(now)
    if state == S.PUBLISHED:
        return Outcome(article, False, _("The article is already published."))
    if state not in PUBLISH_FROM:
        raise _illegal(
            article, _("This article cannot be published (it is: %(state)s).")
        )
    _check_publication(article, at)
    published_at = rules.going_live_at(article, at, now=now)
    _move(
        article,
        ArticleStatus.PUBLISHED,
        by=by,
        action=AuditAction.PUBLISHED,
        comment=_clean_comment(comment),
        published_at=published_at,
        details={"at": published_at.isoformat()},
    )
    if at is not None:
        message = _(
            "The time you chose (%(time)s) has already passed, so the article is "
            "published now."
        ) % {"time": format_moment(at)}
        return Outcome(article, True, message, {"moved_to_now": True})
    return Outcome(article, True, _("The article is published."))


@transaction.atomic
def publish_as_of(*, article: Article, by: "User", at: datetime) -> Outcome:
    """Publish an article dated at a past time: archives, imports, the demo.

    Readers see it as published then (its place in lists and feeds follows);
    the audit log records who did it, and when.
    """
    now = timezone.now()
    if at > now:
        return schedule(article=article, by=by, at=at)
    article = _lock(article)
    _require_publisher(by, _("Only editors may publish articles."))
    state = article.workflow_state(now)
    if state == S.PUBLISHED and article.published_at == at:
        return Outcome(article, False, _("The article is already published."))
    if state not in PUBLISH_FROM:
        raise _illegal(
            article, _("This article cannot be published (it is: %(state)s).")
        )
    # The rules as they stood at that time: nothing appears before its embargo.
    _check_publication(article, at, now=at)
    _move(
        article,
        ArticleStatus.PUBLISHED,
        by=by,
        action=AuditAction.PUBLISHED,
        published_at=at,
        details={"at": at.isoformat(), "as_of": True},
    )
    return Outcome(article, True, _("The article is published."))


@transaction.atomic
def schedule(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Schedule an article: it appears by itself at `at` (no cron needed)."""
    if at is None or at <= timezone.now():
        return publish(article=article, by=by, comment=comment, at=at)
    article = _lock(article)
    _require_publisher(by, _("Only editors may schedule articles."))
    state = article.workflow_state()
    if state == S.SCHEDULED and article.published_at == at:
        return Outcome(
            article,
            False,
            _("The article is already scheduled for %(time)s.")
            % {"time": format_moment(at)},
        )
    if state not in SCHEDULE_FROM:
        raise _illegal(
            article,
            _(
                "The article is live already: unpublish it before scheduling it "
                "again (this article is: %(state)s)."
            ),
        )
    _check_publication(article, at)
    _move(
        article,
        ArticleStatus.PUBLISHED,
        by=by,
        action=AuditAction.SCHEDULED,
        comment=_clean_comment(comment),
        published_at=at,
        details={"at": at.isoformat()},
    )
    return Outcome(
        article,
        True,
        _("The article is scheduled: it appears by itself at %(time)s.")
        % {"time": format_moment(at)},
    )


@transaction.atomic
def unschedule(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Cancel a schedule; the article goes back to approved."""
    article = _lock(article)
    _require_publisher(by, _("Only editors may cancel a schedule."))
    state = article.workflow_state()
    if state == S.APPROVED:
        return Outcome(article, False, _("The article is not scheduled."))
    if state not in UNSCHEDULE_FROM:
        raise _illegal(
            article,
            _(
                "Only a scheduled article can have its schedule cancelled "
                "(this article is: %(state)s)."
            ),
        )
    # Scheduled is published with a future time: there is a time to cancel.
    assert article.published_at is not None
    _move(
        article,
        ArticleStatus.APPROVED,
        by=by,
        action=AuditAction.UNSCHEDULED,
        published_at=None,
        details={"was": article.published_at.isoformat()},
    )
    return Outcome(article, True, _("The schedule is cancelled."))


@transaction.atomic
def unpublish(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Take an article off every reader surface; it keeps text and history."""
    article = _lock(article)
    _require_publisher(by, _("Only editors may unpublish articles."))
    state = article.workflow_state()
    if state == S.UNPUBLISHED:
        return Outcome(article, False, _("The article is already unpublished."))
    if state not in UNPUBLISH_FROM:
        raise _illegal(
            article,
            _(
                "Only a published or scheduled article can be unpublished "
                "(this article is: %(state)s)."
            ),
        )
    _move(
        article,
        ArticleStatus.UNPUBLISHED,
        by=by,
        action=AuditAction.UNPUBLISHED,
        comment=_clean_comment(comment),
    )
    return Outcome(article, True, _("The article is no longer published."))


def sync(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Record that a translation now follows its source's latest revision."""
    return translations.mark_current(translation=article, by=by)


def move_to_trash(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Move an article to the trash (off every reader surface, restorable)."""
    return trash.trash(article=article, by=by)


def restore_from_trash(
    *, article: Article, by: "User", comment: str = "", at: datetime | None = None
) -> Outcome:
    """Bring an article back from the trash, in the state it was in."""
    return trash.untrash(article=article, by=by)


EVERY_STATE = frozenset(WorkflowState)


@dataclass(frozen=True)
class Step:
    """One step: what it does, who may take it, and from where to where."""

    run: Callable[..., Outcome]
    permitted: Callable[[Asker, Article | None], bool]
    # The states it starts from, and where it leads: asked for when the article
    # is already there, it is a repeat (a double click) answered "already done".
    sources: frozenset[WorkflowState]
    targets: frozenset[WorkflowState]
    # The editor's button that saves, then takes this step (None: no button).
    button: str | None = None
    # Whether a brand-new article may take it on its first save.
    from_new: bool = False
    # Whether the editor offers its button by the article's state (the sync
    # button is offered when the translation's source changed instead).
    by_state: bool = True


def _submitter(user: Asker, article: Article | None) -> bool:
    return article is None or article.pk is None or can_submit(user, article)


def _translator(user: Asker, article: Article | None) -> bool:
    # The service checks that the user may edit the translation.
    return article is None or can_edit(user, article)


STEPS: dict[str, Step] = {
    "submit": Step(
        submit, _submitter, frozenset(SUBMIT_FROM), frozenset({S.IN_REVIEW}),
        "_submit", from_new=True,
    ),
    "approve": Step(
        approve, lambda u, a: can_publish(u), frozenset(APPROVE_FROM),
        frozenset({S.APPROVED}), "_approve",
    ),
    "return": Step(
        return_to_draft, lambda u, a: can_publish(u), frozenset(RETURN_FROM),
        frozenset({S.DRAFT}), "_return",
    ),
    "publish": Step(
        publish, lambda u, a: can_publish(u), frozenset(PUBLISH_FROM),
        frozenset({S.PUBLISHED, S.SCHEDULED}), "_publish", from_new=True,
    ),
    "unschedule": Step(
        unschedule, lambda u, a: can_publish(u), frozenset(UNSCHEDULE_FROM),
        frozenset({S.APPROVED}), "_unschedule",
    ),
    "unpublish": Step(
        unpublish, lambda u, a: can_publish(u), frozenset(UNPUBLISH_FROM),
        frozenset({S.UNPUBLISHED}), "_unpublish",
    ),
    "sync": Step(
        sync, _translator, EVERY_STATE, EVERY_STATE, "_sync", by_state=False
    ),
    "trash": Step(
        move_to_trash, lambda u, a: can_trash(u), EVERY_STATE, frozenset()
    ),
    "untrash": Step(
        restore_from_trash, lambda u, a: can_untrash(u), frozenset(), EVERY_STATE
    ),
}  # fmt: skip


def take(
    step: str,
    *,
    article: Article,
    by: "User",
    comment: str = "",
    at: datetime | None = None,
) -> Outcome:
    """Take the named step: the one way the admin and commands dispatch a step."""
    try:
        chosen = STEPS[step]
    except KeyError:
        raise IllegalTransition(_("There is no such step.")) from None
    return chosen.run(article=article, by=by, comment=comment, at=at)


def step_for_button(data: Container[str]) -> str | None:
    """Return the step whose button was pressed in posted form data, if any."""
    return next(
        (name for name, step in STEPS.items() if step.button and step.button in data),
        None,
    )


def is_permitted(user: Asker, step: str, article: Article | None) -> bool:
    """Tell whether the user's role allows a step, whatever the article's state."""
    return STEPS[step].permitted(user, article)


def is_possible(step: str, article: Article | None) -> bool:
    """Tell whether a step is legal from the article's state, or already done."""
    chosen = STEPS[step]
    if article is None or article.pk is None:
        return chosen.from_new
    if article.is_trashed:
        return step == "untrash"
    state = article.workflow_state()
    return state in chosen.sources or state in chosen.targets


def available_steps(user: Asker, article: Article | None) -> list[str]:
    """Return the buttons' steps this user may take now, for the editor's page."""
    if article is None or article.pk is None:
        new, state = True, None
    elif article.is_trashed:
        return []
    else:
        new, state = False, article.workflow_state()
    return [
        name
        for name, step in STEPS.items()
        if step.button
        and step.by_state
        and is_permitted(user, name, article)
        and (step.from_new if new else state in step.sources)
    ]
