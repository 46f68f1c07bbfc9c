"""Reader pages: parse the request, ask a queryset, render. No query logic here."""

from django.core.paginator import Paginator
from django.http import HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.utils.translation import get_language, get_language_from_request
from django.views.decorators.vary import vary_on_headers

from akhbar.frontpage.queries import front_page
from akhbar.news.models import Article
from akhbar.news.querysets import with_columnists

from .alternates import alternates_for_article, alternates_for_path
from .caching import cached_for_readers

PAGE_SIZE = 20


@vary_on_headers("Accept-Language", "Cookie")
def choose_language(request):
    """Send the reader to their language's home (Accept-Language, default Arabic)."""
    language = get_language_from_request(request, check_path=False)
    return HttpResponseRedirect(f"/{language}/")


def _page(request, queryset):
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = with_columnists(page.object_list)
    return page


def _published():
    return Article.objects.published().in_language(get_language())


def _named(request, names, slug):
    """Return a section, tag or person page's subject, or 404.

    Readers see names that a published article carries (a tag a reporter just
    made is not public); staff who may view such names in the newsroom see any
    of them, as a preview (their pages are never cached: they have a session).
    """
    model = names.model
    user = request.user
    if user.is_staff and user.has_perm(f"news.view_{model._meta.model_name}"):
        names = model.objects.all()
    return get_object_or_404(names, slug=slug)


@cached_for_readers
def home(request):
    return render(
        request,
        "web/home.html",
        {
            "front": front_page(language=get_language()),
            "alternates": alternates_for_path(request),
        },
    )


@cached_for_readers
def latest(request):
    page = _page(request, _published().newest_first().for_cards())
    return render(
        request,
        "web/list.html",
        {"page": page, "heading": None, "alternates": alternates_for_path(request)},
    )


@cached_for_readers
def section_page(request, slug):
    section = _named(request, Article.objects.published().sections_used(), slug)
    # The editors' front on the first page; every other story in pages below it.
    front = front_page(language=get_language(), section=section)
    more = _published().in_section(section).exclude(pk__in=front.shown)
    page = _page(request, more.newest_first().for_cards())
    return render(
        request,
        "web/section_front.html",
        {
            "front": front if page.number == 1 else None,
            "page": page,
            "section": section,
            "heading": section.name,
            "alternates": alternates_for_path(request),
        },
    )


@cached_for_readers
def tag_page(request, slug):
    tag = _named(request, Article.objects.published().tags_used(), slug)
    page = _page(request, _published().tagged(tag).newest_first().for_cards())
    return render(
        request,
        "web/list.html",
        {
            "page": page,
            "tag": tag,
            "heading": tag.name,
            "alternates": alternates_for_path(request),
        },
    )


@cached_for_readers
def person_page(request, slug):
    person = _named(request, Article.objects.published().people_credited(), slug)
    page = _page(request, _published().by_person(person).newest_first().for_cards())
    return render(
        request,
        "web/person.html",
        {"page": page, "person": person, "alternates": alternates_for_path(request)},
    )


@cached_for_readers
def article_page(request, pk, slug):
    article = get_object_or_404(Article.objects.published().for_page(), pk=pk)
    if article.language != get_language() or article.slug != slug:
        return redirect(article.get_absolute_url(), permanent=True)
    return render_article(request, article)


def render_article(request, article, *, preview=False):
    """Render an article's reader page (the newsroom's preview uses it too)."""
    translations = list(
        Article.objects.published()
        .translations_of(article)
        .only("pk", "slug", "language", "title")
    )
    return render(
        request,
        "web/article.html",
        {
            "article": article,
            "preview": preview,
            "related": Article.objects.related_to(article),
            "translations": translations,
            "alternates": alternates_for_article(request, article, translations),
        },
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors or database here: the error may be the database.
    return HttpResponseServerError(loader.get_template("500.html").render())
