"""Reads: who may see what. Views call these; they hold no query logic."""

import uuid
from collections.abc import Collection, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import (
    Count,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    prefetch_related_objects,
)
from django.utils import timezone

if TYPE_CHECKING:
    from .models import Article, Person, Section, Tag


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self, *, now: datetime | None = None) -> "ArticleQuerySet":
        """Return articles readers may see: published and due (no cron needed)."""
        from .models import ArticleStatus

        return self.filter(
            status=ArticleStatus.PUBLISHED,
            published_at__lte=now or timezone.now(),
            deleted_at__isnull=True,
        )

    # The newsroom's reads: workflow states, the trash, missing translations.

    def not_trashed(self) -> "ArticleQuerySet":
        return self.filter(deleted_at__isnull=True)

    def trashed(self) -> "ArticleQuerySet":
        return self.filter(deleted_at__isnull=False)

    def in_status(self, *statuses: str) -> "ArticleQuerySet":
        return self.not_trashed().filter(status__in=statuses)

    def scheduled(self, *, now: datetime | None = None) -> "ArticleQuerySet":
        """Return articles set to appear by themselves later, soonest first."""
        from .models import ArticleStatus

        return (
            self.not_trashed()
            .filter(
                status=ArticleStatus.PUBLISHED, published_at__gt=now or timezone.now()
            )
            .order_by("published_at", "id")
        )

    def missing_a_translation(self, languages: Collection[str]) -> "ArticleQuerySet":
        """Return published stories with no version (of any status) in a language.

        Each article is annotated `missing_<code>` (a boolean per language), so a
        page can offer the right "translate into" buttons without more queries.
        """
        versions = self.model._base_manager.filter(
            translation_group=OuterRef("translation_group"), deleted_at__isnull=True
        )
        articles = self.published().annotate(
            **{
                f"missing_{code}": ~Exists(versions.filter(language=code))
                for code in languages
            }
        )
        lacking = Q()
        for code in languages:
            lacking |= Q(**{f"missing_{code}": True})
        return articles.filter(lacking)

    def in_language(self, language: str) -> "ArticleQuerySet":
        return self.filter(language=language)

    def in_section(self, section: "Section | int") -> "ArticleQuerySet":
        return self.filter(section=section)

    def tagged(self, tag: "Tag") -> "ArticleQuerySet":
        return self.filter(tags=tag)

    def by_person(self, person: "Person") -> "ArticleQuerySet":
        return self.filter(Q(authors=person) | Q(editor=person)).distinct()

    def newest_first(self) -> "ArticleQuerySet":
        return self.order_by("-published_at", "-id")

    def for_cards(self) -> "ArticleQuerySet":
        """Return what a list of article cards needs: no body, section joined."""
        return self.select_related("section").defer("body")

    def for_page(self) -> "ArticleQuerySet":
        """Return what the full article page needs."""
        from .models import Person

        return self.select_related("section", "editor").prefetch_related(
            "tags",
            Prefetch("authors", queryset=Person.objects.in_byline_order()),
        )

    def translations_of(self, article: "Article") -> "ArticleQuerySet":
        return self.filter(translation_group=article.translation_group).exclude(
            pk=article.pk
        )

    def related_to(
        self, article: "Article", *, limit: int = 4, pool: int = 150
    ) -> list["Article"]:
        """Return published articles sharing the most tags, then the same section.

        Only stories published near this one in time are weighed (the `pool`
        before it and after it): that is where follow-ups and background are,
        and it keeps the tag count small however large the archive grows.
        """
        candidates = (
            self.published()
            .in_language(article.language)
            .exclude(translation_group=article.translation_group)
        )
        moment = article.published_at or timezone.now()
        nearby = [
            *candidates.filter(published_at__lte=moment)
            .newest_first()
            .values_list("pk", flat=True)[:pool],
            *candidates.filter(published_at__gt=moment)
            .order_by("published_at", "id")
            .values_list("pk", flat=True)[:pool],
        ]
        tag_ids = [tag.pk for tag in article.tags.all()]
        ids = list(
            self.model.tags.through.objects.filter(
                tag_id__in=tag_ids, article_id__in=nearby
            )
            .values("article_id")
            .annotate(shared=Count("tag_id"))
            .order_by("-shared", "-article_id")
            .values_list("article_id", flat=True)[:limit]
        )
        if len(ids) < limit:
            ids += [
                pk
                for pk in candidates.in_section(article.section_id)
                .exclude(pk__in=ids)
                .newest_first()
                .values_list("pk", flat=True)[: limit - len(ids)]
            ]
        cards = self.published().filter(pk__in=ids).for_cards().in_bulk()
        return with_columnists([cards[pk] for pk in ids if pk in cards])

    # Added for the JSON API (akhbar.api): filters by slug, embeds, credits.

    def matching(
        self,
        *,
        language: str | None = None,
        section: str | None = None,
        tag: str | None = None,
        updated_since: datetime | None = None,
    ) -> "ArticleQuerySet":
        """Return these articles narrowed by optional filters (section, tag: slugs)."""
        articles: ArticleQuerySet = self
        if language:
            articles = articles.in_language(language)
        if section:
            articles = articles.filter(section__slug=section)
        if tag:
            articles = articles.filter(tags__slug=tag)
        if updated_since:
            articles = articles.filter(updated_at__gte=updated_since)
        return articles

    def for_api(self) -> "ArticleQuerySet":
        """Return what API article objects embed, in a fixed number of queries."""
        from .models import Person, Tag

        return self.select_related("section", "editor").prefetch_related(
            Prefetch("tags", queryset=Tag.objects.order_by("slug")),
            Prefetch("authors", queryset=Person.objects.in_byline_order()),
        )

    def in_translation_groups(self, groups: Iterable[uuid.UUID]) -> "ArticleQuerySet":
        """Return the versions of these stories (translation groups), in one query."""
        return self.filter(translation_group__in=list(groups)).only(
            "pk", "slug", "language", "translation_group"
        )

    def sections_used(self) -> "SectionQuerySet":
        """Return the sections of these articles (a Section queryset, in order)."""
        from .models import Section

        return Section.objects.filter(pk__in=self.values("section")).ordered()

    def tags_used(self) -> "models.QuerySet[Tag]":
        """Return the tags on these articles (a Tag queryset)."""
        from .models import Tag

        return Tag.objects.filter(pk__in=self.values("tags"))

    def people_credited(self) -> "PersonQuerySet":
        """Return the people credited on these articles, as author or editor."""
        from .models import Person

        return Person.objects.filter(
            Q(pk__in=self.values("authors")) | Q(pk__in=self.values("editor"))
        )


