import re

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from akhbar.library import services
from akhbar.library.models import Bookmark, Follow
from tests.factories import make_article, make_section, make_tag, make_user

from .conftest import JSON, url

pytestmark = pytest.mark.django_db

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def arabic(message: str) -> str:
    with translation.override("ar"):
        return gettext(message)


def login_url() -> str:
    with translation.override("ar"):
        return resolve_url(settings.LOGIN_URL)


# Saving without JavaScript: a form post, a redirect back, a message.


def test_reader_saves_an_article_with_a_plain_form(reader, reader_client):
    article = make_article()
    response = reader_client.post(
        url("library:save", article.pk),
        {"next": article.get_absolute_url()},
        follow=True,
    )
    assert response.redirect_chain == [(article.get_absolute_url(), 302)]
    html = response.content.decode()
    assert arabic("Saved for later.") in html
    assert f'action="{url("library:unsave", article.pk)}"' in html
    assert 'aria-pressed="true"' in html
    assert Bookmark.objects.of(reader).get().article == article


def test_reader_removes_a_saved_article_with_a_plain_form(reader, reader_client):
    article = make_article()
    services.add_bookmark(user=reader, article=article)
    response = reader_client.post(url("library:unsave", article.pk), follow=True)
    # Without a `next`, the reader lands on the article.
    assert response.redirect_chain == [(article.get_absolute_url(), 302)]
    html = response.content.decode()
    assert arabic("Removed from your saved articles.") in html
    assert 'aria-pressed="false"' in html
    assert not Bookmark.objects.of(reader).exists()


def test_double_submitted_forms_leave_one_bookmark_and_one_follow(
    reader, reader_client
):
    article, section = make_article(), make_section()
    for _ in range(2):
        reader_client.post(url("library:save", article.pk))
        reader_client.post(url("library:follow-section", section.slug))
    assert Bookmark.objects.of(reader).count() == 1
    assert Follow.objects.of(reader).count() == 1


# Saving with JavaScript: the same forms, answered in JSON.


def test_json_answers_give_the_new_state_and_message(reader, reader_client):
    article = make_article()
    response = reader_client.post(url("library:save", article.pk), **JSON)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"active": True, "message": arabic("Saved for later.")}

    response = reader_client.post(url("library:unsave", article.pk), **JSON)
    assert response.json()["active"] is False
    assert not Bookmark.objects.of(reader).exists()


def test_a_browsers_ordinary_accept_header_gets_a_redirect(reader_client):
    article = make_article()
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = reader_client.post(url("library:save", article.pk), HTTP_ACCEPT=accept)
    assert response.status_code == 302


def test_following_a_section_and_a_tag(reader, reader_client):
    section, tag = make_section(), make_tag(slug="اقتصاد")
    response = reader_client.post(url("library:follow-section", section.slug))
    assert response.status_code == 302
    assert response["Location"] == section.get_absolute_url()

    response = reader_client.post(url("library:follow-tag", tag.slug), **JSON)
    message = arabic("You now follow “%(name)s”.") % {"name": tag.name}
    assert response.json() == {"active": True, "message": message}
    assert {f.target for f in Follow.objects.of(reader).with_targets()} == {
        section,
        tag,
    }

    reader_client.post(url("library:unfollow-tag", tag.slug), **JSON)
    reader_client.post(url("library:unfollow-section", section.slug))
    assert not Follow.objects.of(reader).exists()


# Security: CSRF, GET, other readers, hidden articles, redirects.


def test_posts_without_a_csrf_token_are_refused(reader):
    article, section = make_article(), make_section()
    client = Client(enforce_csrf_checks=True)
    client.force_login(reader)
    for path in (
        url("library:save", article.pk),
        url("library:follow-section", section.slug),
    ):
        assert client.post(path).status_code == 403
        assert client.post(path, **JSON).status_code == 403
    assert not Bookmark.objects.exists()
    assert not Follow.objects.exists()

    # The token the page's form carries is what makes the same post work.
    token = CSRF_FIELD.search(client.get(article.get_absolute_url()).content.decode())
    response = client.post(
        url("library:save", article.pk), {"csrfmiddlewaretoken": token[1]}
    )
    assert response.status_code == 302
    assert Bookmark.objects.of(reader).exists()


