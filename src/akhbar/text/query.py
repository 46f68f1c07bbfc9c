"""Read what a reader typed into a search query.

The only syntax is the phrase: words inside double quotes ("…", “…” or «…»)
must appear together, in that order. Every other character is text: FTS
operators, brackets, `*`, `-`, NEAR, SQL fragments are separators between
words, so nothing a reader types can change what a backend is asked.
"""

import re
from dataclasses import dataclass

from .analysis import Term, analyse
from .vocabulary import aliases_of, is_stopword

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12
QUOTES = re.compile('["“”«»„‟〝〞＂]')


@dataclass(frozen=True, slots=True)
class QueryTerm:
    surface: str
    stem: str
    alternatives: tuple[str, ...] = ()  # other readings: وروسيا is also روسيا
    # Other names for the same thing (BRICS, بريكس), each a sequence of stems.
    aliases: tuple[tuple[str, ...], ...] = ()

    @property
    def stems(self) -> tuple[str, ...]:
        return (self.stem, *self.alternatives)

    @property
    def is_stopword(self) -> bool:
        return is_stopword(self.surface)


@dataclass(frozen=True, slots=True)
class Phrase:
    terms: tuple[QueryTerm, ...]


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # what was read, after cutting to the maximum length
    terms: tuple[QueryTerm, ...] = ()  # loose words (one phrase of one word each)
    phrases: tuple[Phrase, ...] = ()  # quoted, two words or more
    truncated: bool = False  # the input was longer than the maximum
    dropped_words: int = 0  # words past MAX_QUERY_WORDS, ignored

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.phrases

    def all_terms(self) -> list[QueryTerm]:
        """Return every term, loose or in a phrase (for highlighting)."""
        return [
            *self.terms,
            *(term for phrase in self.phrases for term in phrase.terms),
        ]

    def required_terms(self) -> tuple[QueryTerm, ...]:
        """Return the loose words a match must contain: stopwords left out when
        other words remain, so «ما هي بريكس» asks for بريكس."""
        content = tuple(term for term in self.terms if not term.is_stopword)
        if content or self.phrases:
            return content
        return self.terms


def _query_term(term: Term) -> QueryTerm:
    return QueryTerm(term.surface, term.stem, term.alternatives, aliases_of(term.stem))


def parse_query(
    raw: str, *, max_length: int = MAX_QUERY_LENGTH, max_words: int = MAX_QUERY_WORDS
) -> ParsedQuery:
    """Return the query's words and phrases; never raises, whatever `raw` holds."""
    raw = raw if isinstance(raw, str) else ""
    truncated = len(raw) > max_length
    text = raw[:max_length]
    parts = QUOTES.split(text)
    # Quotes alternate outside/inside; an unmatched last quote opens no phrase.
    if len(parts) % 2 == 0:
        parts[-2:] = [parts[-2] + " " + parts[-1]]
    loose: list[QueryTerm] = []
    phrases: list[Phrase] = []
    budget = max_words
    dropped = 0
    seen: set[str] = set()
    for index, part in enumerate(parts):
        terms = [_query_term(term) for term in analyse(part)]
        if len(terms) > budget:
            dropped += len(terms) - budget
            terms = terms[:budget]
        budget -= len(terms)
        if index % 2 == 1 and len(terms) > 1:
            phrases.append(Phrase(tuple(terms)))
            continue
        for term in terms:
            if term.surface not in seen:
                seen.add(term.surface)
                loose.append(term)
    return ParsedQuery(
        text=text,
        terms=tuple(loose),
        phrases=tuple(phrases),
        truncated=truncated,
        dropped_words=dropped,
    )
