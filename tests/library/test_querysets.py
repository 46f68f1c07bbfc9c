from datetime import timedelta

import pytest
from django.utils import timezone

from akhbar.library import querysets, services
from akhbar.library.models import Bookmark, Follow
from tests.factories import (
    make_article,
    make_section,
    make_tag,
    make_user,
    publish,
    unpublish,
)

pytestmark = pytest.mark.django_db


def saved_articles(reader, **kwargs):
    return [b.article for b in Bookmark.objects.saved_by(reader, **kwargs)]


def test_saved_articles_are_newest_saved_first():
    reader = make_user()
    older, newer = make_article(), make_article()
    # Saved in the opposite order to publication: the saving time decides.
    services.add_bookmark(user=reader, article=newer)
    services.add_bookmark(user=reader, article=older)
    assert saved_articles(reader) == [older, newer]


def test_saved_list_hides_articles_that_are_no_longer_published():
    reader, kept, pulled = make_user(), make_article(), make_article()
    services.add_bookmark(user=reader, article=kept)
    services.add_bookmark(user=reader, article=pulled)

    unpublish(pulled)
    assert saved_articles(reader) == [kept]

    # The bookmark was kept, so the story comes back if it is published again.
    publish(pulled)
    assert set(saved_articles(reader)) == {kept, pulled}


def test_saved_list_hides_an_article_moved_to_a_later_time_until_it_is_due():
    reader, article = make_user(), make_article()
    services.add_bookmark(user=reader, article=article)
    unpublish(article)
    later = timezone.now() + timedelta(hours=3)
    publish(article, at=later)

    assert saved_articles(reader) == []
    assert saved_articles(reader, now=later + timedelta(seconds=1)) == [article]


def test_saved_list_is_one_readers_own():
    reader, other, article = make_user(), make_user(), make_article()
    services.add_bookmark(user=other, article=article)
    assert saved_articles(reader) == []
    assert saved_articles(other) == [article]


def test_saved_ids_names_only_this_readers_saved_articles():
    reader, other = make_user(), make_user()
    mine, theirs, neither = make_article(), make_article(), make_article()
    services.add_bookmark(user=reader, article=mine)
    services.add_bookmark(user=other, article=theirs)
    ids = Bookmark.objects.saved_ids(reader, [mine, theirs, neither])
    assert ids == {mine.pk}


def my_news(reader, language="ar", **kwargs):
    return list(Follow.objects.of(reader).news(language=language, **kwargs))


def test_my_news_has_the_followed_sections_and_tags_newest_first():
    reader = make_user()
    section, tag, elsewhere = make_section(), make_tag(), make_section()
    in_section = make_article(section=section)
    tagged = make_article(tags=[tag])
    both = make_article(section=section, tags=[tag])
    make_article(section=elsewhere)
    services.follow(user=reader, target=section)
    services.follow(user=reader, target=tag)

    # The factory publishes later articles a little earlier each time.
    assert my_news(reader) == [in_section, tagged, both]


def test_my_news_is_in_the_readers_language_and_only_published_and_due():
    reader, section = make_user(), make_section()
    arabic = make_article(section=section)
    english = make_article(section=section, language="en")
    make_article(section=section, published=False)
    later = timezone.now() + timedelta(hours=1)
    scheduled = make_article(section=section, published_at=later)
    services.follow(user=reader, target=section)

    assert my_news(reader) == [arabic]
    assert my_news(reader, language="en") == [english]
    assert my_news(reader, now=later) == [scheduled, arabic]


def test_my_news_ignores_other_readers_follows():
    reader, other, section = make_user(), make_user(), make_section()
    make_article(section=section)
    services.follow(user=other, target=section)
    assert my_news(reader) == []


def test_my_news_stops_at_its_limit(monkeypatch):
    reader, section = make_user(), make_section()
    articles = [make_article(section=section) for _ in range(4)]
    services.follow(user=reader, target=section)
    monkeypatch.setattr(querysets, "MY_NEWS_LIMIT", 3)
    assert my_news(reader) == articles[:3]
