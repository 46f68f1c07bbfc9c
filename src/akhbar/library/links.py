"""The sign-in link a signed-out reader follows from a save or follow button."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import QueryDict
from django.shortcuts import resolve_url


def login_link(next_path: str) -> str:
    """Return the sign-in URL (settings.LOGIN_URL) that comes back to next_path."""
    # The same construction as django.contrib.auth.views.redirect_to_login, so
    # the link and the redirect agree whichever sign-in page LOGIN_URL names.
    parts = list(urlsplit(resolve_url(settings.LOGIN_URL)))
    query = QueryDict(parts[3], mutable=True)
    query[REDIRECT_FIELD_NAME] = next_path
    parts[3] = query.urlencode(safe="/")
    return urlunsplit(parts)
