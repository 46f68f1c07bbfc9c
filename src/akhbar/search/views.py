"""The search page and the type-ahead endpoint. Parse, ask, render."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from akhbar.text.query import MAX_QUERY_WORDS
from akhbar.web.alternates import alternates_for_path
from akhbar.web.templatetags.akhbar import digits

from . import conf
from .backends.base import Sort
from .forms import SearchForm, displayable
from .queries import (
    PageBeyondLimit,
    SearchPage,
    filters_for,
    read_query,
    search_articles,
    suggest_titles,
)

SUGGESTIONS = 6


@require_GET
def search_page(request):
    form = SearchForm(request.GET, language=get_language())
    form.is_valid()  # Fills cleaned_data with every field that is valid.
    data = form.cleaned_data
    text = data.get("q", "")
    query = read_query(text)
    notices = []
    if form.too_long:
        notices.append(
            _("Searches are limited to %(limit)d characters; we used the first ones.")
            % {"limit": conf.max_query_length()}
        )
    if text and query.is_empty:
        notices.append(_("Your search has no letters or digits to look for."))
    if query.dropped_words:
        notices.append(
            ngettext(
                "Only the first %(count)d word of your search was used.",
                "Only the first %(count)d words of your search were used.",
                MAX_QUERY_WORDS,
            )
            % {"count": MAX_QUERY_WORDS}
        )
    try:
        page = search_articles(
            query,
            filters=filters_for(**form.search_options()),
            sort=data.get("sort") or Sort.RELEVANCE,
            page=data.get("page") or 1,
        )
    except PageBeyondLimit as refused:
        notices.append(
            _("Results stop at page %(last)s; use the filters to narrow your search.")
            % {"last": digits(refused.last_page)}
        )
        page = SearchPage(query=query)
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "search_query": text,
            "query_text": query.text,
            "page": page,
            "notices": notices,
            "errors": [
                error
                for name, errors in form.errors.items()
                if name != "page"
                for error in errors
            ],
            "alternates": alternates_for_path(request),
        },
    )


@require_GET
def suggest(request):
    """Return up to six titles for what is being typed (JSON, for type-ahead)."""
    text = displayable(request.GET.get("q", ""))
    articles = suggest_titles(text, language=get_language(), limit=SUGGESTIONS)
    response = JsonResponse(
        {
            "results": [
                {"title": article.title, "url": article.get_absolute_url()}
                for article in articles
            ]
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "max-age=60"
    return response
