"""The search backend interface: index, remove, search with filters, suggest.

Views and services talk to `akhbar.search.backends.backends["default"]`, never
to a concrete class, so another engine (OpenSearch, see docs/search.md) can be
added by writing one more subclass and naming it in SEARCH_BACKENDS.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from akhbar.text import ParsedQuery

# How much more a word counts in one field than in the body.
TITLE_WEIGHT, SUMMARY_WEIGHT, BODY_WEIGHT = 10.0, 4.0, 1.0
# A word as written (not only its stem) adds this share of its field's weight.
EXACT_SHARE = 0.5


class Sort(StrEnum):
    RELEVANCE = "relevance"
    NEWEST = "newest"


class Match(StrEnum):
    ALL = "all"  # every word (and phrase) of the query
    ANY = "any"  # at least one: the fallback when ALL finds nothing


@dataclass(frozen=True, slots=True)
class Document:
    """What the index knows of an article: its text and what filters need."""

    article_id: int
    language: str
    section_id: int
    published_at: datetime
    title: str
    summary: str
    body: str  # plain text


@dataclass(frozen=True, slots=True)
class Filters:
    now: datetime  # only articles published at or before it are found
    language: str | None = None
    section_id: int | None = None
    published_from: datetime | None = None  # inclusive
    published_until: datetime | None = None  # exclusive


@dataclass(frozen=True, slots=True)
class Hits:
    ids: list[int]  # one page of article ids, best first
    total: int  # all matches, for the result count
    match: Match = Match.ALL
    # The backend stopped counting at `total`: there are more (say "more than").
    capped: bool = False


class BaseSearchBackend:
    supports_phrases = False
    supports_suggest = False
    supports_spelling = False  # known_words() answers from the index vocabulary
    # Relevance ranks the newest `window` matches; older ones follow, newest
    # first. Counting stops at `count_limit` (Hits.capped then says so).
    window = 1000
    count_limit = 1000

    def __init__(self, alias: str = "default", **options: Any) -> None:
        self.alias = alias
        self.options = options

    def index(self, documents: Iterable[Document]) -> None:
        """Add or replace these documents in the index."""
        raise NotImplementedError

    def remove(self, article_ids: Iterable[int]) -> None:
        """Remove these articles from the index (unknown ids are ignored)."""
        raise NotImplementedError

    def indexed_ids(self) -> Iterator[int]:
        """Yield the id of every indexed article."""
        raise NotImplementedError

    def clear(self) -> None:
        """Remove every document."""
        raise NotImplementedError

    def optimize(self) -> None:
        """Tidy the index after many writes (merge segments, refresh statistics)."""

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
        """Return the articles matching all or any of the query's words."""
        raise NotImplementedError

    def suggest(self, query: ParsedQuery, *, filters: Filters, limit: int) -> list[int]:
        """Return ids of articles whose titles start to match what is typed."""
        raise NotImplementedError

    def known_words(self, surfaces: Iterable[str]) -> dict[str, int]:
        """Return which of these normalized words the index holds, with counts."""
        raise NotImplementedError

    def search(
        self,
        query: ParsedQuery,
        *,
        filters: Filters,
        sort: Sort = Sort.RELEVANCE,
        offset: int = 0,
        limit: int = 20,
    ) -> Hits:
        """Return every word's matches, or else any word's, best first."""
        sort = Sort(sort)
        if query.is_empty:
            return Hits([], 0)
        hits = self.matches(
            query,
            filters=filters,
            match=Match.ALL,
            sort=sort,
            offset=offset,
            limit=limit,
        )
        words = len(query.required_terms()) + len(query.phrases)
        if hits.total == 0 and words > 1:
            hits = self.matches(
                query,
                filters=filters,
                match=Match.ANY,
                sort=sort,
                offset=offset,
                limit=limit,
            )
        return hits
