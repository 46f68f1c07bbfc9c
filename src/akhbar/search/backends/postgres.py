"""PostgreSQL full-text search, used automatically on PostgreSQL.

Both tsvectors are written from akhbar's own analysis, lexeme by lexeme, never
through a text search configuration, so they hold the same stems as on SQLite:

- `terms` (GIN-indexed) is what matching reads: every stem and other reading,
  each pair of neighbouring stems ("a b", for phrases), title words ("^stem",
  "^=word", for type-ahead), and the month it was published ("@2026-03"). It
  has no positions, so the GIN index answers a query exactly, without
  opening rows; language, section and time are read from the row.
- `ranking` holds the title (weight A) and the summary (B) with positions,
  each word by stem and as written ("=word"), small enough to stay in the
  row: ts_rank_cd reads it, with the same title:summary weights as bm25 on
  SQLite, and a word as written ranks above its stem alone. Matches in the
  body only rank after those, newest first.

Relevance is bounded like on SQLite: the newest `window` matches are ranked
(found through the month lexemes, newest first, so a word in every other
article costs no more than a rare one); older matches follow, newest first.
"""

import math
from collections.abc import Iterable
from datetime import UTC, datetime
from itertools import batched, islice, pairwise, product
from typing import Any

from django.db import transaction
from django.db.backends.utils import CursorWrapper
from django.utils import timezone

from akhbar.text import ParsedQuery, QueryTerm, Term, analyse
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
from .database import BATCH, DatabaseSearchBackend, Fields, analysed

# {D, C, B, A}; ts_rank_cd wants weights of at most 1.
RANK_WEIGHTS = (
    f"{{0.05, {BODY_WEIGHT / TITLE_WEIGHT}, {SUMMARY_WEIGHT / TITLE_WEIGHT}, 1.0}}"
)
# 1: divide by 1 + log(length), as bm25 also weighs long documents down.
RANK = f"ts_rank_cd('{RANK_WEIGHTS}', d.ranking, %s::tsquery, 1)"
MAX_READINGS = 4
MONTHS_WALKED = 120  # then the rest at once
# Found often enough this month to fill the window within this many months:
# walk back for the newest rather than first asking whether there are more.
DENSE_MONTHS = 24


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


def pairs(left: Term | QueryTerm, right: Term | QueryTerm) -> list[str]:
    return [
        f"{a} {b}" for a, b in islice(product(left.stems, right.stems), MAX_READINGS)
    ]


def terms_of(document: Document, fields: Fields) -> list[str]:
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


