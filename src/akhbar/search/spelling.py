"""Near spellings of unknown words, checked against the index's vocabulary."""

from collections.abc import Callable, Iterable

from akhbar.text import ParsedQuery
from akhbar.text.analysis import ARABIC_WORD

ARABIC_ALPHABET = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"
LATIN_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
MIN_LENGTH = 3
MAX_LENGTH = 20


def edits(word: str) -> set[str]:
    """Return the words one deletion, swap, replacement or insertion away."""
    alphabet = ARABIC_ALPHABET if ARABIC_WORD.match(word) else LATIN_ALPHABET
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in splits if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    found |= {a + c + b[1:] for a, b in splits if b for c in alphabet}
    found |= {a + c + b for a, b in splits for c in alphabet}
    found.discard(word)
    return {w for w in found if len(w) >= 2}


def corrections(
    query: ParsedQuery, known: Callable[[Iterable[str]], dict[str, int]]
) -> dict[str, str]:
    """Return {unknown word: the most frequent known word one edit away}."""
    words = [
        term.surface
        for term in query.all_terms()
        if MIN_LENGTH <= len(term.surface) <= MAX_LENGTH and not term.surface.isdigit()
    ]
    if not words:
        return {}
    present = known(words)
    replaced = {}
    for word in words:
        if present.get(word):
            continue
        candidates = known(edits(word))
        if candidates:
            replaced[word] = max(candidates, key=lambda w: (candidates[w], w))
    return replaced
