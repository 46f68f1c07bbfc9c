import pytest
from django.db import IntegrityError, transaction

from akhbar.library import services
from akhbar.library.models import Bookmark, Follow
from tests.factories import make_article, make_section, make_tag, make_user

pytestmark = pytest.mark.django_db


def test_deleting_an_account_deletes_its_bookmarks_and_follows():
    reader, other = make_user(), make_user()
    article, section, tag = make_article(), make_section(), make_tag()
    for user in (reader, other):
        services.add_bookmark(user=user, article=article)
        services.follow(user=user, target=section)
        services.follow(user=user, target=tag)

    reader.delete()

    assert not Bookmark.objects.filter(user_id=reader.pk).exists()
    assert not Follow.objects.filter(user_id=reader.pk).exists()
    # Someone else's shelf is untouched.
    assert Bookmark.objects.of(other).count() == 1
    assert Follow.objects.of(other).count() == 2


def test_a_follow_names_exactly_one_section_or_tag():
    reader = make_user()
    for fields in ({}, {"section": make_section(), "tag": make_tag()}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Follow.objects.create(user=reader, **fields)


def test_the_database_refuses_a_second_identical_bookmark_or_follow():
    reader, article, section = make_user(), make_article(), make_section()
    Bookmark.objects.create(user=reader, article=article)
    Follow.objects.create(user=reader, section=section)
    with pytest.raises(IntegrityError), transaction.atomic():
        Bookmark.objects.create(user=reader, article=article)
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(user=reader, section=section)


def test_deleting_a_tag_or_article_drops_the_rows_that_pointed_at_it():
    reader, tag = make_user(), make_tag()
    article = make_article(tags=[tag])
    services.add_bookmark(user=reader, article=article)
    services.follow(user=reader, target=tag)
    tag.delete()
    article.delete()
    assert not Bookmark.objects.of(reader).exists()
    assert not Follow.objects.of(reader).exists()