def ranking_of(fields: Fields) -> str:
    """Return the tsvector input of the ranking vector: positions and weights."""
    title, summary, _body = fields
    positions: dict[str, list[str]] = {}
    position = 0
    for weight, terms in zip("AB", (title, summary), strict=True):
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
        for chunk in batched(documents, BATCH):
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
        relevance = sort is Sort.RELEVANCE
        # One walk gives the count (it stops past count_limit), the window
        # relevance ranks and, newest first, the page asked for.
        need = max(self.count_limit + 1, self.window if relevance else 0)
        need = max(need, offset + limit)
        with transaction.atomic(using=self.database), self.connection.cursor() as c:
            # A LIMIT makes the planner hope a sequential scan finds enough rows
            # soon; it then opens every row's tsvector. GIN is always cheaper.
            c.execute("SET LOCAL enable_seqscan = off")
            ranked = rank_query(query) if relevance else None
            rows, every_match = self._newest(c, expression, filters, need, ranked)
            # ranked is set exactly when sorting by relevance.
            if ranked is not None and offset < self.window:
                window = rows[: self.window]
                unscored = [pk for pk, _when, score in window if score is None]
                scores = self._scores(c, ranked, unscored) if unscored else {}
                # Stable: equal scores stay newest first.
                window.sort(
                    key=lambda row: scores.get(row[0], 0) if row[2] is None else row[2],
                    reverse=True,
                )
                rows = window + rows[self.window :]
        capped = len(rows) > self.count_limit or not every_match
        total = min(len(rows), self.count_limit)
        return Hits(
            [row[0] for row in rows[offset : offset + limit]], total, match, capped
        )

    def _scores(
        self, cursor: CursorWrapper, ranked: str, ids: list[int]
    ) -> dict[int, float]:
        """Return the scores of these articles (of those that score at all)."""
        cursor.execute(
            f"SELECT d.article_id, {RANK} FROM search_document d "
            "WHERE d.article_id = ANY(%s) AND d.ranking @@ %s::tsquery",
            [ranked, ids, ranked],
        )
        return dict(cursor.fetchall())

    def _newest(
        self,
        cursor: CursorWrapper,
        expression: str,
        filters: Filters,
        need: int,
        ranked: str | None = None,
    ) -> tuple[list[tuple[Any, ...]], bool]:
        """Return the newest `need` matches, newest first, and whether that is all.

        Rows are (id, publishing time in microseconds, score). The newest
        month is read first, through its month lexeme. If it holds fewer than
        `need` and the word looks rare, one read of everything older either
        finds them all (done) or shows there are more; then (or at once, for a
        frequent word) the walk goes back in time.
        Each step is GIN lookups and that period's rows only, so a word in
        every other article costs what a rare one does. Rows are scored as
        they are read (when `ranked` is given), but for that one read of
        everything older, which is mostly thrown away: its score is None.
        """
        where, params = self._filter_sql(filters)
        # ts_rank_cd is slow even where nothing matches (it looks for covers);
        # @@ on the small ranking vector rules those rows out first.
        score, first = "NULL::float4", []
        if ranked is not None:
            score = f"CASE WHEN d.ranking @@ %s::tsquery THEN {RANK} ELSE 0 END"
            first = [ranked, ranked]
        select = "SELECT d.article_id, (extract(epoch FROM d.published_at) * 1e6)::int8"
        matching = f" FROM search_document d WHERE d.terms @@ %s::tsquery AND {where}"
        rows: list[tuple[Any, ...]] = []

        def read(
            extra_sql: str, extra: list[Any], scored: bool = True
        ) -> list[tuple[Any, ...]]:
            if scored:
                sql, values = f"{select}, {score}{matching}", [*first, expression]
            else:
                sql, values = f"{select}, NULL::float4{matching}", [expression]
            cursor.execute(sql + extra_sql, [*values, *params, *extra])
            found: list[tuple[Any, ...]] = cursor.fetchall()
            return found

        def newest(every_match: bool) -> tuple[list[tuple[Any, ...]], bool]:
            rows.sort(key=lambda row: (row[1], row[0]), reverse=True)
            return rows[:need], every_match

        def read_month(moment: datetime) -> bool:
            rows.extend(read(" AND d.terms @@ %s::tsquery", [lexeme(month(moment))]))
            return len(rows) >= need

        until = min(filters.now, filters.published_until or filters.now)
        moment = _month_start(until.astimezone(UTC))
        start = filters.published_from
        if read_month(moment):
            return newest(False)
        # How much of this month has gone by: with what it held, a rate.
        months = (until - moment) / (next_month(moment) - moment)
        months = max(months, 1 / 31)
        wanted = need - len(rows)
        if len(rows) / months * DENSE_MONTHS < wanted:
            # Rarely here lately: maybe rare at all, which one read tells.
            older = read(" AND d.published_at < %s LIMIT %s", [moment, wanted], False)
            if len(older) < wanted:
                rows.extend(older)
                return newest(True)
        # Then back in time, as many months at once (one GIN lookup each, in
        # one query) as the rate so far says are needed, at least twice as
        # many as the step before when nothing was found: few round trips,
        # and few rows read past the newest `need`.
        span, walked = 1, 0
        while walked < MONTHS_WALKED:
            if rows:
                rate = len(rows) / months
                span = max(1, math.ceil((need - len(rows)) / rate * 1.2))
            batch: list[str] = []
            while len(batch) < span and walked < MONTHS_WALKED:
                if start and moment <= start:
                    break  # past the date range: nothing older is wanted
                moment = previous_month(moment)
                batch.append(lexeme(month(moment)))
                walked += 1
            if not batch:
                return newest(True)
            rows.extend(read(" AND d.terms @@ %s::tsquery", [" | ".join(batch)]))
            if len(rows) >= need:
                return newest(False)
            months += len(batch)
            span *= 2
        rows.extend(read(" AND d.published_at < %s", [moment]))
        return newest(len(rows) < need)

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
