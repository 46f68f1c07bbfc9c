"""Front page writes: the one way a front's arrangement is drafted and published.

Editors work on a draft (readers never see it; the newsroom previews it), then
publish it: the draft is copied to the live arrangement, audited, and the
reader pages' cache generation is bumped (again at a scheduled change of lead,
on task backends that can defer; the page cache times out within a minute
anyway, and the change itself is applied when the page is read).
"""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from akhbar.frontpage.models import (
    MAX_BLOCK_SIZE,
    MAX_BLOCKS,
    TOP_SIZE,
    Arrangement,
    ArrangementState,
    Block,
    BlockKind,
    Front,
    TopSlot,
)
from akhbar.frontpage.queries import default_blocks
from akhbar.news.cache import purge_reader_cache
from akhbar.news.models import Article, Section, Tag
from akhbar.news.services import content_changes_at

from . import audit
from .errors import NotAllowed
from .models import AuditAction

if TYPE_CHECKING:
    from django.contrib.auth.models import User

FRONT_PUBLISHED = AuditAction.FRONT_PUBLISHED
PERMISSION = "frontpage.arrange_front"


@dataclass(frozen=True)
class BlockSpec:
    kind: str
    section: Section | None = None
    tag: Tag | None = None
    size: int = 4


def can_arrange(user) -> bool:
    return bool(user and user.is_active and user.has_perm(PERMISSION))


def _require(by: "User") -> None:
    """Refuse a write the actor's role does not allow, whoever calls (N4)."""
    if not can_arrange(by):
        raise NotAllowed(_("Only editors may arrange the front pages."))


@transaction.atomic
def open_front(*, language: str, section: Section | None, by: "User") -> Front:
    """Return the front of a place, made on first use."""
    _require(by)
    front, _created = Front.objects.get_or_create(language=language, section=section)
    return front


@transaction.atomic
def draft_of(*, front: Front, by: "User") -> Arrangement:
    """Return the front's draft, started from the live arrangement (or defaults)."""
    _require(by)
    draft = Arrangement.objects.filter(
        front=front, state=ArrangementState.DRAFT
    ).first()
    if draft is not None:
        return draft
    live = Arrangement.objects.filter(front=front, state=ArrangementState.LIVE).first()
    draft = Arrangement(front=front, state=ArrangementState.DRAFT, changed_by=by)
    if live is None:
        draft.save()
        _write_blocks(
            draft,
            [
                BlockSpec(block.kind, block.section, block.tag, block.size)
                for block in default_blocks(front.section)
            ][:MAX_BLOCKS],
        )
        return draft
    _copy(live, draft)
    return draft


@transaction.atomic
def save_draft(
    *,
    front: Front,
    lead: Article | None,
    top: list[Article | None],
    blocks: list[BlockSpec],
    scheduled_lead: Article | None = None,
    scheduled_lead_at: datetime | None = None,
    by: "User",
) -> Arrangement:
    """Check and store the draft of a front: pinned stories (None: fills itself),
    blocks in order, and an optional change of lead at a time."""
    _require(by)
    _check(front, lead, top, blocks, scheduled_lead, scheduled_lead_at)
    draft = draft_of(front=front, by=by)
    draft.lead = lead
    draft.scheduled_lead = scheduled_lead
    draft.scheduled_lead_at = scheduled_lead_at if scheduled_lead else None
    draft.changed_by = by
    draft.save()
    draft.top_slots.all().delete()
    TopSlot.objects.bulk_create(
        TopSlot(arrangement=draft, position=position, article=article)
        for position, article in enumerate(top)
        if article is not None
    )
    _write_blocks(draft, blocks)
    return draft


