"""Pictures, a gallery and an embed in a real browser, in both languages.

Nothing may leave the site before the reader asks: every request is recorded,
and requests to other hosts are answered by an abort (the test needs no
network, yet sees that the browser tried).
"""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from akhbar.demo.loader import story_group
from akhbar.demo.media import STORY
from akhbar.news import services
from akhbar.news.models import Article
from tests.factories import make_article, make_section, publish
from tests.media.conftest import make_picture

from .conftest import DESKTOP, PHONE
from .helpers import blocking_violations, open_page, settle

pytestmark = pytest.mark.browser

VIDEO = "jNQXAC9IVRw"
TEXT = {
    "ar": ("معرض صور من سوق مطرح", "لقطة من السوق"),
    "en": ("Pictures from Mutrah souq", "A scene in the souq"),
}


def story(language: str) -> Article:
    """Publish a story with a picture in its text, a gallery of three and a video."""
    article = make_article(
        language=language,
        title=TEXT[language][0],
        section=make_section(),
        body="<p>.</p>",
    )
    placed = make_picture(article, caption=TEXT[language][1], credit="Akhbar")
    for n in range(3):
        make_picture(
            article, caption=f"{TEXT[language][1]} {n + 1}", in_gallery=True,
            position=n, size=(1200, 800),
        )  # fmt: skip
    first = "قبل الصورة فقرة من النص." if language == "ar" else "A paragraph first."
    article.body = (
        f"<p>{first}</p><p>[picture {placed.pk}]</p>"
        f'<p><a href="https://www.youtube.com/watch?v={VIDEO}">video</a></p>'
        f"<p>{first}</p>"
    )
    services.save_article(article=article)
    return publish(article)


class Outside:
    """Abort and remember every request that would leave the live server."""

    def __init__(self, page, origin: str):
        self.own = urlsplit(origin).netloc
        self.tried: list[str] = []
        page.route("**/*", self.handle)

    def handle(self, route):
        url = route.request.url
        if urlsplit(url).netloc == self.own or url.startswith("data:"):
            route.continue_()
        else:
            self.tried.append(url)
            route.abort()


@pytest.mark.parametrize(
    "language, viewport, name",
    [("ar", PHONE, "phone"), ("ar", DESKTOP, "desktop"),
     ("en", PHONE, "phone"), ("en", DESKTOP, "desktop")],
)  # fmt: skip
def test_nothing_leaves_the_site_until_the_reader_asks(
    site, new_page, screenshots, language, viewport, name
):
    article = story(language)
    page = new_page(viewport=viewport)
    outside = Outside(page, site.url)
    open_page(page, site(article.get_absolute_url()))
    settle(page)

    expect(page.locator(".story-figure img")).to_be_visible()
    expect(page.locator(".gallery__item")).to_have_count(3)
    button = page.locator(".embed__button")
    expect(button).to_be_visible()
    # Phone pages must not scroll sideways; the gallery strip scrolls inside.
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth + 1")
    page.screenshot(path=screenshots / f"media-{language}-{name}.png", full_page=True)
    page.locator(".embed").scroll_into_view_if_needed()
    page.screenshot(path=screenshots / f"media-{language}-{name}-embed.png")
    assert new_page.requests.foreign() == []
    assert outside.tried == []

    src = f"https://www.youtube-nocookie.com/embed/{VIDEO}"
    # Wait for the browser's attempt itself (the route aborts it).
    with page.expect_request(src):
        button.click()

    frame = page.locator(f'iframe[src="{src}"]')
    expect(frame).to_be_attached()
    expect(frame).to_be_focused()
    expect(page.locator(".embed__button")).to_have_count(0)
    hosts = {urlsplit(url).netloc for url in new_page.requests.foreign()}
    assert hosts == {"www.youtube-nocookie.com"}


