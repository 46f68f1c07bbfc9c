"""SQLite FTS5: the embedded default, bm25 ranking, no server to run.

Django's sqlite3 connection cannot register a custom FTS5 tokenizer, so the
table holds analysed text (akhbar.text) and FTS5's unicode61 tokenizer only
splits on the spaces between the words (see the migration for the columns).

Each row's rowid is a recency key: the second it was published, then the
article id. FTS5 walks its matches in rowid order by itself, so "newest
first", "published by now" and date ranges cost nothing, and relevance is
bounded: bm25 ranks the newest `window` matches (the first hundred pages);
matches older than those follow, newest first. That keeps a one-word query
on a word in every other article fast at any archive size.
"""

import math
from collections.abc import Iterable
from datetime import datetime
from itertools import batched, islice, product
from typing import Any

from django.db import transaction
from django.utils import timezone

from akhbar.text import ParsedQuery, QueryTerm
from akhbar.text.analysis import ARTICLE_PREFIX

from .base import (
    BODY_WEIGHT,
    EXACT_SHARE,
    SUMMARY_WEIGHT,
    TITLE_WEIGHT,
    Document,
    Filters,
    Hits,
    Match,
    Sort,
)
from .database import BATCH, DatabaseSearchBackend, analysed
from .packing import pack

STEMS = "{title summary body}"
FORMS = "{title_forms summary_forms body_forms}"
ALL = "{title summary body title_forms summary_forms body_forms}"
WEIGHTS = (TITLE_WEIGHT, SUMMARY_WEIGHT, BODY_WEIGHT)
BM25 = "bm25(search_fts, {}, 0)".format(
    ", ".join(str(w) for w in (*WEIGHTS, *(w * EXACT_SHARE for w in WEIGHTS)))
)
COLUMNS = "title, summary, body, title_forms, summary_forms, body_forms, meta"
FORMS_COLUMNS = ("title_forms", "summary_forms", "body_forms")
MAX_READINGS = 16
MERGE_PAGES = 2000
ID_BITS = 24  # the low bits of the key: the article id (modulo 2^24)
ID_MASK = (1 << ID_BITS) - 1


def recency_key(moment: datetime, article_id: int) -> int:
    """Return the FTS5 rowid of an article: publish second, then id."""
    return (math.floor(moment.timestamp()) << ID_BITS) | (article_id & ID_MASK)


def key_range(filters: Filters) -> tuple[int, int]:
    """Return the rowids (inclusive) of what was published in the filters' time.

    Seconds are whole, so an article due within the current second may count
    a moment early; the articles shown are checked again against the clock.
    """
    high = ((math.floor(filters.now.timestamp()) + 1) << ID_BITS) - 1
    low = -(1 << 62)
    if filters.published_until is not None:
        until = math.ceil(filters.published_until.timestamp()) << ID_BITS
        high = min(high, until - 1)
    if filters.published_from is not None:
        low = math.ceil(filters.published_from.timestamp()) << ID_BITS
    return low, high


def quoted(text: str) -> str:
    """Return an FTS5 string: whatever it holds is words, never operators."""
    return '"' + text.replace('"', '""') + '"'


def term_clause(term: QueryTerm) -> str:
    # Each distinct token once: FTS5 reads one list of rows per token.
    stems = [quoted(stem) for stem in term.stems]
    names = [quoted(" ".join(alias)) for alias in term.aliases]
    clause = f"{ALL}: ({' OR '.join(stems)})"
    if names:
        clause += f" OR {STEMS}: ({' OR '.join(names)})"
    if term.surface not in term.stems:
        clause += f" OR {FORMS}: {quoted(term.surface)}"
    return f"({clause})"


def phrase_clause(terms: Iterable[QueryTerm]) -> str:
    terms = list(terms)
    # Each reading of the ambiguous words (الصين وروسيا: وروس or روس), capped.
    readings = islice(product(*(term.stems for term in terms)), MAX_READINGS)
    stems = " OR ".join(quoted(" ".join(reading)) for reading in readings)
    exact = quoted(" ".join(term.surface for term in terms))
    return f"({STEMS}: ({stems}) OR {FORMS}: {exact})"


def filter_clauses(filters: Filters, *, language: bool = True) -> list[str]:
    clauses = []
    if language and filters.language:
        clauses.append(f"{{meta}}: {quoted(filters.language)}")
    if filters.section_id is not None:
        clauses.append(f"{{meta}}: {quoted(f's{filters.section_id}')}")
    return clauses


def words_expression(query: ParsedQuery, match: Match) -> str:
    clauses = [term_clause(term) for term in query.required_terms()]
    clauses += [phrase_clause(phrase.terms) for phrase in query.phrases]
    return (" AND " if match is Match.ALL else " OR ").join(clauses)


def prefix_expression(query: ParsedQuery, filters: Filters) -> str:
    """Return a title-only expression: whole words, then the last one begun."""
    terms = query.all_terms()
    if not terms:
        return ""
    *whole, last = terms
    clauses = [
        f"{{title title_forms}}: ({' OR '.join(map(quoted, t.stems))})" for t in whole
    ]
    bare = ARTICLE_PREFIX.sub("", last.surface) or last.surface
    clauses.append(
        f"({{title_forms}}: {quoted(last.surface)}* OR {{title}}: {quoted(bare)}*)"
    )
    return " AND ".join([*clauses, *filter_clauses(filters)])


def meta(document: Document) -> str:
    return f"{document.language} s{document.section_id}"


