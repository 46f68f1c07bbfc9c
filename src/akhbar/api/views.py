"""The read-only JSON content API, /api/v1/ (OpenAPI at /api/v1/openapi.json).

Only published, due articles ever appear. Every operation is a GET; other
methods get 405. Views parse, ask a queryset, and shape the answer.
"""

import re
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Query
from ninja.renderers import JSONRenderer

from akhbar.news.models import Article, Section

from . import errors
from .docs import BundledSwagger
from .schemas import (
    DEFAULT_PAGE_SIZE,
    MAX_SLUG_LENGTH,
    SLUG_PATTERN,
    ArticleFilters,
    ArticleOut,
    ArticlePage,
    ErrorOut,
    LanguageParam,
    ListParams,
    PersonDetailOut,
    PersonPage,
    SectionPage,
    TagPage,
)
from .serializers import (
    absolute,
    article_data,
    group_versions,
    person_data,
    section_data,
    tag_data,
)

# The largest id a 64-bit database column holds; longer ids cannot exist.
MAX_ID_DIGITS = 18


class Utf8JSONRenderer(JSONRenderer):
    # Arabic as itself, not \u escapes: half the bytes, readable in a terminal.
    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="akhbar content API",
    version="1",
    description="Read-only access to published articles, sections, tags and people.",
    urls_namespace="api",
    docs=BundledSwagger(),
    renderer=Utf8JSONRenderer(),
)
errors.install(api)


def _page(request, queryset, params) -> tuple[list, dict]:
    """Return one page of items and the count/next/previous envelope."""
    count = queryset.count()
    start = (params.page - 1) * params.page_size
    items = list(queryset[start : start + params.page_size]) if start < count else []

    def link(page: int) -> str:
        query = params.link_query().items()
        values = {key: value for key, value in query if value is not None}
        if params.page_size != DEFAULT_PAGE_SIZE:
            values["page_size"] = params.page_size
        if page > 1:
            values["page"] = page
        return absolute(request.path) + (f"?{urlencode(values)}" if values else "")

    last_page = max(1, -(-count // params.page_size))
    envelope = {
        "count": count,
        "next": link(params.page + 1) if params.page < last_page else None,
        "previous": link(min(params.page - 1, last_page)) if params.page > 1 else None,
    }
    return items, envelope


def _versions(articles) -> dict:
    """Return the published versions of these articles' stories, by story."""
    groups = {article.translation_group for article in articles}
    return group_versions(Article.objects.published().in_translation_groups(groups))


def _slug(value: str) -> str:
    # PostgreSQL refuses NUL in a query; no slug holds anything but these anyway.
    if not re.fullmatch(SLUG_PATTERN, value) or len(value) > MAX_SLUG_LENGTH:
        raise Http404
    return value


def _article_id(value: str) -> int:
    if not value.isdecimal() or len(value) > MAX_ID_DIGITS:
        raise Http404
    return int(value)


@api.get("/articles/", response=ArticlePage, url_name="articles", tags=["articles"])
def list_articles(request, filters: Query[ArticleFilters]):
    """List published articles, newest first."""
    articles = (
        Article.objects.published()
        .matching(
            language=filters.lang,
            section=filters.section,
            tag=filters.tag,
            updated_since=filters.updated_since,
        )
        .newest_first()
        .for_api()
    )
    page, envelope = _page(request, articles, filters)
    versions = _versions(page)
    return envelope | {
        "results": [
            article_data(article, language=filters.lang, versions=versions)
            for article in page
        ]
    }


@api.get(
    "/articles/{article_id}",
    response={200: ArticleOut, 404: ErrorOut},
    url_name="article",
    tags=["articles"],
)
def get_article(request, article_id: str, params: Query[LanguageParam]):
    """Return one published article by id."""
    article = get_object_or_404(
        Article.objects.published().for_api(), pk=_article_id(article_id)
    )
    return article_data(article, language=params.lang, versions=_versions([article]))


@api.get("/sections/", response=SectionPage, url_name="sections", tags=["sections"])
def list_sections(request, params: Query[ListParams]):
    """List sections in site order; names in `lang`."""
    sections, envelope = _page(request, Section.objects.ordered(), params)
    return envelope | {
        "results": [section_data(section, params.lang) for section in sections]
    }


@api.get("/tags/", response=TagPage, url_name="tags", tags=["tags"])
def list_tags(request, params: Query[ListParams]):
    """List tags of published articles (in `lang`, when given)."""
    tags = (
        Article.objects.published()
        .matching(language=params.lang)
        .tags_used()
        .order_by("slug")
    )
    tags, envelope = _page(request, tags, params)
    return envelope | {"results": [tag_data(tag, params.lang) for tag in tags]}


@api.get("/people/", response=PersonPage, url_name="people", tags=["people"])
def list_people(request, params: Query[ListParams]):
    """List people credited on published articles (in `lang`, when given)."""
    people = (
        Article.objects.published()
        .matching(language=params.lang)
        .people_credited()
        .order_by("slug")
    )
    people, envelope = _page(request, people, params)
    return envelope | {
        "results": [person_data(person, params.lang) for person in people]
    }


@api.get(
    "/people/{slug}",
    response={200: PersonDetailOut, 404: ErrorOut},
    url_name="person",
    tags=["people"],
)
def get_person(request, slug: str, params: Query[LanguageParam]):
    """Return a person credited on at least one published article."""
    person = get_object_or_404(
        Article.objects.published().people_credited(), slug=_slug(slug)
    )
    return person_data(person, params.lang, with_bio=True)


# The site search (akhbar.search) as JSON: /api/v1/search.
from .search import router as search_router  # noqa: E402

api.add_router("", search_router)
