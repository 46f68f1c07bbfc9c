"""GET /api/v1/search: the site's search, as the same article objects as /articles/.

Results come best first (or newest first with sort=newest); the index's answer
is checked against Article.objects.published(), so nothing unpublished ever
appears. Registered on the API by akhbar.api.views.
"""

from urllib.parse import urlencode

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Status
from pydantic import field_validator
from pydantic_core import PydanticCustomError

from akhbar.news.models import Article, Section
from akhbar.search.backends import backends
from akhbar.search.backends.base import Match, Sort
from akhbar.search.conf import max_query_length
from akhbar.search.queries import filters_for, read_query, visible_in_order

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
    section_id = None
    if params.section:
        section = Section.objects.filter(slug=params.section).only("pk").first()
        if section is None:
            return {"count": 0, "next": None, "previous": None, "results": []} | {
                "match": Match.ALL,
                "count_capped": False,
            }
        section_id = section.pk
    hits = backends["default"].search(
        read_query(params.q),
        filters=filters_for(language=params.lang, section_id=section_id),
        sort=params.sort,
        offset=(params.page - 1) * params.page_size,
        limit=params.page_size,
    )
    articles = visible_in_order(hits.ids, Article.objects.for_api())
    versions = group_versions(
        Article.objects.published().in_translation_groups(
            {article.translation_group for article in articles}
        )
    )
    last_page = max(1, -(-hits.total // params.page_size)) + hits.capped
    return {
        "count": hits.total,
        "next": _link(request, params, params.page + 1)
        if params.page < last_page
        else None,
        "previous": _link(request, params, min(params.page - 1, last_page))
        if params.page > 1
        else None,
        "results": [
            article_data(article, language=params.lang, versions=versions)
            for article in articles
        ],
        "match": hits.match,
        "count_capped": hits.capped,
    }
