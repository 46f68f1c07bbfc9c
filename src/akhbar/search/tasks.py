"""Durable index updates, enqueued after every change of reader content."""

from django.tasks import task

from .services import refresh_articles


@task()
def index_article(article_pk: int | None = None) -> None:
    """Bring one article's index entry up to date (add, replace or remove).

    None means a person or a section changed: the index holds only the
    articles' own text and where they belong, so there is nothing to redo.
    """
    if article_pk is None:
        return
    refresh_articles(article_ids=[article_pk])
