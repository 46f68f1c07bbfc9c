"""A front (the home page or a section's page, in one language) and its
arrangements: the draft editors work on and the live one readers see.

Only pinned stories are stored; every other slot fills itself when the page is
read (queries.py), so a front never shows a story that is no longer public.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from akhbar.news.languages import language_choices, pick_translation
from akhbar.news.models import Article, Section, Tag

# How many stories the row under the lead holds, and how many blocks a front
# may have (each block is one small query when the page is read).
TOP_SIZE = 4
MAX_BLOCKS = 10
MAX_BLOCK_SIZE = 12


class ArrangementState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    LIVE = "live", _("Live")


class BlockKind(models.TextChoices):
    LATEST = "latest", _("Latest")
    SECTION = "section", _("A section")
    TAG = "tag", _("A tag or topic")
    MOST_READ = "most_read", _("Most read")
    OPINION = "opinion", _("Opinion")
    VIDEO = "video", _("Video")


class Front(models.Model):
    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    # None: the home page.
    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="fronts",
        help_text=_("Leave empty for the home page."),
    )

    class Meta:
        verbose_name = _("front page")
        verbose_name_plural = _("front pages")
        ordering = ["language", "section__position", "section__slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "section"], name="frontpage_one_front_per_place"
            ),
            models.UniqueConstraint(
                fields=["language"],
                condition=models.Q(section__isnull=True),
                name="frontpage_one_home_per_language",
            ),
        ]
        permissions = [("arrange_front", _("Can arrange and publish front pages"))]

    def __str__(self):
        language = dict(language_choices()).get(self.language, self.language)
        if self.section_id is None:
            return _("Home page (%(language)s)") % {"language": language}
        name = pick_translation(self.section.names, self.language)
        return _("Section front: %(section)s (%(language)s)") % {
            "section": name,
            "language": language,
        }


class Arrangement(models.Model):
    front = models.ForeignKey(
        Front, on_delete=models.CASCADE, related_name="arrangements"
    )
    state = models.CharField(max_length=10, choices=ArrangementState)
    # The lead slot: a pinned story, or None to fill itself.
    lead = models.ForeignKey(
        Article,
        verbose_name=_("lead story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A change of lead at a time: applied when the page is read (no cron).
    scheduled_lead = models.ForeignKey(
        Article,
        verbose_name=_("next lead story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    scheduled_lead_at = models.DateTimeField(
        _("lead changes at"), null=True, blank=True
    )
    changed_at = models.DateTimeField(_("changed"), auto_now=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["front", "state"], name="frontpage_one_arrangement_per_state"
            )
        ]

    def __str__(self):
        return f"{self.front} ({self.get_state_display()})"


class TopSlot(models.Model):
    """A story pinned to one place of the top row."""

    arrangement = models.ForeignKey(
        Arrangement, on_delete=models.CASCADE, related_name="top_slots"
    )
    position = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(TOP_SIZE - 1)]
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        related_name="+",
        # What the newsroom's type-ahead offers for a slot.
        limit_choices_to={"deleted_at__isnull": True},
    )

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["arrangement", "position"], name="frontpage_one_story_a_slot"
            )
        ]

    def __str__(self):
        return f"{self.position}: {self.article_id}"


class Block(models.Model):
    arrangement = models.ForeignKey(
        Arrangement, on_delete=models.CASCADE, related_name="blocks"
    )
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(_("kind"), max_length=20, choices=BlockKind)
    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    tag = models.ForeignKey(
        Tag,
        verbose_name=_("tag"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    size = models.PositiveSmallIntegerField(
        _("stories"),
        default=4,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_BLOCK_SIZE)],
    )

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return f"{self.position}: {self.kind}"
