"""Whole-page cache for anonymous readers.

A page is cached only for requests without a session cookie, without a query
string other than a small page number, and only when it rendered with 200. The
key carries the reader-content generation, so publishing purges every page at
once; the short timeout makes scheduled articles appear within a minute, and
no page outlives the next start or end of a breaking-news alert in its language.
"""

import hashlib
import math
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from akhbar.news.breaking import BreakingAlert
from akhbar.news.cache import reader_generation

PAGE_TIMEOUT = 60


def _cache_key(request) -> str | None:
    if request.method != "GET" or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    query = request.GET
    if query and (
        set(query) != {"page"} or not query["page"].isdigit() or len(query["page"]) > 4
    ):
        return None
    # Hashed: Arabic paths percent-encode to keys longer than memcached allows.
    path = hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()
    return f"page:{reader_generation()}:{get_language()}:{path}"


def page_timeout(language: str) -> int:
    """Return how long a page may be kept: a minute, or less when a breaking
    alert starts or ends sooner (the bar must come and go on time)."""
    now = timezone.now()
    change = BreakingAlert.objects.next_change(language, now=now)
    if change is None:
        return PAGE_TIMEOUT
    return max(1, min(PAGE_TIMEOUT, math.ceil((change - now).total_seconds())))


def cached_for_readers(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        key = _cache_key(request)
        if key is not None:
            hit = cache.get(key)
            if hit is not None:
                content, content_type = hit
                response = HttpResponse(content, content_type=content_type)
                response["X-Cache"] = "hit"
                # As the fresh page would: a shared cache in front must not serve
                # this signed-out copy to a reader with a session.
                patch_vary_headers(response, ["Cookie"])
                return response
        response = view(request, *args, **kwargs)
        if key is not None and response.status_code == 200 and not response.streaming:
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            if not response.cookies:
                cache.set(
                    key,
                    (response.content, response["Content-Type"]),
                    page_timeout(get_language()),
                )
        return response

    return wrapper
