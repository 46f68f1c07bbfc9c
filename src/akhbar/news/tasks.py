"""Durable side effects of content changes, run by the tasks backend."""

from django.tasks import task

from .cache import purge_reader_cache


@task()
def purge_reader_pages(article_pk: int | None = None) -> None:
    """Drop cached reader pages so a change is visible at once."""
    purge_reader_cache()
