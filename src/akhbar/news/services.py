"""Content writes: an article's text and derived fields, names, people, notes.

No function here changes an article's state (draft, in review, published...):
that is the newsroom's workflow (`akhbar.newsroom.workflow`), the one door for
it. These save in one transaction and, after commit, hand the side effects
(cache purge, search index) to durable tasks.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.module_loading import import_string
from django.utils.text import slugify

from .conf import content_tasks
from .images import make_renditions
from .models import (
    Article,
    ArticleNote,
    Byline,
    Person,
    Section,
    Tag,
)
from .rules import check_embargo
from .sanitize import plain_text, sanitize_body

if TYPE_CHECKING:
    from django.contrib.auth.models import User

MAX_SLUG_LENGTH = 120
PERSON_PHOTO_WIDTHS = [160, 320]


def slug_for(title: str) -> str:
    """Return a unicode slug for a title: Arabic titles give Arabic slugs."""
    slug = slugify(title, allow_unicode=True)
    if len(slug) > MAX_SLUG_LENGTH:
        # Cut at a word boundary so the slug does not end in half a word.
        slug = slug[: MAX_SLUG_LENGTH + 1].rsplit("-", 1)[0]
    return slug.strip("-") or "article"


def prepare_article(article: Article) -> Article:
    """Fill the derived fields of an article before it is saved.

    Raises ValidationError on the body when the sanitizer refuses it (too long,
    before or after cleaning, or too deeply nested).
    """
    try:
        article.body = sanitize_body(article.body)
    except ValidationError as error:
        raise ValidationError({"body": error.error_list}) from error
    check_embargo(article)
    if not article.slug:
        article.slug = slug_for(article.title)
    article.word_count = len(plain_text(article.body).split())
    return article


def refresh_lead_image(article: Article) -> None:
    """Make the reader renditions of the lead image, or forget stale ones."""
    article.lead_image_renditions = (
        make_renditions(article.lead_image) if article.lead_image else {}
    )


@transaction.atomic
def save_article(
    *, article: Article, by: "User | None" = None, image_changed: bool = False
) -> Article:
    """Save an article (new or edited) with its derived fields."""
    if article.pk is None and by is not None and article.created_by_id is None:
        article.created_by = by
    prepare_article(article)
    article.save()
    if image_changed or (article.lead_image and not article.lead_image_renditions):
        # After save, so the upload is in storage and the renditions read it there.
        refresh_lead_image(article)
        article.save(update_fields=["lead_image_renditions"])
    transaction.on_commit(lambda: content_changed(article.pk))
    return article


@transaction.atomic
def add_note(
    *, article: Article, kind: str, text: str, by: "User | None" = None
) -> ArticleNote:
    """Add a correction or update note; the article counts as updated now."""
    note = ArticleNote.objects.create(
        article=article, kind=kind, text=text, created_by=by
    )
    article.noted_at = note.created_at
    article.save(update_fields=["noted_at", "updated_at"])
    transaction.on_commit(lambda: content_changed(article.pk))
    return note


@transaction.atomic
def set_byline(*, article: Article, people: Iterable[Person]) -> None:
    """Credit these people as the article's authors, in this order.

    A person named twice is credited once, at the first place.
    """
    ordered = list(dict.fromkeys(people))
    Byline.objects.filter(article=article).delete()
    Byline.objects.bulk_create(
        Byline(article=article, person=person, position=place)
        for place, person in enumerate(ordered)
    )


@transaction.atomic
def tidy_byline(*, article: Article) -> None:
    """Number an article's authors 0, 1, 2… in their order (position, then id)."""
    bylines = list(Byline.objects.filter(article=article).order_by("position", "id"))
    for place, byline in enumerate(bylines):
        byline.position = place
    Byline.objects.bulk_update(bylines, ["position"])


@transaction.atomic
def save_person(*, person: Person, photo_changed: bool = False) -> Person:
    """Save a person; a new photo is re-encoded into small renditions."""
    person.save()
    if photo_changed or (person.photo and not person.photo_renditions):
        person.photo_renditions = (
            make_renditions(person.photo, PERSON_PHOTO_WIDTHS) if person.photo else {}
        )
        person.save(update_fields=["photo_renditions"])
    transaction.on_commit(lambda: content_changed(None))
    return person


@transaction.atomic
def save_names(obj: Section | Tag) -> Section | Tag:
    """Save a section or tag: reader pages show its name, so they refresh."""
    obj.save()
    transaction.on_commit(lambda: content_changed(None))
    return obj


@transaction.atomic
def delete_names(objects: Iterable[Section | Tag | Person]) -> None:
    """Delete sections, tags or people; pages that named them are refreshed."""
    for obj in objects:
        obj.delete()
    transaction.on_commit(lambda: content_changed(None))


def content_changed(article_pk: int | None) -> None:
    """Enqueue the durable tasks that follow a change of reader content.

    The tasks are named by the AKHBAR_CONTENT_TASKS setting, so the edges
    (search index, cache) hang on the core without the core importing them.
    Each takes the changed article's id (None when a person or section changed)
    and reads the article's state when it runs, so a late run is harmless.

    A scheduled article becomes visible by itself (published() compares times);
    the same tasks are queued again for that moment so caches and the search
    index follow it then, on backends that can defer (the database one can).
    """
    tasks = [import_string(task_path) for task_path in content_tasks()]
    for task in tasks:
        task.enqueue(article_pk)
    due = scheduled_time(article_pk)
    if due is None:
        return
    for task in tasks:
        if task.get_backend().supports_defer:
            task.using(run_after=due).enqueue(article_pk)


def content_changes_at(moments: Iterable[datetime]) -> None:
    """Queue the content tasks again for future moments when pages change by
    themselves (a breaking alert starting or ending), on backends that defer."""
    from django.utils import timezone

    now = timezone.now()
    later = sorted({moment for moment in moments if moment > now})
    for task_path in content_tasks():
        task = import_string(task_path)
        if not task.get_backend().supports_defer:
            continue
        for moment in later:
            task.using(run_after=moment).enqueue(None)


def scheduled_time(article_pk: int | None) -> datetime | None:
    """Return when a scheduled article goes live, or None if it is not scheduled."""
    if article_pk is None:
        return None
    return (
        Article.objects.scheduled()
        .filter(pk=article_pk)
        .values_list("published_at", flat=True)
        .first()
    )
