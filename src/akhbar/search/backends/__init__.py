"""Search backends, chosen by the SEARCH_BACKENDS setting (shaped like CACHES).

from akhbar.search.backends import backends
backends["default"].search(query, filters=...)
"""

from asgiref.local import Local
from django.conf import settings as django_settings
from django.core.signals import setting_changed
from django.utils.connection import BaseConnectionHandler
from django.utils.module_loading import import_string

DEFAULT_BACKENDS = {"default": {"BACKEND": "akhbar.search.backends.auto.SearchBackend"}}


class SearchBackendHandler(BaseConnectionHandler):
    settings_name = "SEARCH_BACKENDS"

    def configure_settings(self, settings):
        if settings is None:
            settings = getattr(django_settings, self.settings_name, DEFAULT_BACKENDS)
        return settings

    def create_connection(self, alias):
        params = dict(self.settings[alias])
        backend = import_string(params.pop("BACKEND"))
        return backend(alias, **params.pop("OPTIONS", {}), **params)

    def reset(self) -> None:
        """Forget the backends made under an earlier setting (tests change it)."""
        self._settings = None
        self.__dict__.pop("settings", None)
        self._connections = Local(self.thread_critical)


backends = SearchBackendHandler()


def _setting_changed(*, setting, **kwargs):
    if setting == "SEARCH_BACKENDS":
        backends.reset()


setting_changed.connect(_setting_changed)
