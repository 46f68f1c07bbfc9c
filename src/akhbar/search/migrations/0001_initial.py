import django.db.models.deletion
from django.db import migrations, models

# Made only on the database it belongs to. Both hold analysed text
# (akhbar.text), never the raw text.
#
# SQLite: a contentless FTS5 table. Its rowid is a recency key (the publish
# second, then the article id: see backends/sqlite.py), so that "newest
# first", "published by now" and date ranges are rowid ranges FTS5 answers
# itself. title/summary/body hold each word's stem, in order (phrases match
# there); *_forms the words as written, then the other stems of ambiguous
# words (وروسيا: روس); meta the language and the section. search_document
# keeps the key and the packed columns, which the trigger needs to delete.
# The trigger only deletes words FTS5 has: rows loaded from elsewhere (a
# fixture, a backup of search_document alone) have none. A later migration
# that makes SQLite rebuild search_document drops the trigger with the old
# table: it must create it again.
SQLITE_CREATE = [
    """
    CREATE VIRTUAL TABLE search_fts USING fts5(
        title, summary, body, title_forms, summary_forms, body_forms, meta,
        content = '', tokenize = 'unicode61 remove_diacritics 0'
    )
    """,
    # The words of the index, for spelling suggestions.
    "CREATE VIRTUAL TABLE search_fts_vocab USING fts5vocab(search_fts, 'col')",
    """
    CREATE TRIGGER search_document_deleted AFTER DELETE ON search_document
    WHEN old.packed IS NOT NULL
        AND EXISTS (SELECT 1 FROM search_fts WHERE rowid = old.fts_rowid)
    BEGIN
        INSERT INTO search_fts (
            search_fts, rowid, title, summary, body,
            title_forms, summary_forms, body_forms, meta
        ) VALUES (
            'delete', old.fts_rowid,
            akhbar_search_unpack(old.packed, 0), akhbar_search_unpack(old.packed, 1),
            akhbar_search_unpack(old.packed, 2), akhbar_search_unpack(old.packed, 3),
            akhbar_search_unpack(old.packed, 4), akhbar_search_unpack(old.packed, 5),
            akhbar_search_unpack(old.packed, 6)
        );
    END
    """,
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_document_deleted",
    "DROP TABLE IF EXISTS search_fts_vocab",
    "DROP TABLE IF EXISTS search_fts",
]
# PostgreSQL: `terms` (GIN) is what matching reads, `ranking` what ranking
# reads (see backends/postgres.py). `ranking` is small and kept in the row.
POSTGRES_CREATE = [
    "ALTER TABLE search_document ADD COLUMN terms tsvector NOT NULL DEFAULT ''",
    "ALTER TABLE search_document ADD COLUMN ranking tsvector NOT NULL DEFAULT ''",
    "ALTER TABLE search_document ALTER COLUMN ranking SET STORAGE MAIN",
    "CREATE INDEX search_document_terms ON search_document USING gin (terms)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS search_document_terms",
    "ALTER TABLE search_document DROP COLUMN IF EXISTS ranking",
    "ALTER TABLE search_document DROP COLUMN IF EXISTS terms",
]

def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for statement in statements.get(vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("news", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="news.article",
                        verbose_name="article",
                    ),
                ),
                ("language", models.CharField(max_length=10)),
                ("section_id", models.BigIntegerField()),
                ("published_at", models.DateTimeField()),
                ("indexed_at", models.DateTimeField(auto_now=True)),
                (
                    "fts_rowid",
                    models.BigIntegerField(editable=False, null=True, unique=True),
                ),
                ("packed", models.BinaryField(editable=False, null=True)),
            ],
            options={
                "verbose_name": "search document",
                "verbose_name_plural": "search documents",
                "db_table": "search_document",
            },
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
