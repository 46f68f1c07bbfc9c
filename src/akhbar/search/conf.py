"""The search app's own settings, read lazily with their defaults."""

from django.conf import settings

from akhbar.text.query import MAX_QUERY_LENGTH


def max_query_length() -> int:
    return getattr(settings, "AKHBAR_SEARCH_MAX_QUERY_LENGTH", MAX_QUERY_LENGTH)


def page_size() -> int:
    return getattr(settings, "AKHBAR_SEARCH_PAGE_SIZE", 10)


def max_results() -> int:
    # One cap for the search page and the API, in results rather than pages:
    # the depth is what costs (PostgreSQL reads every match above the page).
    return getattr(settings, "AKHBAR_SEARCH_MAX_RESULTS", 5000)
