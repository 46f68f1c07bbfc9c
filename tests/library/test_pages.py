import re
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.test import Client
from django.utils import translation
from django.utils.encoding import iri_to_uri

from akhbar.library import services
from tests.factories import make_article, make_section, make_tag, make_user

from .conftest import url

pytestmark = pytest.mark.django_db

LIBRARY = Path(__file__).resolve().parents[2] / "src" / "akhbar" / "library"


def test_saved_page_lists_saved_articles_newest_saved_first(reader, reader_client):
    first, second = make_article(title="أول ما حفظ"), make_article(title="آخر ما حفظ")
    services.add_bookmark(user=reader, article=first)
    services.add_bookmark(user=reader, article=second)
    hidden = make_article(title="خبر سحب من النشر")
    services.add_bookmark(user=reader, article=hidden)
    hidden.status = "draft"
    hidden.save(update_fields=["status"])

    response = reader_client.get(url("library:saved"))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("آخر ما حفظ") < html.index("أول ما حفظ")
    assert "خبر سحب من النشر" not in html
    # Each saved article has its (pressed) button to remove it.
    assert html.count('aria-pressed="true"') == 2
    assert f'action="{url("library:unsave", first.pk)}"' in html
    assert '<html lang="ar" dir="rtl">' in html
    assert "library/library.js" in html


def test_saved_page_keeps_each_articles_language(reader, reader_client):
    english = make_article(language="en", title="An English story")
    services.add_bookmark(user=reader, article=english)
    html = reader_client.get(url("library:saved")).content.decode()
    assert 'lang="en"' in html and "An English story" in html


def test_empty_saved_page_explains_itself(reader_client):
    html = reader_client.get(url("library:saved")).content.decode()
    assert 'class="empty"' in html
    assert 'class="shelf"' not in html


def test_my_news_shows_what_the_reader_follows(reader, reader_client):
    section, tag = make_section(), make_tag()
    from_section = make_article(section=section, title="خبر من القسم")
    make_article(tags=[tag], title="خبر من الوسم")
    make_article(title="خبر لا يتابعه")
    make_article(section=section, language="en", title="English in the section")
    services.follow(user=reader, target=section)
    services.follow(user=reader, target=tag)
    services.add_bookmark(user=reader, article=from_section)

    html = reader_client.get(url("library:my-news")).content.decode()
    assert "خبر من القسم" in html and "خبر من الوسم" in html
    assert "خبر لا يتابعه" not in html
    assert "English in the section" not in html
    # The followed section and tag, each with a pressed button to unfollow.
    assert f'href="{section.get_absolute_url()}"' in html
    assert f'action="{url("library:unfollow-section", section.slug)}"' in html
    assert f'action="{url("library:unfollow-tag", tag.slug)}"' in html
    # Save buttons show which of these stories are already saved.
    assert f'action="{url("library:unsave", from_section.pk)}"' in html
    assert html.count('aria-pressed="true"') == 3


def test_my_news_in_english_has_the_english_stories(reader, reader_client):
    section = make_section()
    make_article(section=section, language="en", title="English in the section")
    services.follow(user=reader, target=section)
    html = reader_client.get(url("library:my-news", language="en")).content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "English in the section" in html


def test_my_news_without_follows_points_to_the_sections(reader_client):
    section = make_section()
    make_article(section=section)  # sections without published work are not shown
    html = reader_client.get(url("library:my-news")).content.decode()
    assert "library-start" in html
    assert f'href="{section.get_absolute_url()}"' in html


@pytest.mark.parametrize("name", ["library:saved", "library:my-news"])
def test_reader_pages_are_private_and_never_cached(reader_client, name):
    response = reader_client.get(url(name))
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert (
        '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
    )
    assert not response.has_header("X-Cache")


@pytest.mark.parametrize("name", ["library:saved", "library:my-news"])
@pytest.mark.parametrize("number", ["abc", "-1", "0", "99999", "1" * 40, "٢"])
def test_malformed_page_numbers_never_fail(reader, reader_client, name, number):
    section = make_section()
    services.follow(user=reader, target=section)
    services.add_bookmark(user=reader, article=make_article(section=section))
    response = reader_client.get(url(name), {"page": number})
    assert response.status_code == 200
    assert 'class="shelf"' in response.content.decode()


@pytest.mark.parametrize("name", ["library:saved", "library:my-news"])
def test_reader_pages_only_answer_get(reader_client, name):
    assert reader_client.post(url(name)).status_code == 405


@pytest.mark.parametrize("count", [3, 30])
def test_saved_and_my_news_use_a_fixed_number_of_queries(
    reader, reader_client, django_assert_max_num_queries, count
):
    section, tag = make_section(), make_tag()
    for n in range(count):
        article = make_article(section=section if n % 2 else make_section(), tags=[tag])
        services.add_bookmark(user=reader, article=article)
    services.follow(user=reader, target=section)
    services.follow(user=reader, target=tag)
    for name in ("library:saved", "library:my-news"):
        with django_assert_max_num_queries(8):
            assert reader_client.get(url(name)).status_code == 200


