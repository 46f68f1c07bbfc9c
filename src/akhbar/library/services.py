"""Writes: save and unsave articles, follow and unfollow sections and tags.

Each is idempotent, so a double-clicked button or a re-sent form lands in the
same state instead of failing or toggling back.
"""

from django.db import transaction

from akhbar.news.models import Article, Section, Tag

from .models import Bookmark, Follow
from .querysets import target_field


class NotVisible(Exception):
    """The article is not published and due, so readers may not save it."""


@transaction.atomic
def add_bookmark(*, user, article: Article) -> Bookmark:
    """Save an article for a reader to read later (no-op when already saved)."""
    # The rule lives in news: a draft or scheduled article must stay unseen.
    if not Article.objects.published().filter(pk=article.pk).exists():
        raise NotVisible(article.pk)
    bookmark, _created = Bookmark.objects.get_or_create(user=user, article=article)
    return bookmark


@transaction.atomic
def remove_bookmark(*, user, article: Article) -> bool:
    """Remove an article from a reader's saved list; tell whether it was there."""
    deleted, _rows = Bookmark.objects.of(user).filter(article=article).delete()
    return bool(deleted)


@transaction.atomic
def follow(*, user, target: Section | Tag) -> Follow:
    """Follow a section or a tag (no-op when already followed)."""
    row, _created = Follow.objects.get_or_create(
        user=user, **{target_field(target): target}
    )
    return row


@transaction.atomic
def unfollow(*, user, target: Section | Tag) -> bool:
    """Stop following a section or a tag; tell whether it was followed."""
    deleted, _rows = (
        Follow.objects.of(user).filter(**{target_field(target): target}).delete()
    )
    return bool(deleted)
