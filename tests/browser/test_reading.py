"""A reader's path through the site in a real browser, in both languages."""

import re

import pytest

from .conftest import PHONE
from .helpers import (
    blocking_violations,
    html_attributes,
    open_page,
    settle,
)

pytestmark = pytest.mark.browser


def test_arabic_home_is_right_to_left_and_leads_to_the_lead_story(site, new_page):
    page = new_page()
    open_page(page, site("/ar/"))
    assert html_attributes(page) == ("ar", "rtl")

    page.locator(".front-lead .card__title a").click()
    page.wait_for_url(site(site.lead.get_absolute_url()))
    assert html_attributes(page) == ("ar", "rtl")
    # The heading is the title, after the story's label if it has one.
    assert page.locator("h1").inner_text().strip().endswith(site.lead.title)
    credit = page.locator(".article__editor")
    if site.lead.editor:
        assert credit.inner_text().strip().endswith("/" + site.lead.editor.name)
    else:
        assert credit.count() == 0


def test_editor_credit_follows_the_last_paragraph(site, new_page):
    page = new_page()
    open_page(page, site(site.arabic.get_absolute_url()))
    credit = page.locator(".article__body + .article__editor")
    assert credit.is_visible()
    assert re.fullmatch(
        r".+/" + re.escape(site.arabic.editor.name), credit.inner_text()
    )


def test_language_switch_leads_to_the_english_version(site, new_page):
    page = new_page()
    open_page(page, site(site.arabic.get_absolute_url()))

    page.locator(".language-switch a[hreflang='en']").click()
    page.wait_for_url(site(site.english.get_absolute_url()))
    assert html_attributes(page) == ("en", "ltr")
    assert page.locator("h1").inner_text().strip().endswith(site.english.title)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_pages_fit_a_phone_screen_without_sideways_scrolling(site, new_page, language):
    page = new_page(viewport=PHONE)
    too_wide = {}
    for name, url in site.pages(language).items():
        open_page(page, url)
        settle(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[name] = width
    assert not too_wide, f"pages wider than {PHONE['width']}px: {too_wide}"


def test_article_reads_with_javascript_disabled(site, new_page):
    page = new_page(java_script_enabled=False)
    open_page(page, site(site.arabic.get_absolute_url()))
    body = page.locator(".article__body")
    assert body.is_visible()
    assert body.locator("p").count() >= 2
    assert page.locator(".article__title").is_visible()


def test_pages_request_nothing_from_other_hosts(site, new_page):
    page = new_page()
    for language in ("ar", "en"):
        for url in site.pages(language).values():
            open_page(page, url)
            settle(page)
    assert new_page.requests.foreign() == []
    assert any(url.endswith(".woff2") for url in new_page.requests.urls), (
        "the self-hosted fonts were never loaded"
    )


def test_skip_link_appears_on_first_tab_and_jumps_to_content(site, new_page):
    # Reduced motion: the link appears at once instead of sliding in.
    page = new_page(viewport=PHONE, reduced_motion="reduce")
    open_page(page, site("/ar/"))
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("link => link === document.activeElement")
    outline = skip.evaluate("link => getComputedStyle(link).outlineStyle")
    assert outline == "solid", "keyboard focus has no visible outline"
    box = skip.bounding_box()
    assert box and box["width"] > 20 and box["height"] > 20
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert 0 <= box["y"] < PHONE["height"]
    page.keyboard.press("Enter")
    page.wait_for_url(site("/ar/#main"))


def test_missing_page_is_styled_and_right_to_left(site, new_page):
    page = new_page()
    response = page.goto(site("/ar/no-such-page/"))
    assert response.status == 404
    assert html_attributes(page) == ("ar", "rtl")
    assert page.locator(".error-page h1").is_visible()
    assert page.locator(".site-nav").is_visible()


def test_editors_preview_of_a_draft_shows_a_banner(site, new_page, screenshots):
    from django.conf import settings
    from django.test import Client

    from tests.factories import make_article, make_user

    draft = make_article(
        published=False,
        title="مسودة: ممرات النقل في آسيا الوسطى",
        section=site.arabic.section,
    )
    client = Client()
    client.force_login(make_user(role="editor"))
    page = new_page(viewport=PHONE)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": site.url,
            }
        ]
    )
    open_page(page, site(f"/ar/newsroom/news/article/{draft.pk}/preview/"))
    banner = page.locator(".preview-banner")
    assert banner.is_visible()
    assert page.locator("h1").inner_text().strip() == draft.title
    assert page.locator("meta[name=robots]").get_attribute("content") == (
        "noindex, nofollow"
    )
    settle(page)
    page.screenshot(path=screenshots / "ar-preview-phone.png", full_page=True)


