from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from akhbar.news.models import Article, Section, Tag

from .querysets import BookmarkQuerySet, FollowQuerySet


class Bookmark(models.Model):
    """An article a reader saved to read later."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        # Deleting an account deletes what it saved: it is personal data.
        on_delete=models.CASCADE,
        related_name="bookmarks",
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="bookmarks",
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    objects = BookmarkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("saved article")
        verbose_name_plural = _("saved articles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "article"], name="bookmark_once_per_reader"
            ),
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="bookmark_newest_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.article_id}"


class Follow(models.Model):
    """A section or a tag whose new articles a reader wants on "my news"."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        on_delete=models.CASCADE,
        related_name="follows",
    )
    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    tag = models.ForeignKey(
        Tag,
        verbose_name=_("tag"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("followed"), default=timezone.now)

    objects = FollowQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            # Exactly one target: a row naming both (or neither) means nothing.
            models.CheckConstraint(
                condition=(
                    Q(section__isnull=False, tag__isnull=True)
                    | Q(section__isnull=True, tag__isnull=False)
                ),
                name="follow_exactly_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "section"],
                condition=Q(section__isnull=False),
                name="follow_section_once",
            ),
            models.UniqueConstraint(
                fields=["user", "tag"],
                condition=Q(tag__isnull=False),
                name="follow_tag_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.target}"

    @property
    def target(self) -> Section | Tag:
        return self.section if self.section_id else self.tag
