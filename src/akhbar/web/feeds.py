"""RSS 2.0 and Atom feeds of the site, each section and each tag."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from akhbar.news.models import Article, Section, Tag

FEED_SIZE = 30


class LatestRss(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        return None

    def title(self, obj):
        name = settings.AKHBAR_SITE_NAME
        return f"{name} — {obj.name}" if obj else name

    def link(self, obj):
        return obj.get_absolute_url() if obj else "/" + get_language() + "/"

    def description(self, obj):
        return _("The latest news from %(site)s") % {"site": settings.AKHBAR_SITE_NAME}

    def items(self, obj):
        articles = Article.objects.published().in_language(get_language())
        return self.filter_items(articles, obj).newest_first().for_page()[:FEED_SIZE]

    def filter_items(self, articles, obj):
        return articles

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return f"{settings.AKHBAR_SITE_URL}/a/{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return "، ".join(a.name for a in item.authors.all()) or None

    def item_categories(self, item):
        return [item.section.name, *(tag.name for tag in item.tags.all())]


class LatestAtom(LatestRss):
    feed_type = Atom1Feed
    subtitle = LatestRss.description


class SectionRss(LatestRss):
    def get_object(self, request, slug):
        return get_object_or_404(Section, slug=slug)

    def filter_items(self, articles, obj):
        return articles.in_section(obj)


class SectionAtom(SectionRss):
    feed_type = Atom1Feed
    subtitle = LatestRss.description


class TagRss(LatestRss):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def filter_items(self, articles, obj):
        return articles.tagged(obj)


class TagAtom(TagRss):
    feed_type = Atom1Feed
    subtitle = LatestRss.description
