"""Text analysis for search: pure Python, imports nothing from Django.

normalize (arabic.py) -> words and terms (analysis.py) -> queries (query.py)
-> snippets with the matched words marked (highlight.py).
"""

from .analysis import Term, analyse, term_for, words
from .arabic import normalize, normalize_arabic
from .highlight import Segment, highlight, snippet
from .query import ParsedQuery, Phrase, QueryTerm, parse_query

__all__ = [
    "ParsedQuery",
    "Phrase",
    "QueryTerm",
    "Segment",
    "Term",
    "analyse",
    "highlight",
    "normalize",
    "normalize_arabic",
    "parse_query",
    "snippet",
    "term_for",
    "words",
]
