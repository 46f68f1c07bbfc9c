"""A live story's stamp: bumped on every write, so polling answers cached under
the old stamp are never served again, at once and without waiting for a task."""

from django.core.cache import cache


def _key(article_pk: int) -> str:
    return f"akhbar:live-stamp:{article_pk}"


def live_stamp(article_pk: int) -> int:
    """Return the stamp of an article's live story (1 until its first change)."""
    stamp = cache.get(_key(article_pk))
    if stamp is None:
        cache.add(_key(article_pk), 1, timeout=None)
        stamp = cache.get(_key(article_pk), 1)
    return stamp


def bump_live_stamp(article_pk: int) -> None:
    """Make every cached polling answer of this article's live story stale."""
    try:
        cache.incr(_key(article_pk))
    except ValueError:
        cache.set(_key(article_pk), 2, timeout=None)
