"""Digits as people type them: in any script, with separators and invisible marks.

Pure Python, no Django. Readers type phone numbers and codes in Arabic-Indic
(٠١٢), Eastern Arabic-Indic or Persian (۰۱۲), full-width (０１２) or ASCII
digits, spaced or dashed, and right-to-left keyboards slip direction marks and
controls between them.
"""

import re
import unicodedata

from .controls import BIDI_CONTROLS

#: The left-to-right and right-to-left marks (U+200E, U+200F).
DIRECTION_MARKS = frozenset("\u200e\u200f")


def ascii_digits(text: str) -> str:
    """Return the text with every decimal digit (٣, ۳, ３, ३...) written as ASCII."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text
    )


def digit_separators(punctuation: str) -> re.Pattern[str]:
    """Return a pattern matching one character typed between digits: whitespace,
    any of `punctuation`, a bidi control or a direction mark."""
    invisible = "".join(sorted(BIDI_CONTROLS | DIRECTION_MARKS))
    return re.compile(rf"[\s{re.escape(punctuation)}{invisible}]")
