"""A published story with live coverage, and the people who run it."""

import pytest
from django.utils import translation

from akhbar.newsroom import live
from tests.factories import make_article, make_person, make_user


@pytest.fixture
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def editor(db):
    return make_user(role="editor")


@pytest.fixture
def reporter(db):
    user = make_user(role="reporter")
    make_person(user=user, names={"ar": "سلمى الحربي", "en": "Salma Alharbi"})
    return user


@pytest.fixture
def translator(db):
    return make_user(role="translator")


@pytest.fixture
def story(db):
    return make_article(title="مباشر: قمة المناخ في يومها الأخير")


@pytest.fixture
def coverage(story, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return live.start_coverage(
            article=story, by=editor, summary="ما نعرفه حتى الآن"
        )


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """Post an update through the service, running its after-commit work."""

    def posting(coverage, by, body):
        with django_capture_on_commit_callbacks(execute=True):
            return live.post_update(coverage=coverage, body=body, by=by)

    return posting
