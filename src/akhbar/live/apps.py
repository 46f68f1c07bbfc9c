from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveConfig(AppConfig):
    """Live coverage: a published story's stream of short, timestamped updates."""

    name = "akhbar.live"
    verbose_name = _("Live coverage")
