"""The flush as a durable task, queued by beacons at most once a minute."""

from django.tasks import task

from .services import flush_reads


@task()
def flush_reads_task() -> int:
    return flush_reads()
