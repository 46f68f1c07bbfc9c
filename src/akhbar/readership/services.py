"""The one write of readership: counted reads into hourly tallies."""

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from akhbar.news.models import Article

from . import counting
from .models import ReadTally

KEEP_TALLIES = timedelta(days=8)


def flush_reads() -> int:
    """Move the reads counted in the cache into `ReadTally` rows; prune old rows.

    Safe to run at any time and in several processes at once: each counted read
    is taken from the cache once (see `counting.take`), and given back if the
    database write fails. Returns how many reads were recorded.
    """
    counts = counting.take_counts()
    try:
        recorded = _add_to_tallies(counts)
    except BaseException:
        counting.give_back(counts)
        raise
    ReadTally.objects.filter(hour__lt=timezone.now() - KEEP_TALLIES).delete()
    return recorded


@transaction.atomic
def _add_to_tallies(counts: dict[tuple[int, int], int]) -> int:
    # Ids come from beacons: only articles that exist get a row.
    known = set(
        Article._base_manager.filter(
            pk__in={article_id for _, article_id in counts}
        ).values_list("pk", flat=True)
    )
    recorded = 0
    for (hour, article_id), reads in sorted(counts.items()):
        if article_id not in known:
            continue
        at = datetime.fromtimestamp(hour * 3600, UTC)
        _add(article_id, at, reads)
        recorded += reads
    return recorded


def _add(article_id: int, hour: datetime, reads: int) -> None:
    """Add to a tally row, making it if it is missing (upsert by adding)."""
    rows = ReadTally.objects.filter(article_id=article_id, hour=hour)
    if rows.update(count=F("count") + reads):
        return
    try:
        with transaction.atomic():
            ReadTally.objects.create(article_id=article_id, hour=hour, count=reads)
    except IntegrityError:  # another flush made it meanwhile
        rows.update(count=F("count") + reads)


def set_tallies(tallies: Iterable[tuple[int, datetime, int]]) -> None:
    """Set (article id, hour, reads) tallies to these counts: for demo data.

    Setting rather than adding makes loading the same tallies twice a no-op.
    """
    ReadTally.objects.bulk_create(
        [
            ReadTally(article_id=article_id, hour=hour, count=count)
            for article_id, hour, count in tallies
        ],
        update_conflicts=True,
        unique_fields=["article", "hour"],
        update_fields=["count"],
    )
