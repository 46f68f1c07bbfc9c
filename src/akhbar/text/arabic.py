"""Normalize text for search: one function for documents, queries and topics.

Pure Python, no Django. `normalize` gives the form every index and query sees:
Unicode NFKC with case folding, no diacritics (Arabic tashkeel or Latin
accents), no tatweel, no invisible format characters (bidi controls, zero-width
joiners), unified Arabic letter variants, and ASCII digits.
"""

import re
import sys
import unicodedata
from functools import cache

TATWEEL = "\u0640"
TAA_MARBUTA = "\u0629"
HAA = "\u0647"

# Letters written several ways, folded to one. Alef forms (أ إ آ are undone by
# the NFKD step below; ٱ ٲ ٳ ٵ are letters of their own), alef maqsura, the
# Persian and Urdu shapes of kaf, yeh and heh.
LETTER_FOLDS = str.maketrans(
    {
        "\u0671": "\u0627",  # ٱ alef wasla
        "\u0672": "\u0627",  # ٲ
        "\u0673": "\u0627",  # ٳ
        "\u0675": "\u0627",  # ٵ
        "\u0649": "\u064a",  # ى alef maqsura -> ي
        "\u06cc": "\u064a",  # ی Persian yeh
        "\u06d2": "\u064a",  # ے Urdu yeh barree
        "\u06a9": "\u0643",  # ک Persian kaf
        "\u06aa": "\u0643",  # ڪ swash kaf
        "\u06c1": "\u0647",  # ہ Urdu heh goal
        "\u06be": "\u0647",  # ھ heh doachashmee
        "\u06d5": "\u0647",  # ە ae
        "\u06c3": TAA_MARBUTA,  # ۃ Urdu taa marbuta goal
        **{chr(0x0660 + n): str(n) for n in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + n): str(n) for n in range(10)},  # Persian digits
    }
)
TAA_FOLD = str.maketrans({TAA_MARBUTA: HAA})

# After NFKD, hamza on waw or yeh is the carrier plus U+0654 (after any other
# marks: canonical order puts the vowels first). People write مسؤول and مسئول,
# شؤون and شئون for the same word: both carriers become ء.
HAMZA_ON_CARRIER = re.compile(
    "[\u0648\u064a\u0649][\u0610-\u061a\u064b-\u0653\u0656-\u065f\u0670]*\u0654"
)
SPACES = re.compile(r"\s+")


@cache
def _dropped_characters() -> re.Pattern[str]:
    """Return a pattern of combining marks (Mn, Me), format (Cf) and surrogates."""
    ranges: list[str] = []
    start: int | None = None
    previous = 0
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)) in {"Mn", "Me", "Cf", "Cs"}:
            if start is None:
                start = code
            elif code != previous + 1:
                ranges.append(_range(start, previous))
                start = code
            previous = code
    if start is not None:
        ranges.append(_range(start, previous))
    return re.compile("[" + "".join(ranges) + TATWEEL + "]+")


def _range(first: int, last: int) -> str:
    return re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else "")


@cache
def _controls() -> re.Pattern[str]:
    return re.compile("[\x00-\x1f\x7f-\x9f]+")


def normalize(text: str, *, fold_taa: bool = True) -> str:
    """Return the search form of any text; never raises, and is idempotent.

    `fold_taa=False` keeps ة (the stemmer reads it as a feminine ending).
    """
    if not text:
        return ""
    text = _controls().sub(" ", text)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = HAMZA_ON_CARRIER.sub("\u0621", text)
    text = _dropped_characters().sub("", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(LETTER_FOLDS)
    if fold_taa:
        text = text.translate(TAA_FOLD)
    return SPACES.sub(" ", text).strip()


def normalize_arabic(text: str) -> str:
    """Return Arabic text without tashkeel or tatweel and with letters folded."""
    return normalize(text)
