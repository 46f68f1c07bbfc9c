"""Live coverage for readers: the stream on the article page, the polling
endpoint its script asks every few seconds, the JSON-LD and the feeds.

The article page is whole-page cached like any other and purged by every live
write; the polling answer is cached for a few seconds under a key carrying the
story's stamp, which every write bumps at once, so new updates show within
one polling interval however the page cache is doing.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from akhbar.live import conf
from akhbar.live.cache import live_stamp
from akhbar.live.models import PAGE_UPDATES, LiveCoverage, LiveUpdate
from akhbar.news.cache import reader_generation

from .feeds import site_url, xml_text

POLL_BATCH = 50  # a page far behind catches up in a few polls, in order
FEED_UPDATES = 30
JSON_LD_UPDATES = 50
MAX_ID_DIGITS = 18  # any id the database gives fits; longer input is refused


@dataclass
class LiveStory:
    """What the article page shows of its live coverage."""

    coverage: LiveCoverage
    updates: list[LiveUpdate]
    pinned: LiveUpdate | None
    last_id: int = 0
    feeds: dict[str, str] = field(default_factory=dict)

    @property
    def poll_url(self) -> str:
        return reverse("web:live-updates", kwargs={"pk": self.coverage.article_id})

    @property
    def interval(self) -> int:
        return conf.poll_interval()


def live_story(article) -> LiveStory | None:
    """Return an article's live story for its page, or None (one query then).

    Kept on the article, so the page's head, body and JSON-LD ask once.
    """
    if article is None or article.pk is None:
        return None
    if hasattr(article, "_live_story"):
        return article._live_story
    coverage = getattr(article, "live_coverage", None)
    story = None
    if coverage is not None:
        updates = list(
            coverage.updates.visible().for_stream().newest_first()[:PAGE_UPDATES]
        )
        pinned = next((update for update in updates if update.pinned), None)
        if pinned is None:
            pinned = coverage.updates.visible().for_stream().filter(pinned=True).first()
        story = LiveStory(
            coverage=coverage,
            updates=updates,
            pinned=pinned,
            last_id=max((update.pk for update in updates), default=0),
            feeds={
                "rss": reverse("web:live-rss", kwargs={"pk": article.pk}),
                "atom": reverse("web:live-atom", kwargs={"pk": article.pk}),
            },
        )
    article._live_story = story
    return story


def open_live_stories() -> frozenset[int]:
    """Return the ids of the articles whose live coverage readers see open now.

    Cards mark these «مباشر». Kept in the cache under the reader generation,
    which every live write bumps: one query a minute at most, none per card.
    """
    key = f"live:open:{reader_generation()}"
    ids = cache.get(key)
    if ids is None:
        ids = frozenset(
            LiveCoverage.objects.for_readers()
            .open()
            .values_list("article_id", flat=True)
        )
        cache.set(key, ids, 60)
    return ids


def _reader_coverage(pk: int) -> LiveCoverage:
    return get_object_or_404(
        LiveCoverage.objects.for_readers().select_related("article"),
        article_id=pk,
        article__language=get_language(),
    )


def live_updates(request, pk):
    """Answer an open page's poll: the updates after `after`, newest first, and
    the summary, pinned update and status as they are now (JSON)."""
    after = request.GET.get("after", "0")
    if not after.isdigit() or len(after) > MAX_ID_DIGITS:
        return HttpResponseBadRequest(
            _("“after” must be the number of an update."),
            content_type="text/plain; charset=utf-8",
        )
    after = int(after)
    timeout = conf.poll_cache_timeout()
    key = (
        f"live:poll:{reader_generation()}:{live_stamp(pk)}:"
        f"{get_language()}:{pk}:{after}"
    )
    data = cache.get(key)
    if data is None:
        data = _poll_answer(_reader_coverage(pk), after)
        if timeout:
            cache.set(key, data, timeout)
    response = JsonResponse(data)
    response["Cache-Control"] = f"public, max-age={timeout}"
    return response


def _poll_answer(coverage: LiveCoverage, after: int) -> dict:
    article = coverage.article
    visible = coverage.updates.visible().for_stream()
    new = list(visible.after(after)[:POLL_BATCH])
    pinned = visible.filter(pinned=True).first()
    context = {"article": article, "coverage": coverage}
    return {
        "updates": "".join(
            render_to_string("web/_live_update.html", {**context, "update": update})
            for update in reversed(new)
        ),
        "count": len(new),
        "message": ngettext("%(count)d new update", "%(count)d new updates", len(new))
        % {"count": len(new)}
        if new
        else "",
        "last": new[-1].pk if new else after,
        "open": coverage.is_open,
        "status": render_to_string("web/_live_status.html", context),
        "summary": coverage.summary,
        "pinned": render_to_string(
            "web/_live_pinned.html", {**context, "pinned": pinned}
        ),
        # Taken off since the page was made: its script drops them.
        "removed": list(
            coverage.updates.filter(removed_at__isnull=False, id__lte=after)
            .order_by("-id")
            .values_list("id", flat=True)[:POLL_BATCH]
        ),
    }


def live_json_ld(article, absolute) -> dict:
    """Return what makes an article's JSON-LD a LiveBlogPosting ({} if not live)."""
    story = live_story(article)
    if story is None:
        return {}
    coverage = story.coverage

    def iso(moment):
        return moment.isoformat() if moment else None

    data = {
        "@type": "LiveBlogPosting",
        "coverageStartTime": iso(coverage.started_at),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": update.headline,
                "articleBody": update.text,
                "datePublished": iso(update.posted_at),
                "dateModified": iso(update.edited_at or update.posted_at),
                "url": absolute(f"{article.get_absolute_url()}#{update.anchor}"),
                **(
                    {"author": {"@type": "Person", "name": update.author.name}}
                    if update.author
                    else {}
                ),
            }
            for update in story.updates[:JSON_LD_UPDATES]
        ],
    }
    if coverage.ended_at:
        data["coverageEndTime"] = iso(coverage.ended_at)
    return data


class LiveRss(Feed):
    """A live story's updates, newest first."""

    feed_type = Rss201rev2Feed
    url_name = "web:live-rss"

    def get_object(self, request, pk):
        return _reader_coverage(pk)

    def title(self, obj):
        return xml_text(_("%(title)s — live coverage") % {"title": obj.article.title})

    def link(self, obj):
        return site_url(obj.article.get_absolute_url())

    def feed_url(self, obj):
        return site_url(reverse(self.url_name, kwargs={"pk": obj.article_id}))

    def description(self, obj):
        return xml_text(obj.article.summary or obj.article.title)

    def items(self, obj):
        updates = obj.updates.visible().for_stream().newest_first()
        return list(updates.select_related("coverage__article")[:FEED_UPDATES])

    def item_title(self, item):
        return xml_text(item.headline)

    def item_description(self, item):
        # Sanitized HTML, as readers expect in a description.
        return xml_text(item.body)

    def item_link(self, item):
        return site_url(item.get_absolute_url())

    def item_guid(self, item):
        return f"{settings.AKHBAR_SITE_URL}/a/{item.coverage.article_id}#{item.anchor}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.posted_at

    def item_updateddate(self, item):
        return item.edited_at or item.posted_at

    def item_author_name(self, item):
        return xml_text(item.author.name) if item.author else None


class LiveAtom(LiveRss):
    feed_type = Atom1Feed
    url_name = "web:live-atom"
    subtitle = LiveRss.description
