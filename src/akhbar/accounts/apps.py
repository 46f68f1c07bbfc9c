from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "akhbar.accounts"
    label = "accounts"
    verbose_name = _("Reader accounts")

    def ready(self):
        from django.contrib import admin

        from . import checks  # noqa: F401  (registers the system checks)
        from .newsroom_login import NewsroomLoginForm

        # The newsroom's own login goes through allauth's login rate limits too
        # (SECURITY.md B3): allauth alone protects only its own views.
        admin.site.login_form = NewsroomLoginForm
