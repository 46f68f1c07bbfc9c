"""An editor posts breaking news; a reader's Arabic phone page shows the bar."""

import pytest

from .conftest import DESKTOP, PHONE
from .helpers import html_attributes, log_in, open_page, settle

pytestmark = pytest.mark.browser

ALERT = "عاجل من الميناء: توقف الملاحة مؤقتًا بعد عاصفة رملية شديدة"


def test_editor_posts_an_alert_that_shows_on_an_arabic_phone_page(
    site, new_page, screenshots
):
    from tests.factories import make_user

    editor = make_user(role="editor", password="an-editor-password-2026")
    reader = new_page(viewport=PHONE)
    open_page(reader, site("/ar/"))  # cached before the alert exists
    assert ALERT not in reader.content()

    desk = new_page(viewport=DESKTOP)
    log_in(desk, site, editor, "an-editor-password-2026")
    open_page(desk, site("/ar/newsroom/news/breakingalert/add/"))
    desk.fill("#id_text", ALERT)
    desk.click("input[name=_save]")
    desk.locator(".messagelist").wait_for(state="visible")

    for url in site.pages("ar").values():
        open_page(reader, url)
        bar = reader.locator(".breaking")
        assert bar.is_visible(), url
        assert ALERT in bar.inner_text(), url
    open_page(reader, site("/ar/"))
    settle(reader)
    assert html_attributes(reader) == ("ar", "rtl")
    bar, label = reader.locator(".breaking"), reader.locator(".breaking__label")
    box, label_box = bar.bounding_box(), label.bounding_box()
    assert box["width"] <= PHONE["width"]
    # Right to left: the label sits at the start, on the right.
    assert label_box["x"] + label_box["width"] > PHONE["width"] - 40
    assert reader.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    reader.screenshot(path=screenshots / "ar-breaking-phone.png")

    open_page(reader, site("/en/"))
    assert ALERT not in reader.content()


def test_alert_leaves_a_cached_page_by_itself_when_it_ends(
    site, new_page, screenshots, clock, django_capture_on_commit_callbacks
):
    """An English alert for the next 30 seconds: readers' cached pages show it,
    then, with the clock past its end, the same pages come without the bar."""
    from django.utils import timezone

    from akhbar.news.breaking import BreakingAlert
    from akhbar.newsroom import breaking
    from tests.factories import make_user

    text = "The port reopens after the sandstorm"
    with django_capture_on_commit_callbacks(execute=True):
        breaking.save_alert(
            alert=BreakingAlert(
                language="en",
                text=text,
                ends_at=timezone.now() + timezone.timedelta(seconds=30),
            ),
            by=make_user(role="editor"),
        )
    reader = new_page(viewport=DESKTOP)
    for url in site.pages("en").values():
        open_page(reader, url)
        assert text in reader.locator(".breaking").inner_text(), url
        open_page(reader, url)  # the cached copy, alert and all
        assert text in reader.locator(".breaking").inner_text(), url
    open_page(reader, site("/en/"))
    settle(reader)
    assert html_attributes(reader) == ("en", "ltr")
    reader.screenshot(path=screenshots / "en-breaking-desktop.png")

    clock.advance(31)
    for url in site.pages("en").values():
        open_page(reader, url)
        # The demo's own alert may still show; this one has gone.
        assert text not in reader.content(), url
