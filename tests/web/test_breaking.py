"""The breaking news bar on reader pages: where it shows, when, and inertly."""

import pytest
from django.utils import timezone, translation

from akhbar.news.breaking import BreakingAlert
from akhbar.news.tasks import purge_reader_pages
from akhbar.newsroom import breaking
from tests.factories import make_article, make_user, unpublish

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def post_alert(**fields) -> BreakingAlert:
    return breaking.save_alert(
        alert=BreakingAlert(**fields), by=make_user(role="editor")
    )


def bar(html: str) -> str:
    """Return the breaking news bar of a page, or "" when there is none."""
    start = html.find('<section class="breaking"')
    return "" if start < 0 else html[start : html.index("</section>", start)]


def test_alert_shows_on_every_page_in_its_language_only(client, on_commit):
    article = make_article()
    english = make_article(language="en", title="An English story")
    with on_commit():
        post_alert(language="ar", text="انفجار في الميناء")
    with translation.override("ar"):
        section_page = article.section.get_absolute_url()
    for page in ["/ar/", article.get_absolute_url(), section_page]:
        found = bar(client.get(page).content.decode())
        assert "انفجار في الميناء" in found, page
        assert 'role="status"' in found
    for page in ["/en/", english.get_absolute_url()]:
        assert bar(client.get(page).content.decode()) == "", page


def test_cached_page_shows_a_new_alert_at_once(client, on_commit):
    make_article()
    client.get("/ar/")
    assert client.get("/ar/")["X-Cache"] == "hit"
    with on_commit():
        post_alert(language="ar", text="خبر عاجل جديد")
    response = client.get("/ar/")
    assert not response.has_header("X-Cache")
    assert "خبر عاجل جديد" in bar(response.content.decode())


def test_alert_leaves_by_itself_after_it_ends(client, clock, on_commit):
    make_article()
    with on_commit():
        alert = post_alert(
            language="ar",
            text="تنبيه قصير",
            ends_at=timezone.now() + timezone.timedelta(minutes=10),
        )
    assert "تنبيه قصير" in bar(client.get("/ar/").content.decode())
    assert client.get("/ar/")["X-Cache"] == "hit"
    clock.advance((alert.ends_at - timezone.now()).total_seconds() + 1)
    # What the purge queued for ends_at does when it runs.
    purge_reader_pages.call(None)
    assert bar(client.get("/ar/").content.decode()) == ""


def test_alert_waits_for_its_start(client, clock, on_commit):
    make_article()
    with on_commit():
        post_alert(
            language="ar",
            text="لاحقا",
            starts_at=timezone.now() + timezone.timedelta(minutes=30),
            ends_at=timezone.now() + timezone.timedelta(hours=2),
        )
    assert bar(client.get("/ar/").content.decode()) == ""
    clock.advance(31 * 60)
    purge_reader_pages.call(None)
    assert "لاحقا" in bar(client.get("/ar/").content.decode())


def test_cached_page_lives_no_longer_than_the_alert_even_without_a_purge(
    client, clock, on_commit
):
    """On a backend that cannot defer the purge, the page's own lifetime ends
    when the alert does (30 s here, inside the one-minute page lifetime)."""
    make_article()
    with on_commit():
        post_alert(
            language="ar",
            text="ينتهي بعد نصف دقيقة",
            ends_at=timezone.now() + timezone.timedelta(seconds=30),
        )
    assert "ينتهي بعد نصف دقيقة" in bar(client.get("/ar/").content.decode())
    assert client.get("/ar/")["X-Cache"] == "hit"
    clock.advance(31)
    response = client.get("/ar/")
    assert not response.has_header("X-Cache")
    assert bar(response.content.decode()) == ""


def test_cached_page_lives_no_longer_than_until_an_alert_starts(
    client, clock, on_commit
):
    make_article()
    with on_commit():
        post_alert(
            language="ar",
            text="يبدأ بعد عشرين ثانية",
            starts_at=timezone.now() + timezone.timedelta(seconds=20),
        )
    assert bar(client.get("/ar/").content.decode()) == ""
    clock.advance(21)
    assert "يبدأ بعد عشرين ثانية" in bar(client.get("/ar/").content.decode())


def test_next_change_is_the_nearest_future_start_or_end_of_one_language():
    now = timezone.now()
    minutes = lambda n: now + timezone.timedelta(minutes=n)  # noqa: E731
    BreakingAlert.objects.create(
        language="ar", text="أ", starts_at=minutes(-5), ends_at=minutes(50)
    )
    BreakingAlert.objects.create(
        language="ar", text="ب", starts_at=minutes(20), ends_at=minutes(90)
    )
    BreakingAlert.objects.create(
        language="ar", text="ج", starts_at=minutes(-90), ends_at=minutes(-1)
    )
    BreakingAlert.objects.create(
        language="en", text="d", starts_at=minutes(-1), ends_at=minutes(3)
    )
    assert BreakingAlert.objects.next_change("ar", now=now) == minutes(20)
    assert BreakingAlert.objects.next_change("en", now=now) == minutes(3)
    assert BreakingAlert.objects.next_change("fr", now=now) is None


def test_story_alert_links_to_it_and_leaves_when_it_is_unpublished(client, on_commit):
    story = make_article(title="قصة عاجلة")
    with on_commit():
        post_alert(language="ar", article=story)
    found = bar(client.get("/ar/").content.decode())
    assert f'href="{story.get_absolute_url()}"' in found and "قصة عاجلة" in found
    with on_commit():
        unpublish(story)
    assert bar(client.get("/ar/").content.decode()) == ""


def test_showing_reads_one_language_between_start_and_end():
    now = timezone.now()
    hour = timezone.timedelta(hours=1)
    live = post_alert(
        language="ar", text="حي", starts_at=now - hour, ends_at=now + hour
    )
    post_alert(language="en", text="live", starts_at=now - hour, ends_at=now + hour)
    post_alert(language="ar", text="انتهى", starts_at=now - 2 * hour, ends_at=now)
    assert list(BreakingAlert.objects.showing("ar", now=now)) == [live]
    assert not BreakingAlert.objects.showing("ar", now=now + hour).exists()


def test_hostile_alert_text_renders_inert(client, on_commit):
    make_article()
    with on_commit():
        post_alert(
            language="ar",
            text='<script>alert(1)</script> <a href="javascript:alert(2)">x</a>\u202e',
        )
    found = bar(client.get("/ar/").content.decode())
    assert "<script>" not in found and "<a href=" not in found
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in found
    assert 'href="javascript:' not in found
    assert "\u202e" not in found
