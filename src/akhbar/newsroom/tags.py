"""Tags proposed from the article editor: found by slug, or made if allowed."""

import re
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from akhbar.news.models import Tag
from akhbar.news.services import save_names
from akhbar.text.controls import strip_bidi_controls

if TYPE_CHECKING:
    from django.contrib.auth.models import User

# Latin and Arabic commas and semicolons separate names.
SEPARATORS = re.compile(r"[,،;؛\n]")
MAX_NAMES = 10
MAX_NAME_LENGTH = 60
SLUG_LENGTH = Tag._meta.get_field("slug").max_length


def parse_names(text: str) -> list[str]:
    """Return the distinct tag names typed in one field, or raise ValidationError."""
    names, slugs = [], set()
    for raw in SEPARATORS.split(strip_bidi_controls(text or "")):
        name = " ".join(raw.split())
        if not name:
            continue
        if len(name) > MAX_NAME_LENGTH:
            raise ValidationError(
                _("A tag name has at most %(limit)d characters: “%(name)s…”.")
                % {"limit": MAX_NAME_LENGTH, "name": name[:20]},
                code="tag_too_long",
            )
        slug = tag_slug(name)
        if not slug:
            raise ValidationError(
                _("“%(name)s” has no letters or digits to name a tag with.")
                % {"name": name},
                code="tag_empty",
            )
        if slug not in slugs:
            slugs.add(slug)
            names.append(name)
    if len(names) > MAX_NAMES:
        raise ValidationError(
            _("Add at most %(limit)d new tags at a time.") % {"limit": MAX_NAMES},
            code="too_many_tags",
        )
    return names


def tag_slug(name: str) -> str:
    """Return the slug a tag of this name has (Arabic names give Arabic slugs)."""
    return slugify(name, allow_unicode=True)[:SLUG_LENGTH].strip("-")


def can_propose_tags(user: "User") -> bool:
    return user.is_active and user.has_perm("news.add_tag")


@transaction.atomic
def propose_tags(*, names: list[str], language: str, by: "User") -> list[Tag]:
    """Return the tags of these names: an existing tag of the same slug, else a new one.

    Only a user allowed to add tags may call it; two names of one slug, or a
    name whose tag exists, never make a second tag.
    """
    if not can_propose_tags(by):
        raise PermissionDenied(_("Your role does not allow adding tags."))
    tags = []
    for name in parse_names(", ".join(names)):
        slug = tag_slug(name)
        tag = Tag.objects.select_for_update().filter(slug=slug).first()
        if tag is None:
            tag = save_names(Tag(slug=slug, names={language: name}))
        tags.append(tag)
    return tags
