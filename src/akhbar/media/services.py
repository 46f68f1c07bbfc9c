"""Writes of story pictures: only by someone who may edit the story."""

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db import transaction

from akhbar.news.images import make_renditions
from akhbar.news.models import Article
from akhbar.news.services import content_changed
from akhbar.newsroom.permissions import can_edit, openable_articles

from .models import Picture, validate_picture_upload

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def may_change_pictures(user: "User", article: Article) -> bool:
    """Return whether this member may add, change or remove the story's pictures."""
    if article.pk is None:
        return can_edit(user, None)
    # The same as changing the article; an article they cannot open is not there.
    openable = openable_articles(user, Article.objects.filter(pk=article.pk))
    return can_edit(user, article) and openable.exists()


@transaction.atomic
def save_picture(*, picture: Picture, by: "User", image_changed: bool) -> Picture:
    """Save a story's picture and, for a new image, its reader renditions."""
    if not may_change_pictures(by, picture.article):
        raise PermissionDenied
    if image_changed:
        validate_picture_upload(picture.image.file)
    picture.save()
    if image_changed or not picture.renditions:
        # After save, so the upload is in storage and the renditions read it there.
        picture.renditions = make_renditions(picture.image)
        picture.save(update_fields=["renditions"])
    article_pk = picture.article_id
    transaction.on_commit(lambda: content_changed(article_pk))
    return picture


@transaction.atomic
def delete_picture(*, picture: Picture, by: "User") -> None:
    """Remove a picture from its story (its marker in the text then shows nothing)."""
    if not may_change_pictures(by, picture.article):
        raise PermissionDenied
    article_pk = picture.article_id
    picture.delete()
    transaction.on_commit(lambda: content_changed(article_pk))
