from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "akhbar.accounts"
    label = "accounts"
    verbose_name = _("Reader accounts")

    def ready(self):
        # The checks register themselves; the bridge to allauth's private
        # modules fails here, at start-up, if an upgrade moved one of them.
        from . import allauth_bridge, checks  # noqa: F401
