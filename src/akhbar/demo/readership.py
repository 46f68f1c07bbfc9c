"""The demo's reads: "most read" shows a plausible list from the first visit.

Each published article gets hourly tallies for the last day, from a number
derived from its story (the same on every run), so the order is stable and the
two languages differ. Loading again at the same hour changes nothing; later,
it fills the new hours.
"""

import hashlib
from datetime import datetime, timedelta

from akhbar.news.models import Article
from akhbar.readership.services import set_tallies

HOURS = 24


def _appeal(article: Article) -> int:
    """A stable number from 1 to 100 for how much readers want this story."""
    seed = f"{article.translation_group}:{article.language}".encode()
    return hashlib.blake2b(seed, digest_size=2).digest()[0] * 100 // 256 + 1


def load_reads(*, now: datetime) -> int:
    """Seed the last day's tallies of every published article; return how many."""
    this_hour = now.replace(minute=0, second=0, microsecond=0)
    tallies = []
    for article in Article.objects.published(now=now).only(
        "pk", "translation_group", "language", "published_at"
    ):
        appeal = _appeal(article)
        for back in range(HOURS):
            hour = this_hour - timedelta(hours=back)
            if hour < article.published_at - timedelta(hours=1):
                break  # not read before it was out
            # Evenings read more; a story fades a little hour by hour.
            reads = appeal * (3 if 17 <= hour.hour <= 22 else 2) * (HOURS - back)
            if reads:
                tallies.append((article.pk, hour, reads // HOURS + 1))
    set_tallies(tallies)
    return len(tallies)
