"""The counters on Redis, as production runs them (atomic incr and decr)."""

import os
import uuid

import pytest

from akhbar.readership import counting
from akhbar.readership.models import ReadTally
from akhbar.readership.services import flush_reads
from tests.factories import make_article

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not os.environ.get("REDIS_URL"),
        reason="needs REDIS_URL (.ci/run sets it for the PostgreSQL run)",
    ),
]


@pytest.fixture
def redis_cache(settings, monkeypatch):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"akhbar-test-{uuid.uuid4().hex}",
        }
    }
    from django.core.cache import cache

    monkeypatch.setattr(counting, "cache", cache)
    yield cache
    cache.clear()


def test_beacons_and_the_flush_on_redis(redis_cache, beacon, flush_queued):
    article = make_article()
    for _ in range(6):
        assert beacon(article.pk).status_code == 204
    hour = int(__import__("time").time() // 3600)
    assert redis_cache.get(counting.counter_key(hour, article.pk)) == 6
    assert flush_reads() == 6
    assert redis_cache.get(counting.counter_key(hour, article.pk)) == 0
    assert flush_reads() == 0
    assert ReadTally.objects.get(article=article).count == 6


def test_two_takes_at_once_on_redis_take_each_read_once(redis_cache, monkeypatch):
    key = counting.counter_key(1, 1)
    redis_cache.add(key, 5, 60)
    other = []

    class Interleaved:
        def __getattr__(self, name):
            return getattr(redis_cache, name)

        def decr(self, key, delta=1):
            if not other:
                other.append(None)
                other.append(counting.take(key))  # another flush, whole
                redis_cache.incr(key)  # a new read
            return redis_cache.decr(key, delta)

    monkeypatch.setattr(counting, "cache", Interleaved())
    assert counting.take(key) == 1
    assert other == [None, 5]
    assert redis_cache.get(key) == 0
