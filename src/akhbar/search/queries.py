"""Reads: ask the index, then show only what readers may see.

The index's answer is a list of ids. The articles are then loaded through
Article.objects.published(), so even an index that lags behind (a task not yet
run) can never show a draft, a scheduled or a deleted article.
"""

from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property

from django.utils import timezone

from akhbar.news.models import Article
from akhbar.news.sanitize import plain_text
from akhbar.text import ParsedQuery, Segment, highlight, parse_query, snippet
from akhbar.text.arabic import normalize
from akhbar.text.highlight import WRITTEN_WORD, matches

from . import conf
from .backends import backends
from .backends.base import Filters, Match, Sort
from .spelling import corrections


class PageBeyondLimit(Exception):
    """A page past the deepest result search gives (AKHBAR_SEARCH_MAX_RESULTS)."""

    def __init__(self, last_page: int):
        super().__init__(last_page)
        self.last_page = last_page


@dataclass
class Result:
    article: Article
    title: list[Segment]
    snippet: list[Segment]


@dataclass
class SearchPage:
    query: ParsedQuery
    articles: list[Article] = field(default_factory=list)  # visible, in order
    total: int = 0
    number: int = 1
    page_size: int = 10
    last_page: int = 1  # the deepest page search gives at this page size
    match: Match = Match.ALL
    capped: bool = False  # more than `total` matched (the index stopped counting)
    full: bool = False  # the index gave a whole page: with `capped`, more may follow
    # Where the index was asked, so a spelling can be looked up if nothing matched.
    filters: Filters | None = None
    using: str = "default"

    @cached_property
    def results(self) -> list[Result]:
        """Return the articles with their titles and snippets highlighted."""
        return [
            Result(
                article=article,
                title=highlight(article.title, self.query),
                snippet=snippet(_snippet_source(article, self.query), self.query),
            )
            for article in self.articles
        ]

    @cached_property
    def suggestion(self) -> str | None:
        """Return a spelling the index knows, when nothing matched."""
        if self.filters is None or self.total:
            return None
        return spelling_suggestion(self.query, filters=self.filters, using=self.using)

    @property
    def num_pages(self) -> int:
        # Past a capped count the pages go on: one more is always offered.
        pages = max(1, -(-self.total // self.page_size)) + self.capped
        return min(pages, self.last_page)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def previous_number(self) -> int:
        # From past the last page, "previous" leads back to the last one.
        return min(self.number - 1, self.num_pages)

    @property
    def has_next(self) -> bool:
        if self.number >= self.last_page:
            return False
        if self.capped:
            return self.full
        return self.number < self.num_pages

    @property
    def start_index(self) -> int:
        return (self.number - 1) * self.page_size + 1 if self.articles else 0


def filters_for(
    *,
    language: str | None = None,
    section_id: int | None = None,
    published_from: datetime | None = None,
    published_until: datetime | None = None,
    now: datetime | None = None,
) -> Filters:
    return Filters(
        now=now or timezone.now(),
        language=language,
        section_id=section_id,
        published_from=published_from,
        published_until=published_until,
    )


def read_query(text: str) -> ParsedQuery:
    """Return the parsed query, cut to the configured maximum length."""
    return parse_query(text, max_length=conf.max_query_length())


def last_page(page_size: int) -> int:
    """Return the deepest page search gives at this page size."""
    return max(1, -(-conf.max_results() // page_size))


def page_window(page: int, page_size: int) -> tuple[int, int]:
    """Return the offset and limit of a page; refuse one past the deepest result.

    Every search pages through here, so no page makes the index read deeper
    than AKHBAR_SEARCH_MAX_RESULTS matches (PostgreSQL reads every one above
    the page).
    """
    if page > last_page(page_size):
        raise PageBeyondLimit(last_page(page_size))
    offset = (max(page, 1) - 1) * page_size
    return offset, min(page_size, conf.max_results() - offset)


def search_ids(
    query: ParsedQuery,
    *,
    filters: Filters,
    sort: Sort = Sort.RELEVANCE,
    page: int = 1,
    page_size: int = 10,
    using: str = "default",
):
    """Return the index's hits for one page (ids best first, total, match)."""
    offset, limit = page_window(page, page_size)
    backend = backends[using]
    return backend.search(
        for_backend(query, backend),
        filters=filters,
        sort=sort,
        offset=offset,
        limit=limit,
    )


def for_backend(query: ParsedQuery, backend) -> ParsedQuery:
    """Return the query as this backend can run it.

    A backend that cannot match phrases gets their words as loose words: it
    finds the articles holding them all, a little more than the phrase would.
    """
    if backend.supports_phrases or not query.phrases:
        return query
    loose = tuple(term for phrase in query.phrases for term in phrase.terms)
    return replace(query, terms=query.terms + loose, phrases=())


def visible_in_order(ids: list[int], queryset=None) -> list[Article]:
    """Return the published articles with these ids, in the ids' order."""
    queryset = queryset if queryset is not None else Article.objects.all()
    found = queryset.published().filter(pk__in=ids).in_bulk()
    return [found[pk] for pk in ids if pk in found]


def empty_page(
    query: ParsedQuery, *, page: int = 1, page_size: int | None = None
) -> SearchPage:
    """Return a page with nothing on it; refuse one past the deepest result."""
    page_size = page_size or conf.page_size()
    page = max(page, 1)
    page_window(page, page_size)
    return SearchPage(
        query=query, number=page, page_size=page_size, last_page=last_page(page_size)
    )


def search_articles(
    query: ParsedQuery,
    *,
    filters: Filters,
    sort: Sort = Sort.RELEVANCE,
    page: int = 1,
    page_size: int | None = None,
    queryset=None,
    using: str = "default",
) -> SearchPage:
    """Return one page of the articles readers may see, best or newest first.

    The search page and GET /api/v1/search both read through here: one page
    cap, one pagination. A page past the cap raises PageBeyondLimit before the
    index is asked. `queryset` says how the articles are loaded (what the
    caller shows of them); visibility is always Article.objects.published().
    """
    result = empty_page(query, page=page, page_size=page_size)
    if query.is_empty:
        return result
    offset, limit = page_window(result.number, result.page_size)
    backend = backends[using]
    hits = backend.search(
        for_backend(query, backend),
        filters=filters,
        sort=sort,
        offset=offset,
        limit=limit,
    )
    if queryset is None:
        queryset = Article.objects.select_related("section")
    result.articles = visible_in_order(hits.ids, queryset)
    result.total, result.match, result.capped = hits.total, hits.match, hits.capped
    result.full = len(hits.ids) >= limit
    result.filters, result.using = filters, using
    return result


def _snippet_source(article: Article, query: ParsedQuery) -> str:
    """Return the summary when the query's words are in it, else the body."""
    if article.summary and matches(article.summary, query):
        return article.summary
    body = plain_text(article.body)
    if matches(body, query) or not article.summary:
        return body
    return article.summary


def spelling_suggestion(
    query: ParsedQuery, *, filters: Filters, using: str = "default"
) -> str | None:
    """Return the query with unknown words replaced by near words that match.

    The suggestion is shown only when it finds something, and in a form read
    from a matching article (the index keeps words normalized: ة as ه).
    """
    backend = backends[using]
    if not backend.supports_spelling:
        return None
    replaced = corrections(query, backend.known_words)
    if not replaced:
        return None
    suggested = read_query(
        " ".join(replaced.get(term.surface, term.surface) for term in query.all_terms())
    )
    hits = backend.search(suggested, filters=filters, limit=1)
    if not hits.ids:
        return None
    articles = visible_in_order(hits.ids)
    if not articles:
        return None
    return _as_written(suggested, articles[0])


def _as_written(query: ParsedQuery, article: Article) -> str:
    written: dict[str, str] = {}
    text = f"{article.title} {article.summary} {plain_text(article.body)}"
    for found in WRITTEN_WORD.finditer(text):
        written.setdefault(normalize(found.group()), found.group())
    return " ".join(
        _bare(written.get(term.surface, term.surface)) for term in query.all_terms()
    )


def _bare(word: str) -> str:
    # Tashkeel and tatweel are a writer's choice; a suggestion goes without.
    return "".join(c for c in word if not ("\u064b" <= c <= "\u065f" or c == "\u0640"))


def suggest_titles(
    text: str, *, language: str | None, limit: int = 6, using: str = "default"
) -> list[Article]:
    """Return published articles whose titles begin to match what is typed."""
    query = read_query(text)
    backend = backends[using]
    if not backend.supports_suggest:
        return []  # the results page works without suggestions
    if query.is_empty or len(query.all_terms()[-1].surface) < 2:
        return []
    ids = backend.suggest(query, filters=filters_for(language=language), limit=limit)
    return visible_in_order(
        ids, Article.objects.only("pk", "slug", "title", "language")
    )
