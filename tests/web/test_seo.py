"""What search engines and link previews read on an article page."""

import json
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest

from tests.factories import image_upload, make_article, make_person, make_section

pytestmark = pytest.mark.django_db

SITE = "https://akhbar.example"
BREAKOUT = "</script><script>alert(1)</script> <img src=x onerror=alert(1)> \u202e"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.AKHBAR_SITE_URL = SITE


class Head(HTMLParser):
    """Collect the links, meta tags and scripts of a page as a browser parses them."""

    def __init__(self, html: str):
        super().__init__()
        self.links, self.meta, self.scripts = [], {}, []
        self._script = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs["name"]] = attrs.get("content")
        elif tag == "script":
            self._script = {"type": attrs.get("type"), "text": ""}
            self.scripts.append(self._script)

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def json_ld(self) -> dict:
        (script,) = [s for s in self.scripts if s["type"] == "application/ld+json"]
        return json.loads(script["text"])


def absolute(article) -> str:
    return SITE + unquote(article.get_absolute_url())


def read_page(client, article, **headers) -> Head:
    response = client.get(article.get_absolute_url(), **headers)
    assert response.status_code == 200
    return Head(response.content.decode())


def hreflangs(head: Head) -> dict[str, str]:
    return {
        link["hreflang"]: unquote(link["href"])
        for link in head.links
        if link.get("rel") == "alternate" and "hreflang" in link
    }


def test_canonical_link_is_on_the_site_url_whatever_the_host(client):
    article = make_article()

    head = read_page(client, article, HTTP_HOST="localhost")

    (canonical,) = [link for link in head.links if link.get("rel") == "canonical"]
    assert unquote(canonical["href"]) == absolute(article)
    assert unquote(head.meta["og:url"]) == absolute(article)


def test_story_without_translation_has_only_its_own_hreflang(client):
    article = make_article(language="ar")

    assert hreflangs(read_page(client, article)) == {"ar": absolute(article)}


def test_draft_or_scheduled_translation_gets_no_hreflang(client):
    arabic = make_article(language="ar")
    make_article(
        language="en", published=False, translation_group=arabic.translation_group
    )

    assert set(hreflangs(read_page(client, arabic))) == {"ar"}


def test_translations_link_each_other_with_hreflang(client):
    arabic = make_article(language="ar")
    english = make_article(language="en", translation_group=arabic.translation_group)
    both = {"ar": absolute(arabic), "en": absolute(english)}

    assert hreflangs(read_page(client, arabic)) == both
    assert hreflangs(read_page(client, english)) == both


def test_open_graph_title_and_image(client):
    article = make_article(
        title="أسعار النفط ترتفع", lead_image=image_upload(), lead_image_caption="ناقلة"
    )

    head = read_page(client, article)

    assert head.meta["og:title"] == "أسعار النفط ترتفع"
    assert head.meta["og:type"] == "article"
    assert head.meta["og:image"].startswith(SITE + "/media/renditions/")
    assert head.meta["og:image:alt"] == "ناقلة"
    assert head.meta["twitter:card"] == "summary_large_image"


def test_json_ld_describes_the_news_article(client):
    author = make_person(names={"ar": "سارة", "en": "Sara"})
    editor = make_person(names={"ar": "شينغ", "en": "XingWentao"})
    article = make_article(
        title="أسعار النفط ترتفع",
        section=make_section(names={"ar": "اقتصاد", "en": "Economy"}),
        authors=[author],
        editor=editor,
        lead_image=image_upload(size=(1600, 900)),
        lead_image_caption="ناقلة",
    )
    article.refresh_from_db()

    data = read_page(client, article).json_ld()

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "أسعار النفط ترتفع"
    assert data["inLanguage"] == "ar"
    assert data["author"] == [
        {"@type": "Person", "name": "سارة", "url": f"{SITE}/ar/people/{author.slug}/"}
    ]
    assert data["editor"]["name"] == "شينغ"
    assert datetime.fromisoformat(data["datePublished"]) == article.published_at
    assert datetime.fromisoformat(data["dateModified"]) == article.updated_at
    assert data["image"]["url"].startswith(SITE + "/media/renditions/")
    assert data["image"]["width"] == 1200
    assert unquote(data["mainEntityOfPage"]) == absolute(article)


def test_json_ld_keeps_media_urls_on_another_host(client, settings):
    settings.MEDIA_URL = "https://media.example/"
    article = make_article(lead_image=image_upload())

    data = read_page(client, article).json_ld()

    assert data["image"]["url"].startswith("https://media.example/renditions/")


def test_hostile_title_cannot_break_out_of_json_ld_or_meta(client):
    article = make_article(title=BREAKOUT, summary=BREAKOUT)

    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    head = Head(html)

    # Nothing closed the JSON-LD element early and started a script of its own.
    json_ld = [s for s in head.scripts if s["type"] == "application/ld+json"]
    others = [s for s in head.scripts if s not in json_ld]
    assert len(json_ld) == 1
    assert not any("alert" in script["text"] for script in others)
    assert "<img src=x" not in html
    saved = BREAKOUT.replace("\u202e", "")  # the bidi override is dropped on save
    assert head.json_ld()["headline"] == saved
    assert head.meta["og:title"] == saved
    assert head.meta["og:description"] == saved
