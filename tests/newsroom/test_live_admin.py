"""The live desk in the newsroom: posting, pinning, the summary and closing."""

import pytest

from akhbar.live.models import LiveCoverage, LiveUpdate
from akhbar.newsroom import live
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def coverage(editor):
    return live.start_coverage(article=make_article(), by=editor)


def desk(coverage, action=""):
    return f"/ar/newsroom/live/livecoverage/{coverage.pk}/{action}"


def test_editor_starts_coverage_from_the_add_form(client, editor):
    story, draft = make_article(), make_article(published=False)
    client.force_login(editor)
    url = "/ar/newsroom/live/livecoverage/add/"
    refused = client.post(url, {"article": draft.pk, "summary": ""})
    assert refused.status_code == 200 and not LiveCoverage.objects.exists()
    response = client.post(url, {"article": story.pk, "summary": "ملخص"})
    coverage = LiveCoverage.objects.get(article=story)
    assert response.status_code == 302 and response["Location"].endswith(
        f"/live/livecoverage/{coverage.pk}/change/"
    )


def test_reporter_posts_from_the_desk(client, reporter, coverage):
    client.force_login(reporter)
    page = client.get(desk(coverage, "change/")).content.decode()
    assert 'name="body"' in page and 'name="summary"' not in page
    response = client.post(desk(coverage, "post/"), {"body": "وصل الوزراء"})
    assert response.status_code == 302
    assert coverage.updates.get().body == "<p>وصل الوزراء</p>"


def test_bad_update_is_shown_again_with_its_reason(client, reporter, coverage):
    client.force_login(reporter)
    response = client.post(desk(coverage, "post/"), {"body": "x" * 5000})
    assert response.status_code == 400
    assert "aria-invalid" in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_reporters_pin_and_close_are_refused_and_change_nothing(
    client, reporter, coverage
):
    update = live.post_update(coverage=coverage, body="نص", by=reporter)
    client.force_login(reporter)
    client.post(desk(coverage, f"update/{update.pk}/pin/"))
    client.post(desk(coverage, "close/"))
    client.post(desk(coverage, "summary/"), {"summary": "x", "summary_version": 0})
    coverage.refresh_from_db()
    update.refresh_from_db()
    assert not update.pinned and coverage.is_open and coverage.summary == ""


def test_editor_pins_and_closes_after_confirming(client, editor, reporter, coverage):
    update = live.post_update(coverage=coverage, body="نص", by=reporter)
    client.force_login(editor)
    client.post(desk(coverage, f"update/{update.pk}/pin/"))
    update.refresh_from_db()
    assert update.pinned
    confirm = client.get(desk(coverage, "close/"))
    assert confirm.status_code == 200
    coverage.refresh_from_db()
    assert coverage.is_open  # asking is not closing
    client.post(desk(coverage, "close/"))
    coverage.refresh_from_db()
    assert not coverage.is_open


def test_summary_conflict_keeps_the_editors_text(client, editor, coverage):
    live.update_summary(
        coverage=coverage, summary="نسخة زميل", by=editor, expected_version=0
    )
    client.force_login(editor)
    response = client.post(
        desk(coverage, "summary/"), {"summary": "نسختي", "summary_version": "0"}
    )
    html = response.content.decode()
    assert response.status_code == 409 and "نسختي" in html and "نسخة زميل" in html


def test_unknown_action_or_story_is_404(client, editor, coverage):
    client.force_login(editor)
    assert client.post(desk(coverage, "update/1/explode/")).status_code == 404
    assert client.get("/ar/newsroom/live/livecoverage/99999/change/").status_code == 404


def test_translator_cannot_open_the_desk(client, translator, coverage):
    client.force_login(translator)
    assert client.get(desk(coverage, "change/")).status_code in (403, 404)
