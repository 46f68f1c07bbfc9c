"""The page cache on the shared backends production and the demo use."""

import os
import uuid

import pytest
from django.core.cache.backends.filebased import FileBasedCache

from akhbar.news import cache as reader_cache
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_file_cache_purge_made_by_one_process_is_seen_by_another(tmp_path, monkeypatch):
    # Two cache objects on one folder stand for the web worker and task worker.
    web_worker = FileBasedCache(str(tmp_path), {})
    task_worker = FileBasedCache(str(tmp_path), {})
    monkeypatch.setattr(reader_cache, "cache", web_worker)
    before = reader_cache.reader_generation()
    monkeypatch.setattr(reader_cache, "cache", task_worker)
    reader_cache.purge_reader_cache()
    monkeypatch.setattr(reader_cache, "cache", web_worker)
    assert reader_cache.reader_generation() == before + 1


@pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="needs REDIS_URL (.ci/run sets it for the PostgreSQL run)",
)
def test_publishing_purges_pages_cached_in_redis(
    client, settings, django_capture_on_commit_callbacks, monkeypatch
):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"akhbar-test-{uuid.uuid4().hex}",
        }
    }
    from django.core.cache import cache

    monkeypatch.setattr(reader_cache, "cache", cache)
    make_article(title="خبر في الذاكرة")
    assert "خبر في الذاكرة" in client.get("/ar/").content.decode()
    assert client.get("/ar/")["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        make_article(title="خبر أحدث")
    assert "خبر أحدث" in client.get("/ar/").content.decode()
    cache.clear()
