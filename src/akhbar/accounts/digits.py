"""Digits as readers type them: Arabic-Indic, Persian, full-width or ASCII."""

import unicodedata


def ascii_digits(text: str) -> str:
    """Return text with every decimal digit (٣, ۳, ３, 3...) written as ASCII."""
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text
    )
