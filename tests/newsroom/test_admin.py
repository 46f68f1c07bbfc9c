"""The newsroom through the admin, as reporters and editors use it."""

import pytest
from django.test import Client
from django.utils import timezone

from akhbar.news.models import Article, ArticleStatus, Person, Section, Tag
from tests.factories import (
    article_form_data,
    image_upload,
    make_article,
    make_person,
    make_section,
    make_tag,
    make_user,
)

pytestmark = pytest.mark.django_db

ADD_URL = "/ar/newsroom/news/article/add/"


def change_url(article):
    return f"/ar/newsroom/news/article/{article.pk}/change/"


def form_data(section, **overrides):
    return article_form_data(section, **overrides)


@pytest.fixture
def section():
    return make_section()


@pytest.fixture
def editor_client(client):
    client.force_login(make_user(role="editor"))
    return client


@pytest.fixture
def reporter(db):
    return make_user(role="reporter")


def test_newsroom_is_arabic_right_to_left_by_default_and_english_on_request(
    editor_client,
):
    arabic = editor_client.get("/ar/newsroom/").content.decode()
    english = editor_client.get("/en/newsroom/").content.decode()
    assert 'lang="ar" dir="rtl"' in arabic
    assert 'lang="en" dir="ltr"' in english


def test_editor_creates_and_publishes_article_that_reaches_readers(
    editor_client, section, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            ADD_URL, form_data(section, _publish="1"), follow=True
        )
    # Saved, then (307, the same POST) the step view publishes.
    assert [status for _url, status in response.redirect_chain] == [307, 302]
    article = Article.objects.get()
    assert article.status == ArticleStatus.PUBLISHED
    assert article.slug == "خبر-عاجل-من-الرياض"
    link = article.get_absolute_url()
    assert "%D8%AE%D8%A8%D8%B1" in link  # the Arabic slug, percent-encoded
    pages = ["/ar/", section.get_absolute_url(), "/ar/feed/rss/"]
    pages += [
        "/sitemap-articles.xml",
        "/news-sitemap.xml",
        f"/api/v1/articles/{article.pk}",
    ]
    for page in pages:
        assert link in editor_client.get(page).content.decode(), page


def test_editor_schedules_article_for_later(editor_client, section):
    later = timezone.localtime() + timezone.timedelta(hours=3)
    data = form_data(
        section,
        _publish="1",
        published_at_0=later.strftime("%Y-%m-%d"),
        published_at_1=later.strftime("%H:%M:%S"),
    )
    editor_client.post(ADD_URL, data, follow=True)
    article = Article.objects.get()
    assert article.status == ArticleStatus.PUBLISHED
    assert not Article.objects.published().exists()


