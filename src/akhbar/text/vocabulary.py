"""Small word lists: common words a query can do without, and name aliases."""

from .analysis import term_for, words

# Normalized (ة→ه, ى→ي, no hamza on alef). Dropped from a query's required
# words when others remain; phrases keep them.
ARABIC_STOPWORDS = frozenset(
    """
    في من الي علي عن مع ان او ام ثم لا لم لن ما ماذا هل قد كان كانت يكون تكون
    هذا هذه ذلك تلك هءلاء الذي التي الذين اللذين اللتين اللواتي هو هي هم هما هن
    انا نحن انت انتم كل بعض بين بعد قبل عند حتي منذ خلال حول ضد دون غير سوي لدي
    لقد كما لكن بل اذا اذ حيث اي ايضا فقط وفي ومن وعلي والي وعن وان به بها له لها
    لهم فيه فيها منه منها عليه عليها عنه عنها الا
    """.split()  # noqa: SIM905 - a list of words reads better as text
)
ENGLISH_STOPWORDS = frozenset(
    """
    a an and are as at be been but by for from has have he her his in into is it
    its of on or she than that the their them there these they this those to was
    were which while who will with
    """.split()  # noqa: SIM905
)
STOPWORDS = ARABIC_STOPWORDS | ENGLISH_STOPWORDS

# Names written in Latin and Arabic script in the same newsroom. A query for
# one also finds the other. (The topics gazetteer can add more later.)
ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("brics", "بريكس"),
    ("aukus", "أوكوس"),
    ("nato", "الناتو", "ناتو"),
    ("opec", "أوبك"),
    ("sco", "شنغهاي"),
    ("asean", "آسيان"),
    ("covid", "كوفيد"),
    ("united nations", "الأمم المتحدة"),
)


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(term_for(word).stem for word in words(phrase))


def _alias_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, tuple[tuple[str, ...], ...]] = {}
    for group in ALIAS_GROUPS:
        forms = [_stems(name) for name in group]
        for form in forms:
            if len(form) == 1:
                index[form[0]] = tuple(other for other in forms if other != form)
    return index


ALIASES = _alias_index()


def is_stopword(surface: str) -> bool:
    return surface in STOPWORDS


def aliases_of(stem: str) -> tuple[tuple[str, ...], ...]:
    """Return the stem sequences of other names for a one-word stem (may be ())."""
    return ALIASES.get(stem, ())
