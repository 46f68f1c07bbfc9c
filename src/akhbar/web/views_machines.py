"""robots.txt and the news sitemap (articles of the last 48 hours)."""

from datetime import timedelta

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import cache_control

from akhbar.news.models import Article

NEWS_SITEMAP_WINDOW = timedelta(hours=48)


@cache_control(public=True, max_age=3600)
def robots_txt(request):
    return render(
        request,
        "web/robots.txt",
        {"site_url": settings.AKHBAR_SITE_URL},
        content_type="text/plain; charset=utf-8",
    )


@cache_control(public=True, max_age=300)
def news_sitemap(request):
    since = timezone.now() - NEWS_SITEMAP_WINDOW
    articles = (
        Article.objects.published()
        .filter(published_at__gte=since)
        .newest_first()
        .only("pk", "slug", "language", "title", "published_at")[:1000]
    )
    return render(
        request,
        "web/news-sitemap.xml",
        {"articles": articles, "site_url": settings.AKHBAR_SITE_URL},
        content_type="application/xml; charset=utf-8",
    )
