from django.core.management.base import BaseCommand

from akhbar.readership.services import flush_reads


class Command(BaseCommand):
    help = "Write the reads counted in the cache to the hourly tallies now."

    def handle(self, *args, **options):
        recorded = flush_reads()
        self.stdout.write(f"{recorded} reads recorded.")
