from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from akhbar.news import services
from tests.factories import (
    make_article,
    make_person,
    make_section,
    make_tag,
    unpublish,
)

pytestmark = pytest.mark.django_db


def url(name, language="ar", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def test_root_sends_reader_to_arabic_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"


def test_root_follows_accept_language(client):
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert response["Location"] == "/en/"


def test_home_is_right_to_left_arabic_with_lead_and_sections(client):
    section = make_section(names={"ar": "اقتصاد", "en": "Economy"})
    lead = make_article(section=section, title="الخبر الرئيسي اليوم")
    response = client.get("/ar/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    assert "الخبر الرئيسي اليوم" in html
    assert lead.get_absolute_url() in html
    assert "اقتصاد" in html


def test_english_home_is_left_to_right(client):
    make_article(language="en", title="Morning briefing")
    html = client.get("/en/").content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Morning briefing" in html


def test_article_page_shows_story_credit_and_byline(client):
    editor = make_person(names={"ar": "شينغ ون تاو", "en": "XingWentao"})
    author = make_person(names={"ar": "ليلى حداد", "en": "Layla Haddad"})
    article = make_article(
        title="تحليل: الصين وروسيا", body="<p>نص التحليل مع AUKUS و BRICS +.</p>",
        editor=editor, authors=[author],
    )  # fmt: skip
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and html.count("<h1") == 1
    assert "تحليل: الصين وروسيا" in html
    assert "<bdi>شينغ ون تاو</bdi>" in html
    assert "ليلى حداد" in html
    assert "AUKUS" in html


def test_article_page_in_english_credits_editor_in_english(client):
    editor = make_person(names={"ar": "شينغ ون تاو", "en": "XingWentao"})
    article = make_article(language="en", title="Analysis", editor=editor)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Editor/" in html and "<bdi>XingWentao</bdi>" in html


def test_article_page_shows_arabic_and_hijri_dates(client):
    moment = timezone.make_aware(timezone.datetime(2026, 11, 26, 9, 0))
    article = make_article(published_at=moment)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "26 نوفمبر 2026" in html
    assert "جمادى الآخرة 1448" in html


def test_arabic_indic_digits_when_configured(client, settings):
    settings.AKHBAR_NUMERALS = {"ar": "arab", "en": "latn"}
    moment = timezone.make_aware(timezone.datetime(2026, 11, 26, 9, 0))
    article = make_article(published_at=moment)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "٢٦ نوفمبر ٢٠٢٦" in html


def test_wrong_slug_or_language_redirects_to_canonical_url(client):
    article = make_article()
    wrong = url("web:article", "en", pk=article.pk, slug="wrong")
    response = client.get(wrong)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


@pytest.mark.parametrize("state", ["draft", "scheduled", "unpublished"])
def test_invisible_articles_are_404_for_readers(client, state):
    if state == "draft":
        article = make_article(published=False)
    elif state == "scheduled":
        article = make_article(published_at=timezone.now() + timedelta(hours=1))
    else:
        article = make_article()
        unpublish(article)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 404
    assert "<html" in response.content.decode()  # the reader's 404 page


def test_unpublished_article_leaves_home_section_and_tag_pages(
    client, django_capture_on_commit_callbacks
):
    tag = make_tag()
    article = make_article(title="خبر سيسحب", tags=[tag])
    pages = ["/ar/", article.section.get_absolute_url(), tag.get_absolute_url()]
    for page in pages:
        assert "خبر سيسحب" in client.get(page).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        unpublish(article)
    for page in pages:
        assert "خبر سيسحب" not in client.get(page).content.decode()


def test_language_switch_lands_on_translation(client):
    arabic = make_article(title="قصة مترجمة")
    english = make_article(
        language="en", title="A translated story",
        translation_group=arabic.translation_group, section=arabic.section,
    )  # fmt: skip
    html = client.get(arabic.get_absolute_url()).content.decode()
    assert f'href="http://127.0.0.1:8000{english.get_absolute_url()}"' in html
    assert (
        f'hreflang="en" href="http://127.0.0.1:8000{english.get_absolute_url()}"'
        in html
    )


def test_untranslated_story_switches_to_other_language_home_without_hreflang(client):
    article = make_article()
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'href="http://127.0.0.1:8000/en/"' in html
    assert 'hreflang="en"' not in html.split("</head>")[0]


@pytest.mark.parametrize(
    "name, kwargs",
    [("web:section", "section"), ("web:tag", "tag"), ("web:person", "person")],
)
def test_list_pages_show_their_articles(client, name, kwargs):
    section, tag, person = make_section(), make_tag(), make_person()
    make_article(title="مقال القائمة", section=section, tags=[tag], authors=[person])
    slug = {"section": section, "tag": tag, "person": person}[kwargs].slug
    response = client.get(url(name, slug=slug))
    assert response.status_code == 200
    assert "مقال القائمة" in response.content.decode()


def test_arabic_tag_slug_works(client):
    tag = make_tag(slug="الصين", names={"ar": "الصين", "en": "China"})
    make_article(title="عن الصين", tags=[tag])
    response = client.get(tag.get_absolute_url())
    assert response.status_code == 200
    assert "عن الصين" in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999999999999999999", "1e3", ""])
def test_malformed_page_numbers_never_fail(client, page):
    make_article()
    response = client.get("/ar/latest/", {"page": page})
    assert response.status_code in (200, 404)


def test_pagination_splits_long_lists(client):
    section = make_section()
    for _ in range(25):
        make_article(section=section)
    first = client.get(section.get_absolute_url())
    second = client.get(section.get_absolute_url(), {"page": 2})
    # The section's front leads with one story (none has a picture, so no top
    # row); the other 24 are listed under it, 20 a page.
    assert first.context["front"].lead is not None
    assert first.context["page"].object_list.__len__() == 20
    assert len(second.context["page"].object_list) == 4
    assert second.context["front"] is None


@pytest.mark.parametrize(
    "path",
    ["/ar/section/nope/", "/ar/tag/nope/", "/ar/people/nope/", "/ar/article/999/x/",
     "/ar/article/abc/x/", "/ar/no-such-page/", "/en/no-such-page/"],
)  # fmt: skip
def test_unknown_pages_give_the_reader_404_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "<main" in response.content.decode()


def test_404_page_speaks_the_reader_language(client):
    english = client.get("/en/section/nope/").content.decode()
    assert '<html lang="en" dir="ltr">' in english


def test_500_page_is_bilingual_and_standalone(client):
    client.raise_request_exception = False
    from akhbar.web.views import server_error

    response = server_error(None)
    html = response.content.decode()
    assert response.status_code == 500
    assert "حدث خطأ" in html and "Something went wrong" in html


@pytest.mark.parametrize("count", [3, 30])
def test_reader_pages_use_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, count
):
    section, tag, person = make_section(), make_tag(), make_person()
    articles = [
        make_article(section=section, tags=[tag, make_tag()], authors=[person])
        for _ in range(count)
    ]
    pages = [
        "/ar/",
        "/ar/latest/",
        section.get_absolute_url(),
        tag.get_absolute_url(),
        person.get_absolute_url(),
        articles[0].get_absolute_url(),
        "/ar/feed/rss/",
    ]
    for page in pages:
        # 12: two of them are the breaking news bar's on every page (the alerts
        # showing, and when the next one starts or ends, which bounds how long
        # the page is cached). The home page is the editors' front: its
        # arrangement, the stories that fill its slots, and one query a block
        # (five by default with one section). An article page also reads its
        # live coverage (live), its language's most read (readership) and its
        # pictures, placed and in the gallery, in one query (media).
        budget = {"/ar/": 15, articles[0].get_absolute_url(): 15}.get(page, 12)
        with django_assert_max_num_queries(budget):
            assert client.get(page).status_code == 200


def test_pages_are_cached_for_anonymous_readers_and_purged_on_publish(
    client, django_capture_on_commit_callbacks
):
    make_article(title="أول خبر")
    assert "أول خبر" in client.get("/ar/").content.decode()
    assert client.get("/ar/")["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        make_article(title="خبر جديد")
    response = client.get("/ar/")
    assert "خبر جديد" in response.content.decode()
    assert not response.has_header("X-Cache")


def test_security_headers_on_reader_pages(client):
    make_article()
    response = client.get("/ar/")
    csp = response["Content-Security-Policy"]
    assert "object-src 'none'" in csp and "base-uri 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_titles_and_names_are_escaped(client):
    payload = "<img src=x onerror=alert(1)>\u202e"
    person = make_person(names={"ar": payload})
    tag = make_tag(names={"ar": payload})
    article = make_article(title=payload, summary=payload, authors=[person], tags=[tag])
    for page in ["/ar/", article.get_absolute_url(), tag.get_absolute_url()]:
        html = client.get(page).content.decode()
        assert "<img src=x onerror" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_media_is_served_with_nosniff(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "x.jpg").write_bytes(b"<html><script>alert(1)</script>")
    response = client.get("/media/x.jpg")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


def test_person_page_shows_reencoded_photo(client):
    from tests.factories import image_upload

    person = make_person()
    person.photo = image_upload(size=(400, 400))
    services.save_person(person=person, photo_changed=True)
    make_article(authors=[person])
    html = client.get(person.get_absolute_url()).content.decode()
    assert 'class="person__photo"' in html
    assert "/media/renditions/" in html
    assert sorted(int(w) for w in person.photo_renditions) == [160, 320]


def test_cached_page_varies_on_cookie_like_the_fresh_one(client):
    make_article()
    fresh = client.get("/ar/")
    hit = client.get("/ar/")
    assert hit["X-Cache"] == "hit"
    assert "Cookie" in hit["Vary"] and "Cookie" in fresh["Vary"]
