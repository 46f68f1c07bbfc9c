"""URLs for machines that live outside the language prefix."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from . import sitemaps, views_machines

sitemap_index = {
    "articles": sitemaps.ArticleSitemap,
    "sections": sitemaps.SectionSitemap,
    "home": sitemaps.HomeSitemap,
}

urlpatterns = [
    path("robots.txt", views_machines.robots_txt, name="robots-txt"),
    path(
        "sitemap.xml",
        views_machines.sitemap_index,
        {"sitemaps": sitemap_index, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemap_index},
        name="sitemap-section",
    ),
    path("news-sitemap.xml", views_machines.news_sitemap, name="news-sitemap"),
]
