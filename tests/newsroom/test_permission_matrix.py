"""Every role against every workflow step, through the services themselves.

An allowed step must go through; a refused one must raise NotAllowed and leave
the article, its notes, revisions, links and the audit log as they were.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from akhbar.news.models import Article
from akhbar.newsroom import corrections, revisions, translations, trash, workflow
from akhbar.newsroom.errors import NotAllowed
from akhbar.newsroom.models import AuditEntry, Revision, TranslationLink
from tests.factories import make_article, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

ROLES = ["reporter", "translator", "editor", "admin", "reader", "inactive editor"]
DESK = {"editor", "admin"}
ALLOWED = {
    "submit own draft": {"reporter", "translator", *DESK},
    "submit someone else's draft": DESK,
    "edit own draft": {"reporter", "translator", *DESK},
    "edit someone else's draft": DESK,
    "approve": DESK,
    "send back": DESK,
    "schedule": DESK,
    "publish": DESK,
    "unschedule": DESK,
    "unpublish": DESK,
    "add a correction": DESK,
    "translate": {"translator", *DESK},
    "mark own translation current": {"translator", *DESK},
    "restore a revision of own draft": {"reporter", "translator", *DESK},
    "move to the trash": DESK,
    "restore from the trash": {"admin"},
}


def person(role):
    if role == "reader":
        return make_user()
    if role == "inactive editor":
        return make_user(role="editor", is_active=False)
    return make_user(role=role)


def in_review():
    article = make_article(published=False)
    Article.objects.filter(pk=article.pk).update(status="in_review")
    return article


def scheduled():
    desk = make_user(role="editor")
    article = make_article(published=False)
    at = timezone.now() + timedelta(hours=1)
    workflow.schedule(article=article, by=desk, at=at)
    return article


def with_two_revisions(user):
    article = make_article(published=False, created_by=user, title="أول")
    revisions.record_revision(article=article, by=user)
    article.title = "ثان"
    article.save()
    revisions.record_revision(article=article, by=user)
    return article


def stale_translation(user):
    desk = make_user(role="editor")
    source = make_article()
    translation = translations.translate_into(
        source=source, language="en", by=desk
    ).article
    Article.objects.filter(pk=translation.pk).update(created_by=user)
    translation.refresh_from_db()
    source.title = "عنوان جديد"
    source.save()
    revisions.record_revision(article=source, by=desk)
    return translation


def edit(user, article):
    article.title = "عنوان معدل"
    return revisions.save_edit(article=article, by=user, expected_version=0)


def draft_of(user):
    return make_article(published=False, created_by=user)


def trashed(_user):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(deleted_at=timezone.now())
    article.refresh_from_db()
    return article


def anyone(make):
    return lambda _user: make()


LATER = timedelta(hours=2)

# step: (make the article the step acts on, take the step as the user)
STEPS = {
    "submit own draft": (draft_of, lambda u, a: workflow.submit(article=a, by=u)),
    "submit someone else's draft": (
        anyone(lambda: make_article(published=False)),
        lambda u, a: workflow.submit(article=a, by=u),
    ),
    "edit own draft": (draft_of, edit),
    "edit someone else's draft": (
        anyone(lambda: make_article(published=False)),
        edit,
    ),
    "approve": (anyone(in_review), lambda u, a: workflow.approve(article=a, by=u)),
    "send back": (
        anyone(in_review),
        lambda u, a: workflow.return_to_draft(article=a, by=u, comment="راجع"),
    ),
    "schedule": (
        anyone(lambda: make_article(published=False)),
        lambda u, a: workflow.schedule(article=a, by=u, at=timezone.now() + LATER),
    ),
    "publish": (
        anyone(lambda: make_article(published=False)),
        lambda u, a: workflow.publish(article=a, by=u),
    ),
    "unschedule": (
        anyone(scheduled),
        lambda u, a: workflow.unschedule(article=a, by=u),
    ),
    "unpublish": (
        anyone(make_article),
        lambda u, a: workflow.unpublish(article=a, by=u),
    ),
    "add a correction": (
        anyone(make_article),
        lambda u, a: corrections.add_note(
            article=a, by=u, kind="correction", text="صُحّح الرقم."
        ),
    ),
    "translate": (
        anyone(make_article),
        lambda u, a: translations.translate_into(source=a, language="en", by=u),
    ),
    "mark own translation current": (
        stale_translation,
        lambda u, a: translations.mark_current(translation=a, by=u),
    ),
    "restore a revision of own draft": (
        with_two_revisions,
        lambda u, a: revisions.restore_revision(article=a, number=1, by=u),
    ),
    "move to the trash": (
        anyone(make_article),
        lambda u, a: trash.trash(article=a, by=u),
    ),
    "restore from the trash": (trashed, lambda u, a: trash.untrash(article=a, by=u)),
}


def footprint():
    return (
        list(
            Article.objects.order_by("pk").values_list(
                "pk", "status", "title", "published_at", "deleted_at", "version"
            )
        ),
        AuditEntry.objects.count(),
        Revision.objects.count(),
        TranslationLink.objects.count(),
        list(TranslationLink.objects.values_list("pk", "source_revision")),
    )


def test_the_matrix_names_every_step():
    assert set(ALLOWED) == set(STEPS)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("step", list(STEPS))
def test_permission_matrix(role, step):
    user = person(role)
    make, take = STEPS[step]
    article = make(user)
    before = footprint()
    if role in ALLOWED[step]:
        take(user, article)
        assert footprint() != before, f"{role} may {step}, but nothing changed"
    else:
        with pytest.raises(NotAllowed) as refused:
            take(user, article)
        assert refused.value.message
        assert footprint() == before, f"{role} may not {step}, but something changed"