@pytest.mark.parametrize("count", [3, 30])
def test_buttons_add_a_fixed_number_of_queries_to_reader_pages(
    client, reader_client, count
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    section, tag = make_section(), make_tag()
    articles = [
        make_article(section=section, tags=[tag, make_tag()]) for _ in range(count)
    ]

    def queries(who, page) -> int:
        cache.clear()  # measure renders, not cache hits
        with CaptureQueriesContext(connection) as captured:
            assert who.get(page).status_code == 200
        return len(captured)

    for page in (
        articles[0].get_absolute_url(),
        section.get_absolute_url(),
        tag.get_absolute_url(),
    ):
        # Session, user, and the reader's saved or following state.
        assert queries(reader_client, page) <= queries(client, page) + 3, page


# The buttons on the reader pages.


def test_signed_in_reader_gets_buttons_with_their_state(reader, reader_client):
    tag = make_tag()
    article = make_article(tags=[tag])
    services.follow(user=reader, target=article.section)

    html = reader_client.get(article.get_absolute_url()).content.decode()
    assert f'action="{url("library:save", article.pk)}"' in html
    assert 'aria-pressed="false"' in html
    assert "library/library.js" in html

    html = reader_client.get(article.section.get_absolute_url()).content.decode()
    assert f'action="{url("library:unfollow-section", article.section.slug)}"' in html
    assert 'aria-pressed="true"' in html

    html = reader_client.get(tag.get_absolute_url()).content.decode()
    assert f'action="{url("library:follow-tag", tag.slug)}"' in html
    assert 'aria-pressed="false"' in html


def test_signed_out_readers_get_a_sign_in_link_that_comes_back(client):
    tag = make_tag()
    article = make_article(tags=[tag])
    with translation.override("ar"):
        login = resolve_url(settings.LOGIN_URL)
    for page in (
        article.get_absolute_url(),
        article.section.get_absolute_url(),
        tag.get_absolute_url(),
    ):
        html = client.get(page).content.decode()
        assert "csrfmiddlewaretoken" not in html
        assert "aria-pressed" not in html
        assert "library/library.js" not in html
        link = re.search(r'class="toggle__button[^"]*--sign-in" href="([^"]+)"', html)
        assert link, page
        assert link[1].startswith(login + "?next=")
        query = parse_qs(urlsplit(unescape(link[1])).query)
        assert query["next"] == [iri_to_uri(page)]


def test_preview_of_a_draft_has_no_save_button(client):
    editor = make_user(is_staff=True, is_superuser=True)
    client.force_login(editor)
    draft = make_article(published=False)
    html = client.get(url("admin:news_article_preview", draft.pk)).content.decode()
    assert "toggle__button" not in html


def test_header_links_to_saved_and_my_news_only_for_signed_in_readers(
    client, reader_client
):
    make_article()
    signed_in = reader_client.get("/ar/").content.decode()
    assert f'href="{url("library:saved")}"' in signed_in
    assert f'href="{url("library:my-news")}"' in signed_in
    signed_out = client.get("/ar/").content.decode()
    assert url("library:saved") not in signed_out
    mine = reader_client.get(url("library:saved")).content.decode()
    assert f'href="{url("library:saved")}" aria-current="page"' in mine


def test_names_and_titles_are_escaped_in_buttons_and_lists(reader, reader_client):
    payload = "<img src=x onerror=alert(1)>\u202e"
    section = make_section(names={"ar": payload})
    article = make_article(section=section, title=payload)
    services.add_bookmark(user=reader, article=article)
    services.follow(user=reader, target=section)
    for page in (
        url("library:saved"),
        url("library:my-news"),
        section.get_absolute_url(),
        article.get_absolute_url(),
    ):
        html = reader_client.get(page).content.decode()
        assert "<img src=x" not in html, page
    response = reader_client.post(
        url("library:follow-section", section.slug), follow=True
    )
    assert "<img src=x" not in response.content.decode()


# The page cache must never mix readers.


def test_signed_in_pages_are_never_served_from_or_stored_in_the_page_cache(reader):
    article = make_article()
    page = article.get_absolute_url()
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(reader)

    # A signed-in render first: it must not be stored for anyone.
    mine = signed_in.get(page)
    assert "csrfmiddlewaretoken" in mine.content.decode()
    assert "Cookie" in mine["Vary"]
    first = anonymous.get(page)
    assert not first.has_header("X-Cache")
    assert "csrfmiddlewaretoken" not in first.content.decode()

    # The anonymous page is cached now; the signed-in reader still never gets it.
    assert anonymous.get(page)["X-Cache"] == "hit"
    services.add_bookmark(user=reader, article=article)
    again = signed_in.get(page)
    assert not again.has_header("X-Cache")
    assert 'aria-pressed="true"' in again.content.decode()

    # And what the anonymous reader gets carries no trace of the reader's state.
    hit = Client().get(page)
    assert hit["X-Cache"] == "hit"
    assert "aria-pressed" not in hit.content.decode()
    assert "csrfmiddlewaretoken" not in hit.content.decode()


def test_a_save_post_is_never_cached(reader, reader_client):
    article = make_article()
    response = reader_client.post(url("library:save", article.pk))
    assert response.status_code == 302
    assert not response.has_header("X-Cache")


# Templates and script follow the CSP: no inline script or style.


def test_library_templates_have_no_inline_styles_or_scripts():
    for path in (LIBRARY / "templates").rglob("*.html"):
        html = path.read_text()
        assert not re.search(r"\sstyle=", html), path.name
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path.name


def test_the_script_posts_with_the_csrf_token_and_asks_for_json():
    script = (LIBRARY / "static" / "library" / "library.js").read_text()
    assert '"X-CSRFToken"' in script
    assert 'Accept: "application/json"' in script
    assert "aria-pressed" in script
    assert "innerHTML" not in script  # messages go in as text
