"""The live coverage service: who may do what, clean text, pinning, closing."""

import pytest

from akhbar.live.models import LiveCoverage, LiveUpdate
from akhbar.newsroom import live
from akhbar.newsroom.errors import NotAllowed, WorkflowError
from akhbar.newsroom.models import AuditEntry
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_editor_starts_coverage_on_a_published_story_only(editor, english):
    draft = make_article(published=False)
    with pytest.raises(WorkflowError, match="Publish the story first"):
        live.start_coverage(article=draft, by=editor)
    story = make_article()
    coverage = live.start_coverage(article=story, by=editor)
    assert coverage.is_open and coverage.started_by == editor
    with pytest.raises(WorkflowError, match="already has live coverage"):
        live.start_coverage(article=story, by=editor)


@pytest.mark.parametrize("role", ["reporter", "translator", None])
def test_only_editors_start_coverage(role, english):
    story = make_article()
    with pytest.raises(NotAllowed):
        live.start_coverage(article=story, by=make_user(role=role))
    assert not LiveCoverage.objects.exists()


@pytest.mark.parametrize("role", ["reporter", "editor", "admin"])
def test_reporters_and_editors_post_updates(coverage, role, post):
    update = post(coverage, make_user(role=role), "الوفود تصل إلى القاعة")
    assert update.body == "<p>الوفود تصل إلى القاعة</p>"
    assert AuditEntry.objects.filter(
        action=live.LiveAction.POSTED, article_id=coverage.article_id
    ).exists()


@pytest.mark.parametrize("role", ["translator", None])
def test_others_may_not_post(coverage, role, english):
    with pytest.raises(NotAllowed, match="reporters and editors"):
        live.post_update(coverage=coverage, body="نص", by=make_user(role=role))
    assert not LiveUpdate.objects.exists()


def test_update_is_credited_to_the_posters_person(coverage, reporter, editor, post):
    assert post(coverage, reporter, "خبر").author.user == reporter
    assert post(coverage, editor, "خبر آخر").author is None


def test_script_and_javascript_links_are_removed(coverage, reporter, post):
    update = post(
        coverage,
        reporter,
        '<p onclick="x()">تحديث <script>alert(1)</script>'
        '<a href="javascript:alert(2)">رابط</a></p>',
    )
    assert "script" not in update.body
    assert "javascript" not in update.body
    assert "onclick" not in update.body
    assert "تحديث" in update.body


def test_plain_text_keeps_its_signs_and_paragraphs(coverage, reporter, post):
    update = post(coverage, reporter, "السعر < 5 دولارات\nسطر ثان\n\nفقرة ثانية")
    assert update.body == "<p>السعر &lt; 5 دولارات<br>سطر ثان</p><p>فقرة ثانية</p>"


@pytest.mark.parametrize("body", ["", "   ", "<script>alert(1)</script>", "x" * 4001])
def test_empty_or_overlong_update_is_refused(coverage, reporter, body, english):
    with pytest.raises(live.InvalidText):
        live.post_update(coverage=coverage, body=body, by=reporter)
    assert not LiveUpdate.objects.exists()


def test_only_editors_pin_and_one_update_is_pinned(coverage, reporter, editor, post):
    first = post(coverage, reporter, "الأول")
    second = post(coverage, reporter, "الثاني")
    with pytest.raises(NotAllowed):
        live.pin_update(update=first, by=reporter)
    live.pin_update(update=first, by=editor)
    live.pin_update(update=second, by=editor)
    assert list(coverage.updates.filter(pinned=True)) == [second]
    live.pin_update(update=second, by=editor, pinned=False)
    assert not coverage.updates.filter(pinned=True).exists()


def test_stream_is_newest_first_and_hides_removed(coverage, reporter, editor, post):
    updates = [post(coverage, reporter, f"تحديث {n}") for n in range(3)]
    live.pin_update(update=updates[1], by=editor)
    live.remove_update(update=updates[1], by=editor)
    stream = list(coverage.updates.visible().newest_first())
    assert stream == [updates[2], updates[0]]
    assert not LiveUpdate.objects.get(pk=updates[1].pk).pinned


def test_poster_corrects_and_removes_only_their_own(coverage, reporter, post):
    other = make_user(role="reporter")
    mine, theirs = post(coverage, reporter, "لي"), post(coverage, other, "له")
    live.edit_update(update=mine, body="لي، مصحح", by=reporter)
    assert LiveUpdate.objects.get(pk=mine.pk).edited_at is not None
    with pytest.raises(NotAllowed):
        live.edit_update(update=theirs, body="تغيير", by=reporter)
    with pytest.raises(NotAllowed):
        live.remove_update(update=theirs, by=reporter)
    live.remove_update(update=mine, by=reporter)
    assert list(coverage.updates.visible()) == [theirs]


def test_summary_save_from_an_old_version_is_refused(coverage, editor, reporter):
    version = coverage.summary_version
    live.update_summary(
        coverage=coverage, summary="أولًا", by=editor, expected_version=version
    )
    with pytest.raises(live.SummaryConflict) as conflict:
        live.update_summary(
            coverage=coverage, summary="ثانيًا", by=editor, expected_version=version
        )
    assert conflict.value.current.summary == "<p>أولًا</p>"
    with pytest.raises(NotAllowed):
        live.update_summary(
            coverage=coverage, summary="x", by=reporter, expected_version=None
        )


def test_closing_stops_posting_and_only_editors_close(coverage, reporter, editor):
    with pytest.raises(NotAllowed):
        live.close_coverage(coverage=coverage, by=reporter)
    live.close_coverage(coverage=coverage, by=editor)
    coverage.refresh_from_db()
    assert coverage.ended_at is not None and coverage.closed_by == editor
    with pytest.raises(WorkflowError):
        live.post_update(coverage=coverage, body="بعد الإغلاق", by=reporter)
    assert AuditEntry.objects.filter(action=live.LiveAction.CLOSED).count() == 1


def test_each_post_purges_the_cached_pages_and_bumps_the_stamp(
    coverage, reporter, post
):
    from akhbar.live.cache import live_stamp
    from akhbar.news.cache import reader_generation

    generation, stamp = reader_generation(), live_stamp(coverage.article_id)
    post(coverage, reporter, "جديد")
    assert reader_generation() > generation
    assert live_stamp(coverage.article_id) > stamp
