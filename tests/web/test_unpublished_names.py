"""Sections, tags and people have public pages only once published work has them."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_article, make_person, make_section, make_tag, make_user

UNREVIEWED = "وسم كتبه مراسل ولم يراجعه أحد"


def pages(kind: str, slug: str) -> list[str]:
    base = {"tag": "tag", "section": "section", "person": "people"}[kind]
    urls = [f"/ar/{base}/{slug}/", f"/en/{base}/{slug}/"]
    if kind != "person":
        urls += [f"/ar/{base}/{slug}/rss/", f"/ar/{base}/{slug}/atom/"]
    return urls


def assert_hidden(client, kind, slug, text=UNREVIEWED):
    for url in pages(kind, slug):
        response = client.get(url)
        assert response.status_code == 404, url
        assert text not in response.content.decode(), url


@pytest.mark.django_db
def test_a_tag_nobody_published_has_no_page_or_feed(client):
    tag = make_tag(names={"ar": UNREVIEWED, "en": "unreviewed"})
    assert_hidden(client, "tag", tag.slug)


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["draft", "scheduled", "trashed"])
def test_names_carried_only_by_unpublished_work_stay_hidden(client, state):
    tag = make_tag(names={"ar": UNREVIEWED})
    person = make_person(names={"ar": UNREVIEWED})
    section = make_section(names={"ar": UNREVIEWED})
    article = make_article(
        published=state != "draft",
        published_at=timezone.now() + timedelta(days=1)
        if state == "scheduled"
        else None,
        section=section,
        tags=[tag],
        authors=[person],
    )
    if state == "trashed":
        from akhbar.newsroom import trash

        trash.trash(article=article, by=make_user(role="editor"))
    assert_hidden(client, "tag", tag.slug)
    assert_hidden(client, "person", person.slug)
    assert_hidden(client, "section", section.slug)
    assert UNREVIEWED not in client.get("/ar/").content.decode()
    assert UNREVIEWED not in client.get("/sitemap.xml").content.decode()


@pytest.mark.django_db
def test_publishing_an_article_gives_its_names_their_pages(client):
    tag, person, section = make_tag(), make_person(), make_section()
    make_article(section=section, tags=[tag], authors=[person], language="ar")
    for kind, slug in [
        ("tag", tag.slug),
        ("person", person.slug),
        ("section", section.slug),
    ]:
        for url in pages(kind, slug):
            assert client.get(url).status_code == 200, url
    assert f"/ar/section/{section.slug}/" in client.get("/ar/").content.decode()


@pytest.mark.django_db
def test_an_empty_section_is_not_in_the_navigation_or_sitemap(client):
    empty = make_section(slug="empty-desk", names={"ar": "قسم فارغ"})
    make_article()
    assert "/ar/section/empty-desk/" not in client.get("/ar/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "empty-desk" not in sitemap
    assert empty.slug not in client.get("/ar/latest/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["reporter", "editor"])
def test_staff_preview_unpublished_names_and_the_preview_is_not_cached(client, role):
    tag = make_tag(names={"ar": UNREVIEWED})
    client.force_login(make_user(role=role))
    response = client.get(f"/ar/tag/{tag.slug}/")
    assert response.status_code == 200
    assert UNREVIEWED in response.content.decode()
    client.logout()
    assert_hidden(client, "tag", tag.slug)


@pytest.mark.django_db
def test_a_signed_in_reader_sees_no_unpublished_name(client):
    tag = make_tag(names={"ar": UNREVIEWED})
    client.force_login(make_user())
    assert_hidden(client, "tag", tag.slug)
