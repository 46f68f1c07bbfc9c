import pytest
from django.db import DatabaseError
from django.urls import reverse

from akhbar.readership import counting
from akhbar.readership.models import ReadTally
from akhbar.readership.services import flush_reads
from tests.factories import make_article
from tests.readership.conftest import BROWSER_UA

pytestmark = pytest.mark.django_db


def reads(article):
    flush_reads()
    return sum(
        ReadTally.objects.filter(article=article).values_list("count", flat=True)
    )


def test_a_beacon_counts_one_read(beacon, flush_queued):
    article = make_article()
    response = beacon(article.pk)
    assert response.status_code == 204
    assert reads(article) == 1


def test_a_beacon_runs_no_database_query(
    beacon, flush_queued, django_assert_num_queries
):
    article = make_article()
    with django_assert_num_queries(0):
        for _ in range(5):
            assert beacon(article.pk).status_code == 204
    assert reads(article) == 5


def test_the_first_beacon_of_a_minute_queues_one_flush(beacon, monkeypatch, clock):
    from akhbar.readership import tasks

    flushes = []
    monkeypatch.setattr(tasks, "flush_reads", lambda: flushes.append(1) or 0)
    article = make_article()
    for _ in range(4):
        beacon(article.pk)
    assert flushes == [1]
    clock.advance(counting.FLUSH_EVERY + 1)
    beacon(article.pk)
    beacon(article.pk)
    assert flushes == [1, 1]


def test_a_queue_that_is_down_never_fails_the_beacon(beacon, monkeypatch):
    from akhbar.readership import views

    class Down:
        calls = 0

        def enqueue(self):
            self.calls += 1
            raise DatabaseError("the task table is locked")

    down = Down()
    monkeypatch.setattr(views, "flush_reads_task", down)
    article = make_article()
    assert beacon(article.pk).status_code == 204
    assert beacon(article.pk).status_code == 204  # the next beacon tries again
    assert down.calls == 2
    monkeypatch.undo()
    assert reads(article) == 2


def test_the_queued_flush_writes_the_reads(beacon):
    # Tests run tasks at once: the first beacon's flush writes its read.
    article = make_article()
    beacon(article.pk)
    assert ReadTally.objects.get(article=article).count == 1


@pytest.mark.parametrize(
    "user_agent",
    [
        None,
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/130.0.0.0 Safari/537.36",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "WhatsApp/2.23.20.0",
        "TelegramBot (like TwitterBot)",
        "Mozilla/5.0 (compatible; GPTBot/1.2; +https://openai.com/gptbot)",
        "python-requests/2.32.3",
        "curl/8.5.0",
        "SomeNewThing-Crawler/0.1",
    ],
)
def test_bots_are_not_counted(beacon, flush_queued, user_agent):
    article = make_article()
    assert beacon(article.pk, user_agent=user_agent).status_code == 204
    assert reads(article) == 0


@pytest.mark.parametrize(
    "header, value",
    [
        ("HTTP_SEC_PURPOSE", "prefetch;prerender"),
        ("HTTP_SEC_PURPOSE", "prefetch"),
        ("HTTP_PURPOSE", "prefetch"),
        ("HTTP_X_MOZ", "prefetch"),
    ],
)
def test_prefetches_are_not_counted(beacon, flush_queued, header, value):
    article = make_article()
    assert beacon(article.pk, **{header: value}).status_code == 204
    assert reads(article) == 0


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 "
        "Firefox/128.0",
    ],
)
def test_people_browsers_are_counted(beacon, flush_queued, user_agent):
    article = make_article()
    beacon(article.pk, user_agent=user_agent)
    assert reads(article) == 1


@pytest.mark.parametrize(
    "value", ["", "abc", "-1", "0", "01", "1.5", "1e3", "9" * 11, str(2**31), "٣"]
)
def test_bad_ids_are_refused_without_error(beacon, flush_queued, value):
    response = beacon(value)
    assert response.status_code == 400
    assert not cache_counters()


def cache_counters():
    from django.core.cache import cache

    return [key for key in cache._cache if ":reads:n:" in key]


def test_an_unknown_article_is_counted_in_the_cache_but_never_written(
    beacon, flush_queued
):
    assert beacon(2_000_000_000).status_code == 204
    assert flush_reads() == 0
    assert not ReadTally.objects.exists()


def test_a_large_body_is_refused(client, flush_queued):
    response = client.post(
        reverse("readership:count"),
        "article=1&" + "x" * 100,
        content_type="application/x-www-form-urlencoded",
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
    )
    assert response.status_code == 400


def test_only_post_is_answered(client):
    url = reverse("readership:count")
    assert client.get(url, {"article": "1"}).status_code == 405
    assert client.head(url).status_code == 405


def test_no_csrf_token_is_needed(beacon, flush_queued):
    from django.test import Client

    article = make_article()
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        reverse("readership:count"),
        f"article={article.pk}",
        content_type="application/x-www-form-urlencoded",
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
    )
    assert response.status_code == 204
    assert reads(article) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
)
def test_another_sites_pages_cannot_count(beacon, flush_queued, headers):
    article = make_article()
    assert beacon(article.pk, **headers).status_code == 403
    assert reads(article) == 0


def test_our_own_origin_counts(beacon, flush_queued):
    article = make_article()
    response = beacon(
        article.pk, HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert response.status_code == 204
    assert reads(article) == 1


def test_one_client_counts_once_per_article_an_hour(beacon, flush_queued, clock):
    article = make_article()
    for _ in range(50):
        beacon(article.pk, address="192.0.2.7")
    assert reads(article) == 1
    clock.advance(3600)
    beacon(article.pk, address="192.0.2.7")
    assert reads(article) == 2


def test_one_client_is_limited_a_minute_across_articles(beacon, flush_queued):
    articles = [make_article() for _ in range(counting.PER_CLIENT_MINUTE + 5)]
    for article in articles:
        beacon(article.pk, address="192.0.2.8")
    flush_reads()
    assert ReadTally.objects.count() == counting.PER_CLIENT_MINUTE


def test_the_client_is_kept_only_as_a_keyed_hash(beacon, flush_queued):
    from django.core.cache import cache

    beacon(make_article().pk, address="198.51.100.23")
    keys = " ".join(cache._cache)
    assert "198.51.100.23" not in keys
    assert counting.client_hash("198.51.100.23", BROWSER_UA) in keys


def test_ten_thousand_replays_move_a_story_by_one_read(flush_queued):
    article = make_article()
    client = counting.client_hash("203.0.113.9", BROWSER_UA)
    counted = sum(
        counting.record_read(article.pk, client=client) for _ in range(10_000)
    )
    assert counted == 1
    assert reads(article) == 1
