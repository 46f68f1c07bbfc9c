"""Who is not a reader: crawlers, link previews, headless browsers, prefetches.

The user-agent list is crawler-user-agents (a community-kept list of some 1,500
patterns: search engines, AI crawlers, link previews such as WhatsApp, Telegram
and Slack, monitoring, HTTP libraries, HeadlessChrome and Lighthouse). A few
words of our own catch what a list always lags behind. A request without a
user agent, or with an absurd one, is not counted either.
"""

import re

from crawleruseragents import is_crawler
from django.http import HttpRequest

# Generic words that name a robot in its user agent, whatever its brand.
GENERIC = re.compile(r"bot\b|crawl|spider|scrap|headless|preview|prerender", re.I)
# Headers browsers send on speculative loads (prefetch, prerender, link previews).
SPECULATIVE = {
    "HTTP_SEC_PURPOSE": ("prefetch", "prerender"),
    "HTTP_PURPOSE": ("prefetch", "preview"),
    "HTTP_X_PURPOSE": ("prefetch", "preview"),
    "HTTP_X_MOZ": ("prefetch",),
}
MAX_USER_AGENT = 512


def is_bot(user_agent: str) -> bool:
    """Return True for a user agent that is not a person's browser."""
    user_agent = user_agent.strip()
    if not 10 <= len(user_agent) <= MAX_USER_AGENT:
        return True
    return bool(GENERIC.search(user_agent)) or is_crawler(user_agent)


def is_speculative(request: HttpRequest) -> bool:
    """Return True for a prefetch or prerender rather than a view."""
    for header, words in SPECULATIVE.items():
        value = request.META.get(header, "").lower()
        if value and any(word in value for word in words):
            return True
    return False


def not_a_reader(request: HttpRequest) -> bool:
    return is_speculative(request) or is_bot(request.META.get("HTTP_USER_AGENT", ""))
