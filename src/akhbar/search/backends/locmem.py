"""An index in this process's memory, for tests: `backend.documents` shows it.

It answers the same questions as the database backends with plain Python over
the same analysis, so it also serves as their reference.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from akhbar.text import ParsedQuery, QueryTerm, Term
from akhbar.text.analysis import ARTICLE_PREFIX

from .base import (
    BODY_WEIGHT,
    EXACT_SHARE,
    SUMMARY_WEIGHT,
    TITLE_WEIGHT,
    BaseSearchBackend,
    Document,
    Filters,
    Hits,
    Match,
    Sort,
)
from .database import Fields, analysed

WEIGHTS = (TITLE_WEIGHT, SUMMARY_WEIGHT, BODY_WEIGHT)
# Shared by every instance with the same alias, like Django's locmem cache.
_indexes: dict[str, dict[int, "Stored"]] = {}


@dataclass(frozen=True)
class Stored:
    document: Document
    fields: Fields


def _has_sequence(words: list[str], sequence: tuple[str, ...]) -> int:
    size = len(sequence)
    return sum(
        1
        for i in range(len(words) - size + 1)
        if tuple(words[i : i + size]) == sequence
    )


def _term_score(fields: Fields, term: QueryTerm) -> float:
    score = 0.0
    for weight, terms in zip(WEIGHTS, fields, strict=True):
        stems = [t.stem for t in terms]
        wanted = set(term.stems)
        hits = sum(1 for t in terms if wanted.intersection(t.stems)) + sum(
            _has_sequence(stems, alias) for alias in term.aliases
        )
        exact = sum(1 for t in terms if t.surface == term.surface)
        score += weight * (hits + EXACT_SHARE * exact)
    return score


def _readings_in(field_terms: list[Term], terms: tuple[QueryTerm, ...]) -> int:
    size = len(terms)
    return sum(
        1
        for i in range(len(field_terms) - size + 1)
        if all(
            set(query.stems).intersection(found.stems)
            for query, found in zip(terms, field_terms[i : i + size], strict=True)
        )
    )


def _phrase_score(fields: Fields, terms: tuple[QueryTerm, ...]) -> float:
    score = 0.0
    for weight, field_terms in zip(WEIGHTS, fields, strict=True):
        stems = _readings_in(field_terms, terms)
        exact = _has_sequence(
            [t.surface for t in field_terms], tuple(t.surface for t in terms)
        )
        score += weight * (stems + EXACT_SHARE * exact)
    return score


class LocmemSearchBackend(BaseSearchBackend):
    supports_phrases = True
    supports_suggest = True
    supports_spelling = True

    @property
    def documents(self) -> dict[int, Stored]:
        return _indexes.setdefault(self.alias, {})

    def index(self, documents: Iterable[Document]) -> None:
        for document in documents:
            self.documents[document.article_id] = Stored(document, analysed(document))

    def remove(self, article_ids: Iterable[int]) -> None:
        for article_id in article_ids:
            self.documents.pop(article_id, None)

    def indexed_ids(self) -> Iterator[int]:
        yield from sorted(self.documents)

    def clear(self) -> None:
        self.documents.clear()

    def _visible(self, filters: Filters) -> Iterator[Stored]:
        for stored in self.documents.values():
            document = stored.document
            if document.published_at > filters.now:
                continue
            if filters.language and document.language != filters.language:
                continue
            if filters.section_id is not None and (
                document.section_id != filters.section_id
            ):
                continue
            if (
                filters.published_from
                and document.published_at < filters.published_from
            ):
                continue
            if (
                filters.published_until
                and document.published_at >= filters.published_until
            ):
                continue
            yield stored

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
        found = []
        for stored in self._visible(filters):
            scores = [_term_score(stored.fields, t) for t in query.required_terms()]
            scores += [_phrase_score(stored.fields, p.terms) for p in query.phrases]
            if not scores:
                continue
            if all(scores) if match is Match.ALL else any(scores):
                found.append((sum(scores), stored.document))
        # Newest first; with relevance, the newest `window` are ranked first.
        found.sort(
            key=lambda hit: (hit[1].published_at, hit[1].article_id), reverse=True
        )
        if sort is Sort.RELEVANCE:
            ranked = sorted(
                found[: self.window],
                key=lambda hit: (hit[0], hit[1].published_at, hit[1].article_id),
                reverse=True,
            )
            found = ranked + found[self.window :]
        capped = len(found) > self.count_limit
        page = found[offset : offset + limit]
        return Hits(
            [document.article_id for _, document in page],
            min(len(found), self.count_limit),
            match,
            capped,
        )

    def suggest(self, query: ParsedQuery, *, filters: Filters, limit: int) -> list[int]:
        terms = query.all_terms()
        if not terms:
            return []
        *whole, last = terms
        bare = ARTICLE_PREFIX.sub("", last.surface) or last.surface
        found = []
        for stored in self._visible(filters):
            title = stored.fields[0]
            stems = {stem for t in title for stem in t.stems}
            if not all(stems.intersection(t.stems) for t in whole):
                continue
            if any(
                t.surface.startswith(last.surface) or t.stem.startswith(bare)
                for t in title
            ):
                found.append(stored.document)
        found.sort(key=lambda document: document.published_at, reverse=True)
        return [document.article_id for document in found[:limit]]

    def known_words(self, surfaces: Iterable[str]) -> dict[str, int]:
        wanted = set(surfaces)
        counts: dict[str, int] = {}
        for stored in self.documents.values():
            present = {t.surface for terms in stored.fields for t in terms} & wanted
            for word in present:
                counts[word] = counts.get(word, 0) + 1
        return counts
