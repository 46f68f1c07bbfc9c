"""Reading a query: phrases in quotes, everything else plain words."""

from hypothesis import given
from hypothesis import strategies as st

from akhbar.text import parse_query
from akhbar.text.query import MAX_QUERY_WORDS


def surfaces(terms):
    return [term.surface for term in terms]


def test_words_and_a_phrase():
    query = parse_query('الصين "الحزام والطريق" روسيا')
    assert surfaces(query.terms) == ["الصين", "روسيا"]
    assert [surfaces(p.terms) for p in query.phrases] == [["الحزام", "والطريق"]]


def test_arabic_and_typographic_quotes_make_phrases():
    for text in ("«الحزام والطريق»", "“الحزام والطريق”"):
        assert [surfaces(p.terms) for p in parse_query(text).phrases] == [
            ["الحزام", "والطريق"]
        ]


def test_an_unmatched_quote_opens_no_phrase():
    query = parse_query('الصين "روسيا الهند')
    assert query.phrases == ()
    assert surfaces(query.terms) == ["الصين", "روسيا", "الهند"]


def test_a_quoted_single_word_is_a_word():
    query = parse_query('"بريكس"')
    assert surfaces(query.terms) == ["بريكس"]


def test_operators_and_sql_are_only_words():
    query = parse_query("' OR 1=1-- ; DROP TABLE x; NEAR(a b) *")
    assert surfaces(query.terms) == ["or", "1", "drop", "table", "x", "near", "a", "b"]
    assert query.phrases == ()


def test_stopwords_are_not_required_when_other_words_remain():
    query = parse_query("ما هي بريكس")
    assert surfaces(query.required_terms()) == ["بريكس"]
    assert surfaces(parse_query("في").required_terms()) == ["في"]


def test_names_in_both_scripts_are_aliases():
    [term] = parse_query("BRICS+").terms
    [arabic] = parse_query("بريكس").terms
    assert (arabic.stem,) in term.aliases
    assert (term.stem,) in arabic.aliases


def test_long_queries_are_cut_and_say_so():
    query = parse_query("ا" * 10_000, max_length=200)
    assert query.truncated
    assert len(query.text) == 200


def test_too_many_words_are_dropped_and_counted():
    letters = "ابتثجحخدذرزسشصضطظعغ"
    query = parse_query(" ".join(f"كلمة{letter}" for letter in letters))
    assert len(query.all_terms()) == MAX_QUERY_WORDS
    assert query.dropped_words == len(letters) - MAX_QUERY_WORDS


def test_nothing_to_search_for():
    for text in ("", "   ", "َُِّ", "!!! ??? ...", "\u202e\u202c", "\x00"):
        assert parse_query(text).is_empty, text


@given(st.text(max_size=500))
def test_parse_query_never_raises(text):
    query = parse_query(text)
    assert len(query.all_terms()) <= MAX_QUERY_WORDS
