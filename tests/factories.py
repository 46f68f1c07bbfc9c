"""Plain factory functions for tests: each makes a valid object with overrides."""

import itertools
from datetime import timedelta
from io import BytesIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from akhbar.news import services
from akhbar.news.models import Article, ArticleStatus, Person, Section, Tag
from akhbar.newsroom import workflow

_sequence = itertools.count(1)
# Minutes back for each article published without a time: counted per test
# (tests/conftest.py resets it), so a test's articles stay within hours of now
# however many articles the tests before it made.
_minutes_back = itertools.count(1)


def reset_publication_clock() -> None:
    global _minutes_back
    _minutes_back = itertools.count(1)


def make_section(**fields) -> Section:
    n = next(_sequence)
    fields.setdefault("slug", f"section-{n}")
    fields.setdefault("names", {"ar": f"قسم {n}", "en": f"Section {n}"})
    fields.setdefault("position", n)
    return Section.objects.create(**fields)


def make_tag(**fields) -> Tag:
    n = next(_sequence)
    fields.setdefault("slug", f"tag-{n}")
    fields.setdefault("names", {"ar": f"وسم {n}", "en": f"Tag {n}"})
    return Tag.objects.create(**fields)


def make_person(**fields) -> Person:
    n = next(_sequence)
    fields.setdefault("slug", f"person-{n}")
    fields.setdefault("names", {"ar": f"كاتب {n}", "en": f"Writer {n}"})
    return Person.objects.create(**fields)


def make_article(
    *, published=True, tags=(), authors=(), published_at=None, **fields
) -> Article:
    """Make an article; published (and due) unless told otherwise."""
    n = next(_sequence)
    fields.setdefault("title", f"خبر رقم {n} عن الاقتصاد")
    fields.setdefault("summary", "ملخص قصير للخبر.")
    fields.setdefault("body", "<p>نص الخبر الأول.</p><p>فقرة ثانية.</p>")
    fields.setdefault("language", "ar")
    if "section" not in fields:
        fields["section"] = make_section()
    article = services.save_article(article=Article(**fields))
    if tags:
        article.tags.set(tags)
    if authors:
        services.set_byline(article=article, people=authors)
    if published:
        back = timedelta(minutes=next(_minutes_back))
        publish(article, at=published_at or timezone.now() - back)
    return article


def byline_form_data(people=(), *, article=None) -> dict:
    """Return the article form's byline rows: the article's, then these people."""
    existing = list(article.bylines.all()) if article is not None and article.pk else []
    data = {
        "bylines-TOTAL_FORMS": len(existing) + len(people),
        "bylines-INITIAL_FORMS": len(existing),
        "bylines-MIN_NUM_FORMS": 0,
        "bylines-MAX_NUM_FORMS": 1000,
    }
    rows = [(b.pk, b.person_id, b.position) for b in existing]
    start = len(rows)
    rows += [("", person.pk, start + n) for n, person in enumerate(people)]
    for n, (pk, person, position) in enumerate(rows):
        data[f"bylines-{n}-id"] = pk
        data[f"bylines-{n}-article"] = article.pk if article is not None else ""
        data[f"bylines-{n}-person"] = person
        data[f"bylines-{n}-position"] = position
    return data


def article_form_data(section, *, people=(), **overrides) -> dict:
    """Return what the newsroom's article form posts for a new article."""
    return {
        "title": "خبر عاجل من الرياض",
        "summary": "ملخص",
        "body": "<p>نص الخبر</p>",
        "language": "ar",
        "section": section.pk,
        "slug": "",
        "translation_group": "8c2ee2c2-1f3b-4d5e-9f0a-0c1d2e3f4a5b",
        "published_at_0": "",
        "published_at_1": "",
        "lead_image_caption": "",
        "lead_image_credit": "",
        **byline_form_data(people),
        **overrides,
    }


def desk_editor():
    """Return the editor the factories publish as (made on first use)."""
    user = get_user_model().objects.filter(username="desk").first()
    return user or make_user(role="editor", username="desk")


def publish(article: Article, *, at=None) -> Article:
    """Publish through the workflow, dated `at` (past), scheduled (future) or now."""
    if at is None:
        workflow.publish(article=article, by=desk_editor())
    else:
        workflow.publish_as_of(article=article, by=desk_editor(), at=at)
    article.refresh_from_db()
    return article


def unpublish(article: Article) -> Article:
    """Take an article down through the workflow."""
    workflow.unpublish(article=article, by=desk_editor())
    article.refresh_from_db()
    return article


def make_user(*, role: str | None = None, password="a-long-test-password", **fields):
    n = next(_sequence)
    fields.setdefault("username", f"user{n}")
    fields.setdefault("is_staff", role is not None)
    user = get_user_model().objects.create_user(password=password, **fields)
    if role:
        user.groups.add(role_group(role))
    return user


def role_group(role: str) -> Group:
    """Return a role's group; live-server tests start from an emptied database,
    where the migrations' roles are gone, so they are made again then."""
    group = Group.objects.filter(name=role).first()
    if group is None:
        from django.apps import apps

        from akhbar.newsroom.roles import apply_roles

        apply_roles(apps, strict=True)
        group = Group.objects.get(name=role)
    return group


def image_upload(name="photo.jpg", size=(1600, 900), fmt="JPEG") -> SimpleUploadedFile:
    buffer = BytesIO()
    Image.new("RGB", size, "#336699").save(buffer, fmt)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png"}.get(fmt, "image/jpeg")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


__all__ = [
    "ArticleStatus",
    "article_form_data",
    "image_upload",
    "make_article",
    "make_person",
    "make_section",
    "make_tag",
    "make_user",
    "publish",
    "unpublish",
]
