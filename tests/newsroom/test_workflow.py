"""The workflow services: legal steps, refusals, repeats, records, scheduling."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from akhbar.news.models import Article, ArticleStatus, WorkflowState
from akhbar.newsroom import workflow
from akhbar.newsroom.errors import IllegalTransition, NotAllowed, WorkflowError
from akhbar.newsroom.models import AuditAction, AuditEntry
from tests.factories import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def draft_by(user, **fields):
    return make_article(published=False, created_by=user, **fields)


def reload(article):
    return Article.objects.get(pk=article.pk)


def test_a_story_goes_from_draft_through_review_to_readers(reporter, editor):
    article = draft_by(reporter)
    workflow.submit(article=article, by=reporter)
    workflow.approve(article=article, by=editor)
    outcome = workflow.publish(article=article, by=editor)
    article = reload(article)
    assert outcome.changed
    assert article.status == ArticleStatus.PUBLISHED
    assert article.status_changed_by == editor
    assert list(Article.objects.published()) == [article]
    actions = list(
        AuditEntry.objects.filter(article_id=article.pk)
        .order_by("id")
        .values_list("action", "actor_name", "from_status", "to_status")
    )
    assert actions == [
        ("submitted", reporter.username, "draft", "in_review"),
        ("approved", editor.username, "in_review", "approved"),
        ("published", editor.username, "approved", "published"),
    ]


def test_sending_back_needs_a_comment_and_the_reporter_sees_it(reporter, editor):
    article = draft_by(reporter)
    workflow.submit(article=article, by=reporter)
    with pytest.raises(WorkflowError) as refused:
        workflow.return_to_draft(article=article, by=editor, comment="  ")
    assert "comment" in refused.value.message
    assert reload(article).status == ArticleStatus.IN_REVIEW
    workflow.return_to_draft(article=article, by=editor, comment="أضف مصدرا ثانيا")
    assert reload(article).status == ArticleStatus.DRAFT
    entry = AuditEntry.objects.get(action=AuditAction.RETURNED)
    assert entry.comment == "أضف مصدرا ثانيا"


@pytest.mark.parametrize(
    "step, state, message_part",
    [
        ("approve", "draft", "in review"),
        ("return", "published", "in review"),
        ("unschedule", "draft", "scheduled"),
        ("unpublish", "in_review", "published"),
    ],
)
def test_illegal_steps_are_refused_with_a_clear_message(
    editor, step, state, message_part
):
    article = make_article(published=state == "published")
    if state == "in_review":
        workflow.submit(article=article, by=editor)
    before = reload(article).status
    with pytest.raises(IllegalTransition) as refused:
        workflow.take(step, article=article, by=editor, **_args(step))
    assert message_part in refused.value.message
    assert reload(article).status == before
    assert not AuditEntry.objects.filter(action__in=[step, step + "d"]).exists()


def _args(step):
    return {"comment": "سبب"} if step == "return" else {}


def test_illegal_step_message_is_in_the_users_language(editor):
    from django.utils import translation

    article = make_article(published=False)
    with translation.override("ar"), pytest.raises(IllegalTransition) as refused:
        workflow.approve(article=article, by=editor)
    assert "مسودة" in refused.value.message  # the state, named in Arabic


@pytest.mark.parametrize(
    "step", ["submit", "approve", "return", "publish", "unschedule", "unpublish"]
)
def test_a_step_posted_twice_changes_nothing_the_second_time(editor, step):
    article = make_article(published=False, created_by=editor)
    if step in ("approve", "return"):
        workflow.submit(article=article, by=editor)
    if step in ("unschedule",):
        workflow.schedule(
            article=article, by=editor, at=timezone.now() + timedelta(hours=1)
        )
    if step == "unpublish":
        workflow.publish(article=article, by=editor)
    first = workflow.take(step, article=article, by=editor, **_args(step))
    entries = AuditEntry.objects.count()
    state = reload(article).status
    second = workflow.take(step, article=article, by=editor, **_args(step))
    assert first.changed and not second.changed
    assert second.message and second.message != first.message
    assert AuditEntry.objects.count() == entries
    assert reload(article).status == state


def test_scheduled_article_appears_by_itself_at_its_time(editor):
    article = make_article(published=False)
    at = timezone.now() + timedelta(minutes=1)
    outcome = workflow.schedule(article=article, by=editor, at=at)
    assert "appears by itself" in outcome.message
    article = reload(article)
    assert article.workflow_state() == WorkflowState.SCHEDULED
    assert not Article.objects.published().exists()
    later = at + timedelta(seconds=1)
    assert list(Article.objects.published(now=later)) == [article]
    assert article.workflow_state(now=later) == WorkflowState.PUBLISHED


def test_scheduling_in_the_past_publishes_now_and_says_so(editor):
    article = make_article(published=False)
    past = timezone.now() - timedelta(hours=2)
    outcome = workflow.publish(article=article, by=editor, at=past)
    article = reload(article)
    assert outcome.details == {"moved_to_now": True}
    assert "already passed" in outcome.message
    assert article.published_at > past + timedelta(hours=1)  # now, not then
    assert Article.objects.published().get() == article


def test_publish_now_of_a_scheduled_article_moves_it_to_now(editor):
    article = make_article(published=False)
    workflow.schedule(article=article, by=editor, at=timezone.now() + timedelta(days=1))
    workflow.publish(article=article, by=editor)
    assert Article.objects.published().get() == article


def test_rescheduling_and_cancelling_a_schedule(editor):
    article = make_article(published=False)
    first = timezone.now() + timedelta(hours=1)
    workflow.schedule(article=article, by=editor, at=first)
    workflow.schedule(article=article, by=editor, at=first + timedelta(hours=1))
    assert reload(article).published_at == first + timedelta(hours=1)
    workflow.unschedule(article=article, by=editor)
    article = reload(article)
    assert article.status == ArticleStatus.APPROVED
    assert article.published_at is None
    assert not Article.objects.published(now=first + timedelta(days=1)).exists()


def test_embargo_prevents_publishing_before_it_ends(editor):
    embargo = timezone.now() + timedelta(hours=3)
    article = make_article(published=False, embargo_until=embargo)
    with pytest.raises(WorkflowError) as refused:
        workflow.publish(article=article, by=editor)
    assert "embargo" in refused.value.message
    with pytest.raises(WorkflowError) as refused:
        workflow.schedule(article=article, by=editor, at=embargo - timedelta(hours=1))
    assert "embargo" in refused.value.message
    assert reload(article).status == ArticleStatus.DRAFT
    workflow.schedule(article=article, by=editor, at=embargo)
    assert reload(article).workflow_state() == WorkflowState.SCHEDULED


def test_the_database_refuses_an_article_live_before_its_embargo():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(
            embargo_until=article.published_at + timedelta(minutes=5)
        )


@pytest.mark.parametrize(
    "fields, error",
    [({"title": "  "}, "title"), ({"body": "<p> </p>"}, "body")],
)
def test_publishing_without_title_or_body_is_refused(editor, fields, error):
    article = make_article(published=False, **fields)
    with pytest.raises(WorkflowError) as refused:
        workflow.publish(article=article, by=editor)
    assert "needs a " + error in refused.value.message
    assert reload(article).status == ArticleStatus.DRAFT
    assert not AuditEntry.objects.exists()


def test_a_step_that_fails_midway_leaves_nothing_half_written(editor):
    article = make_article(published=False)
    with (
        mock.patch(
            "akhbar.newsroom.audit.AuditEntry.objects.create",
            side_effect=RuntimeError("disk full"),
        ),
        pytest.raises(RuntimeError),
    ):
        workflow.publish(article=article, by=editor)
    article = reload(article)
    assert article.status == ArticleStatus.DRAFT
    assert article.status_changed_by is None


def test_unpublished_article_republished_keeps_its_first_publication_time(editor):
    article = make_article()
    first = article.published_at
    workflow.unpublish(article=article, by=editor)
    assert not Article.objects.published().exists()
    workflow.publish(article=article, by=editor)
    assert reload(article).published_at == first


def test_trashed_article_takes_no_step(editor):
    from akhbar.newsroom import trash

    article = make_article(published=False)
    trash.trash(article=article, by=editor)
    with pytest.raises(IllegalTransition) as refused:
        workflow.publish(article=article, by=editor)
    assert "trash" in refused.value.message


def test_reporter_cannot_submit_someone_elses_draft(reporter):
    article = make_article(published=False)
    with pytest.raises(NotAllowed):
        workflow.submit(article=article, by=reporter)


def test_scheduling_queues_the_side_effects_for_the_scheduled_time(
    editor, settings, django_capture_on_commit_callbacks
):
    from django.tasks import task_backends

    settings.TASKS = {
        "default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}
    }
    article = make_article(published=False)
    at = timezone.now() + timedelta(minutes=1)
    backend = task_backends["default"]
    backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.schedule(article=article, by=editor, at=at)
    runs = [(r.task.module_path, r.task.run_after, r.args) for r in backend.results]
    paths = settings.AKHBAR_CONTENT_TASKS
    assert [r for r in runs if r[1] is None] == [(p, None, [article.pk]) for p in paths]
    assert [r for r in runs if r[1]] == [(p, at, [article.pk]) for p in paths]


def test_publishing_as_of_a_past_time_keeps_to_the_embargo_of_that_time(editor):
    embargo = timezone.now() - timedelta(hours=1)
    article = make_article(published=False, embargo_until=embargo)
    with pytest.raises(WorkflowError):
        workflow.publish_as_of(
            article=article, by=editor, at=embargo - timedelta(hours=1)
        )
    assert reload(article).status == ArticleStatus.DRAFT
    outcome = workflow.publish_as_of(
        article=article, by=editor, at=embargo + timedelta(minutes=30)
    )
    assert outcome.changed
    assert reload(article).published_at == embargo + timedelta(minutes=30)
