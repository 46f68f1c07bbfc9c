from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "akhbar.search"
    verbose_name = _("Search")

    def ready(self):
        from .backends.packing import register

        # The SQL function FTS5's delete trigger calls (see backends/packing.py).
        connection_created.connect(register, dispatch_uid="akhbar.search.unpack")
