"""sitemap.xml with hreflang alternates between translations of a story."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from akhbar.news.models import Article


class SiteUrlSitemap(Sitemap):
    """Build locations from AKHBAR_SITE_URL, never from the request's Host."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.AKHBAR_SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.AKHBAR_SITE_URL).netloc


class ArticleSitemap(SiteUrlSitemap):
    changefreq = "daily"
    limit = 5000

    def items(self):
        return (
            Article.objects.published()
            .only("pk", "slug", "language", "updated_at", "translation_group")
            .order_by("-published_at", "-id")
        )

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # Django's default loads every article to take the max in Python.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        groups = {url["item"].translation_group for url in urls}
        versions: dict = {}
        for version in (
            Article.objects.published()
            .filter(translation_group__in=groups)
            .only("pk", "slug", "language", "translation_group")
        ):
            versions.setdefault(version.translation_group, []).append(version)
        for url in urls:
            siblings = versions.get(url["item"].translation_group, [])
            if len(siblings) > 1:
                url["alternates"] = [
                    {
                        "lang_code": version.language,
                        "location": f"{protocol}://{domain}{version.get_absolute_url()}",
                    }
                    for version in siblings
                ]
        return urls


class SectionSitemap(SiteUrlSitemap):
    i18n = True
    alternates = True
    changefreq = "hourly"

    def items(self):
        return Article.objects.published().sections_used()


class HomeSitemap(SiteUrlSitemap):
    i18n = True
    alternates = True
    changefreq = "always"
    priority = 1.0

    def items(self):
        return ["web:home"]

    def location(self, item):
        return reverse(item)
