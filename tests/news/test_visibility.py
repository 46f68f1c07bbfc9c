from datetime import timedelta

import pytest
from django.utils import timezone

from akhbar.news.models import Article, ArticleStatus
from tests.factories import make_article, make_section, make_tag, unpublish

pytestmark = pytest.mark.django_db


def test_reader_sees_published_article_but_not_draft():
    visible = make_article()
    make_article(published=False)
    assert list(Article.objects.published()) == [visible]


def test_scheduled_article_appears_by_itself_when_its_time_comes():
    later = timezone.now() + timedelta(hours=2)
    article = make_article(published_at=later)
    assert article.status == ArticleStatus.PUBLISHED
    assert not Article.objects.published().exists()
    assert list(Article.objects.published(now=later + timedelta(seconds=1))) == [
        article
    ]


def test_unpublishing_removes_article_from_reader_querysets():
    article = make_article()
    unpublish(article)
    assert not Article.objects.published().exists()
    assert Article.objects.get().status == ArticleStatus.UNPUBLISHED


def test_published_in_language_keeps_languages_apart():
    arabic = make_article(language="ar")
    english = make_article(language="en", title="An English story")
    assert list(Article.objects.published().in_language("ar")) == [arabic]
    assert list(Article.objects.published().in_language("en")) == [english]


def test_related_articles_share_section_or_tags_and_skip_translations():
    section, other_section = make_section(), make_section()
    tag = make_tag()
    article = make_article(section=section, tags=[tag])
    same_section = make_article(section=section)
    same_tag = make_article(section=other_section, tags=[tag])
    make_article(section=other_section)  # unrelated
    make_article(
        section=section, language="en", title="Translation",
        translation_group=article.translation_group,
    )  # fmt: skip
    related = set(Article.objects.related_to(article))
    assert related == {same_section, same_tag}


def test_related_articles_prefer_more_shared_tags():
    first_tag, second_tag = make_tag(), make_tag()
    article = make_article(tags=[first_tag, second_tag])
    one_tag = make_article(tags=[first_tag])
    two_tags = make_article(tags=[first_tag, second_tag])
    related = Article.objects.related_to(article)
    assert related[:2] == [two_tags, one_tag]


def test_trashed_article_is_invisible_to_readers():
    article = make_article()
    Article.objects.filter(pk=article.pk).update(deleted_at=timezone.now())
    assert not Article.objects.published().exists()
    assert list(Article.objects.trashed()) == [article]


def test_missing_a_translation_lists_published_stories_lacking_a_language():
    alone = make_article()
    paired = make_article()
    make_article(
        language="en", title="Pair", translation_group=paired.translation_group
    )
    make_article(published=False)  # drafts are not stories yet
    missing = Article.objects.missing_a_translation(["ar", "en"])
    assert list(missing) == [alone]
    assert missing.get().missing_en and not missing.get().missing_ar
