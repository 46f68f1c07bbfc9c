"""Breaking news (عاجل): a one-line alert shown in a bar on every reader page.

An alert is for one language, from `starts_at` until `ends_at`; it may point to
a story, and then shows only while that story is published. Writes go through
`akhbar.newsroom.breaking` (the audit log and the cache purges live there).
"""

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from akhbar.text.controls import strip_bidi_controls

from .languages import language_choices

ALERT_MAX_LENGTH = 200
DEFAULT_DURATION = timedelta(hours=1)


def one_line(text: str) -> str:
    """Return plain text on one line: no bidi controls, runs of spaces as one."""
    return " ".join(strip_bidi_controls(text).split())


def default_end() -> datetime:
    return timezone.now() + DEFAULT_DURATION


class BreakingAlertQuerySet(models.QuerySet):
    def showing(
        self, language: str | None, *, now: datetime | None = None
    ) -> "BreakingAlertQuerySet":
        """Return the alerts readers of a language (None: any) see now."""
        from .models import Article

        now = now or timezone.now()
        alerts = self if language is None else self.filter(language=language)
        return (
            alerts.filter(starts_at__lte=now, ends_at__gt=now)
            .filter(
                models.Q(article__isnull=True)
                | models.Q(article__in=Article.objects.published(now=now))
            )
            .select_related("article")
            .order_by("-starts_at", "-id")
        )

    def next_change(
        self, language: str | None, *, now: datetime | None = None
    ) -> datetime | None:
        """Return the next moment an alert of a language starts or ends, or None.

        Cached reader pages live no longer than this, so the bar comes and goes
        by itself on time, without a purge.
        """
        now = now or timezone.now()
        alerts = self if language is None else self.filter(language=language)
        moments = alerts.filter(ends_at__gt=now).aggregate(
            start=models.Min("starts_at", filter=models.Q(starts_at__gt=now)),
            end=models.Min("ends_at"),
        )
        future = [moment for moment in moments.values() if moment is not None]
        return min(future, default=None)


class BreakingAlert(models.Model):
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
    )
    text = models.CharField(
        _("alert text"),
        max_length=ALERT_MAX_LENGTH,
        blank=True,
        help_text=_("One line of plain text. Left empty, the story's title is used."),
    )
    article = models.ForeignKey(
        "news.Article",
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="breaking_alerts",
        help_text=_("Optional: the bar links to it while it is published."),
    )
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    ends_at = models.DateTimeField(_("shown until"), default=default_end)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    objects = BreakingAlertQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at", "-id"]
        verbose_name = _("breaking news alert")
        verbose_name_plural = _("breaking news")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="breaking_alert_ends_after_start",
            ),
        ]
        indexes = [
            models.Index(fields=["language", "ends_at"], name="breaking_showing_idx"),
        ]

    def __str__(self) -> str:
        return self.text

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Plain text on one line, whatever wrote it; pages escape it on output.
        self.text = one_line(self.text or "")
        if not self.text and self.article_id is not None:
            self.text = one_line(self.article.title)[:ALERT_MAX_LENGTH]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return self.article.get_absolute_url() if self.article_id else ""

    def clean(self) -> None:
        """Refuse an alert with nothing to say, or one that ends before it starts."""
        self.text = one_line(self.text or "")
        errors: dict[str, Any] = {}
        if not self.text and self.article_id is None:
            errors["text"] = _("Write the alert, or choose a story to use its title.")
        if self.article_id is not None and self.article.language != self.language:
            errors["article"] = _("The story is in another language than the alert.")
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The alert must end after it starts.")
        if errors:
            raise ValidationError(errors)