def test_publishing_without_body_is_refused_with_message(editor_client, section):
    response = editor_client.post(ADD_URL, form_data(section, body="", _publish="1"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["body"] == [
        "يحتاج المقال إلى نص قبل نشره."
    ]  # in the newsroom language
    assert not Article.objects.exists()


def test_pasted_script_is_removed_from_body(editor_client, section):
    body = (
        '<p onmouseover="x()">نص</p><script>alert(1)</script>'
        '<a href="javascript:x">y</a>'
    )
    editor_client.post(ADD_URL, form_data(section, body=body))
    stored = Article.objects.get().body
    assert "script" not in stored and "onmouseover" not in stored
    assert "javascript" not in stored


def test_oversized_body_is_a_form_error(editor_client, section):
    response = editor_client.post(
        ADD_URL, form_data(section, body="<p>" + "ا" * 600_000 + "</p>")
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["body"]
    assert not Article.objects.exists()


def test_lead_image_upload_makes_renditions(editor_client, section):
    data = form_data(section, lead_image=image_upload(), lead_image_caption="صورة")
    editor_client.post(ADD_URL, data)
    article = Article.objects.get()
    assert len(article.lead_image_renditions) == 3


@pytest.mark.parametrize(
    "upload",
    [
        pytest.param(lambda: image_upload(name="x.jpg").__class__(
            "x.jpg", b"<html><script>alert(1)</script></html>", "image/jpeg"),
            id="html-named-jpg"),
        pytest.param(lambda: image_upload().__class__("x.jpg", b"", "image/jpeg"),
                     id="empty"),
    ],
)  # fmt: skip
def test_upload_that_is_not_an_image_is_a_form_error(editor_client, section, upload):
    response = editor_client.post(ADD_URL, form_data(section, lead_image=upload()))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["lead_image"]
    assert not Article.objects.exists()


def test_image_over_the_size_limit_is_a_form_error(editor_client, section, settings):
    settings.AKHBAR_IMAGE_MAX_BYTES = 1000
    response = editor_client.post(
        ADD_URL, form_data(section, lead_image=image_upload())
    )
    assert response.status_code == 200
    assert "lead_image" in response.context["adminform"].form.errors


def test_reporter_drafts_but_cannot_publish(client, reporter, section):
    client.force_login(reporter)
    client.post(ADD_URL, form_data(section, _publish="1"))
    article = Article.objects.get()
    assert article.status == ArticleStatus.DRAFT
    assert article.created_by == reporter
    page = client.get(change_url(article)).content.decode()
    assert 'name="_publish"' not in page


def test_reporter_cannot_edit_others_or_published_articles(client, reporter):
    client.force_login(reporter)
    someone_elses = make_article(published=False)
    own_published = make_article(created_by=reporter)
    assert client.get(change_url(someone_elses)).status_code in (302, 403, 404)
    response = client.post(change_url(own_published), {"title": "changed"})
    assert response.status_code in (302, 403, 404)
    own_published.refresh_from_db()
    assert own_published.title != "changed"


def test_publish_action_publishes_selected_articles(editor_client):
    drafts = [make_article(published=False) for _ in range(2)]
    editor_client.post(
        "/ar/newsroom/news/article/",
        {"action": "publish_selected", "_selected_action": [a.pk for a in drafts]},
    )
    assert Article.objects.published().count() == 2


def test_preview_shows_draft_to_staff_only(client, editor_client):
    draft = make_article(published=False, title="مسودة للمعاينة")
    preview = f"/ar/newsroom/news/article/{draft.pk}/preview/"
    response = editor_client.get(preview)
    assert response.status_code == 200
    html = response.content.decode()
    assert "مسودة للمعاينة" in html and "noindex" in html
    client.logout()
    assert client.get(preview).status_code == 302  # to the newsroom login


def test_reader_account_cannot_enter_newsroom(client):
    client.force_login(make_user())
    assert client.get("/ar/newsroom/").status_code == 302


def test_renaming_a_section_or_tag_in_the_newsroom_refreshes_cached_pages(
    client, django_capture_on_commit_callbacks
):
    section = make_section(names={"ar": "اقتصاد", "en": "Economy"})
    tag = make_tag(names={"ar": "النفط", "en": "Oil"})
    article = make_article(section=section, tags=[tag])
    reader = Client()
    for page in ["/ar/", article.get_absolute_url()]:
        reader.get(page)
        assert reader.get(page)["X-Cache"] == "hit"
    client.force_login(make_user(role="admin"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/ar/newsroom/news/section/{section.pk}/change/",
            {
                "names_ar": "المال والأعمال",
                "names_en": "Business",
                "slug": section.slug,
                "position": section.position,
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        response = client.post(
            f"/ar/newsroom/news/tag/{tag.pk}/change/",
            {"names_ar": "الطاقة", "names_en": "Energy", "slug": tag.slug},
        )
        assert response.status_code == 302, response.content.decode()[:2000]
    assert Section.objects.get().names["ar"] == "المال والأعمال"
    assert Tag.objects.get().names["ar"] == "الطاقة"
    assert "المال والأعمال" in reader.get("/ar/").content.decode()
    page = reader.get(article.get_absolute_url()).content.decode()
    assert "الطاقة" in page and "النفط" not in page


def test_deleting_a_tag_in_the_newsroom_refreshes_cached_pages(
    client, django_capture_on_commit_callbacks
):
    tag = make_tag(names={"ar": "وسم سيحذف", "en": "Doomed"})
    article = make_article(tags=[tag])
    reader = Client()
    reader.get(article.get_absolute_url())
    assert reader.get(article.get_absolute_url())["X-Cache"] == "hit"
    client.force_login(make_user(role="admin"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/ar/newsroom/news/tag/{tag.pk}/delete/", {"post": "yes"}
        )
    assert response.status_code == 302
    assert "وسم سيحذف" not in reader.get(article.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("role", "model", "factory"),
    [
        ("admin", "section", make_section),
        ("admin", "tag", make_tag),
        ("admin", "person", make_person),
        ("editor", "tag", make_tag),
        ("editor", "person", make_person),
    ],
)
def test_name_forms_open_for_adding_and_changing(client, role, model, factory):
    client.force_login(make_user(role=role))
    obj = factory()
    for url in [
        f"/ar/newsroom/news/{model}/add/",
        f"/ar/newsroom/news/{model}/{obj.pk}/change/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert 'name="names_ar"' in html and 'name="names_en"' in html


def test_a_new_person_needs_an_arabic_name(client):
    client.force_login(make_user(role="editor"))
    data = {"slug": "kateb", "names_ar": "", "names_en": "Writer", "role": "reporter"}
    data |= {"bios_ar": "", "bios_en": ""}
    response = client.post("/ar/newsroom/news/person/add/", data)
    assert response.status_code == 200
    assert "اكتب الاسم باللغة: العربية." in response.content.decode()
    assert not Person.objects.exists()
    data["names_ar"] = "كاتب المقال"
    response = client.post("/ar/newsroom/news/person/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Person.objects.get().names == {"ar": "كاتب المقال", "en": "Writer"}
