"""Bidirectional controls: the characters of "Trojan Source" (CVE-2021-42574).

Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) open a state
that lasts until its terminator or the end of the paragraph, so a title or a
name holding one can reorder whatever a page, a feed or a share card puts after
it. Text is isolated with markup instead (`dir="auto"`, `<bdi>`).

The marks U+200E, U+200F and U+061C stay: each is one invisible letter with a
direction that opens nothing, and Arabic typists use them to put punctuation on
the right side of a Latin word.
"""

BIDI_CONTROLS = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
_REMOVED = dict.fromkeys(map(ord, BIDI_CONTROLS))


def strip_bidi_controls(text: str) -> str:
    """Return the text without bidi embeddings, overrides and isolates."""
    return text.translate(_REMOVED)