def test_the_csrf_header_the_script_sends_is_accepted(reader):
    article = make_article()
    client = Client(enforce_csrf_checks=True)
    client.force_login(reader)
    client.get(article.get_absolute_url())
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = client.post(
        url("library:save", article.pk), HTTP_X_CSRFTOKEN=token, **JSON
    )
    assert response.json()["active"] is True


def test_get_never_changes_anything(reader, reader_client):
    article, section = make_article(), make_section()
    services.add_bookmark(user=reader, article=article)
    for path in (
        url("library:save", make_article().pk),
        url("library:unsave", article.pk),
        url("library:follow-section", section.slug),
        url("library:unfollow-section", section.slug),
    ):
        assert reader_client.get(path).status_code == 405
    assert [b.article for b in Bookmark.objects.of(reader)] == [article]
    assert not Follow.objects.exists()


@pytest.mark.parametrize("state", ["draft", "scheduled", "unknown", "huge"])
def test_saving_an_article_readers_cannot_see_is_404(reader_client, state):
    from datetime import timedelta

    from django.utils import timezone

    pk = {
        "draft": lambda: make_article(published=False).pk,
        "scheduled": lambda: (
            make_article(published_at=timezone.now() + timedelta(days=1)).pk
        ),
        "unknown": lambda: 987654,
        "huge": lambda: 10**30,
    }[state]()
    for name in ("library:save", "library:unsave"):
        assert reader_client.post(url(name, pk)).status_code == 404
        assert reader_client.post(url(name, pk), **JSON).status_code == 404
    assert not Bookmark.objects.exists()


def test_a_hidden_article_answers_exactly_like_a_missing_one(reader_client):
    draft = make_article(published=False)
    answers = []
    for pk in (draft.pk, 987654):
        path = url("library:save", pk)
        response = reader_client.post(path, **JSON)
        # The 404 page names its own path (canonical link); nothing else differs.
        answers.append(
            (response.status_code, response.content.decode().replace(path, ""))
        )
    assert answers[0] == answers[1]
    assert answers[0][0] == 404


@pytest.mark.parametrize(
    "name, slug",
    [
        ("library:follow-section", "no-such-section"),
        ("library:unfollow-section", "no-such-section"),
        ("library:follow-tag", "لا-يوجد"),
        ("library:unfollow-tag", "no-such-tag"),
    ],
)
def test_following_an_unknown_slug_is_404(reader_client, name, slug):
    assert reader_client.post(url(name, slug)).status_code == 404
    assert not Follow.objects.exists()


def test_a_reader_cannot_see_or_change_another_readers_list(reader, reader_client):
    other = make_user()
    theirs, section = make_article(title="خبر يخص قارئا آخر"), make_section()
    services.add_bookmark(user=other, article=theirs)
    services.follow(user=other, target=section)
    make_article(section=section, title="خبر من قسم يتابعه آخر")

    assert (
        "خبر يخص قارئا آخر"
        not in reader_client.get(url("library:saved")).content.decode()
    )
    assert (
        "خبر من قسم يتابعه آخر"
        not in reader_client.get(url("library:my-news")).content.decode()
    )

    reader_client.post(url("library:unsave", theirs.pk))
    reader_client.post(url("library:unfollow-section", section.slug))
    assert Bookmark.objects.of(other).count() == 1
    assert Follow.objects.of(other).count() == 1
    assert not Bookmark.objects.of(reader).exists()


@pytest.mark.parametrize(
    "target", ["//evil.com/", "https://evil.com/", "/\\evil.com", "javascript:alert(1)"]
)
def test_next_never_leaves_the_site(reader_client, target):
    article = make_article()
    response = reader_client.post(url("library:save", article.pk), {"next": target})
    assert response["Location"] == article.get_absolute_url()


def test_signed_out_post_goes_to_sign_in_and_back_to_the_page(client):
    article = make_article()
    page = article.get_absolute_url()
    response = client.post(url("library:save", article.pk), {"next": page})
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(login_url() + "?")
    assert "next=" + page.replace("%", "%25") in location or page in location

    response = client.post(url("library:save", article.pk), **JSON)
    assert response.status_code == 401
    assert response.json()["login_url"].startswith(login_url())
    assert not Bookmark.objects.exists()


@pytest.mark.parametrize("name", ["library:saved", "library:my-news"])
def test_reader_pages_need_sign_in(client, name):
    response = client.get(url(name))
    assert response.status_code == 302
    assert response["Location"] == f"{login_url()}?next={url(name)}"
