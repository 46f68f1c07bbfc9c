"""Every save keeps a revision; edits made from an old version are conflicts.

An article's version is the number of its latest revision (`Article.version`
keeps a copy for lists; the revisions table is the truth, so a stale instance
saved elsewhere cannot turn the clock back). The editor posts the version it
started from; if the article has a newer revision by then, the save is refused
with what changed (optimistic concurrency, no locks held while someone types).
"""

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from akhbar.news import services
from akhbar.news.models import Article, Person, Section, Tag

from . import audit
from .errors import EditConflict, NotAllowed, Outcome, WorkflowError
from .models import AuditAction, Revision, RevisionReason
from .permissions import can_edit

if TYPE_CHECKING:
    from django.contrib.auth.models import User

TEXT_FIELDS = {
    "title": gettext_lazy("Title"),
    "summary": gettext_lazy("Summary"),
    "body": gettext_lazy("Body"),
}
DATA_LABELS = {
    "label": gettext_lazy("label"),
    "slug": gettext_lazy("slug"),
    "section": gettext_lazy("section"),
    "editor": gettext_lazy("editor"),
    "tags": gettext_lazy("tags"),
    "authors": gettext_lazy("authors"),
    "lead_image": gettext_lazy("lead image"),
    "lead_image_caption": gettext_lazy("image caption"),
    "lead_image_credit": gettext_lazy("image credit"),
    "embargo_until": gettext_lazy("embargo until"),
}


def snapshot(article: Article) -> dict[str, Any]:
    """Return what a revision keeps of an article: its text and placement."""
    return {
        "title": article.title,
        "summary": article.summary,
        "body": article.body,
        "data": {
            "label": article.label,
            "slug": article.slug,
            "section": article.section_id,
            "editor": article.editor_id,
            "tags": sorted(article.tags.values_list("pk", flat=True)),
            "authors": [person.pk for person in article.byline],  # in byline order
            "lead_image": article.lead_image.name or "",
            "lead_image_caption": article.lead_image_caption,
            "lead_image_credit": article.lead_image_credit,
            "embargo_until": (
                article.embargo_until.isoformat() if article.embargo_until else None
            ),
        },
    }


def latest_revision(article: Article) -> Revision | None:
    return article.revisions.order_by("-number").first()


def current_version(article: Article) -> int:
    """Return the number of the article's latest revision (0 before the first)."""
    if article.pk is None:
        return 0
    latest = Revision.objects.filter(article_id=article.pk).aggregate(
        number=Max("number")
    )["number"]
    return latest or 0


def revision_at(article: Article, version: int | None) -> Revision | None:
    """Return the revision an edit started from, given the version it posted.

    Version 0 is the article before its first newsroom save: the "original"
    revision kept by that save, if there is one.
    """
    if article.pk is None or version is None:
        return None
    found = article.revisions.filter(number__lte=version).order_by("-number").first()
    if found is None and version == 0:
        found = article.revisions.filter(
            number=1, reason=RevisionReason.ORIGINAL
        ).first()
    return found


def _add_revision(
    article: Article,
    content: dict[str, Any],
    *,
    by: "User | None",
    reason: str,
    restored_from: int | None = None,
    at: datetime | None = None,
) -> Revision:
    revision = Revision.objects.create(
        article=article,
        number=current_version(article) + 1,
        reason=reason,
        restored_from=restored_from,
        created_at=at or timezone.now(),
        created_by=by,
        **content,
    )
    Article.objects.filter(pk=article.pk).update(version=revision.number)
    article.version = revision.number
    return revision


@transaction.atomic
def ensure_baseline(article: Article) -> Revision | None:
    """Keep an article's content as it was before its first newsroom edit.

    Articles loaded by the demo or an importer have no revision yet; their
    first edit must not lose the text they started with.
    """
    if article.pk is None or current_version(article):
        return None
    stored = Article.objects.get(pk=article.pk)
    return _add_revision(
        article,
        snapshot(stored),
        by=stored.created_by,
        reason=RevisionReason.ORIGINAL,
        at=stored.updated_at,
    )


@transaction.atomic
def record_revision(
    *,
    article: Article,
    by: "User | None",
    reason: str = RevisionReason.EDITED,
    restored_from: int | None = None,
) -> Revision | None:
    """Keep the article's current content as a revision, unless nothing changed."""
    Article.objects.select_for_update().filter(pk=article.pk).first()
    content = snapshot(article)
    latest = latest_revision(article)
    if latest is not None and latest.content() == content:
        return None
    if latest is None:
        reason = RevisionReason.CREATED if reason == RevisionReason.EDITED else reason
    return _add_revision(
        article, content, by=by, reason=reason, restored_from=restored_from
    )


