"""RSS 2.0 and Atom feeds: valid XML, published and due articles only, escaped."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import unquote

import pytest
from django.utils import timezone

from tests.factories import make_article, make_section, make_tag, unpublish

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://akhbar.example"
HOSTILE_TITLE = "<img src=x onerror=alert(1)> \u202egnp.exe</title>"

FEEDS = [
    ("/{lang}/feed/rss/", "rss"),
    ("/{lang}/feed/atom/", "atom"),
    ("/{lang}/section/world/rss/", "rss"),
    ("/{lang}/section/world/atom/", "atom"),
    ("/{lang}/tag/نفط/rss/", "rss"),
    ("/{lang}/tag/نفط/atom/", "atom"),
]


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.AKHBAR_SITE_URL = SITE


@pytest.fixture
def world():
    return make_section(slug="world")


@pytest.fixture
def oil():
    return make_tag(slug="نفط")


def story(section, tag, **fields):
    return make_article(section=section, tags=[tag], **fields)


def read_feed(client, url, kind):
    """Return (root, [(title, link, description)]) of a feed, parsed as XML."""
    response = client.get(url)
    assert response.status_code == 200
    expected_type = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    assert response["Content-Type"].startswith(expected_type)
    root = ET.fromstring(response.content)
    if kind == "rss":
        assert root.tag == "rss" and root.get("version") == "2.0"
        items = [
            (i.findtext("title"), i.findtext("link"), i.findtext("description"))
            for i in root.iter("item")
        ]
    else:
        assert root.tag == f"{ATOM}feed"
        items = [
            (
                e.findtext(f"{ATOM}title"),
                e.find(f"{ATOM}link").get("href"),
                e.findtext(f"{ATOM}summary"),
            )
            for e in root.iter(f"{ATOM}entry")
        ]
    return root, items


@pytest.mark.parametrize("url, kind", FEEDS)
def test_feed_lists_only_published_due_articles_in_its_language(
    client, world, oil, url, kind
):
    shown = story(world, oil, title="خبر منشور")
    story(world, oil, title="مسودة", published=False)
    story(world, oil, title="مجدول", published_at=timezone.now() + timedelta(hours=1))
    story(world, oil, title="English story", language="en")

    _root, items = read_feed(client, url.format(lang="ar"), kind)

    assert [title for title, _link, _text in items] == ["خبر منشور"]
    assert items[0][1] == SITE + shown.get_absolute_url()


@pytest.mark.parametrize("url, kind", FEEDS)
def test_english_feed_lists_english_articles(client, world, oil, url, kind):
    story(world, oil, title="خبر عربي")
    story(world, oil, title="English story", language="en")

    _root, items = read_feed(client, url.format(lang="en"), kind)

    assert [title for title, _link, _text in items] == ["English story"]


@pytest.mark.parametrize("url, kind", FEEDS)
def test_unpublished_article_vanishes_from_feeds(client, world, oil, url, kind):
    story(world, oil, title="باق")  # a feed with nothing published is a 404
    article = story(world, oil, title="سحب")
    unpublish(article)

    _root, items = read_feed(client, url.format(lang="ar"), kind)

    assert [title for title, _link, _text in items] == ["باق"]


@pytest.mark.parametrize("url, kind", FEEDS)
def test_hostile_title_is_escaped_text_not_markup(client, world, oil, url, kind):
    story(world, oil, title=HOSTILE_TITLE)

    response = client.get(url.format(lang="ar"))
    _root, items = read_feed(client, url.format(lang="ar"), kind)

    assert b"<img" not in response.content
    assert b"</title>\xe2\x80\xae" not in response.content
    # Parsed back, the title is the text the editor typed, less the bidi
    # override (dropped on save).
    assert items[0][0] == HOSTILE_TITLE.replace("\u202e", "")


@pytest.mark.parametrize("url, kind", FEEDS)
def test_summary_is_escaped_for_readers_that_render_it_as_html(
    client, world, oil, url, kind
):
    story(world, oil, summary="<img src=x onerror=alert(1)> & more")

    _root, items = read_feed(client, url.format(lang="ar"), kind)

    # Feed readers treat the description as HTML: it must hold no tag.
    assert items[0][2] == "&lt;img src=x onerror=alert(1)&gt; &amp; more"


@pytest.mark.parametrize("url, kind", FEEDS)
def test_control_characters_do_not_break_the_feed(client, world, oil, url, kind):
    # A vertical tab, as pasted from a word processor, is not allowed in XML 1.0.
    story(world, oil, title="عنوان\x0bمكسور", summary="ملخص\x0c")

    _root, items = read_feed(client, url.format(lang="ar"), kind)

    assert items[0][0] == "عنوانمكسور"


@pytest.mark.parametrize("url, kind", FEEDS)
def test_feed_links_use_site_url_not_the_host_header(client, world, oil, url, kind):
    story(world, oil)

    response = client.get(url.format(lang="ar"), HTTP_HOST="localhost")

    assert response.status_code == 200
    assert b"localhost" not in response.content
    assert b"testserver" not in response.content
    root = ET.fromstring(response.content)
    if kind == "atom":
        self_link = next(
            link for link in root.iter(f"{ATOM}link") if link.get("rel") == "self"
        )
        assert unquote(self_link.get("href")) == SITE + url.format(lang="ar")
        assert root.findtext(f"{ATOM}id").startswith(SITE + "/ar/")
    else:
        assert root.find("channel").findtext("link").startswith(SITE + "/ar/")


def test_section_feed_has_the_section_in_its_title(client, world, oil):
    story(world, oil)
    root, _items = read_feed(client, "/ar/section/world/rss/", "rss")

    assert world.name in root.find("channel").findtext("title")


@pytest.mark.parametrize(
    "url", ["/ar/section/nope/rss/", "/ar/section/nope/atom/", "/ar/tag/nope/rss/"]
)
def test_feed_of_unknown_section_or_tag_is_404(client, url):
    assert client.get(url).status_code == 404


def test_feed_holds_at_most_thirty_articles(client, world, oil):
    for _ in range(32):
        story(world, oil)

    _root, items = read_feed(client, "/ar/feed/rss/", "rss")

    assert len(items) == 30
