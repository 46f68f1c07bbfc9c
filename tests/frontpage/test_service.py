"""Front page writes: who may, what is refused, audit and cache purge."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from akhbar.frontpage.models import Arrangement, ArrangementState, BlockKind
from akhbar.news.cache import reader_generation
from akhbar.newsroom import frontpage
from akhbar.newsroom.errors import NotAllowed
from akhbar.newsroom.frontpage import BlockSpec
from akhbar.newsroom.models import AuditEntry
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["reporter", "translator"])
def test_reporters_and_translators_may_not_arrange_or_publish(editor, role):
    front = frontpage.open_front(language="ar", section=None, by=editor)
    story = make_article()
    someone = make_user(role=role)
    with pytest.raises(NotAllowed):
        frontpage.save_draft(front=front, lead=story, top=[], blocks=[], by=someone)
    with pytest.raises(NotAllowed):
        frontpage.publish_front(front=front, by=someone)
    assert not Arrangement.objects.filter(lead=story).exists()
    assert not AuditEntry.objects.filter(action=frontpage.FRONT_PUBLISHED).exists()


def test_admin_may_arrange():
    admin = make_user(role="admin")
    front = frontpage.open_front(language="en", section=None, by=admin)
    assert frontpage.publish_front(front=front, by=admin).state == "live"


def test_publishing_copies_the_draft_audits_and_purges_the_reader_cache(
    editor, django_capture_on_commit_callbacks
):
    front = frontpage.open_front(language="ar", section=None, by=editor)
    lead, top = make_article(), make_article()
    frontpage.save_draft(
        front=front, lead=lead, top=[None, top],
        blocks=[BlockSpec(BlockKind.OPINION, size=3)], by=editor,
    )  # fmt: skip
    assert not Arrangement.objects.filter(state=ArrangementState.LIVE).exists()
    generation = reader_generation()
    with django_capture_on_commit_callbacks(execute=True):
        live = frontpage.publish_front(front=front, by=editor)
    assert reader_generation() == generation + 1
    assert live.lead == lead
    assert [(s.position, s.article) for s in live.top_slots.all()] == [(1, top)]
    assert [(b.kind, b.size) for b in live.blocks.all()] == [("opinion", 3)]
    entry = AuditEntry.objects.get(action=frontpage.FRONT_PUBLISHED)
    assert entry.actor == editor and entry.article_id == lead.pk
    assert entry.details["top"] == {"1": top.pk}


def test_stories_in_another_language_are_refused(editor):
    front = frontpage.open_front(language="ar", section=None, by=editor)
    english = make_article(language="en")
    with pytest.raises(ValidationError):
        frontpage.save_draft(front=front, lead=english, top=[], blocks=[], by=editor)


def test_a_story_twice_or_a_past_schedule_or_a_section_block_without_section(editor):
    front = frontpage.open_front(language="ar", section=None, by=editor)
    story = make_article()
    bad = [
        {"lead": story, "top": [story], "blocks": []},
        {"lead": None, "top": [], "blocks": [BlockSpec(BlockKind.SECTION)]},
        {
            "lead": None, "top": [], "blocks": [],
            "scheduled_lead": story,
            "scheduled_lead_at": timezone.now() - timedelta(minutes=1),
        },
        {"lead": None, "top": [], "blocks": [], "scheduled_lead": story},
    ]  # fmt: skip
    for fields in bad:
        with pytest.raises(ValidationError):
            frontpage.save_draft(front=front, by=editor, **fields)