@transaction.atomic
def publish_front(*, front: Front, by: "User") -> Arrangement:
    """Make the front's draft what readers see; audit it and refresh the pages."""
    _require(by)
    draft = draft_of(front=front, by=by)
    live, _created = Arrangement.objects.get_or_create(
        front=front, state=ArrangementState.LIVE
    )
    _copy(draft, live)
    live.changed_by = by
    live.save()
    audit.record(
        action=FRONT_PUBLISHED,
        by=by,
        article=live.lead,
        comment=str(front),
        details=_details(live),
    )
    moments = [live.scheduled_lead_at] if live.scheduled_lead_at else []
    transaction.on_commit(lambda: _refresh(moments))
    return live


def _refresh(moments: list[datetime]) -> None:
    purge_reader_cache()
    content_changes_at(moments)


def _check(front, lead, top, blocks, scheduled_lead, scheduled_lead_at) -> None:
    errors = []
    stories = [lead, scheduled_lead, *top]
    if any(s is not None and s.language != front.language for s in stories):
        errors.append(_("Choose stories in the language of this front."))
    if any(s is not None and s.is_trashed for s in stories):
        errors.append(_("A story in the trash cannot be placed on a front."))
    pinned = [s.pk for s in [lead, *top] if s is not None]
    if len(pinned) != len(set(pinned)):
        errors.append(_("A story can be placed only once on a front."))
    if len(top) > TOP_SIZE:
        errors.append(_("The top row holds at most %(n)s stories.") % {"n": TOP_SIZE})
    if bool(scheduled_lead) != bool(scheduled_lead_at):
        errors.append(_("Give both the next lead story and the time it takes over."))
    elif scheduled_lead_at and scheduled_lead_at <= timezone.now():
        errors.append(_("Choose a time in the future for the change of lead."))
    if len(blocks) > MAX_BLOCKS:
        errors.append(_("A front has at most %(n)s blocks.") % {"n": MAX_BLOCKS})
    for block in blocks:
        if block.kind not in BlockKind.values:
            errors.append(_("Choose a kind for each block."))
        elif block.kind == BlockKind.SECTION and block.section is None:
            errors.append(_("Choose the section of a section block."))
        elif block.kind == BlockKind.TAG and block.tag is None:
            errors.append(_("Choose the tag of a tag block."))
        if not 1 <= block.size <= MAX_BLOCK_SIZE:
            errors.append(
                _("A block shows from 1 to %(n)s stories.") % {"n": MAX_BLOCK_SIZE}
            )
    if errors:
        raise ValidationError(list(dict.fromkeys(errors)))


def _write_blocks(arrangement: Arrangement, blocks: list[BlockSpec]) -> None:
    arrangement.blocks.all().delete()
    Block.objects.bulk_create(
        Block(
            arrangement=arrangement,
            position=position,
            kind=spec.kind,
            section=spec.section if spec.kind == BlockKind.SECTION else None,
            tag=spec.tag if spec.kind == BlockKind.TAG else None,
            size=spec.size,
        )
        for position, spec in enumerate(blocks)
    )


def _copy(source: Arrangement, target: Arrangement) -> None:
    target.lead_id = source.lead_id
    target.scheduled_lead_id = source.scheduled_lead_id
    target.scheduled_lead_at = source.scheduled_lead_at
    target.save()
    target.top_slots.all().delete()
    TopSlot.objects.bulk_create(
        TopSlot(arrangement=target, position=slot.position, article_id=slot.article_id)
        for slot in source.top_slots.all()
    )
    _write_blocks(
        target,
        [
            BlockSpec(block.kind, block.section, block.tag, block.size)
            for block in source.blocks.order_by("position", "id")
        ],
    )


def _details(live: Arrangement) -> dict[str, object]:
    return {
        "front": live.front_id,
        "language": live.front.language,
        "section": live.front.section_id,
        "lead": live.lead_id,
        "top": {slot.position: slot.article_id for slot in live.top_slots.all()},
        "blocks": [
            [block.kind, block.section_id, block.tag_id, block.size]
            for block in live.blocks.order_by("position")
        ],
        "scheduled_lead": live.scheduled_lead_id,
        "scheduled_lead_at": (
            live.scheduled_lead_at.isoformat() if live.scheduled_lead_at else None
        ),
    }
