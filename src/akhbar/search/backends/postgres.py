"""PostgreSQL full-text search, used automatically on PostgreSQL.

Both tsvectors are written from akhbar's own analysis, lexeme by lexeme, never
through a text search configuration, so they hold the same stems as on SQLite:

- `terms` (GIN-indexed) is what matching reads: every stem and other reading,
  each pair of neighbouring stems ("a b", for phrases), title words ("^stem",
  "^=word", for type-ahead), and the month it was published ("@2026-03"). It
  has no positions, so the GIN index answers a query exactly, without
  opening rows; language, section and time are read from the row.
- `ranking` holds the title (weight A), the summary (B) and the first words of
  the body (C) with positions, each word by stem and as written ("=word"),
  small enough to stay in the row: ts_rank_cd reads it, with the same weights
  as bm25 on SQLite, and a word as written ranks above its stem alone.

Relevance is bounded like on SQLite: the newest `window` matches are ranked
(found month by month through the "@month" lexemes, so a word in every other
article costs no more than a rare one); older matches follow, newest first.
"""

from collections.abc import Iterable
from datetime import UTC, datetime
from itertools import islice, pairwise, product

from django.db import transaction
from django.utils import timezone

from akhbar.text import ParsedQuery, QueryTerm, analyse
from akhbar.text.analysis import ARTICLE_PREFIX

from .base import (
    BODY_WEIGHT,
    SUMMARY_WEIGHT,
    TITLE_WEIGHT,
    Document,
    Filters,
    Hits,
    Match,
    Sort,
)
from .database import DatabaseSearchBackend, analysed, batched

# {D, C, B, A}; ts_rank_cd wants weights of at most 1.
RANK_WEIGHTS = (
    f"{{0.05, {BODY_WEIGHT / TITLE_WEIGHT}, {SUMMARY_WEIGHT / TITLE_WEIGHT}, 1.0}}"
)
# 1: divide by 1 + log(length), as bm25 also weighs long documents down.
RANK = f"ts_rank_cd('{RANK_WEIGHTS}', d.ranking, %s::tsquery, 1)"
LEAD_WORDS = 30  # of the body, in the ranking vector
MAX_READINGS = 4
MONTHS_WALKED = 12


