"""The newsroom's start page: the right lists for each role, exact counts, and
a number of queries that does not grow with the archive."""

import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from akhbar.news.models import Article, ArticleStatus
from akhbar.newsroom import revisions, translations
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

BLOCKS = ["review", "scheduled", "published", "drafts", "missing", "stale"]


def fill(section, *, per_state, author):
    """Bulk-make articles in every state: `per_state` of each (fast, no services)."""
    now = timezone.now()
    rows = []
    for n in range(per_state):
        common = {"section": section, "body": "<p>نص</p>", "word_count": 1}
        rows += [
            Article(title=f"مراجعة {n}", status=ArticleStatus.IN_REVIEW, **common),
            Article(
                title=f"مجدول {n}",
                status=ArticleStatus.PUBLISHED,
                published_at=now + timedelta(hours=n + 1),
                **common,
            ),
            Article(
                title=f"منشور {n}",
                status=ArticleStatus.PUBLISHED,
                published_at=now - timedelta(minutes=n + 1),
                **common,
            ),
            Article(
                title=f"مسودة {n}",
                status=ArticleStatus.DRAFT,
                created_by=author,
                **common,
            ),
        ]
    for row in rows:
        row.slug = f"s-{uuid.uuid4().hex[:12]}"
    Article.objects.bulk_create(rows, batch_size=500)


def counts(html):
    import re

    return {
        key: int(value)
        for key, value in re.findall(
            r'id="block-(\w+)".*?data-count="(\d+)"', html, re.S
        )
    }


@pytest.mark.parametrize("language", ["ar", "en"])
def test_dashboard_is_the_start_page_in_both_languages(client, editor, language):
    client.force_login(editor)
    response = client.get(f"/{language}/newsroom/")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if language == "ar" else "ltr"
    assert f'lang="{language}" dir="{direction}"' in html
    assert list(counts(html)) == BLOCKS
    other = "en" if language == "ar" else "ar"
    assert f'href="/{other}/newsroom/"' in html  # the language switch


def test_each_row_links_into_the_editor(client, editor, reporter):
    section = make_section()
    waiting = make_article(published=False, section=section, created_by=reporter)
    Article.objects.filter(pk=waiting.pk).update(status=ArticleStatus.IN_REVIEW)
    soon = make_article(
        section=section, published_at=timezone.now() + timedelta(minutes=30)
    )
    mine = make_article(published=False, section=section, created_by=editor)
    client.force_login(editor)
    html = client.get("/ar/newsroom/").content.decode()
    for article in (waiting, soon, mine):
        assert f'href="/ar/newsroom/news/article/{article.pk}/change/"' in html
    local = timezone.localtime(soon.published_at)
    assert f'datetime="{local.isoformat()}"' in html  # the scheduled time


def test_missing_translations_offer_translate_buttons(client, translator):
    only_arabic = make_article(title="بالعربية فقط")
    both = make_article(title="باللغتين")
    make_article(
        language="en", title="In both", translation_group=both.translation_group
    )
    client.force_login(translator)
    html = client.get("/ar/newsroom/").content.decode()
    assert counts(html)["missing"] == 1
    assert f"/ar/newsroom/news/article/{only_arabic.pk}/translate/" in html
    assert f"/news/article/{both.pk}/translate/" not in html


def test_stale_translation_is_listed(client, translator, editor):
    source = make_article()
    draft = translations.translate_into(
        source=source, language="en", by=translator
    ).article
    source.title = "عنوان معدل"
    source.save()
    revisions.record_revision(article=source, by=editor)
    client.force_login(translator)
    html = client.get("/en/newsroom/").content.decode()
    assert counts(html)["stale"] == 1
    assert f"/en/newsroom/news/article/{draft.pk}/change/" in html


def test_reporter_sees_own_work_only(client, reporter):
    make_article(published=False)  # someone else's draft
    Article.objects.filter(pk=make_article(published=False).pk).update(
        status=ArticleStatus.IN_REVIEW
    )
    own = make_article(published=False, created_by=reporter)
    client.force_login(reporter)
    html = client.get("/ar/newsroom/").content.decode()
    numbers = counts(html)
    assert numbers["review"] == 0 and numbers["drafts"] == 1
    assert "missing" not in numbers  # reporters do not translate
    assert f"/news/article/{own.pk}/change/" in html


def test_counts_are_exact_and_queries_do_not_grow_with_the_archive(client, editor):
    section = make_section()
    client.force_login(editor)
    client.get("/ar/newsroom/")  # warm the session and permission caches
    measured, made = {}, 0
    for total in (3, 1500):
        fill(section, per_state=total - made, author=editor)
        made = total
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/ar/newsroom/")
        numbers = counts(response.content.decode())
        # Exact counts, not the length of the short lists shown.
        assert {key: numbers[key] for key in BLOCKS[:5]} == dict.fromkeys(
            BLOCKS[:5], total
        )
        measured[total] = len(queries)
    assert measured[3] == measured[1500], measured


@pytest.mark.parametrize("per_state", [3, 1500])
def test_the_blocks_take_two_queries_each(django_assert_num_queries, editor, per_state):
    from akhbar.newsroom.dashboard import blocks_for

    fill(make_section(), per_state=per_state, author=editor)
    editor.get_all_permissions()  # cached on the user, as in a request
    with django_assert_num_queries(2 * len(BLOCKS)):
        blocks = blocks_for(editor)
    assert [block.key for block in blocks] == BLOCKS
    assert blocks[0].count == per_state and len(blocks[0].rows) == min(per_state, 8)


def test_the_desk_starts_breaking_news_and_live_coverage_from_the_dashboard(
    client, editor, reporter
):
    """Editors have one click to an alert and to live coverage; a reporter, who
    may post live updates but not breaking news, sees only the second."""
    breaking = 'href="/ar/newsroom/news/breakingalert/add/"'
    live = 'href="/ar/newsroom/live/livecoverage/"'
    client.force_login(editor)
    html = client.get("/ar/newsroom/").content.decode()
    assert breaking in html and live in html
    assert "انشر خبرًا عاجلًا" in html
    client.force_login(reporter)
    html = client.get("/ar/newsroom/").content.decode()
    assert breaking not in html and live in html