def check_version(article: Article, expected_version: int | None) -> None:
    """Refuse an edit that started from an older version than the stored one."""
    if expected_version is None or article.pk is None:
        return
    if current_version(article) == expected_version:
        return
    raise conflict(article, since=expected_version)


def conflict(article: Article, *, since: int) -> EditConflict:
    newer = list(
        article.revisions.filter(number__gt=since)
        .exclude(reason=RevisionReason.ORIGINAL)
        .select_related("created_by")
        .order_by("number")
    )
    names = sorted(
        {r.created_by.get_username() for r in newer if r.created_by} or {"—"}
    )
    return EditConflict(
        _(
            "This article was changed by %(names)s while you were editing it "
            "(version %(yours)d, now %(current)d). Your changes are not saved yet: "
            "compare them with what changed below, then save again to replace "
            "that version with yours, or reload the page to start from it."
        )
        % {
            "names": "، ".join(names),
            "yours": since,
            "current": newer[-1].number if newer else since,
        },
        article=article,
        since=since,
        revisions=newer,
    )


@transaction.atomic
def save_edit(
    *,
    article: Article,
    by: "User",
    expected_version: int | None,
    image_changed: bool = False,
) -> Article:
    """Save an edit made from `expected_version`; a newer version is a conflict.

    The revision is recorded by `record_revision` once the many-to-many fields
    (tags, authors) are saved too.
    """
    if not can_edit(by, article if article.pk else None):
        raise NotAllowed(_("You may not edit this article."))
    if article.pk is not None:
        Article.objects.select_for_update().filter(pk=article.pk).first()
        check_version(article, expected_version)
        ensure_baseline(article)
    return services.save_article(article=article, by=by, image_changed=image_changed)


@transaction.atomic
def restore_revision(
    *,
    article: Article,
    number: int,
    by: "User",
    expected_version: int | None = None,
) -> Outcome:
    """Make an earlier revision's text and placement the article's current ones."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    if not can_edit(by, article):
        raise NotAllowed(_("You may not edit this article."))
    revision = article.revisions.filter(number=number).first()
    if revision is None:
        raise EditConflict(
            _("There is no revision %(number)d of this article.") % {"number": number},
            article=article,
            since=article.version,
        )
    latest = latest_revision(article)
    if latest is not None and latest.content() == revision.content():
        # A double-posted restore, or one that changes nothing.
        return Outcome(
            article,
            False,
            _("The article already reads as revision %(number)d.") % {"number": number},
        )
    check_version(article, expected_version)
    _apply(article, revision)
    try:
        services.save_article(article=article, by=by)
    except ValidationError as error:
        # A revision kept before today's limits (too long once cleaned, say).
        raise WorkflowError(" ".join(error.messages)) from error
    new = record_revision(
        article=article, by=by, reason=RevisionReason.RESTORED, restored_from=number
    )
    audit.record(
        action=AuditAction.REVISION_RESTORED,
        by=by,
        article=article,
        details={"restored": number, "revision": new.number if new else None},
    )
    return Outcome(
        article,
        True,
        _("Revision %(number)d is restored (as revision %(new)d).")
        % {"number": number, "new": new.number if new else article.version},
    )


def _apply(article: Article, revision: Revision) -> None:
    """Copy a revision onto the article; people or tags deleted since are skipped."""
    article.title, article.summary, article.body = (
        revision.title,
        revision.summary,
        revision.body,
    )
    data: Any = revision.data or {}  # JSON, as kept
    # Revisions from before labels existed had none.
    article.label = data.get("label", "")
    article.slug = data.get("slug") or article.slug
    if Section.objects.filter(pk=data.get("section")).exists():
        article.section_id = data["section"]
    article.editor = Person.objects.filter(pk=data.get("editor")).first()
    article.lead_image_caption = data.get("lead_image_caption", "")
    article.lead_image_credit = data.get("lead_image_credit", "")
    article.tags.set(Tag.objects.filter(pk__in=data.get("tags", [])))
    # In the order kept; revisions from before bylines kept them by id.
    people = Person.objects.in_bulk(data.get("authors", []))
    services.set_byline(
        article=article,
        people=[people[pk] for pk in data.get("authors", []) if pk in people],
    )
