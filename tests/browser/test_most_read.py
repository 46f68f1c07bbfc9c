"""Most read: a real browser's view of an article reaches the read beacon."""

import pytest
from playwright.sync_api import expect

from .conftest import PHONE
from .helpers import open_page, settle

pytestmark = pytest.mark.browser

# Chromium as a reader has it; the tests' headless one says "HeadlessChrome".
READER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36"
)


def reads_of(article) -> int:
    from akhbar.readership.models import ReadTally
    from akhbar.readership.services import flush_reads

    flush_reads()
    return sum(
        ReadTally.objects.filter(article=article).values_list("count", flat=True)
    )


def is_beacon(response) -> bool:
    return response.url.endswith("/reads/") and response.request.method == "POST"


def test_viewing_an_article_counts_one_read_on_our_own_server(
    site, new_page, screenshots
):
    before = reads_of(site.arabic)
    page = new_page(viewport=PHONE, user_agent=READER)
    with page.expect_response(is_beacon) as beacon:
        open_page(page, site(site.arabic.get_absolute_url()))
    assert beacon.value.status == 204
    assert reads_of(site.arabic) == before + 1
    assert new_page.requests.foreign() == []

    block = page.locator(".most-read")
    expect(block).to_be_visible()
    expect(block.locator("h2")).to_have_text("الأكثر قراءة")
    expect(block.locator(".most-read__item")).to_have_count(5)
    settle(page)
    block.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "most-read-ar-phone.png")
    block.screenshot(path=screenshots / "most-read-ar-phone-block.png")


def test_most_read_in_english_on_a_desktop(site, new_page, screenshots):
    page = new_page(user_agent=READER)
    with page.expect_response(is_beacon):
        open_page(page, site(site.english.get_absolute_url()))
    block = page.locator(".most-read")
    expect(block).to_be_visible()
    expect(block.locator("h2")).to_have_text("Most read")
    for link in block.locator("a").all():
        assert link.get_attribute("href").startswith("/en/")
    settle(page)
    block.screenshot(path=screenshots / "most-read-en-desktop-block.png")


def test_a_headless_browser_is_not_counted(site, new_page):
    before = reads_of(site.arabic)
    page = new_page()  # Playwright's chromium: "HeadlessChrome" in its user agent
    with page.expect_response(is_beacon) as beacon:
        open_page(page, site(site.arabic.get_absolute_url()))
    assert beacon.value.status == 204
    assert reads_of(site.arabic) == before