def test_without_script_the_embed_is_a_plain_link(site, new_page):
    article = story("ar")
    page = new_page(viewport=PHONE, java_script_enabled=False)
    Outside(page, site.url)
    open_page(page, site(article.get_absolute_url()))

    expect(page.locator(".embed__button")).to_be_hidden()
    link = page.locator(".embed__link a")
    expect(link).to_be_visible()
    assert link.get_attribute("href") == f"https://www.youtube.com/watch?v={VIDEO}"
    expect(page.locator(".gallery__item").first).to_be_visible()
    assert new_page.requests.foreign() == []


def test_gallery_scrolls_from_the_start_side_in_arabic(site, new_page):
    article = story("ar")
    page = new_page(viewport=PHONE)
    Outside(page, site.url)
    open_page(page, site(article.get_absolute_url()))
    items = page.locator(".gallery__item")
    first, second = items.nth(0).bounding_box(), items.nth(1).bounding_box()
    # Right to left: the first picture is at the right, the next to its left.
    assert second["x"] < first["x"]
    strip = page.locator(".gallery__strip")
    strip.focus()
    expect(strip).to_be_focused()


def test_demo_gallery_story_is_accessible(site, new_page, screenshots):
    article = Article.objects.published().get(
        translation_group=story_group(STORY), language="ar"
    )
    page = new_page()
    Outside(page, site.url)
    open_page(page, site(article.get_absolute_url()))
    settle(page)
    expect(page.locator(".gallery__item")).to_have_count(article.pictures.count())
    expect(page.locator(".embed__button")).to_be_visible()
    page.screenshot(path=screenshots / "media-demo-ar-desktop.png", full_page=True)
    assert blocking_violations(page) == []
    assert new_page.requests.foreign() == []


def test_editor_sees_each_pictures_marker_in_the_article_form(
    site, new_page, screenshots
):
    from tests.factories import make_user

    from .helpers import log_in

    article = Article.objects.published().get(
        translation_group=story_group(STORY), language="ar"
    )
    editor = make_user(role="editor")
    page = new_page()
    log_in(page, site, editor, "a-long-test-password")
    open_page(page, site(f"/ar/newsroom/news/article/{article.pk}/change/"))
    first = article.pictures.first()
    marker = page.get_by_text(f"[صورة {first.pk}]")
    expect(marker).to_be_visible()
    group = page.locator("#pictures-group")
    group.screenshot(path=screenshots / "media-newsroom-ar-inline.png")


PROVIDER_POSTS = {
    "instagram": (
        "https://www.instagram.com/p/C7abcDEF123/",
        "https://www.instagram.com/p/C7abcDEF123/embed/",
    ),
    "facebook": (
        "https://www.facebook.com/aljazeera/posts/10161",
        "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com"
        "%2Faljazeera%2Fposts%2F10161%2F&show_text=true&width=500",
    ),
    "tiktok": (
        "https://www.tiktok.com/@news.desk/video/7301234567890",
        "https://www.tiktok.com/player/v1/7301234567890",
    ),
}


def test_each_provider_frames_only_after_its_own_click(site, new_page):
    article = make_article(
        section=make_section(),
        body="".join(
            f'<p><a href="{post}">{name}</a></p>'
            for name, (post, _) in PROVIDER_POSTS.items()
        )
        + '<p><a href="https://x.com/AlArabiya/status/1790">X</a></p>',
    )
    publish(article)
    page = new_page(viewport=PHONE)
    outside = Outside(page, site.url)
    open_page(page, site(article.get_absolute_url()))
    # X has no frame: its box is a link that opens the post on X.
    expect(page.locator(".embed--x .embed__button")).to_have_count(0)
    expect(
        page.locator('.embed--x a[href="https://x.com/AlArabiya/status/1790"]')
    ).to_be_visible()

    asked = set()
    for name, (_, frame_src) in PROVIDER_POSTS.items():
        hosts = {urlsplit(url).netloc for url in new_page.requests.foreign()}
        assert hosts == asked  # only the providers the reader asked for so far
        with page.expect_request(frame_src):
            page.locator(f".embed--{name} .embed__button").click()
        frame = page.locator(f'.embed--{name} iframe[src="{frame_src}"]')
        expect(frame).to_be_attached()
        asked.add(urlsplit(frame_src).netloc)
    assert {urlsplit(url).netloc for url in outside.tried} == asked
