"""GET /api/v1/sections/, /tags/, /people/ and /people/{slug}."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_article, make_person, make_section, make_tag

pytestmark = pytest.mark.django_db

SITE = "https://akhbar.example"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.AKHBAR_SITE_URL = SITE


def slugs(response) -> list[str]:
    return [item["slug"] for item in response.json()["results"]]


def test_sections_are_listed_in_site_order_with_names_in_lang(client):
    make_section(slug="world", position=2, names={"ar": "العالم", "en": "World"})
    make_section(slug="sport", position=1, names={"ar": "رياضة", "en": "Sport"})

    response = client.get("/api/v1/sections/", {"lang": "en"})

    assert response.status_code == 200
    assert slugs(response) == ["sport", "world"]
    sport = response.json()["results"][0]
    assert sport["name"] == "Sport"
    assert sport["names"] == {"ar": "رياضة", "en": "Sport"}
    assert sport["url"] == f"{SITE}/en/section/sport/"


def test_section_names_default_to_arabic(client):
    make_section(slug="sport", names={"ar": "رياضة", "en": "Sport"})

    (sport,) = client.get("/api/v1/sections/").json()["results"]

    assert sport["name"] == "رياضة"


def test_tags_list_only_tags_of_published_articles(client):
    shown = make_tag(slug="oil")
    make_article(tags=[shown])
    make_article(published=False, tags=[make_tag(slug="draft-only")])
    make_article(
        published_at=timezone.now() + timedelta(hours=1),
        tags=[make_tag(slug="embargoed")],
    )
    make_tag(slug="unused")

    assert slugs(client.get("/api/v1/tags/")) == ["oil"]


def test_tags_filtered_by_language(client):
    make_article(language="ar", tags=[make_tag(slug="arabic-only")])
    make_article(language="en", tags=[make_tag(slug="english-only")])

    assert slugs(client.get("/api/v1/tags/", {"lang": "en"})) == ["english-only"]


def test_people_list_only_people_credited_on_published_articles(client):
    author = make_person(slug="author")
    editor = make_person(slug="editor")
    make_article(authors=[author], editor=editor)
    make_article(published=False, authors=[make_person(slug="draft-writer")])
    make_article(
        published_at=timezone.now() + timedelta(hours=1),
        editor=make_person(slug="scheduled-editor"),
    )
    make_person(slug="staff-never-credited")

    response = client.get("/api/v1/people/")

    assert slugs(response) == ["author", "editor"]
    assert response.json()["count"] == 2


def test_person_credited_twice_is_listed_once(client):
    person = make_person(slug="busy")
    make_article(authors=[person], editor=person)
    make_article(authors=[person])

    assert slugs(client.get("/api/v1/people/")) == ["busy"]


def test_person_detail_has_bio_in_the_requested_language(client):
    person = make_person(
        slug="sara",
        names={"ar": "سارة", "en": "Sara"},
        bios={"ar": "مراسلة", "en": "Reporter in Cairo"},
    )
    make_article(authors=[person])

    response = client.get("/api/v1/people/sara", {"lang": "en"})

    assert response.status_code == 200
    assert response.json() == {
        "slug": "sara",
        "name": "Sara",
        "url": f"{SITE}/en/people/sara/",
        "role": "reporter",
        "bio": "Reporter in Cairo",
    }


@pytest.mark.parametrize("slug", ["nobody", "draft-writer", "%00", "x" * 300])
def test_person_detail_is_404_unless_credited_on_published_work(client, slug):
    make_article(published=False, authors=[make_person(slug="draft-writer")])

    response = client.get(f"/api/v1/people/{slug}")

    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "url", ["/api/v1/sections/", "/api/v1/tags/", "/api/v1/people/"]
)
def test_lists_refuse_unknown_language_and_bad_pages(client, url):
    assert client.get(url, {"lang": "fr"}).status_code == 422
    assert client.get(url, {"page": "abc"}).status_code == 422
    assert client.get(url, {"page": "9" * 40}).status_code == 422


def test_lists_page_with_next_links(client):
    for position in range(3):
        make_section(position=position)

    body = client.get("/api/v1/sections/", {"page_size": 2, "lang": "en"}).json()

    assert body["count"] == 3
    assert body["next"] == f"{SITE}/api/v1/sections/?lang=en&page_size=2&page=2"
