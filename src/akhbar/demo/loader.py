"""Load the demo content and accounts; running it twice changes nothing.

The content lives in data files (see datafiles.py). A story already in the
database is updated when its files changed, and left alone otherwise.
"""

import functools
import secrets
import uuid
from dataclasses import dataclass
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
from akhbar.news.sanitize import sanitize_body
from akhbar.newsroom import workflow

from .breaking import load_breaking_news
from .datafiles import CONTENT_DIR, Story, Taxonomy, Version, read_content
from .frontpage import load_front_pages
from .images import draw_lead_image, draw_portrait
from .live import load_live_coverage
from .media import load_story_pictures
from .readership import load_reads

STORY_NAMESPACE = uuid.UUID("5b1c7a52-3d0e-4f7e-9a55-6b6f0c2a7e11")
DEMO_ACCOUNTS = [
    # role, login, groups, superuser
    ("admin", "admin", ["admin"], True),
    ("editor", "editor", ["editor"], False),
    ("reporter", "reporter", ["reporter"], False),
    ("translator", "translator", ["translator"], False),
]


@dataclass(frozen=True)
class Loaded:
    created: int = 0
    updated: int = 0

    def __add__(self, other: "Loaded") -> "Loaded":
        return Loaded(self.created + other.created, self.updated + other.updated)


def story_group(key: str) -> uuid.UUID:
    """Return the translation group shared by the versions of a demo story."""
    return uuid.uuid5(STORY_NAMESPACE, key)


def _paragraphs(paragraphs) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def _sync(model, save, slug: str, **fields) -> None:
    obj = model.objects.filter(slug=slug).first() or model(slug=slug)
    if obj.pk and all(getattr(obj, name) == value for name, value in fields.items()):
        return
    for name, value in fields.items():
        setattr(obj, name, value)
    save(obj)


@transaction.atomic
def load_taxonomy(taxonomy: Taxonomy) -> None:
    for data in taxonomy.sections:
        _sync(
            Section,
            services.save_names,
            data["slug"],
            names=data["names"],
            position=data["position"],
        )
    for data in taxonomy.tags:
        _sync(Tag, services.save_names, data["slug"], names=data["names"])
    for data in taxonomy.people:
        _sync(
            Person,
            lambda person: services.save_person(person=person),
            data["slug"],
            names=data["names"],
            role=data["role"],
            bios=data.get("bios", {}),
        )
        if data.get("photo"):
            _give_photo(data["slug"], data["photo"])


def _give_photo(slug: str, palette: str) -> None:
    """Draw a person's demo portrait once (a palette name in taxonomy.toml)."""
    person = Person.objects.get(slug=slug)
    if person.photo:
        return
    person.photo.save(
        f"{slug}.jpg", ContentFile(draw_portrait(slug, palette)), save=False
    )
    services.save_person(person=person, photo_changed=True)


@dataclass(frozen=True)
class _Placement:
    """What the versions of a story share, as database rows."""

    section: Section
    tags: list[Tag]
    authors: list[Person]
    editor: Person | None
    label: str


def _wanted_fields(version: Version, placement: _Placement) -> dict:
    return {
        "title": version.title,
        "label": placement.label,
        "summary": version.summary,
        "body": sanitize_body(_paragraphs(version.body)),
        "section_id": placement.section.pk,
        "editor_id": placement.editor.pk if placement.editor else None,
        "lead_image_caption": version.caption,
        "lead_image_credit": version.credit,
    }


def _create(story: Story, version: Version, placement, *, image, now, by) -> None:
    article = Article(
        language=version.language,
        translation_group=story_group(story.key),
        **_wanted_fields(version, placement),
    )
    if version.caption:
        article.lead_image.save(f"{story.key}.jpg", ContentFile(image()), save=False)
    services.save_article(article=article, image_changed=bool(version.caption))
    article.tags.set(placement.tags)
    services.set_byline(article=article, people=placement.authors)
    published_at = now - timedelta(hours=story.hours_ago)
    # Through the workflow, dated when the story "happened" (audited as the desk).
    workflow.publish_as_of(article=article, by=by, at=published_at)
    # Loaded now, but written then: readers should not see "Updated".
    Article.objects.filter(pk=article.pk).update(updated_at=published_at)


def _update(story: Story, version: Version, placement, *, article, image) -> bool:
    """Bring an article in line with its files; return whether it changed."""
    changed = {
        name: value
        for name, value in _wanted_fields(version, placement).items()
        if getattr(article, name) != value
    }
    tags_changed = set(article.tags.all()) != set(placement.tags)
    authors_changed = article.byline != placement.authors
    image_changed = bool(version.caption) != bool(article.lead_image)
    if not (changed or tags_changed or authors_changed or image_changed):
        return False
    for name, value in changed.items():
        setattr(article, name, value)
    if image_changed and version.caption:
        article.lead_image.save(f"{story.key}.jpg", ContentFile(image()), save=False)
    elif image_changed:
        article.lead_image = ""
    article.tags.set(placement.tags)
    services.set_byline(article=article, people=placement.authors)
    # Through the service, so caches and the search index follow the change.
    services.save_article(article=article, image_changed=image_changed)
    return True


@transaction.atomic
def load_story(story: Story, *, now, by) -> Loaded:
    """Create the story's missing versions and update those whose files changed."""
    placement = _Placement(
        section=Section.objects.get(slug=story.section),
        tags=[Tag.objects.get(slug=slug) for slug in story.tags],
        authors=[Person.objects.get(slug=slug) for slug in story.authors],
        editor=Person.objects.get(slug=story.editor) if story.editor else None,
        label=story.label,
    )

    @functools.cache
    def image() -> bytes:
        # Drawn once per story, and only when a version needs a new one.
        return draw_lead_image(story.key, story.palette)

    loaded = Loaded()
    articles = Article.objects.filter(translation_group=story_group(story.key))
    for version in story.versions:
        article = articles.filter(language=version.language).order_by("pk").first()
        if article is None:
            _create(story, version, placement, image=image, now=now, by=by)
            loaded += Loaded(created=1)
        elif article.is_trashed:
            continue  # Someone moved it to the trash; leave it there.
        elif _update(story, version, placement, article=article, image=image):
            loaded += Loaded(updated=1)
    return loaded


def desk_editor():
    """Return the demo's editor account, who publishes the demo stories.

    Made here without a password when the content is loaded first;
    `load_accounts` gives it one.
    """
    user, created = get_user_model().objects.get_or_create(
        username="editor", defaults={"is_staff": True}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        user.groups.set(Group.objects.filter(name="editor"))
    return user


def load_content(*, now=None, content_dir: Path = CONTENT_DIR, by=None) -> Loaded:
    """Load the demo's taxonomy and stories; return how many articles changed."""
    now = now or timezone.now()
    by = by or desk_editor()
    # Read and check every file first: a malformed one stops the load unwritten.
    taxonomy, stories = read_content(content_dir)
    load_taxonomy(taxonomy)
    loaded = Loaded()
    for story in stories:
        loaded += load_story(story, now=now, by=by)
    load_live_coverage(now=now, by=by)
    load_breaking_news(now=now, by=by)
    load_story_pictures(by=by)
    load_reads(now=now)
    load_front_pages(by=by)
    return loaded


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
