"""Searching the demo in a real browser: Arabic word forms, highlights, type-ahead."""

import pytest

from .conftest import PHONE
from .helpers import blocking_violations, describe, html_attributes, open_page, settle

pytestmark = pytest.mark.browser


@pytest.fixture
def indexed(site):
    """The demo rows are replayed without their tasks: index them as a deploy would."""
    from akhbar.search.services import rebuild_index

    report = rebuild_index()
    assert report.indexed > 10
    return site


def test_a_prefixed_form_finds_the_article_on_a_phone(indexed, new_page, screenshots):
    page = new_page(viewport=PHONE)
    open_page(page, indexed("/ar/"))
    box = page.locator("#site-search-q")
    # للطاقة is nowhere in the demo: only الطاقة is, found by taking off لل.
    box.fill("للطاقة")
    box.press("Enter")
    page.wait_for_url("**/ar/search/?q=*")
    assert html_attributes(page) == ("ar", "rtl")
    titles = page.locator(".search-result__title")
    assert titles.count() >= 1
    assert "الطاقة الشمسية" in titles.first.inner_text()
    marks = page.locator(".search-result mark").all_inner_texts()
    assert "الطاقة" in marks
    assert page.locator("#search-q").input_value() == "للطاقة"
    settle(page)
    page.screenshot(path=screenshots / "ar-search-phone.png", full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().width > innerWidth)
            .slice(0, 5).map(e => e.tagName + '.' + e.className)"""
    )
    assert width <= PHONE["width"], f"the results page is {width}px wide: {wide}"
    direction = page.evaluate(
        "getComputedStyle(document.querySelector('.search-result')).direction"
    )
    assert direction == "rtl"
    violations = blocking_violations(page)
    assert not violations, describe(page.url, violations)


def test_search_works_with_javascript_off(indexed, new_page):
    page = new_page(java_script_enabled=False)
    open_page(page, indexed("/en/"))
    page.locator("#site-search-q").fill("dialect")
    page.locator(".site-search__button").click()
    page.wait_for_url("**/en/search/?q=dialect")
    assert html_attributes(page) == ("en", "ltr")
    assert page.locator(".search-result mark").first.inner_text() == "dialects"
    assert page.locator(".search-suggestions").count() == 0


def test_type_ahead_offers_titles_and_keys_lead_to_the_article(indexed, new_page):
    page = new_page()
    open_page(page, indexed("/ar/"))
    box = page.locator("#site-search-q")
    box.press_sequentially("الصي", delay=30)
    options = page.locator(".search-suggestions [role='option']")
    options.first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    first_title = options.first.inner_text()
    assert "الصين" in first_title or "الصيني" in first_title
    box.press("ArrowDown")
    assert options.first.get_attribute("aria-selected") == "true"
    box.press("Enter")
    page.wait_for_url("**/ar/article/**")
    assert page.locator("h1").inner_text().strip() == first_title.strip()


def test_search_page_has_no_accessibility_violations(indexed, new_page, screenshots):
    page = new_page()
    open_page(page, indexed("/ar/search/?q=بريكس"))
    settle(page)
    violations = blocking_violations(page)
    assert not violations, describe(page.url, violations)
    page.screenshot(path=screenshots / "ar-search-desktop.png", full_page=True)
    open_page(page, indexed("/ar/search/?q=كلمةغيرموجودة"))
    assert page.locator(".search-empty").is_visible()
