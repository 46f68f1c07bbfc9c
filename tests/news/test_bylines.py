"""Authors keep the order the editors give them, everywhere readers see them."""

import json
import re

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from akhbar.news import services
from akhbar.news.models import Article, Byline
from akhbar.newsroom import revisions
from tests.factories import (
    article_form_data,
    byline_form_data,
    make_article,
    make_person,
    make_section,
    make_user,
)
from tests.newsroom.conftest import change_url, edit_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return [
        make_person(slug=f"writer-{n}", names={"ar": f"كاتب {n}", "en": f"Writer {n}"})
        for n in (1, 2, 3)
    ]


@pytest.fixture
def byline(people):
    """Writer 3, Writer 1, Writer 2: neither by slug nor by id."""
    return [people[2], people[0], people[1]]


def names(people) -> list[str]:
    return [person.names["en"] for person in people]


def test_set_byline_keeps_the_order_given_and_drops_repeats(byline):
    article = make_article(authors=[*byline, byline[0]])
    assert names(article.byline) == ["Writer 3", "Writer 1", "Writer 2"]
    assert list(article.bylines.values_list("position", flat=True)) == [0, 1, 2]


def test_prefetched_authors_keep_each_articles_own_order(byline):
    first = make_article(authors=byline)
    second = make_article(authors=byline[::-1])
    for queryset in (Article.objects.for_page(), Article.objects.for_api()):
        found = queryset.in_bulk([first.pk, second.pk])
        assert names(found[first.pk].byline) == ["Writer 3", "Writer 1", "Writer 2"]
        assert names(found[second.pk].byline) == ["Writer 2", "Writer 1", "Writer 3"]
    # Asked without a prefetch: one row per author, in this article's order.
    assert names(Article.objects.get(pk=second.pk).byline) == [
        "Writer 2",
        "Writer 1",
        "Writer 3",
    ]


def test_person_query_reads_credits_once_per_person(byline):
    make_article(authors=byline)
    make_article(authors=byline[:1])
    credited = Article.objects.published().people_credited()
    assert sorted(p.pk for p in credited) == sorted(p.pk for p in byline)
    assert Article.objects.by_person(byline[0]).count() == 2


def test_newsroom_form_saves_the_order_of_its_rows(client, byline):
    client.force_login(make_user(role="editor"))
    article = make_article(authors=byline[:1], published=False)
    data = edit_data(article)
    # Two new rows; the form sends places 2 and 1, so the last row goes second.
    data.update(byline_form_data(byline[1:], article=article))
    data["bylines-1-position"], data["bylines-2-position"] = 2, 1
    response = client.post(change_url(article), data)
    assert response.status_code == 302
    assert names(article.byline) == ["Writer 3", "Writer 2", "Writer 1"]
    assert list(article.bylines.values_list("position", flat=True)) == [0, 1, 2]
    # The revision keeps the order too.
    kept = revisions.latest_revision(article).data["authors"]
    assert kept == [person.pk for person in article.byline]


def test_newsroom_form_refuses_a_person_twice(client, byline):
    client.force_login(make_user(role="editor"))
    article = make_article(authors=byline[:1], published=False)
    data = edit_data(article)
    data.update(byline_form_data(byline[:1], article=article))
    response = client.post(change_url(article), data)
    assert response.status_code == 200  # the form again, with the error
    assert article.bylines.count() == 1


def test_restoring_a_revision_restores_the_byline_order(byline):
    editor = make_user(role="editor")
    article = make_article(authors=byline, published=False)
    revisions.record_revision(article=article, by=editor)
    first = revisions.latest_revision(article).number
    services.set_byline(article=article, people=byline[::-1])
    revisions.record_revision(article=article, by=editor)
    article.refresh_from_db()
    assert names(article.byline) == ["Writer 2", "Writer 1", "Writer 3"]
    revisions.restore_revision(article=article, number=first, by=editor)
    assert names(article.byline) == ["Writer 3", "Writer 1", "Writer 2"]


def test_reader_page_json_ld_feed_and_api_follow_the_byline(client, byline):
    article = make_article(authors=byline, language="en", title="Oil prices")
    expected = ["Writer 3", "Writer 1", "Writer 2"]

    page = client.get(article.get_absolute_url()).content.decode()
    byline_html = re.search(r'class="article__byline">(.*?)</p>', page, re.S)[1]
    assert re.findall(r"<bdi>(.*?)</bdi>", byline_html) == expected
    ld = re.search(
        r'<script type="application/ld\+json"[^>]*>(.*?)</script>', page, re.S
    )
    assert [a["name"] for a in json.loads(ld[1])["author"]] == expected

    feed = client.get("/en/feed/atom/").content.decode()
    assert "<name>Writer 3، Writer 1، Writer 2</name>" in feed

    api = client.get(f"/api/v1/articles/{article.pk}?lang=en").json()
    assert [a["name"] for a in api["authors"]] == expected


def test_translation_starts_with_the_source_byline(byline):
    from akhbar.newsroom import translations

    source = make_article(authors=byline)
    translations.translate_into(
        source=source, language="en", by=make_user(role="editor")
    )
    draft = Article.objects.translations_of(source).get()
    assert names(draft.byline) == ["Writer 3", "Writer 1", "Writer 2"]


@pytest.mark.django_db(transaction=True)
def test_migration_keeps_existing_authors_in_their_former_order():
    executor = MigrationExecutor(connection)
    before, after = [("news", "0004_article_label")], [("news", "0005_bylines")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    Section, Person, Article = (
        old.get_model("news", name) for name in ("Section", "Person", "Article")
    )
    section = Section.objects.create(slug="s", names={"ar": "قسم"})
    zeta, alpha = (Person.objects.create(slug=slug) for slug in ("zeta", "alpha"))
    article = Article.objects.create(title="t", section=section)
    article.authors.add(zeta, alpha)
    alone = Article.objects.create(title="u", section=section)
    alone.authors.add(zeta)

    executor = MigrationExecutor(connection)
    executor.migrate(after)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    rows = list(
        Byline.objects.order_by("article_id", "position").values_list(
            "article_id", "person__slug", "position"
        )
    )
    assert rows == [
        (article.pk, "alpha", 0),
        (article.pk, "zeta", 1),
        (alone.pk, "zeta", 0),
    ]


def test_a_new_article_keeps_the_byline_order_of_its_form(client, byline):
    section = make_section()
    client.force_login(make_user(role="reporter"))
    data = article_form_data(
        section, people=byline, title="خبر جديد", summary="", body="<p>نص</p>"
    )
    assert client.post("/ar/newsroom/news/article/add/", data).status_code == 302
    article = Article.objects.get(title="خبر جديد")
    assert names(article.byline) == ["Writer 3", "Writer 1", "Writer 2"]
    assert revisions.latest_revision(article).data["authors"] == [
        person.pk for person in byline
    ]
