"""The default backend: the one that fits the database the site runs on."""

from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db import connections

from .base import BaseSearchBackend


class SearchBackend:
    """Return FTS5 on SQLite and PostgreSQL full-text search on PostgreSQL."""

    # A factory that SEARCH_BACKENDS can name like a class: what it makes is not
    # an instance of it, which mypy only allows with this ignore.
    def __new__(  # type: ignore[misc]
        cls, alias: str = "default", **options: Any
    ) -> BaseSearchBackend:
        vendor = connections[options.get("DATABASE", "default")].vendor
        if vendor == "sqlite":
            from .sqlite import Fts5SearchBackend

            return Fts5SearchBackend(alias, **options)
        if vendor == "postgresql":
            from .postgres import PostgresSearchBackend

            return PostgresSearchBackend(alias, **options)
        raise ImproperlyConfigured(
            f"No search backend for the {vendor} database: set SEARCH_BACKENDS."
        )
