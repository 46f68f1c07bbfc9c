from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError
from django.utils import timezone

from akhbar.readership import counting, services
from akhbar.readership.models import ReadTally
from akhbar.readership.services import flush_reads
from tests.factories import make_article

pytestmark = pytest.mark.django_db


class Interleaved:
    """The cache, with something run just before each `decr` (after the `get`)."""

    def __init__(self, before_decr):
        self.before_decr = before_decr

    def __getattr__(self, name):
        return getattr(cache, name)

    def decr(self, key, delta=1):
        self.before_decr()
        return cache.decr(key, delta)


def rows():
    return {(t.article_id, t.hour): t.count for t in ReadTally.objects.all()}


def test_many_beacons_make_one_row_per_article_and_hour(beacon, flush_queued):
    first, second = make_article(), make_article()
    for _ in range(7):
        beacon(first.pk)
    for _ in range(3):
        beacon(second.pk)
    assert flush_reads() == 10
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    assert rows() == {(first.pk, hour): 7, (second.pk, hour): 3}


def test_a_second_flush_adds_only_new_reads(beacon, flush_queued):
    article = make_article()
    beacon(article.pk)
    beacon(article.pk)
    flush_reads()
    assert flush_reads() == 0
    beacon(article.pk)
    assert flush_reads() == 1
    assert list(rows().values()) == [3]


def test_reads_in_different_hours_go_to_their_hours(beacon, flush_queued, clock):
    article = make_article()
    beacon(article.pk)
    clock.advance(3600)
    beacon(article.pk)
    beacon(article.pk)
    flush_reads()
    assert sorted(rows().values()) == [1, 2]


def test_the_flush_finds_counters_through_the_hour_index_only(beacon, flush_queued):
    # A counter no index slot names is not found: the flush never scans the cache.
    article = make_article()
    hour = int(__import__("time").time() // 3600)
    cache.set(counting.counter_key(hour, article.pk), 5, 600)
    assert flush_reads() == 0
    assert cache.get(counting.counter_key(hour, article.pk)) == 5


def test_a_read_counted_during_a_flush_is_kept_for_the_next(
    beacon, flush_queued, monkeypatch
):
    article = make_article()
    for _ in range(3):
        beacon(article.pk)
    during = []

    def before_decr():
        if not during:
            during.append(beacon(article.pk).status_code)

    monkeypatch.setattr(counting, "cache", Interleaved(before_decr))
    assert flush_reads() == 3
    monkeypatch.undo()
    assert during == [204]
    assert flush_reads() == 1
    assert list(rows().values()) == [4]


def test_two_flushes_at_once_never_count_a_read_twice(
    beacon, flush_queued, monkeypatch
):
    # Flush A reads the counter; flush B runs whole; a reader arrives; then A
    # subtracts what it read. Every read must be written exactly once.
    article = make_article()
    for _ in range(5):
        beacon(article.pk)
    nested = []

    def before_decr():
        if not nested:
            nested.append(None)
            nested.append(flush_reads())  # B, inside A
            beacon(article.pk)

    monkeypatch.setattr(counting, "cache", Interleaved(before_decr))
    took_a = flush_reads()
    monkeypatch.undo()
    took_b = nested[1]
    assert took_b == 5
    assert took_a == 1  # A read 5 but B had taken them: it keeps only the newcomer
    assert flush_reads() == 0
    assert list(rows().values()) == [6]
    key = counting.counter_key(int(__import__("time").time() // 3600), article.pk)
    assert cache.get(key) == 0


def test_a_failed_write_gives_the_reads_back(beacon, flush_queued, monkeypatch):
    article = make_article()
    for _ in range(4):
        beacon(article.pk)

    def broken(counts):
        raise DatabaseError("down")

    monkeypatch.setattr(services, "_add_to_tallies", broken)
    with pytest.raises(DatabaseError):
        flush_reads()
    monkeypatch.undo()
    assert flush_reads() == 4
    assert list(rows().values()) == [4]


def test_the_flush_adds_to_an_existing_row(beacon, flush_queued):
    article = make_article()
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    ReadTally.objects.create(article=article, hour=hour, count=10)
    beacon(article.pk)
    flush_reads()
    assert rows() == {(article.pk, hour): 11}


def test_the_flush_prunes_tallies_older_than_eight_days(flush_queued):
    article = make_article()
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    ReadTally.objects.create(article=article, hour=now - timedelta(days=9), count=1)
    kept = ReadTally.objects.create(
        article=article, hour=now - timedelta(days=7), count=1
    )
    flush_reads()
    assert list(ReadTally.objects.all()) == [kept]


def test_the_command_flushes(beacon, flush_queued, capsys):
    article = make_article()
    beacon(article.pk)
    beacon(article.pk)
    call_command("flush_reads")
    assert "2" in capsys.readouterr().out
    assert list(rows().values()) == [2]
