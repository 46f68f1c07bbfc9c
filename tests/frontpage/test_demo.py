"""The demo's fronts: an editor-chosen lead that is not the newest story."""

import pytest

from akhbar.demo.loader import load_content, story_group
from akhbar.frontpage.models import Arrangement
from akhbar.frontpage.queries import front_page
from akhbar.news.models import Article

pytestmark = pytest.mark.django_db


def test_demo_home_leads_with_an_editor_choice_and_has_opinion_and_most_read():
    load_content()
    for language in ("ar", "en"):
        page = front_page(language=language)
        newest = Article.objects.published().in_language(language).newest_first()[0]
        assert page.lead_pinned and page.lead != newest
        assert page.lead.lead_image_renditions
        live = Arrangement.objects.get(
            front__language=language, front__section=None, state="live"
        )
        kinds = [block.kind for block in live.blocks.all()]
        assert {"opinion", "most_read", "latest", "section"} <= set(kinds)
    arabic = front_page(language="ar")
    assert arabic.lead.translation_group == story_group("morocco-solar-hydrogen")


def test_loading_again_leaves_the_fronts_as_editors_left_them(
    django_capture_on_commit_callbacks,
):
    load_content()
    before = list(Arrangement.objects.values_list("pk", "lead", "changed_at"))
    with django_capture_on_commit_callbacks() as callbacks:
        load_content()
    assert list(Arrangement.objects.values_list("pk", "lead", "changed_at")) == before
    assert callbacks == []
