"""RSS 2.0 and Atom feeds of the site, each section and each tag.

Links are absolute on AKHBAR_SITE_URL: Django's Feed would otherwise take the
domain from the request's Host header.
"""

import re

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from akhbar.news.models import Article
from akhbar.news.rules import format_moment

FEED_SIZE = 30
# XML 1.0 forbids these; one pasted vertical tab would otherwise fail the feed.
XML_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]")


def xml_text(value: str) -> str:
    """Return text without the control characters XML 1.0 cannot carry."""
    return XML_CONTROL_CHARS.sub("", value or "")


def site_url(path: str) -> str:
    return settings.AKHBAR_SITE_URL + path


def notes_text(item) -> str:
    """Return an article's correction and update notes as plain text paragraphs."""
    if not item.noted_at:
        return ""  # no query for the usual article, which has no notes
    return "".join(
        f"\n\n{note.get_kind_display()} ({format_moment(note.created_at)}): {note.text}"
        for note in item.notes.all()
    )


class LatestRss(Feed):
    feed_type = Rss201rev2Feed
    url_name = "web:feed-rss"

    def get_object(self, request, *args, **kwargs):
        return None

    def title(self, obj):
        name = settings.AKHBAR_SITE_NAME
        return xml_text(f"{name} — {obj.name}" if obj else name)

    def link(self, obj):
        return site_url(obj.get_absolute_url() if obj else reverse("web:home"))

    def feed_url(self, obj):
        kwargs = {"slug": obj.slug} if obj else {}
        return site_url(reverse(self.url_name, kwargs=kwargs))

    def description(self, obj):
        return _("The latest news from %(site)s") % {"site": settings.AKHBAR_SITE_NAME}

    def items(self, obj):
        articles = Article.objects.published().in_language(get_language())
        items = list(
            self.filter_items(articles, obj).newest_first().for_page()[:FEED_SIZE]
        )
        # One query for the notes of all noted items, none when there are none.
        prefetch_related_objects([item for item in items if item.noted_at], "notes")
        return items

    def filter_items(self, articles, obj):
        return articles

    def item_title(self, item):
        return xml_text(item.title)

    def item_description(self, item):
        # Readers treat RSS descriptions and Atom summaries as HTML; the summary
        # is plain text, so its "<" must stay text there.
        return escape(xml_text(item.summary + notes_text(item)))

    def item_link(self, item):
        return site_url(item.get_absolute_url())

    def item_guid(self, item):
        return f"{settings.AKHBAR_SITE_URL}/a/{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return xml_text("، ".join(a.name for a in item.byline)) or None

    def item_categories(self, item):
        names = [item.section.name, *(tag.name for tag in item.tags.all())]
        if item.label:
            names.append(str(item.get_label_display()))
        return [xml_text(name) for name in names]


class LatestAtom(LatestRss):
    feed_type = Atom1Feed
    url_name = "web:feed-atom"
    subtitle = LatestRss.description


class SectionRss(LatestRss):
    url_name = "web:section-rss"

    def get_object(self, request, slug):
        return get_object_or_404(Article.objects.published().sections_used(), slug=slug)

    def filter_items(self, articles, obj):
        return articles.in_section(obj)


class SectionAtom(SectionRss):
    feed_type = Atom1Feed
    url_name = "web:section-atom"
    subtitle = LatestRss.description


class TagRss(LatestRss):
    url_name = "web:tag-rss"

    def get_object(self, request, slug):
        return get_object_or_404(Article.objects.published().tags_used(), slug=slug)

    def filter_items(self, articles, obj):
        return articles.tagged(obj)


class TagAtom(TagRss):
    feed_type = Atom1Feed
    url_name = "web:tag-atom"
    subtitle = LatestRss.description


class PersonRss(LatestRss):
    """A writer's articles, newest first: a columnist's readers follow them."""

    url_name = "web:person-rss"

    def get_object(self, request, slug):
        # Only a name some published article carries, as for the person page.
        return get_object_or_404(
            Article.objects.published().people_credited(), slug=slug
        )

    def description(self, obj):
        return _("Articles by %(name)s on %(site)s") % {
            "name": obj.name,
            "site": settings.AKHBAR_SITE_NAME,
        }

    def filter_items(self, articles, obj):
        return articles.by_person(obj)


class PersonAtom(PersonRss):
    feed_type = Atom1Feed
    url_name = "web:person-atom"
    subtitle = PersonRss.description
