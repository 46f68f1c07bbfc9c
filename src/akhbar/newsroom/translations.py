"""Translations: a linked draft in another language, and whether it is stale.

A translation starts as a copy of its source (text to translate over, with the
source shown beside it) in the same translation group, so the reader site's
language switch and hreflang links find it once it is published. Its link keeps
the source revision it was made from: when the source gets a newer revision
the translation is stale, and the translator sees the difference. Nothing is
written to the translation itself, so its readers see nothing change.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, OuterRef, QuerySet, Subquery
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from akhbar.news import services
from akhbar.news.models import Article

from . import audit
from .diff import FieldDiff, compare_content
from .errors import IllegalTransition, NotAllowed, Outcome, WorkflowError
from .models import AuditAction, Revision, RevisionReason, TranslationLink
from .permissions import can_edit, can_translate, visible_articles
from .revisions import TEXT_FIELDS, ensure_baseline, latest_revision, record_revision

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def language_name(code: str) -> str:
    """Return a language's name in the language of the page."""
    try:
        name: str = get_language_info(code)["name_translated"]
        return name
    except KeyError:
        return dict(settings.LANGUAGES).get(code, code)


@transaction.atomic
def translate_into(*, source: Article, language: str, by: "User") -> Outcome:
    """Start a translation of `source` into `language`, or open the one there is."""
    if not can_translate(by):
        raise NotAllowed(_("You may not start translations."))
    if not visible_articles(by, Article.objects.filter(pk=source.pk)).exists():
        raise NotAllowed(_("You may not start translations."))
    source = Article.objects.select_for_update().get(pk=source.pk)
    if language not in dict(settings.LANGUAGES):
        raise WorkflowError(_("This site has no such language."))
    name = language_name(language)
    if language == source.language:
        raise WorkflowError(
            _("The article is already in %(language)s.") % {"language": name}
        )
    if source.is_trashed:
        raise IllegalTransition(
            _("The article is in the trash; restore it before changing it.")
        )
    existing = Article.objects.filter(
        translation_group=source.translation_group, language=language
    ).first()
    if existing is not None:
        if existing.is_trashed:
            raise WorkflowError(
                _(
                    "The version in %(language)s is in the trash: an admin can "
                    "restore it from there."
                )
                % {"language": name}
            )
        # A second click, or someone was quicker: open the version there is.
        return Outcome(
            existing,
            False,
            _("There is already a version in %(language)s; here it is.")
            % {"language": name},
        )
    ensure_baseline(source)
    draft = Article(
        title=source.title,
        label=source.label,
        summary=source.summary,
        body=source.body,
        language=language,
        section=source.section,
        editor=source.editor,
        translation_group=source.translation_group,
        lead_image=source.lead_image.name,
        lead_image_renditions=source.lead_image_renditions,
        lead_image_caption=source.lead_image_caption,
        lead_image_credit=source.lead_image_credit,
        embargo_until=source.embargo_until,
    )
    try:
        services.save_article(article=draft, by=by)
    except ValidationError as error:
        # A source stored before today's limits (too long once cleaned, say).
        raise WorkflowError(" ".join(error.messages)) from error
    draft.tags.set(source.tags.all())
    services.set_byline(article=draft, people=source.byline)
    record_revision(article=draft, by=by, reason=RevisionReason.TRANSLATION)
    TranslationLink.objects.create(
        translation=draft, source=source, source_revision=latest_revision(source)
    )
    audit.record(
        action=AuditAction.TRANSLATION_STARTED,
        by=by,
        article=draft,
        details={"source": source.pk, "language": language},
    )
    return Outcome(
        draft,
        True,
        _(
            "A draft in %(language)s is ready: translate over the copied text, "
            "with the source beside it."
        )
        % {"language": name},
    )


@dataclass
class Staleness:
    """How a translation's source changed since the translation was made."""

    link: TranslationLink
    since: Revision | None
    latest: Revision
    fields: list[FieldDiff]


def link_of(article: Article) -> TranslationLink | None:
    return (
        TranslationLink.objects.select_related("source", "source_revision")
        .filter(translation=article)
        .first()
    )


def staleness(article: Article) -> Staleness | None:
    """Return what changed in the source since this translation, or None."""
    link = link_of(article)
    if link is None or link.source is None:
        return None
    latest = latest_revision(link.source)
    since = link.source_revision
    if latest is None or (since is not None and latest.number <= since.number):
        return None
    old = since.content() if since else {}
    # The labels are lazy strings, rendered in the page's language; diff.py
    # (not type-checked yet) declares them as str.
    fields = compare_content(old, latest.content(), TEXT_FIELDS)  # type: ignore[arg-type]
    return Staleness(link, since, latest, fields)


@transaction.atomic
def mark_current(*, translation: Article, by: "User") -> Outcome:
    """Record that a translation now follows its source's latest revision."""
    translation = Article.objects.select_for_update().get(pk=translation.pk)
    if not (can_translate(by) and can_edit(by, translation)):
        raise NotAllowed(_("You may not edit this translation."))
    link = link_of(translation)
    if link is None or link.source is None:
        raise WorkflowError(_("This article was not started as a translation here."))
    latest = latest_revision(link.source)
    if latest is None or link.source_revision_id == latest.pk:
        return Outcome(translation, False, _("The translation is already up to date."))
    previous = link.source_revision.number if link.source_revision else None
    link.source_revision = latest
    link.save(update_fields=["source_revision"])
    audit.record(
        action=AuditAction.TRANSLATION_CURRENT,
        by=by,
        article=translation,
        details={"source": link.source_id, "from": previous, "to": latest.number},
    )
    return Outcome(
        translation, True, _("The translation is marked as up to date with its source.")
    )


def stale_links() -> QuerySet[TranslationLink]:
    """Return links whose source has a revision newer than the translation's."""
    newest = Revision.objects.filter(article=OuterRef("source")).order_by("-number")
    return (
        TranslationLink.objects.filter(
            translation__deleted_at__isnull=True, source__isnull=False
        )
        .annotate(source_latest=Subquery(newest.values("number")[:1]))
        .filter(source_latest__gt=F("source_revision__number"))
    )
