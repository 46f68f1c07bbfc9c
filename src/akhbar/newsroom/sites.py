"""The newsroom's admin site: its login, its dashboard as the index, the trash.

It replaces Django's default site (apps.NewsroomAdminConfig), so
`@admin.register` and `admin.site` mean this site, configured here and nowhere
else.
"""

from django.conf import settings
from django.contrib import admin
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
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

    def each_context(self, request):
        return {**super().each_context(request), "time_zone_note": time_zone_note()}

    def i18n_javascript(self, request, extra_context=None):
        # Django's admin script catalog, with the words its Arabic one lacks.
        from .django_catalog import NewsroomScriptCatalog

        return NewsroomScriptCatalog.as_view(packages=["django.contrib.admin"])(request)

    def index(self, request, extra_context=None):
        from . import views

        return views.dashboard(request)

    def get_urls(self):
        from . import views

        return [
            path("trash/", self.admin_view(views.trash_list), name="trash"),
            *super().get_urls(),
        ]


# Time zones named as editors say them; any other shows its tz database name.
ZONE_NAMES = {
    "Asia/Riyadh": pgettext_lazy("time zone", "Mecca"),
    "UTC": pgettext_lazy("time zone", "Greenwich"),
}


def time_zone_note() -> str:
    """Say in which time the newsroom's times are: «بتوقيت مكة المكرمة (غرينتش+3)».

    Shown in every newsroom screen's header; dates themselves are in the
    language's order (web/formats). Django's script note (which names the zone
    by its tz database name, in English) is hidden by newsroom.css.
    """
    offset = timezone.localtime().utcoffset()
    hours = offset.total_seconds() / 3600 if offset else 0
    values = {"offset": f"{'+' if hours >= 0 else '−'}{abs(hours):g}"}
    name = ZONE_NAMES.get(settings.TIME_ZONE)
    if name:
        return gettext("Times are in %(zone)s time (UTC%(offset)s)") % {
            **values,
            "zone": name,
        }
    return gettext("Times are in the %(zone)s time zone (UTC%(offset)s)") % {
        **values,
        "zone": settings.TIME_ZONE,
    }
