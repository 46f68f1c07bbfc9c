"""A reader's saved articles and "my news", and the buttons that change them.

The buttons are plain POST forms that redirect back with a message; the page
script (static/library/library.js) posts the same forms with
`Accept: application/json` and gets the new state instead of a redirect.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from akhbar.news.models import Article, Section, Tag
from akhbar.web.alternates import alternates_for_path

from . import services
from .links import login_link
from .models import Bookmark, Follow

PAGE_SIZE = 20
TARGETS = {"section": Section, "tag": Tag}


def _wants_json(request) -> bool:
    # Not request.accepts(): a browser's form post accepts */* too.
    preferred = request.get_preferred_type(["text/html", "application/json"])
    return preferred == "application/json"


def _back(request, fallback: str) -> str:
    """Return the form's `next` when it is a path on this site, else fallback."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def reader_required(view):
    """Send a signed-out reader to sign in, then back to the page they were on."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        back = _back(request, reverse("web:home"))
        if _wants_json(request):
            return JsonResponse({"login_url": login_link(back)}, status=401)
        return redirect_to_login(back)

    return wrapper


def _answer(request, *, active: bool, message: str, fallback: str):
    if _wants_json(request):
        return JsonResponse({"active": active, "message": message})
    messages.success(request, message)
    return redirect(_back(request, fallback))


@require_POST
@reader_required
def set_saved(request, pk: int, *, active: bool):
    article = get_object_or_404(
        Article.objects.published().only("pk", "slug", "language"), pk=pk
    )
    if active:
        try:
            services.add_bookmark(user=request.user, article=article)
        except services.NotVisible:
            raise Http404 from None
        message = _("Saved for later.")
    else:
        services.remove_bookmark(user=request.user, article=article)
        message = _("Removed from your saved articles.")
    return _answer(
        request, active=active, message=message, fallback=article.get_absolute_url()
    )


@require_POST
@reader_required
def set_following(request, kind: str, slug: str, *, active: bool):
    target = get_object_or_404(TARGETS[kind], slug=slug)
    if active:
        services.follow(user=request.user, target=target)
        message = _("You now follow “%(name)s”.") % {"name": target.name}
    else:
        services.unfollow(user=request.user, target=target)
        message = _("You no longer follow “%(name)s”.") % {"name": target.name}
    return _answer(
        request, active=active, message=message, fallback=target.get_absolute_url()
    )


@require_safe
@never_cache
@login_required
def saved(request):
    page = Paginator(Bookmark.objects.saved_by(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "library/saved.html",
        {"page": page, "alternates": alternates_for_path(request)},
    )


@require_safe
@never_cache
@login_required
def my_news(request):
    follows = Follow.objects.of(request.user)
    page = Paginator(follows.news(language=get_language()), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    page.object_list = list(page.object_list)
    return render(
        request,
        "library/my_news.html",
        {
            "page": page,
            "follows": list(follows.with_targets()),
            "saved_ids": Bookmark.objects.saved_ids(request.user, page.object_list),
            "alternates": alternates_for_path(request),
        },
    )
