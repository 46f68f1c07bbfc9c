"""GET /api/v1/search: the site's search, as the same article objects as /articles/.

The search page's own read (akhbar.search.queries.search_articles) answers it,
with the same page cap and pagination: results come best first (or newest
first with sort=newest), checked against Article.objects.published(), so
nothing unpublished ever appears. This module only parses and serialises.
Registered on the API by akhbar.api.views.
"""

from urllib.parse import urlencode

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Status
from pydantic import field_validator
from pydantic_core import PydanticCustomError

from akhbar.news.models import Article, Section
from akhbar.search.backends.base import Match, Sort
from akhbar.search.conf import max_query_length
from akhbar.search.queries import (
    PageBeyondLimit,
    empty_page,
    filters_for,
    read_query,
    search_articles,
)

from .errors import field_message
from .schemas import (
    DEFAULT_PAGE_SIZE,
    MAX_SLUG_LENGTH,
    SLUG_PATTERN,
    ArticlePage,
    ErrorOut,
    LanguageParam,
    PageParams,
)
from .serializers import absolute, article_data, group_versions

router = Router(tags=["search"])


class SearchParams(LanguageParam, PageParams):
    # No fixed maximum: the last page depends on page_size (see search()).
    page: int = Field(
        1,
        ge=1,
        description="Page number, from 1. Results stop at the 5,000th (by default); "
        "a page past the last is a 422.",
    )
    q: str = Field(
        ...,
        description=(
            "Words to find, in any form (الصين finds والصينية); "
            'words in double quotes ("…") must appear together.'
        ),
    )
    section: str | None = Field(
        None,
        max_length=MAX_SLUG_LENGTH,
        pattern=SLUG_PATTERN,
        description="A section slug.",
    )
    sort: Sort = Field(Sort.RELEVANCE, description="relevance (best first) or newest.")

    @field_validator("q")
    @classmethod
    def not_too_long(cls, value: str) -> str:
        if len(value) > max_query_length():
            raise PydanticCustomError(
                "string_too_long", "too long", {"max_length": max_query_length()}
            )
        return value

    @field_validator("section", mode="before")
    @classmethod
    def blank_is_absent(cls, value):
        return None if value == "" else value

    def link_query(self) -> dict:
        return super().link_query() | {
            "q": self.q,
            "section": self.section,
            "sort": None if self.sort is Sort.RELEVANCE else self.sort.value,
        }


class SearchPage(ArticlePage):
    match: Match = Field(
        description="all: every word matched; any: none matched them all, so these "
        "match some of them."
    )
    count_capped: bool = Field(
        description="True when more articles match than `count` (counting stops "
        "at 1,000); pages go on."
    )


def _link(request, params: SearchParams, page: int) -> str:
    values = {k: v for k, v in params.link_query().items() if v is not None}
    if params.page_size != DEFAULT_PAGE_SIZE:
        values["page_size"] = params.page_size
    if page > 1:
        values["page"] = page
    return absolute(request.path) + f"?{urlencode(values)}"


@router.get("/search", response={200: SearchPage, 422: ErrorOut}, url_name="search")
def search(request, params: Query[SearchParams]):
    """Search published articles: every form of a word, best first."""
    if not params.q.strip():
        message = _("Enter something to search for.")
        error = {"loc": ["query", "q"], "type": "empty", "msg": message}
        return Status(422, {"detail": [error]})
    query = read_query(params.q)
    section_id = None
    if params.section:
        section_id = (
            Section.objects.filter(slug=params.section)
            .values_list("pk", flat=True)
            .first()
        )
    try:
        if params.section and section_id is None:
            # No such section: nothing can match, and the index is not asked.
            page = empty_page(query, page=params.page, page_size=params.page_size)
        else:
            page = search_articles(
                query,
                filters=filters_for(language=params.lang, section_id=section_id),
                sort=params.sort,
                page=params.page,
                page_size=params.page_size,
                queryset=Article.objects.for_api(),
            )
    except PageBeyondLimit as refused:
        # Reported like a `le` limit on the field, as other endpoints' pages are.
        kind, limit = "less_than_equal", {"le": refused.last_page}
        message = field_message({"type": kind, "ctx": limit})
        error = {"loc": ["query", "page"], "type": kind, "msg": message}
        return Status(422, {"detail": [error]})
    versions = group_versions(
        Article.objects.published().in_translation_groups(
            {article.translation_group for article in page.articles}
        )
    )
    return {
        "count": page.total,
        "next": _link(request, params, page.number + 1) if page.has_next else None,
        "previous": _link(request, params, page.previous_number)
        if page.has_previous
        else None,
        "results": [
            article_data(article, language=params.lang, versions=versions)
            for article in page.articles
        ],
        "match": page.match,
        "count_capped": page.capped,
    }
