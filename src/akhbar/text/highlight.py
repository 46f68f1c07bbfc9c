"""Find the words of a query in the original text and cut a snippet around them.

Works on the text as the reader will see it (with its diacritics and letter
forms), matching each word through the same analysis as the index, so every
backend highlights the same way.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .analysis import analyse
from .query import ParsedQuery

# A word as written: letters and digits, with the marks and joiners inside it.
WRITTEN_WORD = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u0640\u200c\u200d])+"
)
# Long bodies: the first part is enough to find a snippet.
SCAN_LIMIT = 20_000
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    match: bool


def _wanted(query: ParsedQuery) -> tuple[set[str], set[str]]:
    stems: set[str] = set()
    surfaces: set[str] = set()
    for term in query.all_terms():
        if term.is_stopword and len(query.all_terms()) > 1:
            continue
        stems.update(term.stems)
        surfaces.add(term.surface)
        for alias in term.aliases:
            stems.update(alias)
    return stems, surfaces


def matches(text: str, query: ParsedQuery) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the words in `text` the query finds."""
    stems, surfaces = _wanted(query)
    spans = []
    for found in WRITTEN_WORD.finditer(text[:SCAN_LIMIT]):
        terms = analyse(found.group())
        if any(t.surface in surfaces or stems.intersection(t.stems) for t in terms):
            spans.append(found.span())
    return spans


def snippet(text: str, query: ParsedQuery, *, length: int = 220) -> list[Segment]:
    """Return about `length` characters of `text` around the densest matches."""
    text = " ".join(text.split())
    spans = matches(text, query)
    if not spans:
        return _cut(text, 0, length, [])
    best_start, best_count = spans[0][0], 0
    for index, (start, _end) in enumerate(spans):
        count = sum(1 for s, e in spans[index:] if e <= start + length)
        if count > best_count:
            best_start, best_count = start, count
    # Start a little before the first match, at a word boundary.
    start = max(0, best_start - length // 5)
    if start:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space != -1 and best_start - space < length // 2 else start
    return _cut(text, start, start + length, spans)


def highlight(text: str, query: ParsedQuery) -> list[Segment]:
    """Return the whole `text` with the query's words marked (for titles)."""
    text = " ".join(text.split())
    return _cut(text, 0, len(text), matches(text, query))


def _cut(
    text: str, start: int, end: int, spans: Iterable[tuple[int, int]]
) -> list[Segment]:
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    segments: list[Segment] = []
    if start > 0:
        segments.append(Segment(ELLIPSIS, False))
    position = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start > position:
            segments.append(Segment(text[position:span_start], False))
        segments.append(Segment(text[span_start:span_end], True))
        position = span_end
    if position < end:
        segments.append(Segment(text[position:end], False))
    if end < len(text):
        segments.append(Segment(ELLIPSIS, False))
    return segments
