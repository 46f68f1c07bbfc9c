"""Authors in the order the editors give them: a Byline through model.

Django cannot add a through model to an existing many-to-many field, so the
rows are copied into the new table (keeping today's order, by the person's
slug) before the old field is replaced by one that uses it.
"""

import django.db.models.deletion
from django.db import migrations, models


def copy_to_bylines(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    Byline = apps.get_model("news", "Byline")
    Old = Article.authors.through
    rows = Old.objects.order_by("article_id", "person__slug", "person_id").values_list(
        "article_id", "person_id"
    )
    bylines, position, last = [], 0, None
    for article_id, person_id in rows.iterator():
        position = position + 1 if article_id == last else 0
        last = article_id
        bylines.append(
            Byline(article_id=article_id, person_id=person_id, position=position)
        )
    Byline.objects.bulk_create(bylines, batch_size=500)


def copy_back(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    Byline = apps.get_model("news", "Byline")
    Article.authors.through.objects.bulk_create(
        [
            Article.authors.through(article_id=a, person_id=p)
            for a, p in Byline.objects.values_list("article_id", "person_id")
        ],
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_article_label"),
    ]

    operations = [
        migrations.CreateModel(
            name="Byline",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0, verbose_name="position"
                    ),
                ),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="bylines",
                        to="news.article",
                        verbose_name="article",
                    ),
                ),
                (
                    "person",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="bylines",
                        to="news.person",
                        verbose_name="author",
                    ),
                ),
            ],
            options={
                "verbose_name": "author",
                "verbose_name_plural": "authors",
                "ordering": ["position", "id"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("article", "person"), name="one_byline_per_person"
                    )
                ],
            },
        ),
        migrations.RunPython(copy_to_bylines, copy_back),
        migrations.RemoveField(model_name="article", name="authors"),
        migrations.AddField(
            model_name="article",
            name="authors",
            field=models.ManyToManyField(
                blank=True,
                related_name="articles",
                through="news.Byline",
                to="news.person",
                verbose_name="authors",
            ),
        ),
        migrations.AlterField(
            model_name="person",
            name="role",
            field=models.CharField(
                choices=[
                    ("reporter", "Reporter"),
                    ("editor", "Editor"),
                    ("translator", "Translator"),
                    ("photographer", "Photographer"),
                    ("columnist", "Columnist"),
                ],
                default="reporter",
                max_length=20,
                verbose_name="role",
            ),
        ),
    ]
