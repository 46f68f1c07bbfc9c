"""`akhbar search-rebuild`: index every published article again, with progress."""

import time

from django.core.management.base import BaseCommand

from akhbar.search.services import rebuild_index

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the published articles. Safe while the "
        "site serves: the index is updated in small batches, never emptied."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--backend",
            default="default",
            help="The SEARCH_BACKENDS alias to rebuild (default: default).",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=500,
            help="Articles per transaction (default: 500).",
        )

    def handle(self, *args, backend, batch_size, **options):
        started = time.monotonic()
        show_bar = options["verbosity"] >= 1
        interactive = show_bar and self.stdout.isatty()

        def progress(done: int, total: int) -> None:
            if not show_bar:
                return
            filled = BAR_WIDTH * done // total if total else BAR_WIDTH
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            line = f"[{bar}] {done}/{total} articles"
            if interactive:
                self.stdout.write(f"\r{line}", ending="")
                self.stdout.flush()
            elif done == total or done % (batch_size * 20) < batch_size:
                self.stdout.write(line)

        report = rebuild_index(
            using=backend, batch_size=max(1, batch_size), progress=progress
        )
        if interactive:
            self.stdout.write("")
        if show_bar:
            seconds = time.monotonic() - started
            self.stdout.write(
                self.style.SUCCESS(
                    f"Indexed {report.indexed} articles and removed "
                    f"{report.removed} stale entries in {seconds:.1f}s."
                )
            )
