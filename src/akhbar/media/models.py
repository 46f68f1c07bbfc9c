from typing import Any

from django.core.files.base import File
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from akhbar.news.images import _generated_name, validate_image_upload
from akhbar.news.models import Article, strip_controls


def picture_path(instance: object, filename: str) -> str:
    return _generated_name("pictures", filename)


def validate_picture_upload(upload: File[bytes]) -> None:
    """Refuse what the lead image check refuses (the migrations name this one)."""
    validate_image_upload(upload)


class Picture(models.Model):
    """A picture inside a story: placed in its text, in its gallery, or both."""

    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="pictures",
    )
    image = models.ImageField(
        _("image"), upload_to=picture_path, validators=[validate_picture_upload]
    )
    # What readers get: re-encoded JPEG widths for srcset, made on save.
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        help_text=_("What the picture shows, for readers who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    in_gallery = models.BooleanField(
        _("in the gallery"),
        default=False,
        help_text=_("Shown in the gallery after the text."),
    )
    position = models.PositiveIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(_("added"), default=timezone.now)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")

    def __str__(self) -> str:
        return self.caption or self.alt_text

    def save(self, *args: Any, **kwargs: Any) -> None:
        strip_controls(self, "alt_text", "caption", "credit")
        super().save(*args, **kwargs)

    @property
    def marker(self) -> str:
        """Return what an editor writes on a line of its own to place it."""
        return f"[picture {self.pk}]" if self.pk else ""
