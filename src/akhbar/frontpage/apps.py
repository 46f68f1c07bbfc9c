from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontpageConfig(AppConfig):
    """The fronts editors arrange: a lead, a row of top stories and blocks, per
    language and place (the home page or a section)."""

    name = "akhbar.frontpage"
    verbose_name = _("Front pages")
