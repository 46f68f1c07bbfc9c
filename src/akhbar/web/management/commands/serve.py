"""Serve akhbar: granian (the production WSGI server) plus the task worker.

Both run as child processes of this command, so stopping it (Ctrl-C, SIGTERM)
stops both, and neither outlives the other.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def _program(name: str) -> str:
    path = shutil.which(name, path=os.path.dirname(sys.executable)) or shutil.which(
        name
    )
    if path is None:
        raise CommandError(f"{name} is not installed in this environment.")
    return path


class Command(BaseCommand):
    help = "Serve the site with granian and run the durable task worker."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument(
            "--port", type=int, default=int(os.environ.get("PORT", "8000"))
        )
        parser.add_argument(
            "--workers", type=int, default=int(os.environ.get("WEB_WORKERS", "2"))
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Do not start the task worker (run `akhbar db_worker` elsewhere).",
        )
        parser.add_argument(
            "--static-ceiling",
            action="store_true",
            help="Also serve the static root at /_static/ straight from granian "
            "(the benchmark's ceiling).",
        )

    def handle(self, *args, host, port, workers, no_worker, static_ceiling, **options):
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "akhbar.settings.demo")
        server = [
            _program("granian"),
            "--interface", "wsgi",
            "--host", host,
            "--port", str(port),
            "--workers", str(workers),
            # A few threads per worker: Django requests hold the GIL, and
            # hundreds of threads only add switching. Excess requests wait in
            # the socket backlog instead.
            "--blocking-threads", os.environ.get("WEB_THREADS", "4"),
            "--backpressure", os.environ.get("WEB_BACKPRESSURE", "64"),
            "--no-ws",
        ]  # fmt: skip
        if static_ceiling:
            server += [
                "--static-path-route", "/_static",
                "--static-path-mount", str(settings.STATIC_ROOT),
            ]  # fmt: skip
        server.append("akhbar.wsgi:application")
        children = [subprocess.Popen(server)]  # noqa: S603 - our own argv
        if not no_worker:
            worker = [_program("akhbar"), "db_worker", "--interval", "1"]
            children.append(subprocess.Popen(worker))  # noqa: S603
        self.stdout.write(f"Serving on http://{host}:{port}/ ({workers} workers)")

        def stop(signum, frame):
            for child in children:
                if child.poll() is None:
                    child.terminate()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        # When any child ends, end them all: a server without its worker would
        # silently stop purging caches.
        with contextlib.suppress(ChildProcessError):
            os.wait()
        stop(None, None)
        for child in children:
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
