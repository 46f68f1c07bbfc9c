"""The newsroom roles get the live coverage permissions (see newsroom/roles.py)."""

from django.db import migrations

from akhbar.newsroom.roles import apply_roles


class Migration(migrations.Migration):
    dependencies = [
        ("live", "0001_live_coverage"),
        ("newsroom", "0004_breaking_news"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: apply_roles(apps), migrations.RunPython.noop
        ),
    ]
