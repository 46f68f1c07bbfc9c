"""The newsroom is one admin site, configured in one place and mounted once."""

from django.contrib import admin
from django.urls import get_resolver, reverse

from akhbar.accounts.newsroom_login import NewsroomLoginForm
from akhbar.newsroom.sites import NewsroomSite


def test_the_default_admin_site_is_the_newsroom_with_its_throttled_login():
    assert isinstance(admin.site, NewsroomSite)
    assert admin.site.login_form is NewsroomLoginForm


def test_the_newsroom_is_mounted_once():
    mounted = [
        pattern
        for language_patterns in get_resolver().url_patterns
        for pattern in getattr(language_patterns, "url_patterns", [])
        if str(pattern.pattern) == "newsroom/"
    ]
    assert len(mounted) == 1


def test_the_dashboard_is_the_index_and_the_trash_is_the_sites(client, editor):
    client.force_login(editor)
    index = client.get(reverse("admin:index"))
    assert index.status_code == 200
    assert "newsroom-dashboard" in index.content.decode()
    assert reverse("admin:trash") == "/ar/newsroom/trash/"
    assert client.get(reverse("admin:trash")).status_code == 200
