"""sitemap.xml (index, sections, hreflang), news-sitemap.xml and robots.txt."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import unquote

import pytest
from django.utils import timezone

from tests.factories import make_article, make_section, unpublish

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
SITE = "https://akhbar.example"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.AKHBAR_SITE_URL = SITE


def fetch_xml(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return response, ET.fromstring(response.content)


def absolute(obj) -> str:
    return SITE + unquote(obj.get_absolute_url())


def urls(root) -> dict[str, dict[str, str]]:
    """Return {loc: {hreflang: href}} of a urlset."""
    return {
        unquote(url.findtext(f"{SM}loc")): {
            link.get("hreflang"): unquote(link.get("href"))
            for link in url.findall(f"{XHTML}link")
        }
        for url in root.iter(f"{SM}url")
    }


def test_sitemap_index_lists_its_sections_on_the_site_url(client):
    make_article()

    response, root = fetch_xml(client, "/sitemap.xml", HTTP_HOST="localhost")

    locations = [loc.text for loc in root.iter(f"{SM}loc")]
    assert locations == [
        f"{SITE}/sitemap-articles.xml",
        f"{SITE}/sitemap-sections.xml",
        f"{SITE}/sitemap-home.xml",
    ]
    assert b"localhost" not in response.content


def test_every_sitemap_in_the_index_can_be_fetched(client):
    make_article()
    _response, index = fetch_xml(client, "/sitemap.xml")

    for loc in index.iter(f"{SM}loc"):
        _response, root = fetch_xml(client, loc.text.removeprefix(SITE))
        assert root.tag == f"{SM}urlset"


def test_article_sitemap_lists_only_published_due_articles(client):
    shown = make_article()
    draft = make_article(published=False)
    scheduled = make_article(published_at=timezone.now() + timedelta(hours=1))
    withdrawn = make_article()
    unpublish(withdrawn)

    _response, root = fetch_xml(client, "/sitemap-articles.xml")

    assert set(urls(root)) == {absolute(shown)}
    for hidden in (draft, scheduled, withdrawn):
        assert f"/article/{hidden.pk}/" not in ET.tostring(root, encoding="unicode")


def test_translations_point_at_each_other_with_hreflang(client):
    arabic = make_article(language="ar")
    english = make_article(language="en", translation_group=arabic.translation_group)
    alternates = {
        "ar": absolute(arabic),
        "en": absolute(english),
    }

    _response, root = fetch_xml(client, "/sitemap-articles.xml")

    assert urls(root) == {
        alternates["ar"]: alternates,
        alternates["en"]: alternates,
    }


def test_unpublished_translation_is_no_alternate(client):
    arabic = make_article(language="ar")
    make_article(
        language="en", published=False, translation_group=arabic.translation_group
    )

    _response, root = fetch_xml(client, "/sitemap-articles.xml")

    assert urls(root) == {absolute(arabic): {}}


def test_section_and_home_sitemaps_have_every_language(client):
    make_article(section=make_section(slug="world"))

    _response, sections = fetch_xml(client, "/sitemap-sections.xml")
    _response, home = fetch_xml(client, "/sitemap-home.xml")

    both = {"ar": f"{SITE}/ar/section/world/", "en": f"{SITE}/en/section/world/"}
    assert urls(sections) == {both["ar"]: both, both["en"]: both}
    assert set(urls(home)) == {f"{SITE}/ar/", f"{SITE}/en/"}


@pytest.mark.parametrize("section", ["articles", "sections", "home"])
def test_sitemap_urls_use_site_url_even_with_another_host(client, section):
    arabic = make_article(language="ar")
    make_article(language="en", translation_group=arabic.translation_group)

    response, root = fetch_xml(client, f"/sitemap-{section}.xml", HTTP_HOST="localhost")

    assert b"localhost" not in response.content
    for loc, alternates in urls(root).items():
        assert loc.startswith(SITE + "/")
        assert all(href.startswith(SITE + "/") for href in alternates.values())


@pytest.mark.parametrize(
    "url",
    ["/sitemap-nope.xml", "/sitemap-articles.xml?p=abc", "/sitemap-articles.xml?p=99"],
)
def test_unknown_sitemap_or_page_is_404(client, url):
    make_article()

    assert client.get(url).status_code == 404


def test_news_sitemap_lists_only_the_last_48_hours(client):
    now = timezone.now()
    recent = make_article(published_at=now - timedelta(hours=47))
    make_article(published_at=now - timedelta(hours=49))
    make_article(published_at=now + timedelta(hours=1))
    make_article(published=False)

    _response, root = fetch_xml(client, "/news-sitemap.xml", HTTP_HOST="localhost")

    (url,) = root.iter(f"{SM}url")
    assert unquote(url.findtext(f"{SM}loc")) == absolute(recent)
    news = url.find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}title") == recent.title
    assert news.find(f"{NEWS}publication").findtext(f"{NEWS}language") == "ar"
    assert news.find(f"{NEWS}publication").findtext(f"{NEWS}name")
    assert news.findtext(f"{NEWS}publication_date").startswith(
        timezone.localtime(recent.published_at).strftime("%Y-%m-%dT%H:%M")
    )


def test_news_sitemap_escapes_titles_and_drops_control_characters(client):
    make_article(
        title="<img src=x onerror=alert(1)> \u202e & \x0bخبر",
        # Within the news sitemap's 48 hours, however many articles came first.
        published_at=timezone.now() - timedelta(minutes=5),
    )

    response, root = fetch_xml(client, "/news-sitemap.xml")

    assert b"<img" not in response.content
    title = next(root.iter(f"{NEWS}title")).text
    assert title == "<img src=x onerror=alert(1)>  & خبر"  # U+202E dropped on save


def test_robots_txt_points_at_both_sitemaps_on_the_site_url(client):
    response = client.get("/robots.txt", HTTP_HOST="localhost")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert f"Sitemap: {SITE}/news-sitemap.xml" in lines
    assert "Disallow: /ar/newsroom/" in lines
