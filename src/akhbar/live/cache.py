"""A live story's stamp: bumped on every write, so polling answers cached under
the old stamp are never served again, at once and without waiting for a task."""

from django.core.cache import cache


def _key(coverage_pk: int) -> str:
    return f"akhbar:live-stamp:{coverage_pk}"


def live_stamp(coverage_pk: int) -> int:
    """Return the current stamp of a live story (1 until its first change)."""
    stamp = cache.get(_key(coverage_pk))
    if stamp is None:
        cache.add(_key(coverage_pk), 1, timeout=None)
        stamp = cache.get(_key(coverage_pk), 1)
    return stamp


def bump_live_stamp(coverage_pk: int) -> None:
    """Make every cached polling answer of this story stale."""
    try:
        cache.incr(_key(coverage_pk))
    except ValueError:
        cache.set(_key(coverage_pk), 2, timeout=None)
