"""The newsroom's admin site: its login, its dashboard as the index, the trash.

It replaces Django's default site (apps.NewsroomAdminConfig), so
`@admin.register` and `admin.site` mean this site, configured here and nowhere
else.
"""

from django.contrib import admin
from django.urls import path
from django.utils.translation import gettext_lazy as _

from akhbar.accounts.newsroom_login import NewsroomLoginForm


class NewsroomSite(admin.AdminSite):
    site_header = _("akhbar newsroom")
    site_title = _("akhbar newsroom")
    index_title = _("Newsroom")
    site_url = "/"
    # Through allauth's login rate limits too (SECURITY.md B3): allauth alone
    # protects only its own views.
    login_form = NewsroomLoginForm

    def index(self, request, extra_context=None):
        from . import views

        return views.dashboard(request)

    def get_urls(self):
        from . import views

        return [
            path("trash/", self.admin_view(views.trash_list), name="trash"),
            *super().get_urls(),
        ]
