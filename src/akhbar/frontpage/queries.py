"""Reads: a front's whole page in a bounded number of queries.

Every story comes from `Article.objects.published()` in the front's language,
so a pinned story that is unpublished, trashed or not yet due simply drops out
and its slot fills itself with the newest story not already shown. Slots that
lead with a picture (the lead and the top row) fill themselves only with
stories that have one; a pinned story without a picture is shown text-led.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from akhbar.news.models import Article, Section, StoryLabel
from akhbar.news.querysets import with_columnists

from .models import (
    TOP_SIZE,
    Arrangement,
    ArrangementState,
    Block,
    BlockKind,
    TopSlot,
)


@dataclass
class FrontBlock:
    kind: str
    heading: str
    url: str
    articles: list[Article]
    slug: str


@dataclass
class FrontPage:
    language: str
    section: Section | None
    arrangement: Arrangement | None
    lead: Article | None = None
    lead_pinned: bool = False
    top: list[Article] = field(default_factory=list)
    blocks: list[FrontBlock] = field(default_factory=list)
    shown: set[int] = field(default_factory=set)

    @property
    def lead_has_image(self) -> bool:
        return bool(self.lead and self.lead.lead_image_renditions)


def arrangement_for(
    *, language: str, section: Section | None, draft: bool = False
) -> Arrangement | None:
    """Return the live arrangement of a place (or its draft, else live), or None."""
    states = [ArrangementState.LIVE]
    if draft:
        states.insert(0, ArrangementState.DRAFT)
    found = {
        arrangement.state: arrangement
        for arrangement in Arrangement.objects.filter(
            front__language=language, front__section=section, state__in=states
        )
        .select_related("front")
        .prefetch_related(
            Prefetch("top_slots", queryset=TopSlot.objects.order_by("position")),
            Prefetch(
                "blocks",
                queryset=Block.objects.select_related("section", "tag").order_by(
                    "position", "id"
                ),
            ),
        )
    }
    return next((found[state] for state in states if state in found), None)


def default_blocks(section: Section | None) -> list[Block]:
    """Return the blocks of a front no editor has arranged yet (unsaved rows)."""
    if section is not None:
        # A section's page lists its other stories under the front anyway.
        return []
    blocks = [
        Block(kind=BlockKind.LATEST, size=8),
        Block(kind=BlockKind.MOST_READ, size=5),
        Block(kind=BlockKind.OPINION, size=4),
    ]
    blocks += [
        Block(kind=BlockKind.SECTION, section=each, size=4)
        for each in Section.objects.ordered()
    ]
    blocks.append(Block(kind=BlockKind.VIDEO, size=4))
    return blocks


def front_page(
    *,
    language: str,
    section: Section | None = None,
    draft: bool = False,
    now: datetime | None = None,
) -> FrontPage:
    """Return everything a front shows: lead, top row and blocks, with headings.

    `draft` reads the editors' draft (the newsroom's preview). Queries: three
    for the arrangement, one for the pinned stories, one for the stories that
    fill the slots, then one per block (at most MAX_BLOCKS).
    """
    now = now or timezone.now()
    arrangement = arrangement_for(language=language, section=section, draft=draft)
    page = FrontPage(language=language, section=section, arrangement=arrangement)
    public = Article.objects.published(now=now).in_language(language)
    place = public.in_section(section) if section is not None else public

    lead_id, pinned_top = None, {}
    if arrangement is not None:
        lead_id = arrangement.lead_id
        scheduled = arrangement.scheduled_lead_at
        if arrangement.scheduled_lead_id and scheduled and scheduled <= now:
            lead_id = arrangement.scheduled_lead_id
        pinned_top = {
            slot.position: slot.article_id for slot in arrangement.top_slots.all()
        }
    pinned_ids = {pk for pk in [lead_id, *pinned_top.values()] if pk}
    pinned = (
        public.filter(pk__in=pinned_ids).for_cards().in_bulk() if pinned_ids else {}
    )

    # The newest stories with a picture, enough for every slot left to fill.
    fill = iter(
        article
        for article in place.exclude(lead_image="")
        .exclude(pk__in=pinned.keys())
        .newest_first()
        .for_cards()[: 1 + TOP_SIZE + 4]
        if article.lead_image_renditions
    )
    page.lead = pinned.get(lead_id)
    page.lead_pinned = page.lead is not None
    if page.lead is None:
        page.lead = next(fill, None)
    for position in range(TOP_SIZE):
        article = pinned.get(pinned_top.get(position)) or next(fill, None)
        if article is not None and article != page.lead and article not in page.top:
            page.top.append(article)
    page.shown = {article.pk for article in [page.lead, *page.top] if article}
    if page.lead is None:
        # No story has a picture: the newest leads, text-led.
        page.lead = place.exclude(pk__in=page.shown).newest_first().for_cards().first()
        if page.lead is not None:
            page.shown.add(page.lead.pk)

    blocks = list(arrangement.blocks.all()) if arrangement else default_blocks(section)
    for block in blocks:
        shown = _block(block, page=page, public=public, place=place, now=now)
        if shown is not None:
            page.blocks.append(shown)
    with_columnists(
        [page.lead, *page.top, *(a for block in page.blocks for a in block.articles)]
    )
    return page


def _block(block: Block, *, page: FrontPage, public, place, now) -> FrontBlock | None:
    language = page.language
    with override(language):
        if block.kind == BlockKind.MOST_READ:
            from akhbar.readership.queries import most_read

            # Ranked by readers: a story shown above may be among them.
            articles = most_read(language, limit=block.size, now=now)
            heading, url = _("Most read"), ""
        else:
            if block.kind == BlockKind.SECTION and block.section is not None:
                stories = public.in_section(block.section)
                heading, url = block.section.name, block.section.get_absolute_url()
            elif block.kind == BlockKind.TAG and block.tag is not None:
                stories = public.tagged(block.tag)
                heading, url = block.tag.name, block.tag.get_absolute_url()
            elif block.kind == BlockKind.OPINION:
                stories = public.filter(label=StoryLabel.OPINION)
                heading, url = _("Opinion"), ""
            elif block.kind == BlockKind.VIDEO:
                stories = public.filter(label=StoryLabel.VIDEO)
                heading, url = _("Video"), ""
            elif block.kind == BlockKind.LATEST:
                stories = place
                heading = _("Latest")
                url = (
                    page.section.get_absolute_url()
                    if page.section is not None
                    else reverse("web:latest")
                )
            else:
                return None
            articles = list(
                stories.exclude(pk__in=page.shown)
                .newest_first()
                .for_cards()[: block.size]
            )
            page.shown.update(article.pk for article in articles)
        heading = str(heading)
    if not articles:
        return None
    slug = block.kind
    if block.section is not None:
        slug += f"-{block.section.slug}"
    elif block.tag is not None:
        slug += f"-{block.tag.pk}"
    return FrontBlock(
        kind=block.kind, heading=heading, url=url, articles=articles, slug=slug
    )
