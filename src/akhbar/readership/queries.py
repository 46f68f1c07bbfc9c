"""Reads: the most read articles of a language over a recent window."""

from datetime import datetime, timedelta

from django.db.models import Sum
from django.utils import timezone

from akhbar.news.models import Article


def most_read(
    language: str, *, limit: int = 5, hours: int = 24, now: datetime | None = None
) -> list[Article]:
    """Return the published articles of `language` read most in the last `hours`.

    Counted in hourly tallies: the window is the hours that started in the last
    `hours` hours (the current hour included). Ties go to the newest article.
    Each article carries its count as `reads`.
    """
    now = now or timezone.now()
    since = now - timedelta(hours=hours)
    # Filtering on the tallies before annotating joins only the window's rows
    # (the hour index), not every article of the language.
    return list(
        Article.objects.published(now=now)
        .filter(
            language=language,
            read_tallies__hour__gt=since,
            read_tallies__hour__lte=now,
        )
        .annotate(reads=Sum("read_tallies__count"))
        .filter(reads__gt=0)
        .select_related("section")
        .order_by("-reads", "-published_at", "-id")[:limit]
    )
