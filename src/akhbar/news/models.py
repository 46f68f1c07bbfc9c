import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from akhbar.text.controls import strip_bidi_controls

from .images import article_image_path, person_photo_path, validate_image_upload
from .languages import language_choices, pick_translation
from .querysets import ArticleQuerySet, PersonQuerySet, SectionQuerySet
from .sanitize import ALLOWED_EDITOR_EXTENSIONS, BODY_MAX_LENGTH, sanitize_body

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

UPDATE_NOTICE_AFTER = timedelta(minutes=10)


def translated_names_default() -> dict[str, str]:
    return {}


def strip_controls(obj: models.Model, *fields: str) -> None:
    """Drop bidi controls from text readers see on one line (names, titles).

    Called by save(), so every way of writing (admin, services, importers,
    factories) stores them clean; a {language: text} dict is cleaned per entry.
    """
    for name in fields:
        value = getattr(obj, name)
        if isinstance(value, str):
            setattr(obj, name, strip_bidi_controls(value))
        elif isinstance(value, dict):
            setattr(
                obj,
                name,
                {
                    key: strip_bidi_controls(text) if isinstance(text, str) else text
                    for key, text in value.items()
                },
            )


class UnicodeJSONEncoder(DjangoJSONEncoder):
    """Store Arabic as itself, not as \\u escapes, so names stay searchable."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ensure_ascii"] = False
        super().__init__(*args, **kwargs)


class Section(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    names = models.JSONField(
        _("names"),
        default=translated_names_default,
        encoder=UnicodeJSONEncoder,
        help_text=_("One per language."),
    )
    position = models.PositiveIntegerField(_("position"), default=0, db_index=True)

    objects = SectionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self) -> str:
        return self.name or self.slug

    def save(self, *args: Any, **kwargs: Any) -> None:
        strip_controls(self, "names")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("web:section", kwargs={"slug": self.slug})

    @property
    def name(self) -> str:
        return pick_translation(self.names)


class Tag(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=True)
    names = models.JSONField(
        _("names"),
        default=translated_names_default,
        encoder=UnicodeJSONEncoder,
        help_text=_("One per language."),
    )

    class Meta:
        ordering = ["slug"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name or self.slug

    def save(self, *args: Any, **kwargs: Any) -> None:
        strip_controls(self, "names")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("web:tag", kwargs={"slug": self.slug})

    @property
    def name(self) -> str:
        return pick_translation(self.names)


class PersonRole(models.TextChoices):
    REPORTER = "reporter", _("Reporter")
    EDITOR = "editor", _("Editor")
    TRANSLATOR = "translator", _("Translator")
    PHOTOGRAPHER = "photographer", _("Photographer")
    COLUMNIST = "columnist", _("Columnist")


class Person(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    names = models.JSONField(
        _("display names"),
        default=translated_names_default,
        encoder=UnicodeJSONEncoder,
        help_text=_("One per language."),
    )
    role = models.CharField(
        _("role"), max_length=20, choices=PersonRole, default=PersonRole.REPORTER
    )
    bios = models.JSONField(
        _("short bios"),
        default=translated_names_default,
        encoder=UnicodeJSONEncoder,
        blank=True,
    )
    photo = models.ImageField(
        _("photo"),
        upload_to=person_photo_path,
        blank=True,
        validators=[validate_image_upload],
    )
    photo_renditions = models.JSONField(default=dict, blank=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name or self.slug

    def save(self, *args: Any, **kwargs: Any) -> None:
        strip_controls(self, "names", "bios")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("web:person", kwargs={"slug": self.slug})

    @property
    def name(self) -> str:
        return pick_translation(self.names)

    @property
    def bio(self) -> str:
        return pick_translation(self.bios)


class ArticleStatus(models.TextChoices):
    """The stored workflow state; "scheduled" is PUBLISHED with a future time."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    APPROVED = "approved", _("Approved")
    PUBLISHED = "published", _("Published")
    UNPUBLISHED = "unpublished", _("Unpublished")


