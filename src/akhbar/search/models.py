"""The search index's bookkeeping row, one per indexed article.

The words themselves live where each database searches best: an FTS5 table
(SQLite) or a tsvector column of this table (PostgreSQL), both made by the
migration for that database only.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    # Deleting an article deletes its row in the same transaction; on SQLite a
    # trigger then drops its words from the FTS5 table.
    article = models.OneToOneField(
        "news.Article",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("article"),
    )
    language = models.CharField(max_length=10)
    section_id = models.BigIntegerField()
    # Kept with the words so that a scheduled article is indexed when it is
    # published and found only from its publish time (filtered at query time).
    published_at = models.DateTimeField()
    indexed_at = models.DateTimeField(auto_now=True)
    # SQLite only: the row's key in the FTS5 table and its packed columns
    # (backends/sqlite.py, backends/packing.py). NULL on PostgreSQL.
    fts_rowid = models.BigIntegerField(null=True, unique=True, editable=False)
    packed = models.BinaryField(null=True, editable=False)

    class Meta:
        db_table = "search_document"
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [
            models.Index(
                fields=["language", "published_at"], name="search_doc_lang_idx"
            )
        ]

    def __str__(self) -> str:
        return f"article {self.article_id}"
