"""Load the demo content and accounts; running it twice changes nothing."""

import secrets
import uuid
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from akhbar.accounts.demo import load_demo_reader
from akhbar.news import services
from akhbar.news.models import Article, Person, Section, Tag

from . import content
from .images import draw_lead_image

STORY_NAMESPACE = uuid.UUID("5b1c7a52-3d0e-4f7e-9a55-6b6f0c2a7e11")
DEMO_ACCOUNTS = [
    # role, login, groups, superuser
    ("admin", "admin", ["admin"], True),
    ("editor", "editor", ["editor"], False),
    ("reporter", "reporter", ["reporter"], False),
    ("translator", "translator", ["translator"], False),
]


def _paragraphs(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


@transaction.atomic
def load_taxonomy() -> None:
    for data in content.SECTIONS:
        Section.objects.update_or_create(
            slug=data["slug"],
            defaults={"names": data["names"], "position": data["position"]},
        )
    for data in content.TAGS:
        Tag.objects.update_or_create(
            slug=data["slug"], defaults={"names": data["names"]}
        )
    for data in content.PEOPLE:
        Person.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "names": data["names"],
                "role": data["role"],
                "bios": data.get("bios", {}),
            },
        )


@transaction.atomic
def load_story(story: dict, *, now) -> int:
    """Create the story's versions that do not exist yet; return how many."""
    group = uuid.uuid5(STORY_NAMESPACE, story["key"])
    section = Section.objects.get(slug=story["section"])
    # get() everywhere: a typo in content.py must fail loudly, not drop a credit.
    tags = [Tag.objects.get(slug=slug) for slug in story.get("tags", [])]
    authors = [Person.objects.get(slug=slug) for slug in story.get("authors", [])]
    editor = Person.objects.get(slug=story["editor"]) if story.get("editor") else None
    published_at = now - timedelta(hours=story.get("hours_ago", 1))
    image = None
    created = 0
    for language, version in story["versions"].items():
        if Article.objects.filter(translation_group=group, language=language).exists():
            continue
        article = Article(
            title=version["title"],
            summary=version.get("summary", ""),
            body=_paragraphs(version["body"]),
            language=language,
            section=section,
            editor=editor,
            translation_group=group,
            lead_image_caption=version.get("caption", ""),
            lead_image_credit=version.get("credit", ""),
        )
        if version.get("caption"):
            image = image or draw_lead_image(
                story["key"], story.get("palette", "desert")
            )
            article.lead_image.save(
                f"{story['key']}.jpg", ContentFile(image), save=False
            )
        services.save_article(
            article=article, image_changed=bool(version.get("caption"))
        )
        article.tags.set(tags)
        article.authors.set(authors)
        services.publish_article(article=article, at=published_at)
        # Loaded now, but written then: readers should not see "Updated".
        Article.objects.filter(pk=article.pk).update(updated_at=published_at)
        created += 1
    return created


def load_content(*, now=None) -> int:
    now = now or timezone.now()
    load_taxonomy()
    return sum(load_story(story, now=now) for story in content.STORIES)


def _read_credentials(path: Path) -> dict[str, tuple[str, str]]:
    if not path.exists():
        return {}
    credentials = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            role, login, password = parts
            credentials[role] = (login, password)
    return credentials


def load_accounts(credentials_file: Path) -> list[tuple[str, str, str]]:
    """Create the demo staff accounts; keep the passwords of earlier runs."""
    User = get_user_model()
    known = _read_credentials(credentials_file)
    lines = []
    for role, login, groups, superuser in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=login, defaults={"is_staff": True, "is_superuser": superuser}
        )
        password = known.get(role, (login, None))[1]
        if created or password is None or not user.check_password(password):
            password = secrets.token_urlsafe(12)
            user.set_password(password)
        user.is_staff, user.is_superuser, user.is_active = True, superuser, True
        user.save()
        user.groups.set(Group.objects.filter(name__in=groups))
        lines.append((role, login, password))
    # A reader who signs in on the reader site (akhbar.accounts).
    lines.append(load_demo_reader(known.get("reader", (None, None))[1]))
    credentials_file.parent.mkdir(parents=True, exist_ok=True)
    credentials_file.write_text(
        "".join(f"{role} {login} {password}\n" for role, login, password in lines),
        encoding="utf-8",
    )
    credentials_file.chmod(0o600)
    return lines
