"""Reads: who may see what. Views call these; they hold no query logic."""

from django.db import models
from django.db.models import Count, F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone


class ArticleQuerySet(models.QuerySet):
    def published(self, *, now=None) -> "ArticleQuerySet":
        """Return articles readers may see: published and due (no cron needed)."""
        from .models import ArticleStatus

        return self.filter(
            status=ArticleStatus.PUBLISHED,
            published_at__lte=now or timezone.now(),
        )

    def in_language(self, language: str) -> "ArticleQuerySet":
        return self.filter(language=language)

    def in_section(self, section) -> "ArticleQuerySet":
        return self.filter(section=section)

    def tagged(self, tag) -> "ArticleQuerySet":
        return self.filter(tags=tag)

    def by_person(self, person) -> "ArticleQuerySet":
        return self.filter(Q(authors=person) | Q(editor=person)).distinct()

    def newest_first(self) -> "ArticleQuerySet":
        return self.order_by("-published_at", "-id")

    def for_cards(self) -> "ArticleQuerySet":
        """Return what a list of article cards needs, in a fixed number of queries."""
        from .models import Person

        return self.select_related("section").prefetch_related(
            Prefetch("authors", queryset=Person.objects.order_by("slug"))
        )

    def for_page(self) -> "ArticleQuerySet":
        """Return what the full article page needs."""
        from .models import Person

        return self.select_related("section", "editor").prefetch_related(
            "tags", Prefetch("authors", queryset=Person.objects.order_by("slug"))
        )

    def section_blocks(
        self, *, language: str, per_section: int = 4, exclude=()
    ) -> list:
        """Return [(section, [articles])]: each section's newest, in one query."""
        rows = (
            self.published()
            .in_language(language)
            .exclude(pk__in=[article.pk for article in exclude])
            .annotate(
                rank=Window(
                    RowNumber(),
                    partition_by=F("section_id"),
                    order_by=[F("published_at").desc(), F("id").desc()],
                )
            )
            .filter(rank__lte=per_section)
            .for_cards()
            .order_by("section__position", "section__slug", "rank")
        )
        blocks: dict = {}
        for article in rows:
            blocks.setdefault(article.section, []).append(article)
        return list(blocks.items())

    def translations_of(self, article) -> "ArticleQuerySet":
        return self.filter(translation_group=article.translation_group).exclude(
            pk=article.pk
        )

    def related_to(self, article, *, limit: int = 4) -> "ArticleQuerySet":
        """Return published articles sharing the section or tags, most shared first."""
        tag_ids = list(article.tags.values_list("pk", flat=True))
        return (
            self.published()
            .in_language(article.language)
            .exclude(translation_group=article.translation_group)
            .filter(
                Q(section_id=article.section_id)
                | Q(
                    pk__in=self.model.tags.through.objects.filter(
                        tag_id__in=tag_ids
                    ).values("article_id")
                )
            )
            .annotate(
                shared_tags=Count("tags", filter=Q(tags__in=tag_ids), distinct=True)
            )
            .order_by("-shared_tags", "-published_at")[:limit]
        )

    # Added for the JSON API (akhbar.api): filters by slug, embeds, credits.

    def matching(
        self, *, language=None, section=None, tag=None, updated_since=None
    ) -> "ArticleQuerySet":
        """Return these articles narrowed by optional filters (section, tag: slugs)."""
        articles = self
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
            Prefetch("authors", queryset=Person.objects.order_by("slug")),
        )

    def in_translation_groups(self, groups) -> "ArticleQuerySet":
        """Return the versions of these stories (translation groups), in one query."""
        return self.filter(translation_group__in=list(groups)).only(
            "pk", "slug", "language", "translation_group"
        )

    def tags_used(self):
        """Return the tags on these articles (a Tag queryset)."""
        from .models import Tag

        return Tag.objects.filter(pk__in=self.values("tags"))

    def people_credited(self):
        """Return the people credited on these articles, as author or editor."""
        from .models import Person

        return Person.objects.filter(
            Q(pk__in=self.values("authors")) | Q(pk__in=self.values("editor"))
        )


class SectionQuerySet(models.QuerySet):
    def ordered(self) -> "SectionQuerySet":
        return self.order_by("position", "slug")


class PersonQuerySet(models.QuerySet):
    def with_published_work(self, language: str) -> "PersonQuerySet":
        from .models import ArticleStatus

        return self.filter(
            Q(articles__status=ArticleStatus.PUBLISHED, articles__language=language)
            | Q(
                edited_articles__status=ArticleStatus.PUBLISHED,
                edited_articles__language=language,
            )
        ).distinct()
