"""A backend's capability flags are read: what it cannot do is asked another way."""

from unittest import mock

import pytest

from akhbar.search.backends import backends
from akhbar.search.queries import (
    filters_for,
    for_backend,
    read_query,
    search_articles,
    suggest_titles,
)

pytestmark = pytest.mark.django_db


def test_phrases_become_loose_words_for_a_backend_without_them(backend):
    query = read_query('"الحزام والطريق" الصين')
    assert query.phrases
    with mock.patch.object(type(backend), "supports_phrases", False):
        plain = for_backend(query, backend)
    assert not plain.phrases
    assert {t.surface for t in plain.terms} >= {"الحزام", "والطريق", "الصين"}
    assert for_backend(query, backend) is query  # untouched where supported


def test_a_backend_without_phrases_is_never_sent_one(backend, published):
    published(title="الحزام والطريق يصل إلى آسيا الوسطى")
    query = read_query('"الحزام والطريق"')
    with (
        mock.patch.object(type(backend), "supports_phrases", False),
        mock.patch.object(backend, "search", wraps=backend.search) as search,
    ):
        page = search_articles(query, filters=filters_for(language="ar"))
    sent = search.call_args.args[0]
    assert not sent.phrases
    assert [a.title for a in page.articles] == ["الحزام والطريق يصل إلى آسيا الوسطى"]


def test_no_suggestions_are_asked_of_a_backend_without_them(backend, published):
    published(title="الصين وروسيا")
    assert suggest_titles("الصي", language="ar")  # supported: it answers
    with (
        mock.patch.object(type(backend), "supports_suggest", False),
        mock.patch.object(type(backend), "suggest") as suggest,
    ):
        assert suggest_titles("الصي", language="ar") == []
    suggest.assert_not_called()
    assert backends["default"] is backend
