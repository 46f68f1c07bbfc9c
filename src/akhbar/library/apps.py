from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    """A reader's own shelf: saved articles and followed sections and tags."""

    name = "akhbar.library"
    verbose_name = _("Reader library")
