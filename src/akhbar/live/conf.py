"""The live coverage settings, read when used (tests may change them)."""

from django.conf import settings


def poll_interval() -> int:
    """Return how many seconds a reader's open page waits between two polls."""
    return max(1, int(getattr(settings, "AKHBAR_LIVE_POLL_INTERVAL", 15)))


def poll_cache_timeout() -> int:
    """Return how many seconds one answer of the polling endpoint is cached."""
    return max(0, int(getattr(settings, "AKHBAR_LIVE_POLL_CACHE", 5)))
