"""`akhbar purge_trash`: delete for good what has been in the trash too long."""

from django.core.management.base import BaseCommand, CommandError

from akhbar.newsroom.trash import TRASH_DAYS, purge_trash


class Command(BaseCommand):
    help = (
        f"Delete for good the articles moved to the trash more than {TRASH_DAYS} "
        "days ago. Run it daily (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=TRASH_DAYS,
            help=f"Keep what was trashed in the last DAYS days (default {TRASH_DAYS}).",
        )

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        purged = purge_trash(days=days)
        self.stdout.write(f"Deleted {purged} article(s) from the trash for good.")
