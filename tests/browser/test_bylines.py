"""Bylines in the newsroom form, and newsroom screens in Arabic on desktop and phone."""

import pytest

from .conftest import DESKTOP, PHONE
from .helpers import log_in, open_page, settle

pytestmark = pytest.mark.browser

PASSWORD = "a-bylines-password-2026"


def test_editor_adds_a_columnist_and_moves_them_first_in_the_byline(
    site, new_page, screenshots
):
    from akhbar.news.models import Article, Person
    from tests.factories import make_user

    editor = make_user(role="editor", password=PASSWORD)
    article = site.arabic
    first = article.byline[0]
    columnist = Person.objects.get(role="columnist")
    page = new_page(viewport=DESKTOP)
    log_in(page, site, editor, PASSWORD)
    open_page(page, site(f"/ar/newsroom/news/article/{article.pk}/change/"))

    group = page.locator("#bylines-group")
    expect_rows = group.locator("tr.form-row:not(.empty-form)")
    new_row = expect_rows.last
    new_row.locator(".select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("مريم")
    page.locator(".select2-results__option", has_text="مريم العلي").click()
    new_row.locator("button[data-move=up]").click()
    # The moved row is now first, and the places follow the rows.
    assert expect_rows.first.locator("select").input_value() == str(columnist.pk)
    positions = expect_rows.locator("input.byline-position")
    assert [positions.nth(n).input_value() for n in range(2)] == ["0", "1"]
    group.screenshot(path=screenshots / "ar-newsroom-bylines-desktop.png")

    page.click("[name=_continue]")
    page.locator(".messagelist").wait_for(state="visible")
    article = Article.objects.get(pk=article.pk)
    assert article.byline == [columnist, first]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_newsroom_screens_in_arabic(site, new_page, screenshots, viewport):
    from tests.factories import make_user

    admin = make_user(role="admin", password=PASSWORD)
    page = new_page(viewport=viewport)
    log_in(page, site, admin, PASSWORD)
    size = "desktop" if viewport == DESKTOP else "phone"
    for name, path in [
        ("articles", "/ar/newsroom/news/article/"),
        ("people", "/ar/newsroom/news/person/"),
        ("users", "/ar/newsroom/auth/user/"),
    ]:
        open_page(page, site(path))
        assert page.locator("html").get_attribute("dir") == "rtl"
        note = page.locator(".time-zone-note")
        assert note.inner_text() == "الأوقات بتوقيت مكة المكرمة (غرينتش+3)"
        settle(page)
        page.screenshot(
            path=screenshots / f"ar-newsroom-{name}-{size}.png", full_page=True
        )


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_columnist_page_and_signed_opinion_cards(site, new_page, screenshots, viewport):
    from akhbar.news.models import Person

    columnist = Person.objects.get(role="columnist")
    size = "desktop" if viewport == DESKTOP else "phone"
    page = new_page(viewport=viewport)
    open_page(page, site(columnist.get_absolute_url()))
    assert page.locator("h1").inner_text().strip() == "مريم العلي"
    assert page.locator("img.person__photo").is_visible()
    assert page.locator(".card").count() == 2
    settle(page)
    page.screenshot(path=screenshots / f"ar-columnist-{size}.png", full_page=True)

    open_page(page, site("/ar/section/opinion/"))
    signed = page.locator(".card__columnist")
    assert signed.first.is_visible()
    assert signed.first.locator("img.card__columnist-photo").is_visible()
    assert "مريم العلي" in signed.first.inner_text()
    settle(page)
    page.screenshot(path=screenshots / f"ar-opinion-{size}.png", full_page=True)

    page.locator(".card__title a").first.click()
    page.wait_for_load_state("load")
    assert page.locator(".article__columnist-photo").is_visible()
    page.screenshot(path=screenshots / f"ar-opinion-article-{size}.png")
