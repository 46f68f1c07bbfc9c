"""An editor writes and publishes an Arabic article in the newsroom."""

import pytest

from .conftest import DESKTOP
from .helpers import log_in, open_page

pytestmark = pytest.mark.browser

TITLE = "وزراء الطاقة العرب يتفقون على ربط شبكات الكهرباء"


def test_editor_publishes_article_that_reaches_home_section_feed_and_api(
    site, new_page, screenshots
):
    from tests.factories import make_user

    editor = make_user(role="editor", password="an-editor-password-2026")
    page = new_page(viewport=DESKTOP)
    log_in(page, site, editor, "an-editor-password-2026")
    open_page(page, site("/ar/newsroom/news/article/add/"))
    assert page.locator("html").get_attribute("dir") == "rtl"

    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "اتفاق على جدول زمني لربط الشبكات بحلول 2030.")
    editor_area = page.locator(".ProseMirror[contenteditable=true]")
    editor_area.click()
    page.keyboard.type("اجتمع وزراء الطاقة العرب في عمّان واتفقوا على خطة مشتركة.")
    page.locator("#id_section").select_option(str(site.arabic.section.pk))
    page.screenshot(path=screenshots / "ar-newsroom-add-desktop.png", full_page=True)
    assert editor_area.bounding_box()["height"] > 300  # room to write
    page.click("input[name=_publish]")
    page.locator(".messagelist").wait_for(state="visible")

    from akhbar.news.models import Article

    article = Article.objects.get(title=TITLE)
    assert "اجتمع وزراء الطاقة العرب" in article.body
    assert article.body.startswith("<p>")
    link = article.get_absolute_url()
    for path in [
        "/ar/",
        article.section.get_absolute_url(),
        "/ar/feed/rss/",
        "/sitemap-articles.xml",
        f"/api/v1/articles/{article.pk}",
    ]:
        response = page.request.get(site(path))
        assert response.ok and link in response.text(), path
    open_page(page, site(link))
    assert page.locator("h1").inner_text().strip() == TITLE