class Fts5SearchBackend(DatabaseSearchBackend):
    def index(self, documents: Iterable[Document]) -> None:
        for chunk in batched(documents, BATCH):
            rows = []
            fts_rows: list[tuple[int | str, ...]] = []
            indexed_at = self._datetime(timezone.now())
            for document in chunk:
                fields = analysed(document)
                columns = [
                    *(" ".join(t.stem for t in terms) for terms in fields),
                    *(
                        " ".join(
                            [t.surface for t in terms]
                            + [alt for t in terms for alt in t.alternatives]
                        )
                        for terms in fields
                    ),
                    meta(document),
                ]
                key = recency_key(document.published_at, document.article_id)
                rows.append(
                    (
                        document.article_id,
                        document.language,
                        document.section_id,
                        self._datetime(document.published_at),
                        indexed_at,
                        key,
                        pack(columns),
                    )
                )
                fts_rows.append((key, *columns))
            placeholders = ", ".join(["%s"] * len(chunk))
            with (
                transaction.atomic(using=self.database),
                self.connection.cursor() as cursor,
            ):
                # The delete trigger takes the old words out of the FTS5 table.
                cursor.execute(
                    f"DELETE FROM search_document WHERE article_id IN ({placeholders})",
                    [document.article_id for document in chunk],
                )
                cursor.executemany(
                    "INSERT INTO search_document (article_id, language, section_id, "
                    "published_at, indexed_at, fts_rowid, packed) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    rows,
                )
                cursor.executemany(
                    f"INSERT INTO search_fts (rowid, {COLUMNS}) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    fts_rows,
                )

    def optimize(self) -> None:
        # Merge FTS5's segments a little at a time, each step its own short
        # transaction, so that publishing never waits long behind a rebuild.
        while True:
            with transaction.atomic(using=self.database):
                self.connection.ensure_connection()
                before = self.connection.connection.total_changes
                with self.connection.cursor() as cursor:
                    cursor.execute(
                        "INSERT INTO search_fts (search_fts, rank) "
                        "VALUES ('merge', %s)",
                        [MERGE_PAGES],
                    )
                changed = self.connection.connection.total_changes - before
            if changed < 2:
                return

    def _articles(self, keys: list[int]) -> list[int]:
        if not keys:
            return []
        placeholders = ", ".join(["%s"] * len(keys))
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT fts_rowid, article_id FROM search_document "
                f"WHERE fts_rowid IN ({placeholders})",
                keys,
            )
            ids = dict(cursor.fetchall())
        return [ids[key] for key in keys if key in ids]

    def matches(
        self,
        query: ParsedQuery,
        *,
        filters: Filters,
        match: Match,
        sort: Sort,
        offset: int,
        limit: int,
    ) -> Hits:
        words = words_expression(query, match)
        if not words:
            return Hits([], 0, match)
        relevance = sort is Sort.RELEVANCE
        # One walk, newest first, gives the count (it stops past count_limit,
        # and FTS5 stops reading with it), the window bm25 ranks (scored on
        # the way: bm25 reads each word's row list once) and a page.
        wanted = max(self.count_limit + 1, self.window if relevance else 0)
        rows = self._newest(words, filters, BM25 if relevance else "0", wanted)
        every_match = len(rows) < wanted
        capped = len(rows) > self.count_limit
        total = min(len(rows), self.count_limit)
        if offset >= total and not capped:
            return Hits([], total, match)
        if relevance:
            window = rows[: self.window]
            # bm25: lower is better; equal scores, newest first.
            window.sort(key=lambda row: (row[2], -row[0]))
            rows = window + rows[self.window :]
        ids = [row[1] for row in rows[offset : offset + limit]]
        if len(ids) < limit and not every_match:
            # Past the walk: older matches, newest first.
            start = max(offset, len(rows))
            more = self._newest(words, filters, "0", offset + limit - start, start)
            ids += [row[1] for row in more]
        return Hits(ids, total, match, capped)

    def _newest(
        self, words: str, filters: Filters, score: str, limit: int, offset: int = 0
    ) -> list[tuple[Any, ...]]:
        """Return (key, article id, score) of matches, newest first.

        FTS5 walks the rows in key (recency) order; language is checked on
        search_document as it goes, so the words' own lists are all bm25
        reads (in the expression it would read the list of every article in
        that language). A section, a smaller list, narrows the walk in FTS5.
        """
        low, high = key_range(filters)
        conditions, params = [], []
        if filters.language:
            conditions.append("AND d.language = %s")
            params.append(filters.language)
        expression = " AND ".join(
            [f"({words})", *filter_clauses(filters, language=False)]
        )
        with self.connection.cursor() as cursor:
            # CROSS JOIN keeps FTS5 as the outer loop, walking newest first.
            cursor.execute(
                f"SELECT search_fts.rowid, d.article_id, {score} FROM search_fts "
                "CROSS JOIN search_document d ON d.fts_rowid = search_fts.rowid "
                "WHERE search_fts MATCH %s AND search_fts.rowid BETWEEN %s AND %s "
                f"{' '.join(conditions)} "
                "ORDER BY search_fts.rowid DESC LIMIT %s OFFSET %s",
                [expression, low, high, *params, limit, offset],
            )
            rows: list[tuple[Any, ...]] = cursor.fetchall()
            return rows

    def suggest(self, query: ParsedQuery, *, filters: Filters, limit: int) -> list[int]:
        expression = prefix_expression(query, filters)
        if not expression:
            return []
        low, high = key_range(filters)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT key FROM (SELECT rowid AS key, {BM25} AS score "
                "FROM search_fts WHERE search_fts MATCH %s AND rowid BETWEEN %s AND %s "
                "ORDER BY rowid DESC LIMIT %s) ORDER BY score, key DESC LIMIT %s",
                [expression, low, high, self.window, limit],
            )
            keys = [row[0] for row in cursor.fetchall()]
        return self._articles(keys)

    def known_words(self, surfaces: Iterable[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in batched(set(surfaces), 400):
            placeholders = ", ".join(["%s"] * len(chunk))
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT term, sum(doc) FROM search_fts_vocab "
                    f"WHERE term IN ({placeholders}) AND col IN (%s, %s, %s) "
                    "GROUP BY term",
                    [*chunk, *FORMS_COLUMNS],
                )
                found.update({term: count for term, count in cursor.fetchall()})
        return found
