"""The reader-page preview opens exactly what the newsroom lets a user open."""

from datetime import timedelta

import pytest
from django.utils import timezone

from akhbar.news.models import Article, ArticleStatus
from akhbar.newsroom import trash
from tests.factories import make_article, make_user

from .conftest import ROLES, change_url

LATER = timedelta(days=2)


def preview_url(article) -> str:
    return f"/ar/newsroom/news/article/{article.pk}/preview/"


def _with_status(article, status, **fields) -> Article:
    Article.objects.filter(pk=article.pk).update(status=status, **fields)
    article.refresh_from_db()
    return article


@pytest.fixture
def articles(db):
    """One article in each state, written by a reporter who is not the viewer."""
    author = make_user(role="reporter")
    draft = make_article(published=False, created_by=author)
    scheduled = make_article(created_by=author, published_at=timezone.now() + LATER)
    embargoed = make_article(
        published=False,
        created_by=author,
        embargo_until=timezone.now() + LATER,
    )
    embargoed = _with_status(
        embargoed, ArticleStatus.PUBLISHED, published_at=embargoed.embargo_until
    )
    trashed = make_article(created_by=author)
    trash.trash(article=trashed, by=make_user(role="editor"))
    return {
        "draft": draft,
        "in_review": _with_status(
            make_article(published=False, created_by=author), ArticleStatus.IN_REVIEW
        ),
        "approved": _with_status(
            make_article(published=False, created_by=author), ArticleStatus.APPROVED
        ),
        "unpublished": _with_status(
            make_article(published=False, created_by=author),
            ArticleStatus.UNPUBLISHED,
        ),
        "scheduled": scheduled,
        "embargoed": embargoed,
        "published": make_article(created_by=author),
        "trashed": trashed,
    }


# What each role may open of other people's articles (their own drafts: all).
OPENS = {
    "reporter": set(),
    "translator": {"scheduled", "embargoed", "published"},
    "editor": {
        "draft", "in_review", "approved", "unpublished", "scheduled", "embargoed",
        "published", "trashed",
    },
    "admin": {
        "draft", "in_review", "approved", "unpublished", "scheduled", "embargoed",
        "published", "trashed",
    },
}  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
def test_preview_answers_only_what_the_role_may_open(client, articles, role):
    viewer = make_user(role=role)
    client.force_login(viewer)
    own = make_article(published=False, created_by=viewer, title="مسودتي أنا")
    assert client.get(preview_url(own)).status_code == 200
    for name, article in articles.items():
        response = client.get(preview_url(article))
        expected = 200 if name in OPENS[role] else 404
        assert response.status_code == expected, (role, name)
        if expected == 404:
            assert article.title not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_preview_and_the_article_editor_agree_for_every_article(client, articles, role):
    """One rule: the preview never opens what the editor page would not."""
    client.force_login(make_user(role=role))
    for name, article in articles.items():
        if name == "trashed":
            continue  # opened from the trash list, not the editor
        editor_opens = client.get(change_url(article)).status_code == 200
        preview_opens = client.get(preview_url(article)).status_code == 200
        assert editor_opens == preview_opens, (role, name)


def test_trashed_articles_preview_only_for_those_who_see_the_trash(client, articles):
    trashed = articles["trashed"]
    client.force_login(make_user(role="admin"))
    assert preview_url(trashed) in client.get("/ar/newsroom/trash/").content.decode()
    client.force_login(make_user(role="translator"))
    assert client.get(preview_url(trashed)).status_code == 404


def test_preview_shows_the_banner_and_is_not_indexed(client, articles):
    client.force_login(make_user(role="editor"))
    response = client.get(preview_url(articles["draft"]))
    html = response.content.decode()
    assert "preview-banner" in html
    assert 'content="noindex, nofollow"' in html
    assert (
        "no-store" in response["Cache-Control"]
        or "max-age=0" in response["Cache-Control"]
    )


@pytest.mark.parametrize("bad", ["123abc", "0", "-1", "99999999"])
def test_bad_or_unknown_ids_are_404_not_500(client, editor, bad):
    client.force_login(editor)
    response = client.get(f"/ar/newsroom/news/article/{bad}/preview/")
    assert response.status_code == 404


def test_readers_and_anonymous_visitors_are_sent_to_sign_in(client, articles):
    url = preview_url(articles["draft"])
    response = client.get(url)
    assert response.status_code == 302
    assert "/newsroom/login/" in response["Location"]
    client.force_login(make_user())  # a reader account
    response = client.get(url)
    assert response.status_code == 302
    assert articles["draft"].title not in response.content.decode()


def test_the_old_public_preview_address_is_gone(client, articles):
    client.force_login(make_user(role="editor"))
    assert client.get(f"/ar/preview/{articles['draft'].pk}/").status_code == 404
