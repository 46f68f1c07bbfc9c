"""What readers get of a live story: the page, the polling answer, JSON-LD, feeds."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from akhbar.newsroom import live
from tests.factories import make_article, unpublish

pytestmark = pytest.mark.django_db


def poll(client, article, after="0"):
    return client.get(f"/ar/article/{article.pk}/live/updates/", {"after": after})


def json_ld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html)
    return json.loads(found.group(1))


def test_page_shows_summary_pinned_and_stream_newest_first(
    client, coverage, reporter, editor, post, story
):
    first = post(coverage, reporter, "التحديث الأول")
    second = post(coverage, reporter, "التحديث الثاني")
    live.pin_update(update=first, by=editor)
    html = client.get(story.get_absolute_url()).content.decode()
    assert "ما نعرفه حتى الآن" in html
    assert html.index(f'id="update-{second.pk}"') < html.index(
        f'id="update-{first.pk}"'
    )
    assert f'href="#update-{first.pk}"' in html  # the pinned box links to it
    assert f'{story.get_absolute_url()}#update-{second.pk}"' in html
    assert "live-badge--ended" not in html
    assert 'data-live-poll="' in html and "live/live.js" in html


def test_page_without_coverage_has_no_live_block(client):
    html = client.get(make_article().get_absolute_url()).content.decode()
    assert 'id="live"' not in html and "live.js" not in html


def test_closed_story_says_so_and_stops_polling(client, coverage, editor, story):
    live.close_coverage(coverage=coverage, by=editor)
    html = client.get(story.get_absolute_url()).content.decode()
    assert "live-badge--ended" in html
    assert "data-live-poll" not in html and "live.js" not in html


def cards_marked_live(html: str) -> list[str]:
    cards = html.split('<article class="card')[1:]
    return [card for card in cards if "story-label--live" in card]


def test_cards_of_an_open_live_story_say_live_until_it_closes(
    client, coverage, editor, story, django_capture_on_commit_callbacks
):
    other = make_article(title="خبر عادي")
    html = client.get("/ar/latest/").content.decode()
    marked = cards_marked_live(html)
    assert len(marked) == 1 and story.title in marked[0]
    assert "مباشر" in marked[0]
    assert other.title in html
    with django_capture_on_commit_callbacks(execute=True):
        live.close_coverage(coverage=coverage, by=editor)
    assert cards_marked_live(client.get("/ar/latest/").content.decode()) == []


def test_open_live_stories_are_read_once_not_once_a_card(
    client, coverage, django_assert_num_queries
):
    from akhbar.web.live import open_live_stories

    with django_assert_num_queries(1):
        assert open_live_stories() == {coverage.article_id}
        assert open_live_stories() == {coverage.article_id}


def test_new_post_shows_on_the_cached_page(client, coverage, reporter, post, story):
    client.get(story.get_absolute_url())
    assert client.get(story.get_absolute_url())["X-Cache"] == "hit"
    post(coverage, reporter, "وصل الوفد الأخير")
    assert "وصل الوفد الأخير" in client.get(story.get_absolute_url()).content.decode()


def test_poll_returns_only_updates_after_the_given_one(
    client, coverage, reporter, post
):
    first = post(coverage, reporter, "أول")
    second = post(coverage, reporter, "ثان")
    answer = poll(client, coverage.article, str(first.pk)).json()
    assert answer["count"] == 1 and answer["last"] == second.pk
    assert f'id="update-{second.pk}"' in answer["updates"]
    assert f'id="update-{first.pk}"' not in answer["updates"]
    assert answer["open"] is True
    assert poll(client, coverage.article, str(second.pk)).json()["count"] == 0


def test_poll_is_cached_briefly_but_fresh_after_a_post(
    client, coverage, reporter, post
):
    first = post(coverage, reporter, "أول")
    response = poll(client, coverage.article, str(first.pk))
    assert response.json()["count"] == 0
    assert response["Cache-Control"] == "public, max-age=5"
    post(coverage, reporter, "ثان")
    assert poll(client, coverage.article, str(first.pk)).json()["count"] == 1


def test_poll_tells_a_page_about_removed_updates(
    client, coverage, reporter, editor, post
):
    update = post(coverage, reporter, "خطأ")
    live.remove_update(update=update, by=editor)
    assert poll(client, coverage.article, str(update.pk)).json()["removed"] == [
        update.pk
    ]


def test_poll_renders_sanitized_updates(client, coverage, reporter, post):
    post(coverage, reporter, '<p>نص<img src=x onerror="alert(1)"></p>')
    updates = poll(client, coverage.article).json()["updates"]
    assert "onerror" not in updates and "<img" not in updates


@pytest.mark.parametrize("after", ["abc", "-1", "1.5", "9" * 40, ""])
def test_poll_refuses_bad_input_with_400(client, coverage, after):
    assert poll(client, coverage.article, after).status_code == 400


def test_poll_answers_404_for_unpublished_or_unknown_stories(client, coverage, story):
    assert client.get("/ar/article/999999/live/updates/").status_code == 404
    plain = make_article()
    assert poll(client, plain).status_code == 404  # no live coverage
    unpublish(story)
    assert poll(client, story).status_code == 404
    assert client.get(f"/ar/article/{story.pk}/live/rss/").status_code == 404


def test_json_ld_is_a_live_blog_posting(
    client, coverage, reporter, editor, post, django_capture_on_commit_callbacks
):
    update = post(coverage, reporter, "<p>تحديث </script><script>alert(1)</script></p>")
    html = client.get(coverage.article.get_absolute_url()).content.decode()
    data = json_ld(html)
    assert data["@type"] == "LiveBlogPosting"
    assert data["coverageStartTime"] == coverage.started_at.isoformat()
    assert "coverageEndTime" not in data
    [item] = data["liveBlogUpdate"]
    assert item["@type"] == "BlogPosting"
    assert item["url"].endswith(f"#update-{update.pk}")
    assert item["datePublished"] and item["headline"] == "تحديث"
    assert "alert" not in item["articleBody"]
    with django_capture_on_commit_callbacks(execute=True):  # purges the page
        live.close_coverage(coverage=coverage, by=editor)
    html = client.get(coverage.article.get_absolute_url()).content.decode()
    assert "coverageEndTime" in json_ld(html)


def test_feed_carries_the_updates_newest_first(client, coverage, reporter, post):
    first = post(coverage, reporter, "أول تحديث")
    second = post(coverage, reporter, "<p>ثاني <script>x()</script>تحديث</p>")
    rss = client.get(f"/ar/article/{coverage.article_id}/live/rss/")
    items = ET.fromstring(rss.content).findall("./channel/item")
    assert [item.findtext("title") for item in items] == ["ثاني تحديث", "أول تحديث"]
    assert items[0].findtext("link").endswith(f"#update-{second.pk}")
    assert "script" not in items[0].findtext("description")
    atom = client.get(f"/ar/article/{coverage.article_id}/live/atom/")
    assert atom.status_code == 200 and f"#update-{first.pk}" in atom.content.decode()
    page = client.get(coverage.article.get_absolute_url()).content.decode()
    assert 'rel="alternate" type="application/rss+xml"' in page
