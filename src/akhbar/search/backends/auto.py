"""The default backend: the one that fits the database the site runs on."""

from django.core.exceptions import ImproperlyConfigured
from django.db import connections

from .base import BaseSearchBackend


class SearchBackend:
    """Return FTS5 on SQLite and PostgreSQL full-text search on PostgreSQL."""

    def __new__(cls, alias: str = "default", **options) -> BaseSearchBackend:
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
