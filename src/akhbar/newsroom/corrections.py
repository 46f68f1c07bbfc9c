"""Corrections and update notes: added by editors after publication, shown to
readers under the article with the time of the update."""

from typing import TYPE_CHECKING, cast

from django.db import transaction
from django.utils.translation import gettext as _

from akhbar.news import services
from akhbar.news.models import Article, ArticleNote, NoteKind

from . import audit
from .errors import IllegalTransition, NotAllowed, Outcome, WorkflowError
from .models import AuditAction
from .permissions import can_add_note

if TYPE_CHECKING:
    from django.contrib.auth.models import User

# The field sets one (a field's max_length may be None in general).
NOTE_MAX_LENGTH = cast(int, ArticleNote._meta.get_field("text").max_length)


@transaction.atomic
def add_note(*, article: Article, by: "User", kind: str, text: str) -> Outcome:
    """Add a correction or an update note to a published article."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    if not can_add_note(by):
        raise NotAllowed(_("Only editors may add corrections and update notes."))
    if article.is_trashed:
        raise IllegalTransition(
            _("The article is in the trash; restore it before changing it.")
        )
    if not Article.objects.published().filter(pk=article.pk).exists():
        raise IllegalTransition(
            _(
                "Corrections and update notes are for articles readers can see; "
                "before publication, edit the text instead."
            )
        )
    if kind not in NoteKind.values:
        raise WorkflowError(_("Choose whether the note is a correction or an update."))
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Write the note readers will see."))
    if len(text) > NOTE_MAX_LENGTH:
        raise WorkflowError(
            _("The note is too long (at most %(limit)d characters).")
            % {"limit": NOTE_MAX_LENGTH}
        )
    if article.notes.filter(kind=kind, text=text).exists():
        # The same note posted twice (a double click) is added once.
        return Outcome(article, False, _("This note is already on the article."))
    note = services.add_note(article=article, kind=kind, text=text, by=by)
    audit.record(
        action=AuditAction.NOTE_ADDED,
        by=by,
        article=article,
        comment=text,
        details={"kind": kind, "note": note.pk},
    )
    return Outcome(
        article, True, _("The note is added; readers see it under the article.")
    )
