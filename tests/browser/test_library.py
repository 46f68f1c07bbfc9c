"""A signed-in reader saves articles and follows a section, with and without JS."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import PHONE
from .helpers import blocking_violations, describe, open_page, settle

pytestmark = pytest.mark.browser

PRESSED = "button[aria-pressed='true']"
NOT_PRESSED = "button[aria-pressed='false']"


@pytest.fixture
def reader(site):
    from tests.factories import make_user

    return make_user()


@pytest.fixture
def signed_in(site, new_page, reader):
    """Return a function making a page whose browser holds the reader's session."""
    from django.conf import settings
    from django.test import Client

    # The sign-in pages belong to akhbar.accounts; a session is all this needs.
    client = Client()
    client.force_login(reader)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value

    def make(**options):
        page = new_page(viewport=PHONE, **options)
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": site.url}]
        )
        return page

    return make


def saved_titles(reader) -> list[str]:
    from akhbar.library.models import Bookmark

    return [b.article.title for b in Bookmark.objects.saved_by(reader)]


def fits_the_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_reader_saves_an_article_without_a_page_reload(
    site, signed_in, reader, screenshots
):
    page = signed_in()
    open_page(page, site(site.arabic.get_absolute_url()))
    save = page.locator(".article__actions form[data-toggle]")
    assert save.locator(NOT_PRESSED).is_visible()
    # A reload would forget this mark.
    page.evaluate("window.stillTheSamePage = true")
    loads = []
    page.on("load", lambda _: loads.append(page.url))

    save.locator("button").click()
    save.locator(PRESSED).wait_for()
    assert page.evaluate("window.stillTheSamePage === true")
    assert loads == []
    assert saved_titles(reader) == [site.arabic.title]
    # The live region tells screen-reader users what happened.
    expect(page.locator("body > p[role=status]")).to_have_text(re.compile(r"\S"))
    settle(page)
    assert fits_the_phone(page)
    page.screenshot(path=screenshots / "ar-article-saved-phone.png")

    # The same button now removes it, still without a reload.
    save.locator("button").click()
    save.locator(NOT_PRESSED).wait_for()
    assert saved_titles(reader) == []
    assert page.evaluate("window.stillTheSamePage === true")


def test_reader_saves_with_javascript_off_and_finds_it_on_the_saved_page(
    site, signed_in, reader, screenshots
):
    from akhbar.news.models import Article

    page = signed_in(java_script_enabled=False)
    article = site.arabic
    open_page(page, site(article.get_absolute_url()))
    with page.expect_navigation():
        page.locator(".article__actions button").click()
    assert page.url == site(article.get_absolute_url())
    assert page.locator(".messages").is_visible()
    assert page.locator(f".article__actions {PRESSED}").is_visible()

    # A second story, saved with JavaScript on, goes to the top of the list.
    other = Article.objects.published().in_language("ar").exclude(pk=article.pk).first()
    scripted = signed_in()
    open_page(scripted, site(other.get_absolute_url()))
    scripted.locator(".article__actions button").click()
    scripted.locator(f".article__actions {PRESSED}").wait_for()
    assert saved_titles(reader) == [other.title, article.title]

    # The saved page lists both, without JavaScript too.
    open_page(page, site("/ar/me/saved/"))
    titles = [
        t.strip() for t in page.locator(".shelf .card__title a").all_inner_texts()
    ]
    assert titles == [other.title, article.title]

    # (Layout, screenshot and axe need scripts in the page: the scripted one.)
    open_page(scripted, site("/ar/me/saved/"))
    settle(scripted)
    assert scripted.locator("html").get_attribute("dir") == "rtl"
    assert fits_the_phone(scripted)
    scripted.screenshot(path=screenshots / "ar-saved-phone.png", full_page=True)
    violations = blocking_violations(scripted)
    assert not violations, describe(scripted.url, violations)


def test_reader_follows_a_section_and_reads_it_on_my_news(
    site, signed_in, reader, screenshots
):
    from akhbar.news.models import Article

    section = site.arabic.section
    page = signed_in()
    open_page(page, site(section.get_absolute_url()))
    follow = page.locator(".page-header__actions form[data-toggle]")
    follow.locator("button").click()
    follow.locator(PRESSED).wait_for()
    settle(page)
    page.screenshot(path=screenshots / "ar-section-following-phone.png")

    open_page(page, site("/ar/me/news/"))
    settle(page)
    expected = list(
        Article.objects.published()
        .in_language("ar")
        .in_section(section)
        .newest_first()
        .values_list("title", flat=True)[:20]
    )
    titles = [
        t.strip() for t in page.locator(".shelf .card__title a").all_inner_texts()
    ]
    assert titles == expected
    assert page.locator(".following__item a").inner_text().strip() == section.name
    assert fits_the_phone(page)
    page.screenshot(path=screenshots / "ar-my-news-phone.png", full_page=True)
    violations = blocking_violations(page)
    assert not violations, describe(page.url, violations)

    # Saving from "my news" works in place too.
    first = page.locator(".shelf__item").first
    first.locator("button").click()
    first.locator(PRESSED).wait_for()
    assert saved_titles(reader) == [expected[0]]
