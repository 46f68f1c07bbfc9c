"""An editor arranges the Arabic front page, previews it and publishes it; a
reader's home page shows it, on a phone and on a desktop, in both languages."""

import pytest

from .conftest import DESKTOP, PHONE
from .helpers import html_attributes, log_in, open_page, settle

pytestmark = pytest.mark.browser


def _block_kinds(page):
    return [
        page.locator(f"select[name='blocks-{n}-kind']").input_value()
        for n in range(page.locator("[data-sortable=block] > .front-item").count())
    ]


def test_editor_arranges_previews_and_publishes_the_front_page(
    site, new_page, screenshots
):
    from akhbar.frontpage.models import Front
    from akhbar.news.models import Article
    from tests.factories import make_user

    editor = make_user(role="editor", password="an-editor-password-2026")
    home = Front.objects.get(language="ar", section=None)
    # The oldest Arabic story with a picture: far from the newest.
    chosen = (
        Article.objects.published()
        .filter(language="ar")
        .exclude(pk=site.lead.pk)
        .exclude(lead_image="")
        .order_by("published_at")
        .first()
    )
    reader = new_page(viewport=DESKTOP)
    open_page(reader, site("/ar/"))  # cached before the change
    assert chosen.title not in reader.locator(".front-lead").inner_text()

    desk = new_page(viewport=DESKTOP)
    log_in(desk, site, editor, "an-editor-password-2026")
    open_page(desk, site("/ar/newsroom/"))
    desk.locator("a[href$='/newsroom/frontpage/front/']").first.click()
    desk.locator(f"a.button[href$='/frontpage/front/{home.pk}/change/']").click()
    desk.wait_for_load_state("load")

    # Pin the lead by type-ahead search (the admin's autocomplete).
    desk.locator("#id_lead + .select2 .select2-selection").click()
    desk.locator(".select2-search__field").fill(" ".join(chosen.title.split()[:2]))
    option = desk.locator(".select2-results__option", has_text=chosen.title)
    option.click()
    assert desk.locator("#id_lead").input_value() == str(chosen.pk)

    # Drag the second block above the first.
    items = desk.locator("[data-sortable=block] > .front-item")
    before = _block_kinds(desk)
    items.nth(1).locator(".front-item__handle").drag_to(items.nth(0))
    orders = [
        desk.locator(f"input[name='blocks-{n}-order']").input_value() for n in range(2)
    ]
    assert orders == ["1", "0"], "the order inputs follow the drop"
    desk.screenshot(path=screenshots / "frontpage-newsroom-ar.png", full_page=True)

    desk.locator("input[name=_preview]").click()
    desk.locator(".front-preview").wait_for(state="visible")
    assert chosen.title in desk.locator(".front-lead").inner_text()
    first_heading = desk.locator(".front-block").first.inner_text()
    settle(desk)
    desk.screenshot(path=screenshots / "frontpage-preview-ar.png")

    # Readers do not see the draft.
    open_page(reader, site("/ar/"))
    assert chosen.title not in reader.locator(".front-lead").inner_text()

    desk.locator(".front-preview button[type=submit]").click()
    desk.locator(".messagelist").wait_for(state="visible")

    for viewport, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
        page = new_page(viewport=viewport)
        open_page(page, site("/ar/"))
        assert html_attributes(page) == ("ar", "rtl")
        lead = page.locator(".front-lead")
        assert chosen.title in lead.inner_text()
        assert lead.locator("img").count() == 1
        assert page.locator(".front-block").first.inner_text() == first_heading
        assert before[1] != before[0]
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{name}: {width}px wide"
        settle(page)
        page.screenshot(path=screenshots / f"frontpage-ar-{name}.png", full_page=True)


@pytest.mark.parametrize("viewport, name", [(DESKTOP, "desktop"), (PHONE, "phone")])
def test_english_front_page_reads_left_to_right(
    site, new_page, screenshots, viewport, name
):
    page = new_page(viewport=viewport)
    open_page(page, site("/en/"))
    assert html_attributes(page) == ("en", "ltr")
    assert page.locator(".front-lead img").count() == 1
    assert page.locator(".front-block .block-heading").count() >= 2
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"]
    settle(page)
    page.screenshot(path=screenshots / f"frontpage-en-{name}.png", full_page=True)


def test_a_pinned_lead_without_a_picture_is_text_led_on_a_phone(
    site, new_page, screenshots
):
    from akhbar.frontpage.models import Front
    from akhbar.newsroom import frontpage
    from tests.factories import make_article, make_user

    editor = make_user(role="editor")
    bare = make_article(
        title="عاجل: مجلس الأمن يعقد جلسة طارئة مساء اليوم",
        summary="جلسة مغلقة بطلب من عدة دول أعضاء، والتفاصيل تتوالى.",
        section=site.arabic.section,
    )
    front = Front.objects.get(language="ar", section=None)
    frontpage.save_draft(front=front, lead=bare, top=[], blocks=[], by=editor)
    frontpage.publish_front(front=front, by=editor)
    from akhbar.news.cache import purge_reader_cache

    purge_reader_cache()  # the live server's test transaction has no commit
    page = new_page(viewport=PHONE)
    open_page(page, site("/ar/"))
    lead = page.locator(".front-lead--text")
    assert bare.title in lead.inner_text()
    assert lead.locator("img, .card__image").count() == 0
    # The top row still leads with pictures: filled by the newest that have one.
    assert page.locator(".front-row .card__image").count() == 4
    settle(page)
    page.screenshot(path=screenshots / "frontpage-textlead-ar-phone.png")


@pytest.mark.parametrize("viewport, name", [(DESKTOP, "desktop"), (PHONE, "phone")])
def test_a_section_page_leads_with_its_front_then_its_other_stories(
    site, new_page, screenshots, viewport, name
):
    page = new_page(viewport=viewport)
    open_page(page, site(f"/ar/section/{site.arabic.section.slug}/"))
    assert page.locator(".front-lead .card__image img").count() == 1
    assert page.locator("h1").inner_text().strip() == site.arabic.section.name
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"]
    settle(page)
    page.screenshot(
        path=screenshots / f"frontpage-section-ar-{name}.png", full_page=True
    )
