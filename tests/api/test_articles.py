"""GET /api/v1/articles/ and /api/v1/articles/{id}: only published, due articles."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from akhbar.news.models import Article
from tests.factories import (
    image_upload,
    make_article,
    make_person,
    make_section,
    make_tag,
    unpublish,
)

pytestmark = pytest.mark.django_db

LIST = "/api/v1/articles/"
SITE = "https://akhbar.example"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.AKHBAR_SITE_URL = SITE


def detail(pk) -> str:
    return f"/api/v1/articles/{pk}"


def ids(response) -> list[int]:
    return [item["id"] for item in response.json()["results"]]


def test_list_shows_published_articles_newest_first(client):
    now = timezone.now()
    older = make_article(published_at=now - timedelta(hours=2))
    newer = make_article(published_at=now - timedelta(hours=1))

    response = client.get(LIST)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert ids(response) == [newer.pk, older.pk]
    assert response.json()["count"] == 2


def test_reader_never_sees_draft_or_scheduled_articles(client):
    published = make_article()
    draft = make_article(published=False)
    scheduled = make_article(published_at=timezone.now() + timedelta(hours=1))

    assert ids(client.get(LIST)) == [published.pk]
    assert client.get(detail(draft.pk)).status_code == 404
    assert client.get(detail(scheduled.pk)).status_code == 404


def test_scheduled_article_appears_once_due(client):
    article = make_article(published_at=timezone.now() + timedelta(hours=1))
    Article.objects.filter(pk=article.pk).update(
        published_at=timezone.now() - timedelta(seconds=1)
    )

    assert ids(client.get(LIST)) == [article.pk]
    assert client.get(detail(article.pk)).status_code == 200


def test_unpublished_article_vanishes(client):
    article = make_article()
    unpublish(article)

    assert ids(client.get(LIST)) == []
    assert client.get(detail(article.pk)).status_code == 404


@pytest.mark.parametrize(
    "raw_id", ["999999", "abc", "1.5", "-1", "1e3", "0x1", "99999999999999999999999"]
)
def test_unknown_or_malformed_article_id_is_json_404(client, raw_id):
    make_article()

    response = client.get(detail(raw_id))

    assert response.status_code == 404
    assert response.json()["detail"]


def test_article_object_has_every_documented_field(client):
    section = make_section(names={"ar": "اقتصاد", "en": "Economy"})
    tag = make_tag(names={"ar": "نفط", "en": "Oil"})
    author = make_person(names={"ar": "سارة", "en": "Sara"})
    editor = make_person(names={"ar": "شينغ وين تاو", "en": "XingWentao"})
    article = make_article(
        title="أسعار النفط ترتفع",
        summary="ملخص",
        body="<p>فقرة</p><script>alert(1)</script>",
        section=section,
        tags=[tag],
        authors=[author],
        editor=editor,
        lead_image=image_upload(),
        lead_image_caption="ناقلة نفط",
        lead_image_credit="وكالة",
    )

    data = client.get(detail(article.pk)).json()

    assert data["id"] == article.pk
    assert data["url"] == SITE + article.get_absolute_url()
    assert data["title"] == "أسعار النفط ترتفع"
    assert data["slug"] == article.slug
    assert data["summary"] == "ملخص"
    assert data["label"] == ""
    assert "<script" not in data["body_html"]
    assert "<p>فقرة</p>" in data["body_html"]
    assert data["language"] == "ar"
    assert data["section"] == {
        "slug": section.slug,
        "name": "اقتصاد",
        "url": f"{SITE}/ar/section/{section.slug}/",
    }
    assert [t["name"] for t in data["tags"]] == ["نفط"]
    assert [a["name"] for a in data["authors"]] == ["سارة"]
    assert data["editor"]["name"] == "شينغ وين تاو"
    assert data["image"]["caption"] == "ناقلة نفط"
    assert data["image"]["credit"] == "وكالة"
    widths = [r["width"] for r in data["image"]["renditions"]]
    assert widths == sorted(widths) and widths
    assert all(
        r["url"].startswith(SITE + "/media/") for r in data["image"]["renditions"]
    )
    # JSON times carry milliseconds (ECMA-262), so compare to the millisecond.
    published = datetime.fromisoformat(data["published_at"])
    assert abs(published - article.published_at) < timedelta(milliseconds=1)
    assert data["updated_at"]
    assert data["translations"] == []
    assert data["reading_minutes"] == 1


def test_article_without_image_or_editor_has_nulls(client):
    article = make_article()

    data = client.get(detail(article.pk)).json()

    assert data["image"] is None
    assert data["editor"] is None


def test_urls_come_from_site_url_not_the_host_header(client):
    for _ in range(3):
        make_article()

    response = client.get(LIST, {"page_size": 1}, HTTP_HOST="localhost")

    body = response.json()
    assert body["results"][0]["url"].startswith(SITE + "/ar/article/")
    assert body["next"].startswith(SITE + "/api/v1/articles/")
    assert "localhost" not in response.content.decode()


def test_translations_list_only_published_versions(client):
    arabic = make_article(language="ar")
    english = make_article(
        language="en",
        title="Oil prices rise",
        translation_group=arabic.translation_group,
    )
    make_article(
        language="en",
        published=False,
        translation_group=make_article().translation_group,
    )

    data = client.get(detail(arabic.pk)).json()

    assert data["translations"] == [
        {"language": "en", "id": english.pk, "url": SITE + english.get_absolute_url()}
    ]
    back = client.get(detail(english.pk)).json()["translations"]
    assert [t["id"] for t in back] == [arabic.pk]


def test_draft_translation_is_not_listed(client):
    arabic = make_article(language="ar")
    make_article(
        language="en", published=False, translation_group=arabic.translation_group
    )

    assert client.get(detail(arabic.pk)).json()["translations"] == []


def test_lang_filters_articles_and_picks_names(client):
    section = make_section(names={"ar": "رياضة", "en": "Sport"})
    arabic = make_article(language="ar", section=section)
    english = make_article(language="en", title="Match report", section=section)

    assert ids(client.get(LIST, {"lang": "en"})) == [english.pk]
    assert ids(client.get(LIST, {"lang": "ar"})) == [arabic.pk]
    item = client.get(LIST, {"lang": "en"}).json()["results"][0]
    assert item["section"]["name"] == "Sport"
    assert item["section"]["url"] == f"{SITE}/en/section/{section.slug}/"


def test_without_lang_names_follow_each_article_language(client):
    section = make_section(names={"ar": "رياضة", "en": "Sport"})
    make_article(language="en", title="Match report", section=section)

    item = client.get(LIST).json()["results"][0]

    assert item["section"]["name"] == "Sport"


def test_names_fall_back_to_the_default_language(client):
    section = make_section(names={"ar": "رياضة"})
    article = make_article(language="ar", section=section)

    data = client.get(detail(article.pk), {"lang": "en"}).json()

    assert data["section"]["name"] == "رياضة"


@pytest.mark.parametrize("lang", ["fr", "xx", "ar-EG", "<script>", "\x00"])
def test_unknown_language_is_refused_with_a_clear_message(client, lang):
    response = client.get(LIST, {"lang": lang})

    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["query", "lang"]
    assert "ar, en" in error["msg"]


def test_filter_by_section_slug(client):
    sport = make_section(slug="sport")
    in_sport = make_article(section=sport)
    make_article()

    assert ids(client.get(LIST, {"section": "sport"})) == [in_sport.pk]
    assert ids(client.get(LIST, {"section": "no-such-section"})) == []


def test_filter_by_unicode_tag_slug(client):
    tag = make_tag(slug="نفط")
    tagged = make_article(tags=[tag])
    make_article()

    assert ids(client.get(LIST, {"tag": "نفط"})) == [tagged.pk]


def test_filter_by_updated_since(client):
    stale = make_article()
    fresh = make_article()
    Article.objects.filter(pk=stale.pk).update(
        updated_at=datetime(2020, 1, 1, tzinfo=UTC)
    )

    response = client.get(LIST, {"updated_since": "2021-06-01T00:00:00+03:00"})

    assert ids(response) == [fresh.pk]


def test_updated_since_without_offset_is_read_as_utc(client):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(
        updated_at=datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
    )

    assert ids(client.get(LIST, {"updated_since": "2024-01-01T11:59:00"})) == [
        article.pk
    ]
    assert ids(client.get(LIST, {"updated_since": "2024-01-01T12:01:00"})) == []


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "0"},
        {"page": "-3"},
        {"page": "1.5"},
        {"page": "9" * 30},
        {"page_size": "0"},
        {"page_size": "1000000"},
        {"updated_since": "garbage"},
        {"updated_since": "2024-13-45"},
        {"updated_since": "9" * 30},
        {"updated_since": "0001-01-01T00:00:00+05:00"},
        {"updated_since": "9999-12-31T23:59:59-05:00"},
        {"section": "\x00"},
        {"section": "a" * 500},
        {"tag": "<script>"},
    ],
)
def test_malformed_query_gives_json_4xx_never_500(client, params):
    make_article()

    response = client.get(LIST, params)

    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/json")
    errors = response.json()["detail"]
    assert errors and all(error["msg"] for error in errors)


def test_unknown_query_params_are_ignored(client):
    article = make_article()
    make_article(published=False)

    response = client.get(
        LIST, {"_connector": "OR", "status": "draft", "is_staff": "1", "foo": "bar"}
    )

    assert response.status_code == 200
    assert ids(response) == [article.pk]


def test_pages_have_count_and_next_links_through_every_article(client):
    made = {make_article().pk for _ in range(5)}

    seen, url, pages = [], f"{LIST}?page_size=2&lang=ar", 0
    while url:
        body = client.get(url.removeprefix(SITE)).json()
        assert body["count"] == 5
        seen += [item["id"] for item in body["results"]]
        url, pages = body["next"], pages + 1

    assert pages == 3
    assert sorted(seen) == sorted(made)
    assert len(seen) == len(set(seen))


def test_previous_link_and_page_past_the_end(client):
    for _ in range(3):
        make_article()

    second = client.get(LIST, {"page_size": 2, "page": 2}).json()
    assert second["previous"] == f"{SITE}/api/v1/articles/?page_size=2"
    assert second["next"] is None

    beyond = client.get(LIST, {"page_size": 2, "page": 50}).json()
    assert beyond["results"] == []
    assert beyond["count"] == 3
    assert beyond["next"] is None
    assert beyond["previous"] == f"{SITE}/api/v1/articles/?page_size=2&page=2"


def test_page_size_is_capped(client):
    response = client.get(LIST, {"page_size": 101})

    assert response.status_code == 422


@pytest.mark.parametrize("count", [2, 25])
def test_list_makes_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, count
):
    section = make_section()
    tags = [make_tag(), make_tag()]
    people = [make_person(), make_person()]
    for _ in range(count):
        article = make_article(
            section=section, tags=tags, authors=people, editor=make_person()
        )
        make_article(
            language="en", section=section, translation_group=article.translation_group
        )

    # count, page, tags, authors, translations.
    with django_assert_max_num_queries(5):
        response = client.get(LIST, {"page_size": 100})

    assert len(response.json()["results"]) == count * 2


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("on_item", [False, True])
def test_write_methods_are_refused_and_change_nothing(client, method, on_item):
    article = make_article(title="العنوان الأصلي")
    url = detail(article.pk) if on_item else LIST

    response = getattr(client, method)(
        url, {"title": "changed", "status": "draft"}, content_type="application/json"
    )

    assert response.status_code in {401, 403, 405}
    article.refresh_from_db()
    assert article.title == "العنوان الأصلي"
    assert article.status == "published"
    assert Article.objects.count() == 1


def test_article_object_carries_its_label(client):
    article = make_article(label="opinion")

    assert client.get(detail(article.pk)).json()["label"] == "opinion"
    (listed,) = client.get(LIST).json()["results"]
    assert listed["label"] == "opinion"
