"""The article editor: its layout contract, autosave and tags proposed inline."""

import json
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from akhbar.news.models import Article, Tag
from akhbar.news.sanitize import BODY_MAX_LENGTH
from akhbar.newsroom import autosave, tags, workflow
from akhbar.newsroom.models import Autosave, Revision
from akhbar.newsroom.workflow import STEPS
from tests.factories import (
    article_form_data,
    make_article,
    make_tag,
    make_user,
)
from tests.newsroom.conftest import change_url, edit_data

pytestmark = pytest.mark.django_db

ADD_URL = "/ar/newsroom/news/article/add/"
AUTOSAVE_URL = "/ar/newsroom/news/article/autosave/"


def logged_in(user, **options) -> Client:
    client = Client(**options)
    client.force_login(user)
    return client


def new_article_data(section, **overrides) -> dict:
    return article_form_data(
        section,
        **{
            "title": "خبر عن الطاقة المتجددة",
            "summary": "",
            "body": "<p>نص الخبر</p>",
            **overrides,
        },
    )


def draft_of(user, **fields) -> Article:
    article = make_article(published=False, **fields)
    Article.objects.filter(pk=article.pk).update(created_by=user)
    article.refresh_from_db()
    return article


# The layout contract.


def positions(html: str, *markers: str) -> list[int]:
    found = [html.find(marker) for marker in markers]
    assert -1 not in found, dict(zip(markers, found, strict=True))
    return found


def test_title_and_body_come_before_the_side_panel_and_buttons_on_top(editor, section):
    article = make_article(published=False, section=section)
    html = logged_in(editor).get(change_url(article)).content.decode()
    bar, title, body, side = positions(
        html, 'id="editor-bar"', 'id="id_title"', 'id="id_body"', 'class="editor-side"'
    )
    assert bar < title < body < side
    # Every workflow button is in the bar, and nowhere at the bottom.
    bar_html = html[bar : html.index("</div>", html.index('id="editor-count"'))]
    offered = [
        step.button for step in STEPS.values() if f'name="{step.button}"' in html
    ]
    assert {"_submit", "_publish"} <= set(offered)
    for button in ["_continue", *offered]:
        assert f'name="{button}"' in bar_html
        assert html.count(f'name="{button}"') == 1
    # The side panel holds the settings.
    side_html = html[side:]
    for field in ("id_section", "id_tags", "id_label", "id_lead_image", "id_editor"):
        assert f'id="{field}"' in side_html
    assert 'id="bylines-group"' in side_html
    assert "newsroom-publish" in bar_html and "aria-keyshortcuts" in bar_html


