"""The demo's fronts: editors chose a lead that is not the newest story, pinned
one story in the top row, and arranged blocks (opinion, most read, latest, the
sections, video). Made once: a front already live is left as editors left it,
so running `akhbar demo` again changes nothing."""

from akhbar.frontpage.models import MAX_BLOCKS, Arrangement, ArrangementState, BlockKind
from akhbar.news.models import Article, Section
from akhbar.newsroom import frontpage
from akhbar.newsroom.frontpage import BlockSpec

# language: (the lead's story, the story pinned first in the top row)
CHOICES = {
    "ar": ("morocco-solar-hydrogen", "arabic-ai-dialects"),
    "en": ("poetry-manuscripts-tashkeel", "morocco-women-football"),
}


def _story(key: str, language: str) -> Article | None:
    from .loader import story_group

    return (
        Article.objects.published()
        .filter(translation_group=story_group(key), language=language)
        .first()
    )


def load_front_pages(*, by) -> None:
    """Arrange and publish each language's home page, unless already live."""
    for language, (lead_key, top_key) in CHOICES.items():
        lead, top = _story(lead_key, language), _story(top_key, language)
        if (
            lead is None
            or Arrangement.objects.filter(
                front__language=language,
                front__section=None,
                state=ArrangementState.LIVE,
            ).exists()
        ):
            continue
        blocks = [
            # Opinion first: blocks below never repeat a story shown above.
            BlockSpec(BlockKind.OPINION, size=4),
            BlockSpec(BlockKind.MOST_READ, size=5),
            BlockSpec(BlockKind.LATEST, size=8),
            *(
                BlockSpec(BlockKind.SECTION, section=section, size=4)
                for section in Section.objects.ordered()
            ),
        ][: MAX_BLOCKS - 1]
        blocks.append(BlockSpec(BlockKind.VIDEO, size=4))
        front = frontpage.open_front(language=language, section=None, by=by)
        frontpage.save_draft(
            front=front,
            lead=lead,
            top=[top if top != lead else None],
            blocks=blocks,
            by=by,
        )
        frontpage.publish_front(front=front, by=by)
