"""robots.txt, the sitemap index and the news sitemap (the last 48 hours)."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import cache_control

from akhbar.news.models import Article

from .feeds import xml_text

NEWS_SITEMAP_WINDOW = timedelta(hours=48)


@cache_control(public=True, max_age=3600)
def robots_txt(request):
    return render(
        request,
        "web/robots.txt",
        {"site_url": settings.AKHBAR_SITE_URL},
        content_type="text/plain; charset=utf-8",
    )


def sitemap_index(request, sitemaps, sitemap_url_name):
    """Return Django's sitemap index with locations on AKHBAR_SITE_URL.

    Django builds them from the request's Host header; a crawler must only ever
    be sent to the configured site.
    """
    response = sitemap_views.index(
        request, sitemaps=sitemaps, sitemap_url_name=sitemap_url_name
    )
    for item in response.context_data["sitemaps"]:
        parts = urlsplit(item.location)
        query = f"?{parts.query}" if parts.query else ""
        item.location = f"{settings.AKHBAR_SITE_URL}{parts.path}{query}"
    return response


@cache_control(public=True, max_age=300)
def news_sitemap(request):
    since = timezone.now() - NEWS_SITEMAP_WINDOW
    articles = list(
        Article.objects.published()
        .filter(published_at__gte=since)
        .newest_first()
        .only("pk", "slug", "language", "title", "published_at")[:1000]
    )
    for article in articles:
        # Display only, never saved: XML 1.0 cannot carry control characters.
        article.title = xml_text(article.title)
    return render(
        request,
        "web/news-sitemap.xml",
        {"articles": articles, "site_url": settings.AKHBAR_SITE_URL},
        content_type="application/xml; charset=utf-8",
    )
