"""The read beacon: `POST /reads/` with `article=<id>`, answered 204.

Article pages are cached whole, so a page view is counted by a beacon that the
page's script (`static/readership/reads.js`) sends once the page is really
shown. The endpoint runs no database query: it checks the input, leaves out
bots and prefetches, and counts in the cache (`counting.py`); at most once a
minute a beacon queues the flush task that writes the tallies.

CSRF: the endpoint is exempt, on purpose. `navigator.sendBeacon` cannot carry
the token of a cached page (a cached page holds no token, and giving it one
would make it uncacheable). What the endpoint can change is one thing only: a
read counter, which anyone may already add to by reading the article. It reads
no session or cookie, acts for no user, and answers with nothing. A forged
cross-site POST could at most add a read, so it is also refused: a request
whose `Origin` is another site, or that the browser marks `Sec-Fetch-Site:
cross-site`, gets 403. Per-client limits bound what any one client can add.
"""

import logging
import re

from allauth.account.adapter import get_adapter
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import counting
from .bots import not_a_reader
from .tasks import flush_reads_task

logger = logging.getLogger(__name__)
ARTICLE_ID = re.compile(r"[1-9][0-9]{0,9}")
MAX_ID = 2**31 - 1
MAX_BODY = 64


@csrf_exempt
@never_cache
@require_POST
def count_read(request: HttpRequest) -> HttpResponse:
    if _foreign(request):
        return HttpResponse(status=403)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = MAX_BODY + 1
    if length > MAX_BODY:
        return HttpResponseBadRequest()
    raw = request.POST.get("article", "")
    if not ARTICLE_ID.fullmatch(raw) or int(raw) > MAX_ID:
        return HttpResponseBadRequest()
    if not not_a_reader(request):
        try:
            address = get_adapter().get_client_ip(request)
        except PermissionDenied:
            return HttpResponse(status=204)
        client = counting.client_hash(address, request.META["HTTP_USER_AGENT"])
        if counting.record_read(int(raw), client=client) and counting.flush_due():
            _queue_flush()
    return HttpResponse(status=204)


def _queue_flush() -> None:
    """Queue the flush; if the queue is down, leave it to the next beacon."""
    try:
        flush_reads_task.enqueue()
    except Exception:
        logger.exception("could not queue the read flush")
        counting.flush_not_queued()


def _foreign(request: HttpRequest) -> bool:
    """Return True for a request another site's page made."""
    if request.META.get("HTTP_SEC_FETCH_SITE") == "cross-site":
        return True
    origin = request.META.get("HTTP_ORIGIN")
    return bool(origin) and origin != f"{request.scheme}://{request.get_host()}"
