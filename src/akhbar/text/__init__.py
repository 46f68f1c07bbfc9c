"""Text analysis for search: pure Python, imports nothing from Django.

normalize (arabic.py) -> words and terms (analysis.py) -> queries (query.py)
-> snippets with the matched words marked (highlight.py). controls.py strips
the bidi controls that could reorder a page from text shown on one line;
digits.py reads digits as people type them (any script, any separators).
"""

from .analysis import Term, analyse, term_for, words
from .arabic import normalize, normalize_arabic
from .controls import BIDI_CONTROLS, strip_bidi_controls
from .digits import DIRECTION_MARKS, ascii_digits, digit_separators
from .highlight import Segment, highlight, snippet
from .query import ParsedQuery, Phrase, QueryTerm, parse_query

__all__ = [
    "BIDI_CONTROLS",
    "DIRECTION_MARKS",
    "ParsedQuery",
    "Phrase",
    "QueryTerm",
    "Segment",
    "Term",
    "analyse",
    "ascii_digits",
    "digit_separators",
    "highlight",
    "normalize",
    "normalize_arabic",
    "parse_query",
    "snippet",
    "strip_bidi_controls",
    "term_for",
    "words",
]
