"""The news app's own settings, read lazily with their defaults."""

from django.conf import settings

DEFAULT_CONTENT_TASKS = ["akhbar.news.tasks.purge_reader_pages"]


def content_tasks() -> list[str]:
    return getattr(settings, "AKHBAR_CONTENT_TASKS", DEFAULT_CONTENT_TASKS)
