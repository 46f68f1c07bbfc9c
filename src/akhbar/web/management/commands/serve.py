"""Serve akhbar with the production server (granian, WSGI)."""

import os
import shutil
import sys

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve the site with granian, the production WSGI server."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument(
            "--port", type=int, default=int(os.environ.get("PORT", "8000"))
        )
        parser.add_argument(
            "--workers", type=int, default=int(os.environ.get("WEB_WORKERS", "2"))
        )
        parser.add_argument(
            "--static-ceiling",
            action="store_true",
            help="Also serve var/static at /_static/ straight from granian "
            "(the benchmark's ceiling).",
        )

    def handle(self, *args, host, port, workers, static_ceiling, **options):
        granian = shutil.which("granian", path=os.path.dirname(sys.executable))
        if granian is None:
            granian = shutil.which("granian")
        command = [
            granian,
            "--interface", "wsgi",
            "--host", host,
            "--port", str(port),
            "--workers", str(workers),
            "--no-ws",
            "akhbar.wsgi:application",
        ]  # fmt: skip
        if static_ceiling:
            command[1:1] = [
                "--static-path-route", "/_static",
                "--static-path-mount", str(settings.STATIC_ROOT),
            ]  # fmt: skip
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "akhbar.settings.demo")
        self.stdout.write(f"Serving on http://{host}:{port}/ ({workers} workers)")
        sys.stdout.flush()
        os.execv(granian, command)  # noqa: S606 - replace this process, no shell
