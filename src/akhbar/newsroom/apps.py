from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class NewsroomConfig(AppConfig):
    name = "akhbar.newsroom"
    default = True


class NewsroomAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the newsroom's site as the default one."""

    default = False
    default_site = "akhbar.newsroom.sites.NewsroomSite"
