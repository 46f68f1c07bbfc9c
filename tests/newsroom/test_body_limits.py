"""Bodies the sanitizer must not take: a form error in the editor's language,
never a 500, nothing saved. "Refused early" is counted, not timed."""

import pytest
from django.core.exceptions import ValidationError

from akhbar.news.models import Article, ArticleStatus
from akhbar.news.sanitize import BODY_MAX_LENGTH
from akhbar.newsroom import revisions
from akhbar.newsroom.models import Revision
from tests.factories import article_form_data, make_article
from tests.newsroom.conftest import edit_data

pytestmark = pytest.mark.django_db

ADD_URL = "/{lang}/newsroom/news/article/add/"
# 468 KB of quotations, none closed: html5ever took seconds over it.
DEEP = "<blockquote>" * 39_000
# Within the limit as typed; "&lt;" makes it four times longer once cleaned.
SIGNS = "<" * BODY_MAX_LENGTH
# The longest body there is: exactly at the limit, already clean.
LONGEST = "<p>" + "ا" * (BODY_MAX_LENGTH - 7) + "</p>"

TOO_DEEP = {
    "en": (
        "The text is too deeply nested: markup may go at most 64 levels deep "
        "(such as a list inside a quotation inside a list). Simplify it, or paste "
        "it again as plain text."
    ),
    "ar": (
        "النص متداخل أكثر من اللازم: لا يتجاوز تداخل التنسيق 64 مستوى "
        "(كقائمة داخل اقتباس داخل قائمة). بسّطه، أو ألصقه من جديد نصًا عاديًا."
    ),
}
TOO_LONG_CLEANED = {
    "en": (
        "The text is too long: at most 500000 characters after cleaning, and "
        "cleaning makes this one 2000000 (a sign such as < is kept as &lt;, for "
        "example)."
    ),
    "ar": (
        "النص طويل جدًا: الحد الأقصى 500000 حرف بعد التنظيف، والتنظيف يجعله "
        "2000000 حرفًا (فعلامة مثل < تُحفظ على هيئة &lt; مثلًا)."
    ),
}


def new_article(section, **overrides) -> dict:
    return article_form_data(
        section,
        **{"title": "خبر من الرياض", "summary": "", "body": "<p>نص</p>", **overrides},
    )


def body_errors(response) -> list[str]:
    assert response.status_code == 200
    return response.context["adminform"].form.errors["body"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_deeply_nested_body_is_refused_before_cleaning(
    client, reporter, section, nh3_calls, lang
):
    client.force_login(reporter)
    response = client.post(ADD_URL.format(lang=lang), new_article(section, body=DEEP))
    assert body_errors(response) == [TOO_DEEP[lang]]
    assert nh3_calls == []  # refused by the linear scan; nh3 never saw it
    assert not Article.objects.exists() and not Revision.objects.exists()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_body_too_long_once_cleaned_is_a_form_error_not_a_500(
    client, reporter, section, nh3_calls, lang
):
    client.force_login(reporter)
    response = client.post(ADD_URL.format(lang=lang), new_article(section, body=SIGNS))
    assert body_errors(response) == [TOO_LONG_CLEANED[lang]]
    assert nh3_calls == [BODY_MAX_LENGTH]  # cleaned once, in the form, then refused
    assert not Article.objects.exists() and not Revision.objects.exists()


@pytest.mark.parametrize("body", [DEEP, SIGNS], ids=["deep", "long once cleaned"])
def test_editing_a_draft_with_a_refused_body_changes_nothing(client, reporter, body):
    article = make_article(published=False, created_by=reporter)
    client.force_login(reporter)
    before = Article.objects.get(pk=article.pk).body
    response = client.post(
        f"/ar/newsroom/news/article/{article.pk}/change/",
        edit_data(article, body=body, _submit="1"),
    )
    assert body_errors(response)
    article.refresh_from_db()
    assert (article.body, article.status) == (before, ArticleStatus.DRAFT)
    assert not article.revisions.exists()


def test_publishing_with_a_refused_body_is_a_form_error(client, editor, section):
    client.force_login(editor)
    response = client.post(
        ADD_URL.format(lang="en"), new_article(section, body=DEEP, _publish="1")
    )
    assert body_errors(response) == [TOO_DEEP["en"]]
    assert not Article.objects.exists()


def test_services_refuse_the_same_bodies_on_the_body_field(section, nh3_calls):
    for body in (DEEP, SIGNS, "ا" * (BODY_MAX_LENGTH + 1)):
        with pytest.raises(ValidationError) as refused:
            make_article(published=False, section=section, body=body)
        assert list(refused.value.message_dict) == ["body"]
    assert nh3_calls == [BODY_MAX_LENGTH]  # only the "<" signs reached it
    assert not Article.objects.exists()


def test_the_longest_body_saves_restores_and_translates(client, editor):
    article = make_article(published=False, body=LONGEST)
    revisions.record_revision(article=article, by=editor)
    article.body = "<p>قصير</p>"
    article.save()
    revisions.record_revision(article=article, by=editor)
    client.force_login(editor)

    restore = f"/ar/newsroom/news/article/{article.pk}/revisions/1/restore/"
    assert client.post(restore, {"version": 2}).status_code == 302
    article.refresh_from_db()
    assert article.body == LONGEST

    translate = f"/ar/newsroom/news/article/{article.pk}/translate/"
    assert client.post(translate, {"language": "en"}).status_code == 302
    assert Article.objects.get(language="en").body == LONGEST


def test_restoring_a_revision_stored_before_the_limits_is_refused_with_a_message(
    client, editor
):
    article = make_article(published=False)
    revisions.record_revision(article=article, by=editor)
    # Written before the limits applied to cleaned bodies (or by an importer).
    Revision.objects.filter(article=article).update(body=DEEP)
    Article.objects.filter(pk=article.pk).update(body="<p>جديد</p>")
    revisions.record_revision(article=Article.objects.get(pk=article.pk), by=editor)
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/revisions/1/restore/"
    response = client.post(url, {"version": 2}, follow=True)
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == [TOO_DEEP["ar"]]
