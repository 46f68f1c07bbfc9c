"""The newsroom's own records: revisions, the audit log, translation links."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from akhbar.news.models import Article, ArticleStatus


class RevisionReason(models.TextChoices):
    ORIGINAL = "original", _("As it was before the first newsroom edit")
    CREATED = "created", _("Created")
    EDITED = "edited", _("Edited")
    RESTORED = "restored", _("Restored an earlier revision")
    TRANSLATION = "translation", _("Started as a translation")


class Revision(models.Model):
    """The text and placement of an article after one save, kept for good."""

    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="revisions",
    )
    number = models.PositiveIntegerField(_("number"))
    reason = models.CharField(
        _("reason"),
        max_length=20,
        choices=RevisionReason,
        default=RevisionReason.EDITED,
    )
    restored_from = models.PositiveIntegerField(
        _("restored from"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saved by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    # Placement and credits (section, tags, people, captions): restored with the
    # text, compared to tell whether anything changed.
    data = models.JSONField(_("other fields"), default=dict, blank=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "number"], name="one_revision_number_per_article"
            )
        ]

    def __str__(self) -> str:
        return f"{self.article_id} #{self.number}"

    def content(self) -> dict:
        return {
            "title": self.title,
            "summary": self.summary,
            "body": self.body,
            "data": self.data,
        }


class AuditAction(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted for review")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Sent back to draft")
    SCHEDULED = "scheduled", _("Scheduled")
    UNSCHEDULED = "unscheduled", _("Schedule cancelled")
    PUBLISHED = "published", _("Published")
    UNPUBLISHED = "unpublished", _("Unpublished")
    NOTE_ADDED = "note_added", _("Correction or update note added")
    REVISION_RESTORED = "revision_restored", _("Revision restored")
    TRANSLATION_STARTED = "translation_started", _("Translation started")
    TRANSLATION_CURRENT = "translation_current", _("Translation brought up to date")
    TRASHED = "trashed", _("Moved to the trash")
    UNTRASHED = "untrashed", _("Restored from the trash")
    PURGED = "purged", _("Deleted for good")
    BREAKING_ADDED = "breaking_added", _("Breaking news alert added")
    BREAKING_CHANGED = "breaking_changed", _("Breaking news alert changed")
    BREAKING_REMOVED = "breaking_removed", _("Breaking news alert removed")
    FRONT_PUBLISHED = "front_published", _("Front page published")
    LIVE_STARTED = "live_started", _("Live coverage started")
    LIVE_POSTED = "live_posted", _("Live update posted")
    LIVE_EDITED = "live_edited", _("Live update corrected")
    LIVE_REMOVED = "live_removed", _("Live update removed")
    LIVE_PINNED = "live_pinned", _("Live update pinned")
    LIVE_UNPINNED = "live_unpinned", _("Live update unpinned")
    LIVE_SUMMARY = "live_summary", _("Live coverage summary changed")
    LIVE_CLOSED = "live_closed", _("Live coverage closed")


class AuditQuerySet(models.QuerySet):
    """Rows are only ever added: bulk updates and deletes are refused here, and
    the database refuses updates too (a trigger, see the migration)."""

    def update(self, **kwargs):
        raise PermissionDenied("The audit log is append-only.")

    def delete(self):
        raise PermissionDenied("The audit log is append-only.")


class AuditEntry(models.Model):
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    # Not real foreign keys: a purged article or a deleted user must not change
    # (or delete) the record of what they did. The names are kept as they were.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_name = models.CharField(_("who"), max_length=150, blank=True)
    action = models.CharField(_("what"), max_length=30, choices=AuditAction)
    article_id = models.BigIntegerField(_("article id"), null=True, db_index=True)
    article_title = models.CharField(_("article"), max_length=300, blank=True)
    from_status = models.CharField(
        _("from"), max_length=20, choices=ArticleStatus, blank=True
    )
    to_status = models.CharField(
        _("to"), max_length=20, choices=ArticleStatus, blank=True
    )
    comment = models.TextField(_("comment"), blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionDenied("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("The audit log is append-only.")


class TranslationLink(models.Model):
    """Which article, at which revision, a translation was made from.

    The translation is stale when its source has a newer revision: nothing is
    written to the translation, so readers of it see nothing change.
    """

    translation = models.OneToOneField(
        Article,
        verbose_name=_("translation"),
        on_delete=models.CASCADE,
        related_name="translation_link",
    )
    source = models.ForeignKey(
        Article,
        verbose_name=_("source"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="translation_links",
    )
    source_revision = models.ForeignKey(
        Revision,
        verbose_name=_("source revision"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("translation link")
        verbose_name_plural = _("translation links")

    def __str__(self) -> str:
        return f"{self.source_id} → {self.translation_id}"


class Autosave(models.Model):
    """The text a writer had on screen, kept every few seconds; not a revision.

    One per writer and article, or per writer for an article not saved yet.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("writer"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=300, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    saved_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        verbose_name = _("autosaved draft")
        verbose_name_plural = _("autosaved drafts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "article"], name="one_autosave_per_writer_and_article"
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(article__isnull=True),
                name="one_new_article_autosave_per_writer",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.article_id or '—'}"
