"""The front's one read: pinned stories, slots that fill themselves, blocks."""

from datetime import timedelta

import pytest
from django.utils import timezone

from akhbar.frontpage.models import BlockKind
from akhbar.frontpage.queries import front_page
from akhbar.news.models import Article
from akhbar.newsroom import frontpage
from akhbar.newsroom.frontpage import BlockSpec
from tests.factories import make_article, make_section, make_tag, unpublish

from .conftest import pictured

pytestmark = pytest.mark.django_db


def arrange(editor, *, lead=None, top=(), blocks=(), section=None, **schedule):
    front = frontpage.open_front(language="ar", section=section, by=editor)
    frontpage.save_draft(
        front=front, lead=lead, top=list(top), blocks=list(blocks), by=editor,
        **schedule,
    )  # fmt: skip
    frontpage.publish_front(front=front, by=editor)
    return front


def test_unarranged_front_leads_with_the_newest_story_that_has_a_picture():
    # The factories date each new article a minute before the one made before.
    make_article(title="خبر من سطر واحد")  # newer, no picture
    older = pictured(title="قصة بصورة")
    page = front_page(language="ar")
    assert page.lead == older
    assert (
        older.published_at < Article.objects.get(title="خبر من سطر واحد").published_at
    )
    assert page.lead_has_image


def test_a_story_without_a_picture_never_fills_an_image_led_slot(editor):
    bare = [make_article() for _ in range(5)]  # all newer than the pictured ones
    with_pictures = [pictured() for _ in range(2)]
    page = front_page(language="ar")
    image_led = [page.lead, *page.top]
    assert set(image_led) == set(with_pictures)
    assert not set(image_led) & set(bare)
    assert all(article.lead_image_renditions for article in image_led)


def test_pinned_story_without_a_picture_leads_text_led(editor):
    bare = make_article(title="خبر عاجل بلا صورة")
    pictured()
    arrange(editor, lead=bare)
    page = front_page(language="ar")
    assert page.lead == bare and page.lead_pinned
    assert not page.lead_has_image


def test_pinned_lead_that_is_not_the_newest_leads(editor):
    newest = pictured(title="الأحدث")
    chosen = pictured(title="اختيار المحرر")
    assert newest.published_at > chosen.published_at
    arrange(editor, lead=chosen)
    page = front_page(language="ar")
    assert page.lead == chosen
    assert newest in page.top


def test_unpublished_or_trashed_pinned_story_drops_out_and_its_slot_fills_itself(
    editor,
):
    pinned_lead, pinned_top, other = pictured(), pictured(), pictured()
    arrange(editor, lead=pinned_lead, top=[pinned_top])
    unpublish(pinned_lead)
    from akhbar.newsroom import workflow

    workflow.take("trash", article=pinned_top, by=editor)
    page = front_page(language="ar")
    assert pinned_lead not in [page.lead, *page.top]
    assert pinned_top.pk not in page.shown
    assert page.lead == other


def test_scheduled_lead_takes_over_at_its_time(editor, clock):
    first, second = pictured(title="الأول"), pictured(title="الثاني")
    at = timezone.now() + timedelta(hours=2)
    arrange(editor, lead=first, scheduled_lead=second, scheduled_lead_at=at)
    assert front_page(language="ar").lead == first
    clock.advance(2 * 3600 - 60)
    assert front_page(language="ar").lead == first
    clock.advance(120)
    assert front_page(language="ar").lead == second


def test_only_the_front_language_appears(editor):
    pictured(language="en", title="English story")
    arabic = pictured()
    page = front_page(language="ar")
    assert page.lead == arabic
    assert all(a.language == "ar" for block in page.blocks for a in block.articles)


def test_blocks_in_order_without_repeating_stories(editor):
    culture = make_section()
    tag = make_tag()
    opinion = make_article(label="opinion", title="رأي")
    video = make_article(label="video", title="فيديو")
    in_culture = make_article(section=culture, tags=[tag])
    rest = make_article()
    lead = pictured()
    arrange(
        editor,
        lead=lead,
        blocks=[
            BlockSpec(BlockKind.OPINION),
            BlockSpec(BlockKind.SECTION, section=culture),
            BlockSpec(BlockKind.TAG, tag=tag),
            BlockSpec(BlockKind.VIDEO),
            BlockSpec(BlockKind.LATEST, size=12),
        ],
    )
    page = front_page(language="ar")
    kinds = [block.kind for block in page.blocks]
    # The tag block is empty (its story is in the section block): left out.
    assert kinds == ["opinion", "section", "video", "latest"]
    assert page.blocks[0].articles == [opinion]
    assert page.blocks[1].articles == [in_culture]
    assert page.blocks[2].articles == [video]
    assert page.blocks[3].articles == [rest]
    shown = [a.pk for block in page.blocks for a in block.articles] + [lead.pk]
    assert len(shown) == len(set(shown))


def test_most_read_block_uses_readership(editor, monkeypatch):
    story = make_article()
    calls = []

    def fake_most_read(language, *, limit=5, hours=24, now=None):
        calls.append((language, limit))
        return [story]

    monkeypatch.setattr("akhbar.readership.queries.most_read", fake_most_read)
    arrange(editor, blocks=[BlockSpec(BlockKind.MOST_READ, size=3)])
    page = front_page(language="ar")
    assert calls == [("ar", 3)]
    assert page.blocks[0].kind == "most_read" and page.blocks[0].articles == [story]


def test_section_front_holds_that_section_only(editor):
    economy, sport = make_section(), make_section()
    ours = pictured(section=economy)
    pictured(section=sport)
    page = front_page(language="ar", section=economy)
    assert page.lead == ours and page.top == []


def test_the_draft_is_seen_only_in_preview(editor):
    live_lead, draft_lead = pictured(), pictured()
    front = arrange(editor, lead=live_lead)
    frontpage.save_draft(front=front, lead=draft_lead, top=[], blocks=[], by=editor)
    assert front_page(language="ar").lead == live_lead
    assert front_page(language="ar", draft=True).lead == draft_lead


@pytest.mark.parametrize("stories", [3, 30])
def test_front_reads_a_bounded_number_of_queries(
    editor, django_assert_max_num_queries, stories
):
    sections = [make_section() for _ in range(3)]
    articles = [
        make_article(section=sections[n % 3], label="opinion" if n % 4 else "")
        for n in range(stories)
    ]
    blocks = [BlockSpec(BlockKind.SECTION, section=each) for each in sections]
    blocks += [BlockSpec(BlockKind.OPINION), BlockSpec(BlockKind.LATEST)]
    arrange(editor, lead=articles[0], top=articles[1:3], blocks=blocks)
    # Arrangement 3, pinned 1, fill 1, one per block (5), and the columnists
    # of every opinion card on the page together (1): their signatures too.
    with django_assert_max_num_queries(11):
        page = front_page(language="ar")
        cards = [page.lead, *page.top, *(a for b in page.blocks for a in b.articles)]
        signed = [card.byline for card in cards if card.label == "opinion"]
    assert signed
