"""The relevance set: every query finds its articles in the top three.

Runs on the database in use, so CI checks it on SQLite (FTS5) and PostgreSQL.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.html import escape

from akhbar.news import services
from akhbar.news.models import Article, Section
from akhbar.newsroom import workflow
from akhbar.search.queries import filters_for, read_query, search_ids
from tests.factories import make_user

from .corpus import ARABIC_QUERIES, ARTICLES, ENGLISH_QUERIES


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """Publish the corpus through the workflow (the index task runs at once)."""
    with django_db_blocker.unblock():
        desk = make_user(role="editor", username="relevance-desk")
        sections = {}
        keys = {}
        now = timezone.now()
        for n, (key, (language, section, title, summary, body)) in enumerate(
            ARTICLES.items()
        ):
            if section not in sections:
                sections[section] = Section.objects.create(
                    slug=f"relevance-{section}", names={"ar": section, "en": section}
                )
            article = services.save_article(
                article=Article(
                    title=title,
                    summary=summary,
                    body="".join(f"<p>{escape(p)}</p>" for p in body),
                    language=language,
                    section=sections[section],
                )
            )
            workflow.publish_as_of(
                article=article, by=desk, at=now - timedelta(hours=n + 1)
            )
            keys[article.pk] = key
        yield keys
        Article.objects.filter(pk__in=keys).delete()
        Section.objects.filter(pk__in=[s.pk for s in sections.values()]).delete()
        desk.delete()


def top_three(text, language, keys):
    hits = search_ids(read_query(text), filters=filters_for(language=language))
    return [keys.get(pk, pk) for pk in hits.ids[:3]]


@pytest.mark.parametrize(
    ("queries", "language"), [(ARABIC_QUERIES, "ar"), (ENGLISH_QUERIES, "en")]
)
def test_every_query_expects_articles_of_the_corpus_in_its_language(queries, language):
    # A query that expects a missing or other-language article could never be
    # found in the top three: it would fail for the set's sake, not search's.
    for text, expected in queries:
        assert expected, text
        for key in expected:
            assert key in ARTICLES, f"{text!r} expects unknown {key!r}"
            assert ARTICLES[key][0] == language, f"{text!r} expects {key!r}"
    assert len({text for text, _expected in queries}) == len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "expected"), ARABIC_QUERIES)
def test_arabic_query_finds_its_articles(corpus, text, expected):
    found = top_three(text, "ar", corpus)
    assert set(expected) <= set(found), f"{text!r} gave {found}"


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "expected"), ENGLISH_QUERIES)
def test_english_query_finds_its_articles(corpus, text, expected):
    found = top_three(text, "en", corpus)
    assert set(expected) <= set(found), f"{text!r} gave {found}"
