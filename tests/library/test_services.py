from datetime import timedelta

import pytest
from django.utils import timezone

from akhbar.library import services
from akhbar.library.models import Bookmark, Follow
from tests.factories import make_article, make_section, make_tag, make_user

pytestmark = pytest.mark.django_db


def test_saving_twice_keeps_one_bookmark():
    reader, article = make_user(), make_article()
    first = services.add_bookmark(user=reader, article=article)
    second = services.add_bookmark(user=reader, article=article)
    assert first.pk == second.pk
    assert Bookmark.objects.of(reader).count() == 1


def test_removing_a_bookmark_is_idempotent():
    reader, article = make_user(), make_article()
    services.add_bookmark(user=reader, article=article)
    assert services.remove_bookmark(user=reader, article=article) is True
    assert services.remove_bookmark(user=reader, article=article) is False
    assert not Bookmark.objects.of(reader).exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"published": False},
        {"published_at": timezone.now() + timedelta(hours=2)},
    ],
    ids=["draft", "scheduled"],
)
def test_a_draft_or_scheduled_article_cannot_be_saved(fields):
    reader, article = make_user(), make_article(**fields)
    with pytest.raises(services.NotVisible):
        services.add_bookmark(user=reader, article=article)
    assert not Bookmark.objects.exists()


def test_follow_and_unfollow_sections_and_tags_are_idempotent():
    reader, section, tag = make_user(), make_section(), make_tag()
    for target in (section, tag, section, tag):
        services.follow(user=reader, target=target)
    follows = Follow.objects.of(reader)
    assert follows.count() == 2
    assert {f.target for f in follows.with_targets()} == {section, tag}

    assert services.unfollow(user=reader, target=section) is True
    assert services.unfollow(user=reader, target=section) is False
    assert [f.target for f in Follow.objects.of(reader).with_targets()] == [tag]


def test_only_sections_and_tags_can_be_followed():
    reader, article = make_user(), make_article()
    with pytest.raises(TypeError):
        services.follow(user=reader, target=article)


def test_one_readers_changes_leave_anothers_shelf_alone():
    reader, other, article, section = (
        make_user(),
        make_user(),
        make_article(),
        make_section(),
    )
    services.add_bookmark(user=other, article=article)
    services.follow(user=other, target=section)
    services.remove_bookmark(user=reader, article=article)
    services.unfollow(user=reader, target=section)
    assert Bookmark.objects.of(other).count() == 1
    assert Follow.objects.of(other).count() == 1