def test_server_error_page_stands_alone_in_both_languages(site, new_page, screenshots):
    from akhbar.web.views import server_error

    html = server_error(None).content.decode()
    page = new_page(viewport=PHONE)
    open_page(page, site("/ar/"))
    # Written into a live-server page so /static/web/css/error.css resolves.
    page.set_content(html, wait_until="load")
    assert html_attributes(page) == ("ar", "rtl")
    assert page.locator("section[lang='en'] h2").is_visible()
    border = page.evaluate("getComputedStyle(document.body).borderBlockStartWidth")
    assert border == "5px", "error.css was not applied"
    assert blocking_violations(page) == []
    settle(page)
    page.screenshot(path=screenshots / "500-phone.png", full_page=True)


RICH_BODY = """
<p>فقرة افتتاحية فيها <strong>نص بارز</strong> و<em>نص مائل</em> ورابط إلى
<a href="https://example.org/">موقع المنظمة</a> واختصار لاتيني مثل AUKUS و BRICS +.</p>
<h2>عنوان فرعي من المستوى الثاني</h2>
<p>رابط طويل بلا مسافات:
https://example.org/a/very/long/path/that/never/breaks/by/itself/on/a/phone/screen/1234567890</p>
<blockquote><p>«اقتباس من مسؤول يشرح موقف بلاده من الممرات الجديدة.»</p></blockquote>
<h3>عنوان من المستوى الثالث</h3>
<ul><li>البند الأول في القائمة</li><li>البند الثاني في القائمة</li></ul>
<ol><li>الخطوة الأولى</li><li>الخطوة الثانية</li></ol>
<hr>
<p dir="ltr">A Latin quotation marked left-to-right inside the Arabic story.</p>
<p>كلمةطويلةجدابلامسافاتكلمةطويلةجدابلامسافاتكلمةطويلةجدابلامسافاتكلمةطويلةجدا</p>
"""


def test_rich_article_body_fits_a_phone(site, new_page, screenshots):
    from tests.factories import make_article

    article = make_article(
        title="مقال تجريبي بكل عناصر النص",
        body=RICH_BODY,
        section=site.arabic.section,
        editor=site.arabic.editor,
    )
    page = new_page(viewport=PHONE)
    open_page(page, site(article.get_absolute_url()))
    settle(page)
    body = page.locator(".article__body")
    for selector in ("h2", "h3", "blockquote", "ul li", "ol li", "a[href]"):
        assert body.locator(selector).first.is_visible(), selector
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=screenshots / "ar-prose-phone.png", full_page=True)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_phone_header_keeps_logo_language_and_sign_in_on_one_row(
    site, new_page, language
):
    page = new_page(viewport=PHONE)
    open_page(page, site(f"/{language}/"))
    logo = page.locator(".site-header__logo").bounding_box()
    other = page.locator(".language-switch a[hreflang]").first
    sign_in = page.locator(".account-nav a").first
    for link in (other, sign_in):
        box = link.bounding_box()
        assert box["y"] < logo["y"] + logo["height"], link
    # The current language is shown by the page itself, not by a second pill.
    assert not page.locator(".language-switch [aria-current]").is_visible()
    search = page.locator(".site-search").bounding_box()
    assert search["y"] >= logo["y"] + logo["height"]