class WorkflowState(models.TextChoices):
    """What the newsroom sees: the stored status, with scheduled told apart."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    APPROVED = "approved", _("Approved")
    SCHEDULED = "scheduled", _("Scheduled")
    PUBLISHED = "published", _("Published")
    UNPUBLISHED = "unpublished", _("Unpublished")


class StoryLabel(models.TextChoices):
    """The kind of story, shown to readers as a tag before the title."""

    NONE = "", _("No label")
    OPINION = "opinion", _("Opinion")
    ANALYSIS = "analysis", _("Analysis")
    INTERVIEW = "interview", _("Interview")
    REPORT = "report", _("Report")
    VIDEO = "video", _("Video")


class Article(models.Model):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        allow_unicode=True,
        blank=True,
        help_text=_("Made from the title when left empty."),
    )
    label = models.CharField(
        _("label"),
        max_length=20,
        choices=StoryLabel,
        blank=True,
        default=StoryLabel.NONE,
        help_text=_("Shown to readers before the title: opinion, analysis…"),
    )
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    body = ProseEditorField(
        _("body"),
        extensions=ALLOWED_EDITOR_EXTENSIONS,
        sanitize=sanitize_body,
        blank=True,
        # Far above any real article; bounds the sanitizer's work per save.
        max_length=BODY_MAX_LENGTH,
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
    )
    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        on_delete=models.PROTECT,
        related_name="articles",
    )
    tags = models.ManyToManyField(
        Tag, verbose_name=_("tags"), blank=True, related_name="articles"
    )
    # In the order the editors give them (Byline.position), not by name.
    authors = models.ManyToManyField(
        Person,
        verbose_name=_("authors"),
        blank=True,
        related_name="articles",
        through="Byline",
    )
    editor = models.ForeignKey(
        Person,
        verbose_name=_("editor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="edited_articles",
        help_text=_("Credited under the article, as in “Editor/Name”."),
    )
    lead_image = models.ImageField(
        _("lead image"),
        upload_to=article_image_path,
        blank=True,
        validators=[validate_image_upload],
    )
    lead_image_renditions = models.JSONField(default=dict, blank=True, editable=False)
    lead_image_caption = models.CharField(
        _("image caption"),
        max_length=300,
        blank=True,
        help_text=_("Describes the image; also its alternative text."),
    )
    lead_image_credit = models.CharField(_("image credit"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ArticleStatus,
        default=ArticleStatus.DRAFT,
        db_index=True,
    )
    published_at = models.DateTimeField(
        _("publish time"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("A future time schedules the article."),
    )
    embargo_until = models.DateTimeField(
        _("embargo until"),
        null=True,
        blank=True,
        help_text=_("The article cannot be published or scheduled before this time."),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
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
    word_count = models.PositiveIntegerField(default=0, editable=False)
    translation_group = models.UUIDField(
        _("translation group"),
        default=uuid.uuid4,
        db_index=True,
        help_text=_("Versions of one story in different languages share it."),
    )
    # The number of the latest revision: an edit made from an older one is a
    # conflict (optimistic concurrency), never a silent overwrite.
    version = models.PositiveIntegerField(_("version"), default=0, editable=False)
    status_changed_at = models.DateTimeField(
        _("status changed"), null=True, blank=True, editable=False
    )
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("status changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    # When the latest correction or update note was added: pages ask for the
    # notes only when there are some.
    noted_at = models.DateTimeField(
        _("last note added"), null=True, blank=True, editable=False
    )
    deleted_at = models.DateTimeField(
        _("moved to the trash"), null=True, blank=True, db_index=True, editable=False
    )
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moved to the trash by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_group", "language"],
                name="one_version_per_language",
            ),
            # The database itself refuses an article live before its embargo.
            models.CheckConstraint(
                condition=~models.Q(status="published")
                | models.Q(embargo_until__isnull=True)
                | models.Q(published_at__gte=models.F("embargo_until")),
                name="published_after_embargo",
            ),
        ]
        indexes = [
            models.Index(
                fields=["language", "status", "-published_at"],
                name="article_visible_idx",
            ),
        ]
        permissions = [
            ("publish_article", _("Can publish and unpublish articles")),
            ("translate_article", _("Can start translations of articles")),
            ("restore_trashed_article", _("Can restore articles from the trash")),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The sanitizer drops them from the body too; this covers writes past it.
        strip_controls(
            self, "title", "summary", "body", "lead_image_caption", "lead_image_credit"
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        # An article lives under its own language's prefix, whatever the UI is in.
        with translation.override(self.language):
            return reverse(
                "web:article", kwargs={"pk": self.pk, "slug": self.slug or "-"}
            )

    @property
    def reading_minutes(self) -> int:
        # Arabic readers average about 180 words a minute on screen.
        return max(1, round(self.word_count / 180))

    @property
    def is_updated(self) -> bool:
        """Tell readers about edits made well after publication, and about notes."""
        if self.noted_at:
            return True
        return bool(
            self.published_at
            and self.updated_at
            and self.updated_at - self.published_at > UPDATE_NOTICE_AFTER
        )

    @property
    def is_trashed(self) -> bool:
        return self.deleted_at is not None

    def workflow_state(self, now: datetime | None = None) -> WorkflowState:
        """Return the state the newsroom sees, telling scheduled from live."""
        if (
            self.status == ArticleStatus.PUBLISHED
            and self.published_at
            and self.published_at > (now or timezone.now())
        ):
            return WorkflowState.SCHEDULED
        return WorkflowState(self.status)

    def get_workflow_state_display(self) -> "StrPromise":
        return self.workflow_state().label

    @property
    def lead_image_alt(self) -> str:
        return self.lead_image_caption

    @property
    def byline(self) -> list[Person]:
        """Return the authors in the order the editors gave them.

        Uses the prefetched authors when a queryset fetched them (every reader
        queryset prefetches them in byline order), else asks once.
        """
        cache = getattr(self, "_prefetched_objects_cache", {})
        if "authors" in cache:
            return list(cache["authors"])
        return list(Person.objects.filter(bylines__article=self).in_byline_order())


class Byline(models.Model):
    """One author of an article, at the place the editors gave them."""

    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="bylines",
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="bylines",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "person"], name="one_byline_per_person"
            ),
        ]

    def __str__(self) -> str:
        return str(self.person)


class NoteKind(models.TextChoices):
    CORRECTION = "correction", _("Correction")
    UPDATE = "update", _("Update")


class ArticleNote(models.Model):
    """A correction or update note added after publication, shown to readers."""

    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="notes",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=NoteKind, default=NoteKind.CORRECTION
    )
    text = models.TextField(_("note"), max_length=2000)
    created_at = models.DateTimeField(_("added"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("correction or update note")
        verbose_name_plural = _("correction and update notes")

    def __str__(self) -> str:
        return self.text[:80]

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Plain text with no markup to isolate it: controls go here too.
        strip_controls(self, "text")
        super().save(*args, **kwargs)


# Defined in its own module to keep this one short; imported here so Django
# finds it with the app's models.
from .breaking import BreakingAlert  # noqa: E402, F401
