from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    """Pictures and embedded posts inside stories."""

    name = "akhbar.media"
    verbose_name = _("Pictures and embeds")
