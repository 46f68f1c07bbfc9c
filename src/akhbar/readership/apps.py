from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadershipConfig(AppConfig):
    """What readers read: counted without cookies or a write per view, shown as
    "most read" per language."""

    name = "akhbar.readership"
    verbose_name = _("Readership")
