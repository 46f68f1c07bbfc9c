"""What the SQLite and PostgreSQL backends share: the search_document rows."""

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from itertools import batched
from typing import Any

from django.db import connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from akhbar.text import Term, analyse

from .base import BaseSearchBackend, Document, Filters

BATCH = 500
# Words past this many in one field are not indexed (PostgreSQL positions end
# at 16,383); no real article comes close.
MAX_FIELD_WORDS = 15_000

# The terms of a document's title, summary and body.
type Fields = tuple[list[Term], list[Term], list[Term]]


def analysed(document: Document) -> Fields:
    """Return the terms of the title, the summary and the body."""
    return (
        analyse(document.title)[:MAX_FIELD_WORDS],
        analyse(document.summary)[:MAX_FIELD_WORDS],
        analyse(document.body)[:MAX_FIELD_WORDS],
    )


class DatabaseSearchBackend(BaseSearchBackend):
    """An index stored in the site's own database, beside the articles."""

    supports_phrases = True
    supports_suggest = True
    supports_spelling = True

    def __init__(self, alias: str = "default", **options: Any) -> None:
        super().__init__(alias, **options)
        self.database = options.get("DATABASE", "default")

    @property
    def connection(self) -> BaseDatabaseWrapper:
        return connections[self.database]

    def _datetime(self, value: datetime) -> str | None:
        return self.connection.ops.adapt_datetimefield_value(value)

    def _filter_sql(
        self, filters: Filters, table: str = "d"
    ) -> tuple[str, list[str | int | None]]:
        sql = [f"{table}.published_at <= %s"]
        params: list[str | int | None] = [self._datetime(filters.now)]
        if filters.language:
            sql.append(f"{table}.language = %s")
            params.append(filters.language)
        if filters.section_id is not None:
            sql.append(f"{table}.section_id = %s")
            params.append(filters.section_id)
        if filters.published_from is not None:
            sql.append(f"{table}.published_at >= %s")
            params.append(self._datetime(filters.published_from))
        if filters.published_until is not None:
            sql.append(f"{table}.published_at < %s")
            params.append(self._datetime(filters.published_until))
        return " AND ".join(sql), params

    def _document_rows(
        self, documents: Sequence[Document], *, indexed_at: datetime
    ) -> list[tuple[int, str, int, str | None, str | None]]:
        return [
            (
                document.article_id,
                document.language,
                document.section_id,
                self._datetime(document.published_at),
                self._datetime(indexed_at),
            )
            for document in documents
        ]

    def remove(self, article_ids: Iterable[int]) -> None:
        for chunk in batched(article_ids, BATCH):
            with (
                transaction.atomic(using=self.database),
                self.connection.cursor() as cursor,
            ):
                placeholders = ", ".join(["%s"] * len(chunk))
                cursor.execute(
                    f"DELETE FROM search_document WHERE article_id IN ({placeholders})",
                    chunk,
                )

    def indexed_ids(self) -> Iterator[int]:
        last = 0
        while True:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT article_id FROM search_document WHERE article_id > %s "
                    "ORDER BY article_id LIMIT %s",
                    [last, BATCH * 10],
                )
                ids = [row[0] for row in cursor.fetchall()]
            if not ids:
                return
            yield from ids
            last = ids[-1]

    def clear(self) -> None:
        with transaction.atomic(using=self.database), self.connection.cursor() as c:
            c.execute("DELETE FROM search_document")
