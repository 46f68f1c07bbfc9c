"""Turn text into search terms: the normalized surface form and its stem.

Documents and queries go through the same functions. Each word keeps both
forms so that an exact match can rank above a match by stem only:

    >>> [(t.surface, t.stem) for t in analyse("والصينية")]
    [('والصينيه', 'صين')]
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from .arabic import HAA, TAA_MARBUTA, normalize

# Longer runs are not words (base64, URLs without spaces): cut to this length.
MAX_TERM_LENGTH = 48

ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\u0870-\u089f\u08a0-\u08ff"
WORD = re.compile(r"[^\W_]+")
SCRIPT_RUN = re.compile(f"[{ARABIC_LETTERS}]+|[^{ARABIC_LETTERS}]+")
ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}]")

# Conjunctions (و ف) and prepositions (ب ك ل) glued before the article ال, and
# لل (ل + ال). Snowball keeps them: it turns والصين into والص, not صين.
ARTICLE_PREFIX = re.compile("^(?:[وف]?[بكل]?ال|[وف]?لل)")
# Country names in -يا (روسيا، تركيا، سوريا) and their adjectives in -ي/-ية
# (الروسية) share a stem once the -يا is gone: روس، ترك، سور.
COUNTRY_ENDING = "يا"
# Single letters glued before a word without ال: and, so, with, for, like.
CONJUNCTIONS = "وفبلك"

_arabic = Stemmer.Stemmer("arabic")
_english = Stemmer.Stemmer("english")


@dataclass(frozen=True, slots=True)
class Term:
    surface: str  # normalized, as written (ة folded to ه): والصينيه
    stem: str  # what forms of one word share: صين
    # Other readings of an ambiguous word: وروسيا may be و + روسيا (روس).
    alternatives: tuple[str, ...] = ()

    @property
    def stems(self) -> tuple[str, ...]:
        return (self.stem, *self.alternatives)


def words(text: str) -> list[str]:
    """Return the normalized words of a text, split where the script changes."""
    return [term.surface for term in analyse(text)]


def analyse(text: str) -> list[Term]:
    """Return the terms of a text, in order (positions matter for phrases)."""
    terms: list[Term] = []
    for chunk in text.split():
        terms.extend(_chunk_terms(chunk))
    return terms


@lru_cache(maxsize=100_000)
def _chunk_terms(chunk: str) -> tuple[Term, ...]:
    # Text is normalized a space-separated chunk at a time, and chunks repeat
    # (a news archive has a few hundred thousand): ten times faster than
    # normalizing whole documents.
    found: list[Term] = []
    for word in WORD.findall(normalize(chunk)):
        if len(word) > MAX_TERM_LENGTH:
            word = word[:MAX_TERM_LENGTH]
        found.extend(term_for(run) for run in SCRIPT_RUN.findall(word))
    return tuple(found)


@lru_cache(maxsize=100_000)
def term_for(word: str) -> Term:
    """Return the term for one normalized word (cached: vocabularies repeat)."""
    if ARABIC_WORD.match(word):
        stem = arabic_stem(word)
        return Term(word, stem, arabic_alternatives(word, stem))
    if word.isascii() and word.isalpha():
        return Term(word, _english.stemWord(word))
    return Term(word, word)


def _core(word: str) -> tuple[str, bool]:
    """Return the word without article prefixes, and whether it had one."""
    core = ARTICLE_PREFIX.sub("", word)
    had_article = core != word
    # Loanwords and names that start with ال themselves (الكتروني، المانيا)
    # also appear with the article (الالكترونيه): drop a second ال too.
    if core.startswith("ال") and len(core) > 4:
        core = core[2:]
    if len(core) < 2:
        return word, False
    return core, had_article


def arabic_stem(word: str) -> str:
    """Return the stem of a normalized Arabic word.

    Snowball reads a word as a noun only after ال; without it, it strips verb
    affixes (سيارات becomes يارا). News search is about nouns and names, so
    every word goes to Snowball with ال, after its own prefixes are removed.
    """
    core, _had_article = _core(word)
    if len(core) <= 2:
        return core
    if core.endswith(HAA):
        # Normalization folded ة into ه; the stemmer reads ة as a feminine ending.
        core = core[:-1] + TAA_MARBUTA
    if core.endswith(COUNTRY_ENDING) and len(core) >= 5:
        core = core[:-2]
    elif core.endswith("ا") and len(core) >= 4:
        # Tanween fath (جديدًا) and names in -ا (امريكا، اوروبا، كندا).
        core = core[:-1]
    stem: str = _arabic.stemWord("ال" + core).replace(TAA_MARBUTA, HAA)
    if stem.startswith("ال") or len(stem) < 2:
        # Too short for Snowball to take the article off.
        return core.replace(TAA_MARBUTA, HAA)
    return stem


def arabic_alternatives(word: str, stem: str) -> tuple[str, ...]:
    """Return other stems the word may have: a glued و/ف/ب/ل/ك, a name in -ان."""
    core, had_article = _core(word)
    found = []
    if not had_article and len(word) >= 5 and word[0] in CONJUNCTIONS:
        found.append(arabic_stem(word[1:]))
    if core.endswith("ان") and len(core) >= 5 and stem == core[:-2]:
        # اليابان: Snowball takes -ان for a dual ending; اليابانيه keeps it.
        found.append(core)
    return tuple(dict.fromkeys(f for f in found if f != stem))
