"""Snippets show the text as written, with every form of the query's words marked."""

from akhbar.text import highlight, parse_query, snippet


def marked(segments):
    return [segment.text for segment in segments if segment.match]


def test_forms_and_diacritics_are_marked_as_written():
    text = "تعمل الصِّين وروسيا معًا، والصينية تقود."
    assert marked(highlight(text, parse_query("الصين روسيا"))) == [
        "الصِّين",
        "وروسيا",
        "والصينية",
    ]


def test_snippet_is_cut_around_the_matches():
    text = "مقدمة طويلة. " * 60 + "ثم يظهر اسم بريكس هنا. " + "خاتمة. " * 60
    segments = snippet(text, parse_query("بريكس"), length=120)
    assert segments[0].text == "…" and segments[-1].text == "…"
    assert marked(segments) == ["بريكس"]
    assert len("".join(s.text for s in segments)) <= 125


def test_snippet_without_a_match_is_the_beginning():
    segments = snippet("نص قصير.", parse_query("بريكس"))
    assert [s.text for s in segments] == ["نص قصير."]


def test_aliases_are_marked_too():
    assert marked(highlight("قمة BRICS+ في قازان", parse_query("بريكس"))) == ["BRICS"]
