"""The rules of publication, in one field-keyed validator.

The newsroom's form calls it to put each error beside its field; the workflow
calls it before an article goes live; the database constraint
`published_after_embargo` is the last guard behind both.
"""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Article, ArticleStatus, WorkflowState
from .sanitize import plain_text


def format_moment(moment: datetime) -> str:
    """Return a time as editors read it: local, with the date."""
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def going_live_at(
    article: Article, at: datetime | None, *, now: datetime | None = None
) -> datetime:
    """Return when publishing makes the article appear.

    `at` if it is still to come (a schedule), else now; an article taken down
    and put back without a chosen time keeps its first publication time.
    """
    now = now or timezone.now()
    if at is not None and at > now:
        return at
    if at is None and article.status == ArticleStatus.UNPUBLISHED:
        return article.published_at or now
    return now


def check_embargo(article: Article) -> None:
    """Refuse an embargo that would end after a live or scheduled article appears."""
    embargo, published_at = article.embargo_until, article.published_at
    if article.status != ArticleStatus.PUBLISHED or not (embargo and published_at):
        return
    if embargo > published_at:
        raise ValidationError(
            {
                "embargo_until": _(
                    "The embargo would end after the article’s publish time "
                    "(%(time)s). Change the schedule first (Unpublish, then "
                    "schedule again), or remove the embargo."
                )
                % {"time": format_moment(published_at)}
            }
        )


def check_publication(
    article: Article, *, at: datetime | None = None, now: datetime | None = None
) -> None:
    """Refuse to let an article appear at `at` (None: now), field by field.

    It needs a title and a body; nothing appears before its embargo ends; a live
    article is not scheduled again (it is unpublished first).
    """
    now = now or timezone.now()
    moment = going_live_at(article, at, now=now)
    scheduling = moment > now
    errors = {}
    if not article.title.strip():
        errors["title"] = _("An article needs a title before it is published.")
    if not plain_text(article.body):
        errors["body"] = _("An article needs a body before it is published.")
    if scheduling and article.workflow_state(now) == WorkflowState.PUBLISHED:
        errors["published_at"] = _(
            "The article is live already: unpublish it before scheduling it again."
        )
    elif article.embargo_until and moment < article.embargo_until:
        if scheduling:
            errors["published_at"] = _(
                "The embargo (until %(embargo)s) ends after this time. Schedule "
                "the article for the end of the embargo or later."
            ) % {"embargo": format_moment(article.embargo_until)}
        else:
            errors["embargo_until"] = _(
                "The article is under embargo until %(time)s: it cannot appear "
                "before then. Schedule it for that time or later."
            ) % {"time": format_moment(article.embargo_until)}
    if errors:
        raise ValidationError(errors)
