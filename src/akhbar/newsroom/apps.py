from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    name = "akhbar.newsroom"
    verbose_name = _("Newsroom")
    default = True


class NewsroomAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the newsroom's site as the default one."""

    default = False
    default_site = "akhbar.newsroom.sites.NewsroomSite"

    def ready(self):
        super().ready()
        from django.contrib.admin.templatetags import admin_list

        # Django writes a yes/no icon's text as Python's True/False, in
        # English whatever the language; every caller imports it from here.
        admin_list._boolean_icon = _boolean_icon


def _boolean_icon(field_val):
    from django.templatetags.static import static
    from django.utils.html import format_html

    icon = {True: "yes", False: "no", None: "unknown"}[field_val]
    text = {True: _("Yes"), False: _("No"), None: _("Unknown")}[field_val]
    return format_html(
        '<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), text
    )
