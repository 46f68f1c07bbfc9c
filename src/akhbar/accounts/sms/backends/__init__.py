"""SMS backends, chosen by the SMS_BACKENDS setting (shaped like CACHES).

from akhbar.accounts.sms.backends import backends
backends["default"].send(message)

Code sends texts with `akhbar.accounts.sms.send_sms()`, which counts them
against the daily cap before it asks for a backend here.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from asgiref.local import Local
from django.conf import settings as django_settings
from django.core.signals import setting_changed
from django.utils.connection import BaseConnectionHandler
from django.utils.module_loading import import_string

from ..base import BaseSmsBackend

DEFAULT_BACKENDS = {
    "default": {"BACKEND": "akhbar.accounts.sms.backends.console.SmsBackend"}
}


if TYPE_CHECKING:
    # Generic in django-stubs only: Django's class takes no [...] at run time.
    _Handler = BaseConnectionHandler[BaseSmsBackend]
else:
    _Handler = BaseConnectionHandler


class SmsBackendHandler(_Handler):
    settings_name = "SMS_BACKENDS"

    def configure_settings(self, settings: dict[str, Any] | None) -> dict[str, Any]:
        if settings is None:
            settings = getattr(django_settings, self.settings_name, DEFAULT_BACKENDS)
        return settings

    def create_connection(self, alias: str) -> BaseSmsBackend:
        params = dict(self.settings[alias])
        backend: Callable[..., BaseSmsBackend] = import_string(params.pop("BACKEND"))
        return backend(alias, **params.pop("OPTIONS", {}), **params)

    def reset(self) -> None:
        """Forget the backends made under an earlier setting (tests change it)."""
        self._settings = None
        self.__dict__.pop("settings", None)
        self._connections = Local(self.thread_critical)


backends = SmsBackendHandler()


def _setting_changed(*, setting: str, **kwargs: object) -> None:
    if setting == "SMS_BACKENDS":
        backends.reset()


setting_changed.connect(_setting_changed)
