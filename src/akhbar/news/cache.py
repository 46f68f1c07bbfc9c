"""The reader pages' cache generation: bumping it invalidates every cached page.

Cached fragments include the generation in their key, so one write purges the
home page, sections, feeds and sitemaps together, on any cache backend.
"""

from django.core.cache import cache

GENERATION_KEY = "akhbar:reader-generation"


def reader_generation() -> int:
    generation: int | None = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def purge_reader_cache() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)
