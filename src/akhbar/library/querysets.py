"""Reads: a reader's saved articles and the news from what they follow.

Every method starts from one reader's rows, so no read here can show one
reader's shelf to another.
"""

from django.db import models
from django.db.models import Q

# "My news" is the latest news, not an archive: section and tag pages page
# further back. The cap also bounds the paginator's COUNT on a large archive.
MY_NEWS_LIMIT = 200


class BookmarkQuerySet(models.QuerySet):
    def of(self, user) -> "BookmarkQuerySet":
        return self.filter(user=user)

    def visible(self, *, now=None) -> "BookmarkQuerySet":
        """Return bookmarks whose article readers may still see (published, due)."""
        from akhbar.news.models import Article

        return self.filter(article__in=Article.objects.published(now=now))

    def saved_by(self, user, *, now=None) -> "BookmarkQuerySet":
        """Return a reader's visible bookmarks, newest saved first, cards ready."""
        return (
            self.of(user)
            .visible(now=now)
            .select_related("article", "article__section")
            .defer("article__body")
            .order_by("-created_at", "-id")
        )

    def saved_ids(self, user, articles) -> set[int]:
        """Return which of these articles the reader saved, in one query."""
        ids = [article.pk for article in articles]
        if not ids or not user.is_authenticated:
            return set()
        return set(
            self.of(user)
            .filter(article_id__in=ids)
            .values_list("article_id", flat=True)
        )


class FollowQuerySet(models.QuerySet):
    def of(self, user) -> "FollowQuerySet":
        return self.filter(user=user)

    def with_targets(self) -> "FollowQuerySet":
        return self.select_related("section", "tag").order_by("created_at", "id")

    def following(self, user, target) -> bool:
        """Tell whether a reader follows this section or tag."""
        if not user.is_authenticated:
            return False
        return self.of(user).filter(**{target_field(target): target}).exists()

    def news(self, *, language: str, now=None):
        """Return the newest published articles from these follows (an Article qs).

        Sections and tags are matched by subqueries rather than joins, so an
        article in a followed section that also carries a followed tag appears
        once, without DISTINCT over the whole result.
        """
        from akhbar.news.models import Article

        sections = self.filter(section__isnull=False).values("section_id")
        tagged = Article.tags.through.objects.filter(
            tag_id__in=self.filter(tag__isnull=False).values("tag_id")
        ).values("article_id")
        return (
            Article.objects.published(now=now)
            .in_language(language)
            .filter(Q(section_id__in=sections) | Q(pk__in=tagged))
            .newest_first()
            .for_cards()[:MY_NEWS_LIMIT]
        )


def target_field(target) -> str:
    """Return the Follow field that points at this kind of target."""
    from akhbar.news.models import Section, Tag

    if isinstance(target, Section):
        return "section"
    if isinstance(target, Tag):
        return "tag"
    raise TypeError(f"cannot follow {type(target).__name__}")
