"""The workflow through the article editor's buttons, as the newsroom uses it."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone, translation

from akhbar.news.models import Article, ArticleStatus, WorkflowState
from akhbar.news.rules import format_moment
from akhbar.newsroom.models import AuditAction, AuditEntry
from tests.factories import make_article, make_user
from tests.newsroom.conftest import change_url, edit_data

pytestmark = pytest.mark.django_db


def split(moment):
    local = timezone.localtime(moment)
    return {
        "published_at_0": local.strftime("%Y-%m-%d"),
        "published_at_1": local.strftime("%H:%M:%S"),
    }


def messages_of(response):
    return [(m.level_tag, str(m)) for m in response.context["messages"]]


def post(client, article, follow=True, **overrides):
    article.refresh_from_db()
    return client.post(
        change_url(article), edit_data(article, **overrides), follow=follow
    )


def test_reporter_submits_and_the_buttons_follow_the_role(client, reporter, editor):
    article = make_article(published=False, created_by=reporter)
    client.force_login(reporter)
    page = client.get(change_url(article)).content.decode()
    assert 'name="_submit"' in page
    assert 'name="_publish"' not in page and 'name="_approve"' not in page
    post(client, article, _submit="1")
    assert Article.objects.get(pk=article.pk).status == ArticleStatus.IN_REVIEW

    client.force_login(editor)
    page = client.get(change_url(article)).content.decode()
    for button in ("_approve", "_publish", "_return"):
        assert f'name="{button}"' in page
    assert 'name="_submit"' not in page


def test_sending_back_without_a_comment_saves_nothing(client, reporter, editor):
    article = make_article(published=False, created_by=reporter)
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.IN_REVIEW)
    client.force_login(editor)
    response = post(client, article, title="عنوان جديد", _return="1")
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["workflow_comment"]
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW and article.title != "عنوان جديد"

    post(client, article, _return="1", workflow_comment="أضف رأي الخبراء")
    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT
    client.force_login(reporter)
    dashboard = client.get("/ar/newsroom/").content.decode()
    assert "أضف رأي الخبراء" in dashboard
    page = client.get(change_url(article)).content.decode()
    assert "أضف رأي الخبراء" in page  # in the article's workflow history


def test_editor_schedules_a_minute_ahead(client, editor):
    article = make_article(published=False)
    client.force_login(editor)
    at = (timezone.now() + timedelta(minutes=1)).replace(microsecond=0)
    response = post(client, article, _publish="1", **split(at))
    assert response.status_code == 200
    assert [level for level, _text in messages_of(response)] == ["success", "success"]
    article.refresh_from_db()
    assert article.workflow_state() == WorkflowState.SCHEDULED
    assert article.published_at == at
    assert AuditEntry.objects.get().action == AuditAction.SCHEDULED
    assert not Article.objects.published().exists()
    assert Article.objects.published(now=at + timedelta(seconds=1)).get() == article


def test_a_publish_time_in_the_past_publishes_now_and_says_so(client, editor):
    article = make_article(published=False)
    client.force_login(editor)
    past = (timezone.now() - timedelta(days=2)).replace(microsecond=0)
    response = post(client, article, _publish="1", **split(past))
    article.refresh_from_db()
    assert article.published_at > timezone.now() - timedelta(minutes=1)
    assert Article.objects.published().get() == article
    # "Saved", then "the time has passed, so it is published now".
    assert [level for level, _text in messages_of(response)] == ["success", "success"]
    with translation.override("ar"):
        assert format_moment(past) in messages_of(response)[1][1]


def test_an_embargo_after_the_schedule_time_is_refused(client, editor):
    article = make_article(published=False)
    client.force_login(editor)
    at = timezone.now() + timedelta(hours=1)
    embargo = timezone.localtime(at + timedelta(hours=1))
    response = post(
        client,
        article,
        _publish="1",
        embargo_until_0=embargo.strftime("%Y-%m-%d"),
        embargo_until_1=embargo.strftime("%H:%M:%S"),
        **split(at),
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["published_at"]
    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT and article.embargo_until is None


def test_an_embargo_set_later_on_a_scheduled_article_is_refused(client, editor):
    from akhbar.newsroom import workflow

    article = make_article(published=False)
    workflow.schedule(
        article=article, by=editor, at=timezone.now() + timedelta(hours=1)
    )
    client.force_login(editor)
    embargo = timezone.localtime(timezone.now() + timedelta(hours=5))
    response = post(
        client,
        article,
        embargo_until_0=embargo.strftime("%Y-%m-%d"),
        embargo_until_1=embargo.strftime("%H:%M:%S"),
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["embargo_until"]
    assert Article.objects.get(pk=article.pk).embargo_until is None


def test_publishing_under_embargo_is_refused_with_the_time(client, editor):
    embargo = timezone.now() + timedelta(hours=2)
    article = make_article(published=False, embargo_until=embargo)
    client.force_login(editor)
    local = timezone.localtime(embargo)
    response = post(
        client,
        article,
        _publish="1",
        embargo_until_0=local.strftime("%Y-%m-%d"),
        embargo_until_1=local.strftime("%H:%M:%S"),
    )
    errors = response.context["adminform"].form.errors
    assert errors["embargo_until"]
    assert Article.objects.get(pk=article.pk).status == ArticleStatus.DRAFT


def test_a_double_clicked_publish_publishes_once(client, editor):
    article = make_article(published=False)
    client.force_login(editor)
    data = edit_data(article, _publish="1", title="خبر منشور مرة")
    first = client.post(change_url(article), data, follow=True)
    second = client.post(change_url(article), data, follow=True)
    assert first.status_code == second.status_code == 200
    assert second.redirect_chain  # saved, not sent back as a conflict
    assert "warning" in [level for level, _text in messages_of(second)]
    assert AuditEntry.objects.filter(action=AuditAction.PUBLISHED).count() == 1


def test_a_double_clicked_submit_by_a_reporter_is_no_error(client, reporter):
    article = make_article(published=False, created_by=reporter)
    client.force_login(reporter)
    data = edit_data(article, _submit="1")
    assert client.post(change_url(article), data, follow=True).status_code == 200
    second = client.post(change_url(article), data, follow=True)
    assert second.status_code == 200
    assert [level for level, _text in messages_of(second)] == ["warning"]
    assert AuditEntry.objects.filter(action=AuditAction.SUBMITTED).count() == 1


def test_plain_save_does_not_move_the_publish_time(client, editor):
    article = make_article()
    first = article.published_at
    client.force_login(editor)
    response = post(client, article, **split(first + timedelta(days=3)))
    assert Article.objects.get(pk=article.pk).published_at == first
    assert any(level == "warning" for level, _text in messages_of(response))


def test_unpublish_from_the_editor(client, editor):
    article = make_article()
    client.force_login(editor)
    post(client, article, _unpublish="1")
    assert Article.objects.get(pk=article.pk).status == ArticleStatus.UNPUBLISHED
    assert client.get(article.get_absolute_url()).status_code == 404


def test_forged_step_by_a_reporter_saves_the_draft_and_refuses_the_step(
    client, reporter
):
    article = make_article(published=False, created_by=reporter)
    client.force_login(reporter)
    response = post(client, article, title="مسودتي", _publish="1")
    article.refresh_from_db()
    assert article.title == "مسودتي" and article.status == ArticleStatus.DRAFT
    assert "error" in [level for level, _text in messages_of(response)]
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        "{pk}/notes/",
        "{pk}/translate/",
        "{pk}/revisions/1/restore/",
        "{pk}/untrash/",
    ],
)
def test_newsroom_posts_need_a_csrf_token(path):
    article = make_article()
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(make_user(role="admin"))
    url = "/ar/newsroom/news/article/" + path.format(pk=article.pk)
    response = csrf_client.post(url, {"language": "en", "kind": "update", "text": "x"})
    assert response.status_code == 403
    assert Article.objects.count() == 1 and not article.notes.exists()


@pytest.mark.parametrize("bad_id", ["123abc", "0", "99999", "-1"])
def test_bad_ids_in_newsroom_pages_are_404_not_500(client, editor, bad_id):
    client.force_login(editor)
    base = f"/ar/newsroom/news/article/{bad_id}/"
    assert client.get(base + "revisions/").status_code == 404
    assert (
        client.post(base + "notes/", {"kind": "update", "text": "x"}).status_code == 404
    )
    assert client.post(base + "translate/", {"language": "en"}).status_code == 404
    assert client.post(base + "untrash/").status_code == 404


def test_a_double_clicked_add_makes_one_article(client, reporter, section):
    from tests.newsroom.test_admin import ADD_URL, form_data

    client.force_login(reporter)
    data = form_data(section, _submit="1")
    assert client.post(ADD_URL, data, follow=True).status_code == 200
    second = client.post(ADD_URL, data, follow=True)
    article = Article.objects.get()
    assert second.redirect_chain[-1][0] == change_url(article)
    assert "warning" in [level for level, _text in messages_of(second)]
    assert AuditEntry.objects.filter(action=AuditAction.SUBMITTED).count() == 1


def test_scheduling_a_live_article_is_refused_and_keeps_the_edit_on_screen(
    client, editor
):
    article = make_article()
    client.force_login(editor)
    at = timezone.now() + timedelta(hours=1)
    response = post(client, article, title="عنوان بعد النشر", _publish="1", **split(at))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["published_at"]
    assert 'value="عنوان بعد النشر"' in response.content.decode()
    assert Article.objects.get(pk=article.pk).title != "عنوان بعد النشر"
    assert Article.objects.published().get() == article


def test_a_step_refused_after_the_save_keeps_the_edit_and_says_why(client, editor):
    from dataclasses import replace
    from unittest import mock

    from akhbar.newsroom import workflow
    from akhbar.newsroom.errors import IllegalTransition

    article = make_article(published=False)
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.IN_REVIEW)
    client.force_login(editor)
    refused = IllegalTransition("someone else moved it meanwhile")
    step = replace(workflow.STEPS["approve"], run=mock.Mock(side_effect=refused))
    with mock.patch.dict(workflow.STEPS, {"approve": step}):
        response = post(client, article, title="لن يحفظ", _approve="1")
    assert response.status_code == 200  # back on the editor, not a 500
    assert response.redirect_chain[-1][0] == change_url(article)
    assert ("error", "someone else moved it meanwhile") in messages_of(response)
    article.refresh_from_db()
    # The edit was saved before the step view ran; only the step is refused.
    assert article.title == "لن يحفظ" and article.status == ArticleStatus.IN_REVIEW
    assert article.revisions.order_by("-number").first().title == "لن يحفظ"


def test_the_step_view_takes_a_step_posted_from_anywhere(client, editor):
    """The step view is a door of its own: a button on another page posts here."""
    article = make_article(published=False)
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.IN_REVIEW)
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/step/"
    assert client.get(url).status_code == 405  # GET never changes state
    response = client.post(url, {"_approve": "1"}, follow=True)
    assert [level for level, _text in messages_of(response)] == ["success"]
    article.refresh_from_db()
    assert article.status == ArticleStatus.APPROVED
    assert AuditEntry.objects.filter(
        article_id=article.pk, action=AuditAction.APPROVED
    ).exists()


def test_the_step_view_refuses_what_the_role_or_state_does_not_allow(
    client, reporter, editor
):
    article = make_article(published=False, created_by=reporter)
    client.force_login(reporter)
    url = f"/ar/newsroom/news/article/{article.pk}/step/"
    response = client.post(url, {"_publish": "1"}, follow=True)
    assert "error" in [level for level, _text in messages_of(response)]
    client.force_login(editor)
    response = client.post(url, {"_unschedule": "1"}, follow=True)
    assert "error" in [level for level, _text in messages_of(response)]
    response = client.post(url, {"nothing": "1"}, follow=True)
    assert "error" in [level for level, _text in messages_of(response)]
    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT
    other = make_article(published=False)
    client.force_login(reporter)  # someone else's draft: not theirs to open
    response = client.post(
        f"/ar/newsroom/news/article/{other.pk}/step/", {"_submit": "1"}
    )
    assert response.status_code == 404


def test_the_step_view_needs_the_csrf_token(editor):
    from django.test import Client

    article = make_article(published=False)
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.IN_REVIEW)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/step/"
    assert client.post(url, {"_approve": "1"}).status_code == 403
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW
