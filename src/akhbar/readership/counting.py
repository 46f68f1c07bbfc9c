"""Counting reads in the cache: no database, nothing that identifies a reader.

A counted view adds one to `reads:n:<hour>:<article>` (hour = Unix hours), an
atomic `incr` in Redis. The flush must find these counters without scanning
the cache (the local-memory cache cannot), so the first read of an article in
an hour also takes a numbered slot in that hour's index: `reads:slots:<hour>`
counts the slots and `reads:slot:<hour>:<i>` holds an article id. The flush
reads the slots of the last `KEEP_HOURS` hours and nothing else.

The flush takes what a counter holds by reading it and subtracting that much
(`take`), so reads counted meanwhile stay for the next flush. Two flushes at
once cannot both take the same reads: one that drives a counter below zero
gives back what the other already took.

A client (a hash of its address and user agent, keyed by the secret key and
kept only in the cache, for at most an hour) is counted at most once per
article per hour, and at most `PER_CLIENT_MINUTE` times a minute in all: a
script replaying a beacon moves a story by one read an hour.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

KEEP_HOURS = 6  # counters outlive their hour by this much: the flush's window
KEEP_SECONDS = KEEP_HOURS * 3600
PER_CLIENT_MINUTE = 20
MAX_ARTICLES_PER_HOUR = 20_000  # slots in an hour's index
FLUSH_EVERY = 60  # seconds: beacons queue a flush at most this often
FLUSH_QUEUED = "reads:flush-queued"


def client_hash(address: str, user_agent: str) -> str:
    """Return an opaque, keyed hash of a client: never its address."""
    return hashlib.blake2b(
        f"{address}\n{user_agent}".encode(),
        key=settings.SECRET_KEY.encode()[:64],
        person=b"akhbar-reads",
        digest_size=12,
    ).hexdigest()


def counter_key(hour: int, article_id: int) -> str:
    return f"reads:n:{hour}:{article_id}"


def _incr(key: str, delta: int = 1, *, timeout: int) -> int:
    """Add to a counter, making it if it is missing (or just expired)."""
    if cache.add(key, delta, timeout):
        return delta
    try:
        return cache.incr(key, delta)
    except ValueError:  # expired between add and incr
        cache.add(key, delta, timeout)
        return delta


def record_read(article_id: int, *, client: str) -> bool:
    """Count one read of an article unless this client is over its limits."""
    now = time.time()
    hour, minute = int(now // 3600), int(now // 60)
    if _incr(f"reads:rate:{client}:{minute}", timeout=90) > PER_CLIENT_MINUTE:
        return False
    if not cache.add(f"reads:seen:{client}:{hour}:{article_id}", 1, 3600):
        return False
    key = counter_key(hour, article_id)
    if cache.add(key, 1, KEEP_SECONDS):
        _index(hour, article_id)
    else:
        try:
            cache.incr(key)
        except ValueError:
            if cache.add(key, 1, KEEP_SECONDS):
                _index(hour, article_id)
    return True


def _index(hour: int, article_id: int) -> None:
    slot = _incr(f"reads:slots:{hour}", timeout=KEEP_SECONDS)
    if slot <= MAX_ARTICLES_PER_HOUR:
        cache.set(f"reads:slot:{hour}:{slot}", article_id, KEEP_SECONDS)


def flush_due() -> bool:
    """Return True at most once per FLUSH_EVERY seconds (across processes)."""
    return cache.add(FLUSH_QUEUED, 1, FLUSH_EVERY)


def flush_not_queued() -> None:
    """Let the next beacon queue the flush (this one could not)."""
    cache.delete(FLUSH_QUEUED)


def take(key: str) -> int:
    """Take what a counter holds, leaving what is counted meanwhile."""
    held = cache.get(key) or 0
    if held <= 0:
        return 0
    try:
        left = cache.decr(key, held)
    except ValueError:  # expired: nothing left to take
        return 0
    if left < 0:
        # Another flush took some of these after our get: give those back.
        back = min(held, -left)
        cache.incr(key, back)
        return held - back
    return held


def take_counts() -> dict[tuple[int, int], int]:
    """Take every counter of the last KEEP_HOURS hours: {(hour, article): reads}."""
    current = int(time.time() // 3600)
    counts = {}
    for hour in range(current - KEEP_HOURS + 1, current + 1):
        slots = min(cache.get(f"reads:slots:{hour}") or 0, MAX_ARTICLES_PER_HOUR)
        if not slots:
            continue
        slot_keys = [f"reads:slot:{hour}:{i}" for i in range(1, slots + 1)]
        for article_id in set(cache.get_many(slot_keys).values()):
            taken = take(counter_key(hour, article_id))
            if taken:
                counts[hour, article_id] = taken
    return counts


def give_back(counts: dict[tuple[int, int], int]) -> None:
    """Return taken reads to their counters (the database write failed)."""
    for (hour, article_id), reads in counts.items():
        _incr(counter_key(hour, article_id), reads, timeout=KEEP_SECONDS)