def editor_config(html: str) -> dict:
    found = re.search(r'id="editor-config"[^>]*>(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_reporter_sees_no_publish_button_and_no_publish_shortcut(reporter, section):
    html = logged_in(reporter).get(ADD_URL).content.decode()
    assert 'name="_submit"' in html
    assert 'name="_publish"' not in html
    config = editor_config(html)
    assert config["canPublish"] is False
    assert config["article"] is None


def test_the_writing_takes_the_article_language_and_direction(editor):
    english = make_article(published=False, language="en", title="A story")
    html = logged_in(editor).get(change_url(english)).content.decode()
    title = re.search(r'<input[^>]*id="id_title"[^>]*>', html).group(0)
    assert 'lang="en"' in title and 'dir="ltr"' in title
    arabic = make_article(published=False)
    html = logged_in(editor).get(change_url(arabic)).content.decode()
    body = re.search(r'<textarea[^>]*id="id_body"[^>]*>', html).group(0)
    assert 'lang="ar"' in body and 'dir="rtl"' in body


@pytest.mark.parametrize("language", ["ar", "en"])
def test_tags_and_people_by_autocomplete_with_select2_in_the_language(editor, language):
    html = logged_in(editor).get(f"/{language}/newsroom/news/article/add/")
    html = html.content.decode()
    for field in ("id_tags", "id_editor"):
        select = re.search(rf'<select[^>]*id="{field}"[^>]*>', html).group(0)
        assert "admin-autocomplete" in select
        assert f'lang="{language}"' in select
    assert f"admin/js/vendor/select2/i18n/{language}.js" in html
    assert "selectfilter" not in html.lower()  # no two-list widgets


def test_toolbar_labels_follow_the_newsroom_language(editor):
    def labels(language):
        html = logged_in(editor).get(f"/{language}/newsroom/news/article/add/")
        return editor_config(html.content.decode())["labels"]

    arabic, english = labels("ar"), labels("en")
    assert arabic.keys() == english.keys()
    assert all(re.search(r"[\u0600-\u06FF]", text) for text in arabic.values())
    assert not any(re.search(r"[\u0600-\u06FF]", text) for text in english.values())
    assert english["bold"] == "Bold"


def test_an_article_out_of_the_reporters_hands_opens_read_only(reporter):
    article = draft_of(reporter)
    workflow.take("submit", article=article, by=reporter)
    response = logged_in(reporter).get(change_url(article))
    assert response.status_code == 200
    html = response.content.decode()
    assert "field-new_tags" not in html  # nothing to propose tags to
    assert 'name="_continue"' not in html
    assert 'id="editor-bar"' in html


# Autosave.


def test_autosave_keeps_the_text_without_a_revision_or_a_change(reporter):
    article = draft_of(reporter)
    revisions_before = Revision.objects.filter(article=article).count()
    version = article.version
    client = logged_in(reporter)
    for n in range(3):
        response = client.post(
            AUTOSAVE_URL,
            {
                "article": article.pk,
                "title": f"عنوان جديد {n}",
                "summary": "",
                "body": f"<p>فقرة {n}</p><script>alert(1)</script>",
            },
        )
        assert response.status_code == 200, response.content
    assert Revision.objects.filter(article=article).count() == revisions_before
    article.refresh_from_db()
    assert article.version == version
    assert not article.title.startswith("عنوان جديد")
    copy = Autosave.objects.get(user=reporter, article=article)
    assert copy.title == "عنوان جديد 2"
    assert "script" not in copy.body
    assert Autosave.objects.count() == 1


def test_opening_the_form_offers_a_newer_autosaved_copy(reporter):
    article = draft_of(reporter)
    client = logged_in(reporter)
    assert b'id="editor-restore"' not in client.get(change_url(article)).content
    client.post(
        AUTOSAVE_URL,
        {"article": article.pk, "title": "نسخة أحدث", "summary": "", "body": ""},
    )
    html = client.get(change_url(article)).content.decode()
    assert 'id="editor-restore"' in html
    # In the script's settings, for the restore button.
    assert editor_config(html)["autosaved"]["title"] == "نسخة أحدث"


def test_a_real_save_discards_the_autosaved_copy(reporter):
    article = draft_of(reporter)
    client = logged_in(reporter)
    client.post(
        AUTOSAVE_URL,
        {"article": article.pk, "title": "مسودة", "summary": "", "body": "<p>س</p>"},
    )
    response = client.post(
        change_url(article), edit_data(article, title="عنوان محفوظ", _continue="1")
    )
    assert response.status_code == 302
    assert not Autosave.objects.filter(user=reporter).exists()


def test_autosave_of_a_new_article_and_who_may(reporter, translator):
    response = logged_in(reporter).post(
        AUTOSAVE_URL, {"article": "", "title": "جديد", "summary": "", "body": ""}
    )
    assert response.status_code == 200
    assert Autosave.objects.get(user=reporter).article is None
    # A translator starts no story from scratch, so keeps no copy of one.
    response = logged_in(translator).post(
        AUTOSAVE_URL, {"article": "", "title": "جديد", "summary": "", "body": ""}
    )
    assert response.status_code == 403
    assert not Autosave.objects.filter(user=translator).exists()


def test_autosave_refuses_articles_the_user_cannot_edit(reporter):
    someone_elses = draft_of(make_user(role="reporter"))
    published = make_article()
    client = logged_in(reporter)
    for article in (someone_elses, published):
        response = client.post(
            AUTOSAVE_URL,
            {"article": article.pk, "title": "x", "summary": "", "body": ""},
        )
        assert response.status_code in (403, 404)
    assert not Autosave.objects.exists()


def test_autosave_needs_staff_and_a_csrf_token_and_a_post(reporter):
    article = draft_of(reporter)
    data = {"article": article.pk, "title": "x", "summary": "", "body": ""}
    assert Client().post(AUTOSAVE_URL, data).status_code == 302  # to the login
    strict = logged_in(reporter, enforce_csrf_checks=True)
    assert strict.post(AUTOSAVE_URL, data).status_code == 403
    assert logged_in(reporter).get(AUTOSAVE_URL).status_code == 405
    assert not Autosave.objects.exists()


def test_autosave_is_bounded(reporter):
    article = draft_of(reporter)
    client = logged_in(reporter)
    too_long = {
        "title": "ع" * 301,
        "summary": "ع" * 601,
        "body": "<p>" + "ع" * BODY_MAX_LENGTH + "</p>",
    }
    for field, value in too_long.items():
        data = {"article": article.pk, "title": "", "summary": "", "body": ""}
        response = client.post(AUTOSAVE_URL, {**data, field: value})
        assert response.status_code in (400, 413), field
        assert response.json()["error"]
    response = client.post(
        AUTOSAVE_URL,
        {"article": article.pk, "title": "x"},
        CONTENT_LENGTH=str(autosave.MAX_REQUEST_BYTES + 1),
    )
    assert response.status_code == 413
    assert client.post(AUTOSAVE_URL, {"article": "abc"}).status_code == 400
    assert not Autosave.objects.exists()


# Tags proposed inline.


def test_reporter_adds_a_new_and_an_existing_tag_by_name(reporter, section):
    existing = make_tag(slug="اقتصاد", names={"ar": "اقتصاد"})
    tags_before = Tag.objects.count()
    response = logged_in(reporter).post(
        ADD_URL,
        new_article_data(
            section, new_tags="طاقة متجددة، اقتصاد, طاقة  متجددة", _continue="1"
        ),
    )
    assert response.status_code == 302, response.content
    article = Article.objects.get(title="خبر عن الطاقة المتجددة")
    assert Tag.objects.count() == tags_before + 1  # no second tag of a slug
    new = Tag.objects.get(slug="طاقة-متجددة")
    assert new.names == {"ar": "طاقة متجددة"}
    assert set(article.tags.all()) == {existing, new}
    # The revision of the save includes the tags.
    latest = Revision.objects.filter(article=article).first()
    assert sorted(latest.data["tags"]) == sorted([existing.pk, new.pk])


def test_a_name_without_letters_is_a_form_error(reporter, section):
    response = logged_in(reporter).post(
        ADD_URL, new_article_data(section, new_tags="!!!", _continue="1")
    )
    assert response.status_code == 200
    assert "new_tags" in response.context["adminform"].form.errors
    assert not Article.objects.exists()


def test_without_add_tag_there_is_no_field_and_no_new_tag(translator):
    source = make_article()
    draft = make_article(
        published=False, language="en", translation_group=source.translation_group
    )
    Article.objects.filter(pk=draft.pk).update(created_by=translator)
    client = logged_in(translator)
    assert b'name="new_tags"' not in client.get(change_url(draft)).content
    tags_before = Tag.objects.count()
    client.post(change_url(draft), edit_data(draft, new_tags="وسم مدسوس"))
    assert Tag.objects.count() == tags_before


def test_the_service_checks_the_permission_itself(translator, reporter):
    with pytest.raises(PermissionDenied):
        tags.propose_tags(names=["وسم"], language="ar", by=translator)
    assert not Tag.objects.filter(slug="وسم").exists()
    made = tags.propose_tags(names=["وسم", "وسم"], language="ar", by=reporter)
    again = tags.propose_tags(names=["وسم"], language="ar", by=reporter)
    assert made == again[:1] and len(made) == 1
    with pytest.raises(ValidationError):
        tags.parse_names("ع" * (tags.MAX_NAME_LENGTH + 1))
