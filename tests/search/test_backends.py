"""Every backend answers the same questions the same way (SearchBackendContract)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akhbar.search.backends import backends
from akhbar.search.backends.base import Document, Filters, Match, Sort
from akhbar.search.backends.locmem import LocmemSearchBackend
from akhbar.text import parse_query

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def doc(article_id, title, body="", summary="", *, language="ar", section_id=1,
        published_at=None):  # fmt: skip
    return Document(
        article_id=article_id,
        language=language,
        section_id=section_id,
        published_at=published_at or NOW - timedelta(days=article_id),
        title=title,
        summary=summary,
        body=body,
    )


class SearchBackendContract:
    """Subclasses provide `backend`; the same tests run against each backend."""

    @pytest.fixture
    def backend(self):
        raise NotImplementedError

    @pytest.fixture
    def articles(self, backend):
        # Documents point at real articles on database backends (foreign key).
        from tests.factories import make_section

        section = make_section()
        other = make_section()
        ids = self.article_ids(8, section)
        return ids, section.pk, other.pk

    def article_ids(self, count, section):
        from tests.factories import make_article

        return [make_article(section=section).pk for _ in range(count)]

    def search(self, backend, text, **filters):
        sort = filters.pop("sort", Sort.RELEVANCE)
        limit = filters.pop("limit", 20)
        offset = filters.pop("offset", 0)
        return backend.search(
            parse_query(text),
            filters=Filters(now=filters.pop("now", NOW), **filters),
            sort=sort,
            offset=offset,
            limit=limit,
        )

    def test_finds_every_form_of_a_word(self, backend, articles):
        ids, section, _ = articles
        backend.index(
            [doc(ids[0], "تقرير", "تعمّق والصينية علاقاتها.", section_id=section)]
        )
        for text in ("الصين", "بالصين", "الصِّين", "صيني"):
            assert self.search(backend, text).ids == [ids[0]], text

    def test_title_ranks_above_summary_above_body(self, backend, articles):
        ids, section, _ = articles
        backend.index(
            [
                doc(ids[0], "خبر", "اقتصاد المغرب ينمو", section_id=section),
                doc(ids[1], "اقتصاد المغرب", "نص", section_id=section),
                doc(ids[2], "خبر", "نص", summary="المغرب", section_id=section),
            ]
        )
        assert self.search(backend, "المغرب").ids == [ids[1], ids[2], ids[0]]

    def test_exact_form_ranks_above_stem_only(self, backend, articles):
        ids, section, _ = articles
        backend.index(
            [
                doc(ids[0], "الصينية", section_id=section),
                doc(ids[1], "والصينية", section_id=section),
            ]
        )
        assert self.search(backend, "والصينية").ids == [ids[1], ids[0]]
        assert self.search(backend, "الصينية").ids == [ids[0], ids[1]]

    def test_every_word_is_required_else_any_word(self, backend, articles):
        ids, section, _ = articles
        backend.index(
            [
                doc(ids[0], "الصين وروسيا", section_id=section),
                doc(ids[1], "الصين", section_id=section),
            ]
        )
        hits = self.search(backend, "الصين روسيا")
        assert (hits.ids, hits.match) == ([ids[0]], Match.ALL)
        hits = self.search(backend, "الصين الهند")
        assert hits.match == Match.ANY
        assert set(hits.ids) == {ids[0], ids[1]}

    def test_phrases_need_the_words_together(self, backend, articles):
        ids, section, _ = articles
        backend.index(
            [
                doc(ids[0], "مبادرة الحزام والطريق", section_id=section),
                doc(ids[1], "الطريق إلى الحزام", section_id=section),
            ]
        )
        assert self.search(backend, '"الحزام والطريق"').ids == [ids[0]]
        assert self.search(backend, '"حزام وطريق"').ids == [ids[0]]
        assert set(self.search(backend, "الحزام الطريق").ids) == {ids[0], ids[1]}

    def test_names_in_either_script(self, backend, articles):
        ids, section, _ = articles
        backend.index([doc(ids[0], "قمة BRICS+ في قازان", section_id=section)])
        assert self.search(backend, "بريكس").ids == [ids[0]]
        assert self.search(backend, "brics").ids == [ids[0]]

    def test_scheduled_documents_appear_at_their_time(self, backend, articles):
        ids, section, _ = articles
        later = NOW + timedelta(hours=2)
        backend.index(
            [doc(ids[0], "خبر مجدول", published_at=later, section_id=section)]
        )
        assert self.search(backend, "مجدول").ids == []
        assert self.search(backend, "مجدول", now=later).ids == [ids[0]]

    def test_filters(self, backend, articles):
        ids, section, other = articles
        days = [NOW - timedelta(days=10), NOW - timedelta(days=1)]
        backend.index(
            [
                doc(ids[0], "النفط", section_id=section, published_at=days[0]),
                doc(ids[1], "النفط", section_id=other, published_at=days[1]),
                doc(ids[2], "oil النفط", language="en", section_id=section),
            ]
        )  # fmt: skip
        assert set(self.search(backend, "النفط", language="ar").ids) == {ids[0], ids[1]}
        assert self.search(backend, "النفط", section_id=other).ids == [ids[1]]
        recent = {"published_from": NOW - timedelta(days=5), "language": "ar"}
        assert self.search(backend, "النفط", **recent).ids == [ids[1]]
        old = {"published_until": NOW - timedelta(days=5), "language": "ar"}
        assert self.search(backend, "النفط", **old).ids == [ids[0]]

    def test_newest_first_and_pages(self, backend, articles):
        ids, section, _ = articles
        backend.index([doc(pk, "سوق الذهب", section_id=section) for pk in ids[:5]])
        newest = sorted(ids[:5])  # doc() makes smaller ids newer
        assert self.search(backend, "الذهب", sort=Sort.NEWEST).ids == newest
        page = self.search(backend, "الذهب", sort=Sort.NEWEST, limit=2, offset=2)
        assert (page.ids, page.total) == (newest[2:4], 5)
        past = self.search(backend, "الذهب", limit=2, offset=10)
        assert (past.ids, past.total) == ([], 5)

    def test_relevance_ranks_the_newest_window_then_newest_first(
        self, backend, articles, monkeypatch
    ):
        ids, section, _ = articles
        # ids[0] is the newest; the oldest has the word in its title.
        backend.index(
            [doc(pk, "خبر", "عن الذهب", section_id=section) for pk in ids[:3]]
            + [doc(ids[3], "الذهب", section_id=section)]
        )
        assert self.search(backend, "الذهب").ids[0] == ids[3]
        monkeypatch.setattr(backend, "window", 2)
        hits = self.search(backend, "الذهب")
        assert hits.ids[2:] == [ids[2], ids[3]]
        assert set(hits.ids[:2]) == {ids[0], ids[1]}
        assert self.search(backend, "الذهب", limit=1, offset=3).ids == [ids[3]]

    # count_limit 1000: one read finds every match; 2: there are more, so the
    # backends walk back in time for the newest. An article from this morning
    # makes the word look frequent, so PostgreSQL walks back straight away.
    @pytest.mark.parametrize(
        ("count_limit", "this_morning"), [(1000, False), (2, False), (2, True)]
    )
    def test_newest_first_across_months_and_years(
        self, backend, articles, monkeypatch, count_limit, this_morning
    ):
        ids, section, _ = articles
        ages = [3, 75, 200, 800, 6000]  # days; the last older than the months walked
        dates = [NOW - timedelta(days=days) for days in ages]
        if this_morning:
            dates.insert(0, NOW - timedelta(hours=1))
        ids = ids[: len(dates)]
        backend.index(
            [
                doc(pk, "مناجم النحاس", section_id=section, published_at=at)
                for pk, at in zip(ids, dates, strict=True)
            ]
        )
        monkeypatch.setattr(backend, "window", 2)
        monkeypatch.setattr(backend, "count_limit", count_limit)

        def every_page(**filters):
            # One at a time: each page reads back only as far as it needs.
            found = []
            for offset in range(len(ids) + 1):
                found += self.search(
                    backend, "النحاس", offset=offset, limit=1, **filters
                ).ids
            return found

        def published(since=None, until=None):
            return [
                pk
                for pk, at in zip(ids, dates, strict=True)
                if (since is None or at >= since) and (until is None or at < until)
            ]

        hits = self.search(backend, "النحاس", sort=Sort.NEWEST, limit=2)
        assert hits.ids == ids[:2]
        count = len(ids)
        assert (hits.total, hits.capped) == (
            min(count, count_limit),
            count_limit < count,
        )
        assert every_page(sort=Sort.NEWEST) == ids
        assert every_page() == ids
        since, until = NOW - timedelta(days=300), NOW - timedelta(days=100)
        assert every_page(published_from=since) == published(since=since)
        assert every_page(published_until=until) == published(until=until)
        both = published(since, until)
        assert both and every_page(published_from=since, published_until=until) == both

    def test_counting_stops_at_the_limit(self, backend, articles, monkeypatch):
        ids, section, _ = articles
        backend.index([doc(pk, "سوق الفضة", section_id=section) for pk in ids[:5]])
        monkeypatch.setattr(backend, "count_limit", 3)
        hits = self.search(backend, "الفضة", sort=Sort.NEWEST)
        assert (hits.total, hits.capped) == (3, True)
        assert hits.ids == sorted(ids[:5])
        page = self.search(backend, "الفضة", sort=Sort.NEWEST, offset=4, limit=2)
        assert page.ids == [max(ids[:5])]
        exact = self.search(backend, "سوق الفضة", language="en")
        assert (exact.total, exact.capped) == (0, False)

    @pytest.mark.parametrize("sort", [Sort.RELEVANCE, Sort.NEWEST])
    def test_language_is_checked_while_counting(
        self, backend, articles, monkeypatch, sort
    ):
        ids, section, other = articles
        # published_at = NOW - id days: the English ones are the newest.
        english, arabic = sorted(ids)[:3], sorted(ids)[3:]
        backend.index(
            [
                doc(pk, "مناجم الفضة", language="en", section_id=section)
                for pk in english
            ]
            + [doc(pk, "مناجم الفضة", section_id=other) for pk in arabic]
        )
        monkeypatch.setattr(backend, "count_limit", 3)
        monkeypatch.setattr(backend, "window", 3)
        hits = self.search(backend, "الفضة", language="ar", sort=sort, limit=4)
        assert (hits.total, hits.capped) == (3, True)
        assert hits.ids == arabic[:4]
        rest = self.search(backend, "الفضة", language="ar", sort=sort, offset=4)
        assert rest.ids == arabic[4:]
        assert self.search(backend, "الفضة", language="en", sort=sort).ids == english
        in_section = self.search(backend, "الفضة", section_id=other, limit=10)
        assert (in_section.ids, in_section.total) == (arabic, 3)

    def test_replace_and_remove(self, backend, articles):
        ids, section, _ = articles
        backend.index([doc(ids[0], "القمح", section_id=section)])
        backend.index([doc(ids[0], "الأرز", section_id=section)])
        assert self.search(backend, "القمح").ids == []
        assert self.search(backend, "الأرز").ids == [ids[0]]
        backend.remove([ids[0], 999_999])
        assert self.search(backend, "الأرز").ids == []
        assert ids[0] not in set(backend.indexed_ids())

    def test_suggest_completes_the_last_word_in_titles(self, backend, articles):
        ids, section, _ = articles
        backend.index(
            [
                doc(ids[0], "الصين تطلق مسبارا", section_id=section),
                doc(ids[1], "خبر", "الصين في النص فقط", section_id=section),
            ]
        )
        filters = Filters(now=NOW)
        for typed in ("الصي", "الصين تط", "صين"):
            assert backend.suggest(parse_query(typed), filters=filters, limit=5) == [
                ids[0]
            ], typed

    def test_known_words(self, backend, articles):
        ids, section, _ = articles
        backend.index([doc(ids[0], "الاقتصاد الصيني", section_id=section)])
        known = backend.known_words(["الاقتصاد", "الاقتصد", "الصيني"])
        assert set(known) == {"الاقتصاد", "الصيني"}

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "   ",
            "ا" * 10_000,
            "َُِّ",
            "!!! ??? ...",
            "a\x00b",
            "\ud800\udfff",
            "\u202eالصين\u202c",
            "' OR 1=1--",
            '"unclosed',
            'NEAR("a" "b") AND * OR -x ^y col:z {title}: x',
            "٪ \\ % _",
        ],
    )
    def test_any_query_is_answered(self, backend, articles, text):
        ids, section, _ = articles
        backend.index([doc(ids[0], "الصين", section_id=section)])
        hits = self.search(backend, text)
        assert hits.total == len(hits.ids)

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.differing_executors,
        ],
    )
    @given(text=st.text(max_size=300))
    def test_no_query_raises(self, backend, text):
        hits = self.search(backend, text)
        assert hits.total >= 0
        backend.suggest(parse_query(text), filters=Filters(now=NOW), limit=3)


class TestLocmemBackend(SearchBackendContract):
    @pytest.fixture
    def backend(self):
        backend = LocmemSearchBackend("contract")
        backend.clear()
        yield backend
        backend.clear()

    @pytest.fixture
    def articles(self):
        return list(range(1, 9)), 1, 2


@pytest.mark.skipif(connection.vendor != "sqlite", reason="needs SQLite")
@pytest.mark.django_db
class TestFts5Backend(SearchBackendContract):
    @pytest.fixture
    def backend(self):
        from akhbar.search.backends.sqlite import Fts5SearchBackend

        backend = backends["default"]
        assert isinstance(backend, Fts5SearchBackend)
        return backend


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
@pytest.mark.django_db
class TestPostgresBackend(SearchBackendContract):
    @pytest.fixture
    def backend(self):
        from akhbar.search.backends.postgres import PostgresSearchBackend

        backend = backends["default"]
        assert isinstance(backend, PostgresSearchBackend)
        return backend
