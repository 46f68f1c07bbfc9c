"""Two people post to one live story; a reader's open page shows both updates
without a reload. Screenshots of the reader page and the desk, both languages."""

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE
from .helpers import html_attributes, log_in, open_page, settle

pytestmark = pytest.mark.browser

FROM_REPORTER = "مراسلنا في القاعة: الوفود تصوّت الآن على البيان الختامي"
FROM_EDITOR = "تأكيد: البيان الختامي يُعتمد بالإجماع بعد تعديل الفقرة الثالثة"


def test_two_staff_post_and_an_open_page_shows_both_without_reload(
    site, new_page, screenshots, settings
):
    from akhbar.live.models import LiveCoverage
    from tests.factories import make_user

    settings.AKHBAR_LIVE_POLL_INTERVAL = 1  # seconds; the page says so itself
    coverage = LiveCoverage.objects.select_related("article").get(
        article__language="ar"
    )
    article_url = site(coverage.article.get_absolute_url())
    desk_url = site(f"/ar/newsroom/live/livecoverage/{coverage.pk}/change/")

    reader = new_page(viewport=PHONE)
    open_page(reader, article_url)
    assert reader.locator("[data-live-poll]").get_attribute("data-live-interval") == "1"
    assert reader.locator(".live-update").count() >= 6
    expect(reader.locator(".live__pinned")).to_be_visible()

    people = [
        (make_user(role="reporter", password="a-reporter-password-26"), FROM_REPORTER),
        (make_user(role="editor", password="an-editor-password-2026"), FROM_EDITOR),
    ]
    passwords = ["a-reporter-password-26", "an-editor-password-2026"]
    for (user, text), password in zip(people, passwords, strict=True):
        desk = new_page(viewport=DESKTOP)
        log_in(desk, site, user, password)
        open_page(desk, desk_url)
        desk.fill("#live-body", text)
        desk.click(".live-desk__post button[type=submit]")
        expect(desk.locator(".messagelist")).to_be_visible()
        expect(desk.locator(".live-desk__update").first).to_contain_text(text)

    # The reader never reloaded: both arrive by polling, newest on top.
    stream = reader.locator("[data-live-stream] .live-update")
    expect(stream.nth(0)).to_contain_text(FROM_EDITOR)
    expect(stream.nth(1)).to_contain_text(FROM_REPORTER)
    expect(reader.locator("[data-live-announce]")).not_to_be_empty()
    assert reader.evaluate("performance.getEntriesByType('navigation').length") == 1

    settle(reader)
    assert html_attributes(reader) == ("ar", "rtl")
    assert reader.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    reader.locator("#live").screenshot(path=screenshots / "ar-live-phone.png")
    desk.set_viewport_size(PHONE)
    desk.reload()
    settle(desk)
    desk.screenshot(path=screenshots / "ar-live-desk-phone.png", full_page=True)
    desk.set_viewport_size(DESKTOP)
    open_page(desk, desk_url.replace("/ar/", "/en/"))
    settle(desk)
    desk.screenshot(path=screenshots / "en-live-desk.png", full_page=True)


def test_reader_pages_in_both_languages(site, new_page, screenshots):
    from akhbar.live.models import LiveCoverage

    for language in ("ar", "en"):
        coverage = LiveCoverage.objects.select_related("article").get(
            article__language=language
        )
        for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            page = new_page(viewport=viewport)
            open_page(page, site(coverage.article.get_absolute_url()))
            expect(page.locator(".live-badge")).to_be_visible()
            settle(page)
            assert html_attributes(page)[0] == language
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= viewport["width"]
            page.screenshot(
                path=screenshots / f"{language}-live-{name}-page.png", full_page=True
            )