def lexeme(text: str) -> str:
    """Return a quoted tsquery lexeme: never read as syntax."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def month(moment: datetime) -> str:
    return f"@{moment.year:04d}-{moment.month:02d}"


def previous_month(moment: datetime) -> datetime:
    first = _month_start(moment)
    if first.month == 1:
        return first.replace(year=first.year - 1, month=12)
    return first.replace(month=first.month - 1)


def pairs(left, right) -> list[str]:
    return [
        f"{a} {b}" for a, b in islice(product(left.stems, right.stems), MAX_READINGS)
    ]


def terms_of(document: Document, fields) -> list[str]:
    """Return the lexemes matching reads (no positions; PostgreSQL dedupes)."""
    title, summary, body = fields
    found = [month(document.published_at.astimezone(UTC))]
    # Words as written ("=word") are left to the ranking vector: every form
    # of a word has its stem here, so they would only make the index bigger.
    for terms in (title, summary, body):
        for term in terms:
            found += term.stems
        for left, right in pairwise(terms):
            found += pairs(left, right)
    for term in title:
        found += [f"^{stem}" for stem in term.stems]
        found.append("^=" + term.surface)
    return found


def ranking_of(fields) -> str:
    """Return the tsvector input of the ranking vector: positions and weights."""
    title, summary, body = fields
    positions: dict[str, list[str]] = {}
    position = 0
    for weight, terms in zip("ABC", (title, summary, body[:LEAD_WORDS]), strict=True):
        for term in terms:
            position += 1
            for form in {*term.stems, "=" + term.surface}:
                positions.setdefault(form, []).append(f"{position}{weight}")
        position += 1  # a phrase never runs from the title into the summary
    return " ".join(f"{lexeme(form)}:{','.join(p)}" for form, p in positions.items())


def term_query(term: QueryTerm, prefix: str = "", *, exact: bool = False) -> str:
    forms = [prefix + stem for stem in term.stems]
    if exact:
        forms.append(f"{prefix}={term.surface}")
    options = [lexeme(form) for form in forms]
    for alias in term.aliases:
        if len(alias) == 1:
            options.append(lexeme(prefix + alias[0]))
        else:
            joined = [f"{a} {b}" for a, b in pairwise(alias)]
            options.append("(" + " & ".join(map(lexeme, joined)) + ")")
    return "(" + " | ".join(options) + ")"


def phrase_match(terms: tuple[QueryTerm, ...]) -> str:
    steps = [
        "(" + " | ".join(map(lexeme, pairs(left, right))) + ")"
        for left, right in pairwise(terms)
    ]
    return "(" + " & ".join(steps) + ")"


def phrase_rank(terms: tuple[QueryTerm, ...]) -> str:
    return (
        "("
        + " <-> ".join(
            "(" + " | ".join(map(lexeme, term.stems)) + ")" for term in terms
        )
        + ")"
    )


def match_query(query: ParsedQuery, match: Match) -> str:
    clauses = [term_query(term) for term in query.required_terms()]
    clauses += [phrase_match(phrase.terms) for phrase in query.phrases]
    if not clauses:
        return ""
    return (" & " if match is Match.ALL else " | ").join(clauses)


def rank_query(query: ParsedQuery) -> str:
    # Any of the words: a title holding some of them still ranks above none.
    clauses = [term_query(term, exact=True) for term in query.required_terms()]
    clauses += [phrase_rank(phrase.terms) for phrase in query.phrases]
    return " | ".join(clauses)


def prefix_query(query: ParsedQuery) -> str:
    terms = query.all_terms()
    if not terms:
        return ""
    *whole, last = terms
    clauses = [term_query(term, prefix="^") for term in whole]
    bare = ARTICLE_PREFIX.sub("", last.surface) or last.surface
    clauses.append(f"({lexeme('^=' + last.surface)}:* | {lexeme('^' + bare)}:*)")
    return " & ".join(clauses)


class PostgresSearchBackend(DatabaseSearchBackend):
    def index(self, documents: Iterable[Document]) -> None:
        for chunk in batched(documents):
            rows = []
            for row, document in zip(
                self._document_rows(chunk, indexed_at=timezone.now()),
                chunk,
                strict=True,
            ):
                fields = analysed(document)
                rows.append((*row, terms_of(document, fields), ranking_of(fields)))
            with (
                transaction.atomic(using=self.database),
                self.connection.cursor() as cursor,
            ):
                cursor.executemany(
                    "INSERT INTO search_document (article_id, language, section_id, "
                    "published_at, indexed_at, terms, ranking) VALUES "
                    "(%s, %s, %s, %s, %s, array_to_tsvector(%s::text[]), %s::tsvector) "
                    "ON CONFLICT (article_id) DO UPDATE SET "
                    "language = excluded.language, section_id = excluded.section_id, "
                    "published_at = excluded.published_at, "
                    "indexed_at = excluded.indexed_at, terms = excluded.terms, "
                    "ranking = excluded.ranking",
                    rows,
                )

    def optimize(self) -> None:
        # Fresh statistics for the planner, and the GIN pending list merged.
        with self.connection.cursor() as cursor:
            cursor.execute("ANALYZE search_document")
            cursor.execute("SELECT gin_clean_pending_list('search_document_terms')")

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
        expression = match_query(query, match)
        if not expression:
            return Hits([], 0, match)
        where, params = self._filter_sql(filters)
        with transaction.atomic(using=self.database), self.connection.cursor() as c:
            # A LIMIT makes the planner hope a sequential scan finds enough rows
            # soon; it then opens every row's tsvector. GIN is always cheaper.
            c.execute("SET LOCAL enable_seqscan = off")
            c.execute(
                "SELECT count(*) FROM (SELECT 1 FROM search_document d "
                f"WHERE d.terms @@ %s::tsquery AND {where} LIMIT %s) AS n",
                [expression, *params, self.count_limit + 1],
            )
            total = c.fetchone()[0]
            capped = total > self.count_limit
            total = min(total, self.count_limit)
            if offset >= total and not capped:
                return Hits([], total, match)
            ids: list[int] = []
            window = 0
            everything = None if capped else total
            if sort is Sort.RELEVANCE:
                rows = self._newest(
                    c, expression, filters, self.window, query, everything
                )
                rows.sort(key=lambda row: (row[1], row[2], row[0]), reverse=True)
                window = len(rows)
                ids = [row[0] for row in rows[offset : offset + limit]]
            if len(ids) < limit:
                # Newest first: the whole list, or what follows the window.
                start = max(offset, window) if sort is Sort.RELEVANCE else offset
                rows = self._newest(
                    c, expression, filters, start + limit - len(ids), None, everything
                )
                ids += [row[0] for row in rows[start:]]
        return Hits(ids, total, match, capped)

    def _newest(
        self, cursor, expression, filters, need, query=None, total=None
    ) -> list[tuple]:
        """Return (id, score, published_at) of the newest `need` matches.

        When all the matches are wanted (`total`, counted, is at most `need`)
        they are read at once. Otherwise month by month from the newest,
        through the month lexemes: each step is GIN lookups and that month's
        rows only, so a word in every other article costs what a rare one
        does. Scores only when `query` is given.
        """
        where, params = self._filter_sql(filters)
        if query is None:
            select, first = "SELECT d.article_id, 0, d.published_at", []
        else:
            select, first = (
                f"SELECT d.article_id, {RANK}, d.published_at",
                [rank_query(query)],
            )
        select += " FROM search_document d WHERE "
        if total is not None and total <= need:
            cursor.execute(
                select + f"d.terms @@ %s::tsquery AND {where}",
                [*first, expression, *params],
            )
            rows = cursor.fetchall()
            rows.sort(key=lambda row: (row[2], row[0]), reverse=True)
            return rows
        rows: list[tuple] = []
        moment = min(filters.now, filters.published_until or filters.now)
        moment = _month_start(moment.astimezone(UTC))
        for _ in range(MONTHS_WALKED):
            if filters.published_from and next_month(moment) <= filters.published_from:
                break  # walked past the date range: nothing older is wanted
            cursor.execute(
                select + f"d.terms @@ (%s::tsquery && %s::tsquery) AND {where}",
                [*first, expression, lexeme(month(moment)), *params],
            )
            rows += cursor.fetchall()
            if len(rows) >= need:
                break
            moment = previous_month(moment)
        else:
            # A year walked and still room: the rest, older, newest first.
            cursor.execute(
                select + f"d.terms @@ %s::tsquery AND {where} AND d.published_at < %s "
                "ORDER BY d.published_at DESC, d.article_id DESC LIMIT %s",
                [*first, expression, *params, next_month(moment), need - len(rows)],
            )
            rows += cursor.fetchall()
        rows.sort(key=lambda row: (row[2], row[0]), reverse=True)
        return rows[:need]

    def suggest(self, query: ParsedQuery, *, filters: Filters, limit: int) -> list[int]:
        expression = prefix_query(query)
        if not expression:
            return []
        where, params = self._filter_sql(filters)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.article_id FROM search_document d "
                f"WHERE d.terms @@ %s::tsquery AND {where} "
                "ORDER BY d.published_at DESC LIMIT %s",
                [expression, *params, limit],
            )
            return [row[0] for row in cursor.fetchall()]

    def known_words(self, surfaces: Iterable[str]) -> dict[str, int]:
        # Known by stem (what a search would find); each candidate is one GIN
        # lookup, and counts stop at 100 (enough to choose between them).
        found: dict[str, int] = {}
        for chunk in batched(set(surfaces), 400):
            queries = [
                term_query(QueryTerm(t.surface, t.stem, t.alternatives))
                for word in chunk
                for t in analyse(word)[:1]
            ]
            words = [word for word in chunk if analyse(word)[:1]]
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT w.word, (SELECT count(*) FROM (SELECT 1 "
                    "FROM search_document d WHERE d.terms @@ w.query LIMIT 100) n) "
                    "FROM unnest(%s::text[], %s::tsquery[]) AS w(word, query)",
                    [words, queries],
                )
                found.update({word: n for word, n in cursor.fetchall() if n})
        return found


def _month_start(moment: datetime) -> datetime:
    return moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def next_month(moment: datetime) -> datetime:
    first = _month_start(moment)
    if first.month == 12:
        return first.replace(year=first.year + 1, month=1)
    return first.replace(month=first.month + 1)