class SectionQuerySet(models.QuerySet["Section"]):
    # Shadows QuerySet.ordered (a property Django reads in first(), last() and
    # the paginator): harmless while Section has a Meta.ordering, as then that
    # property would be true anyway.
    def ordered(self) -> "SectionQuerySet":  # type: ignore[override]
        return self.order_by("position", "slug")


class PersonQuerySet(models.QuerySet["Person"]):
    def in_byline_order(self) -> "PersonQuerySet":
        """Order an article's authors as its editors did (on article.authors)."""
        return self.order_by("bylines__position", "bylines__id")

    def with_published_work(self, language: str) -> "PersonQuerySet":
        from .models import Article

        work = Article.objects.published().in_language(language)
        return self.filter(
            Q(pk__in=work.values("authors")) | Q(pk__in=work.values("editor"))
        )


def with_columnists[A: "Article | None"](articles: Iterable[A]) -> list[A]:
    """Return the articles, their opinion pieces' authors fetched in byline order.

    Opinion cards show their columnists: one query for every opinion card of a
    page, wherever the cards came from, instead of one a card.
    """
    from .models import Article, Person, StoryLabel

    articles = list(articles)
    opinion: list[Article] = [
        article
        for article in articles
        if article is not None and article.label == StoryLabel.OPINION
    ]
    prefetch_related_objects(
        opinion, Prefetch("authors", queryset=Person.objects.in_byline_order())
    )
    return articles
