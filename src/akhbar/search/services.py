"""Writes to the search index: keep it true to what readers may see.

The index holds every published article, scheduled ones included (with their
publish time, so that a search finds them from that moment on, with no job to
wake up); drafts and deleted articles are never in it.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import batched

from akhbar.news.models import Article
from akhbar.news.sanitize import plain_text

from .backends import backends
from .backends.base import Document
from .backends.database import BATCH

FOREVER = datetime(9999, 12, 31, tzinfo=UTC)


def document_for(article: Article) -> Document:
    """Return what the index keeps of an article."""
    return Document(
        article_id=article.pk,
        language=article.language,
        section_id=article.section_id,
        published_at=article.published_at,
        title=article.title,
        summary=article.summary,
        body=plain_text(article.body),
    )


def _indexable():
    # What readers may see at some time: the news app's own rule (published,
    # not in the trash, ...) with the clock left out, so scheduled articles
    # are in the index from the start and found once due.
    return Article.objects.published(now=FOREVER).only(
        "pk", "language", "section_id", "published_at", "title", "summary", "body"
    )


def refresh_articles(*, article_ids: Iterable[int], using: str = "default") -> int:
    """Index these articles if they are published, else take them out.

    Return how many were taken out.
    """
    backend = backends[using]
    removed = 0
    for chunk in batched(article_ids, BATCH):
        articles = list(_indexable().filter(pk__in=chunk))
        backend.index(document_for(article) for article in articles)
        gone = set(chunk) - {article.pk for article in articles}
        if gone:
            backend.remove(sorted(gone))
            removed += len(gone)
    return removed


@dataclass
class RebuildReport:
    indexed: int = 0
    removed: int = 0


def rebuild_index(
    *,
    using: str = "default",
    batch_size: int = BATCH,
    progress: Callable[[int, int], None] | None = None,
) -> RebuildReport:
    """Index every published article again and drop what should not be there.

    Works in small transactions and never empties the index first, so the site
    keeps answering searches while it runs.
    """
    backend = backends[using]
    report = RebuildReport()
    ids = list(_indexable().order_by("pk").values_list("pk", flat=True))
    done = 0
    for chunk in batched(ids, batch_size):
        # Unpublished since the list was made: refreshing takes it out.
        removed = refresh_articles(article_ids=chunk, using=using)
        report.indexed += len(chunk) - removed
        report.removed += removed
        done += len(chunk)
        if progress:
            progress(done, len(ids))
    # Left over: deleted or unpublished since, or published while this ran.
    # Refreshing them removes the first two kinds and keeps the last.
    wanted = set(ids)
    leftovers = [pk for pk in backend.indexed_ids() if pk not in wanted]
    report.removed += refresh_articles(article_ids=leftovers, using=using)
    backend.optimize()
    return report
