"""Live coverage (تغطية مباشرة): short, timestamped updates on a published story.

A story is live when a `LiveCoverage` row is attached to its article; the
article itself is published, changed and unpublished only by the workflow.
Updates are rows of their own, so several people post at once without one
overwriting another. Writes go through `akhbar.newsroom.live` (permissions,
the audit log, cache purges); reads start from the querysets here.
"""

import re
from datetime import datetime
from html import unescape

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

# An update is a paragraph or a few: short, so the sanitizer's work stays small.
UPDATE_MAX_LENGTH = 4000
SUMMARY_MAX_LENGTH = 6000
HEADLINE_LENGTH = 110  # what search engines show of a headline
# A reader page shows this many updates; the feed and the JSON-LD fewer.
PAGE_UPDATES = 300


class LiveCoverageQuerySet(models.QuerySet):
    def for_readers(self, *, now: datetime | None = None) -> "LiveCoverageQuerySet":
        """Return the live stories readers may see: their article is published."""
        from akhbar.news.models import Article

        return self.filter(article__in=Article.objects.published(now=now))

    def open(self) -> "LiveCoverageQuerySet":
        return self.filter(ended_at__isnull=True)


class LiveCoverage(models.Model):
    article = models.OneToOneField(
        "news.Article",
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        related_name="live_coverage",
    )
    summary = models.TextField(_("summary"), blank=True)
    # Counts summary saves: an editor's save based on an older one is refused.
    summary_version = models.PositiveIntegerField(default=0, editable=False)
    summary_updated_at = models.DateTimeField(
        _("summary updated"), null=True, blank=True, editable=False
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    objects = LiveCoverageQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("live story")
        verbose_name_plural = _("live coverage")
        default_permissions = ("add", "change", "view")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ended_at__isnull=True)
                | models.Q(ended_at__gte=models.F("started_at")),
                name="live_coverage_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.article.title

    def get_absolute_url(self) -> str:
        return self.article.get_absolute_url()

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


class LiveUpdateQuerySet(models.QuerySet):
    def visible(self) -> "LiveUpdateQuerySet":
        """Return the updates readers see: not removed."""
        return self.filter(removed_at__isnull=True)

    def newest_first(self) -> "LiveUpdateQuerySet":
        return self.order_by("-posted_at", "-id")

    def after(self, update_id: int) -> "LiveUpdateQuerySet":
        """Return the updates posted after one (ids grow with every post)."""
        return self.filter(id__gt=update_id).order_by("id")

    def for_stream(self) -> "LiveUpdateQuerySet":
        return self.select_related("author")


class LiveUpdate(models.Model):
    coverage = models.ForeignKey(
        LiveCoverage,
        verbose_name=_("live story"),
        on_delete=models.CASCADE,
        related_name="updates",
    )
    body = models.TextField(_("update"))
    posted_at = models.DateTimeField(_("posted"), default=timezone.now)
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("posted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The byline readers see: the poster's person, when they have one.
    author = models.ForeignKey(
        "news.Person",
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="live_updates",
    )
    pinned = models.BooleanField(_("pinned"), default=False)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("edited by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    removed_at = models.DateTimeField(_("removed"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("removed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = LiveUpdateQuerySet.as_manager()

    class Meta:
        ordering = ["-posted_at", "-id"]
        verbose_name = _("live update")
        verbose_name_plural = _("live updates")
        permissions = [("pin_liveupdate", "Can pin a live update")]
        constraints = [
            models.UniqueConstraint(
                fields=["coverage"],
                condition=models.Q(pinned=True),
                name="one_pinned_update_per_story",
            ),
            models.CheckConstraint(
                condition=models.Q(pinned=False) | models.Q(removed_at__isnull=True),
                name="removed_update_is_not_pinned",
            ),
        ]
        indexes = [
            models.Index(fields=["coverage", "posted_at"], name="live_update_stream"),
        ]

    def __str__(self) -> str:
        return self.headline

    def get_absolute_url(self) -> str:
        return f"{self.coverage.article.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"update-{self.pk}"

    @property
    def text(self) -> str:
        """Return the update as plain text on one line."""
        return " ".join(unescape(strip_tags(re.sub(r"<", " <", self.body))).split())

    @property
    def headline(self) -> str:
        text = self.text
        if len(text) <= HEADLINE_LENGTH:
            return text
        return text[: HEADLINE_LENGTH - 1].rsplit(" ", 1)[0] + "…"
