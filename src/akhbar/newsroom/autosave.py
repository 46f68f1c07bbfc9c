"""Autosaved drafts: the editor's text kept as it is typed, apart from revisions.

Saving here never touches the article or its revisions; a real save (or
discarding) removes the copy.
"""

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from akhbar.news.models import Article
from akhbar.news.sanitize import BODY_MAX_LENGTH, sanitize_body
from akhbar.text.controls import strip_bidi_controls

from .models import Autosave
from .permissions import can_edit, openable_articles

if TYPE_CHECKING:
    from django.contrib.auth.models import User

LIMITS = {
    "title": Autosave._meta.get_field("title").max_length,
    "summary": Article._meta.get_field("summary").max_length,
    "body": BODY_MAX_LENGTH,
}
# The endpoint refuses larger posts before reading them.
MAX_REQUEST_BYTES = 4 * (sum(LIMITS.values()) + 1024)


def _article_for(user: "User", article_id: int | None) -> Article | None:
    """Return the article the user may edit, None for a new one; raise otherwise."""
    if article_id is None:
        if not user.has_perm("news.add_article"):
            raise PermissionDenied
        return None
    articles = openable_articles(user, Article.objects.not_trashed())
    found = articles.filter(pk=article_id).first()
    if found is None:
        raise Article.DoesNotExist
    if not can_edit(user, found):
        raise PermissionDenied
    return found


def save_autosave(
    *, user: "User", article_id: int | None, title: str, summary: str, body: str
) -> Autosave:
    """Keep the writer's current text of an article (or of a new one)."""
    article = _article_for(user, article_id)
    values = {"title": title, "summary": summary, "body": body}
    for field, value in values.items():
        if len(value) > LIMITS[field]:
            raise ValidationError(
                _("Too long to autosave: the %(field)s.")
                % {"field": Autosave._meta.get_field(field).verbose_name}
            )
    values["title"] = strip_bidi_controls(title)
    values["body"] = sanitize_body(body)
    autosave, _created = Autosave.objects.update_or_create(
        user=user,
        article=article,
        defaults={**values, "saved_at": timezone.now()},
    )
    return autosave


def discard(*, user: "User", article_id: int | None) -> None:
    """Forget the writer's autosaved copy of an article (or of a new one)."""
    Autosave.objects.filter(user=user, article_id=article_id).delete()


def newer_copy(*, user: "User", article: Article | None) -> Autosave | None:
    """Return the writer's autosaved copy when it differs from what is stored."""
    article_id = article.pk if article is not None and article.pk else None
    autosave = Autosave.objects.filter(user=user, article_id=article_id).first()
    if autosave is None:
        return None
    if article_id is None:
        return autosave if (autosave.title or autosave.body) else None
    stored = (article.title, article.summary, article.body)
    if (autosave.title, autosave.summary, autosave.body) == stored:
        return None
    if article.updated_at and article.updated_at > autosave.saved_at:
        return None  # saved since (here or elsewhere): the copy is older
    return autosave
