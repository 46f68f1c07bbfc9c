"""The editor and admin roles get the permission to arrange the fronts."""

from django.db import migrations


def apply_roles(apps, schema_editor):
    from akhbar.newsroom.roles import apply_roles

    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("frontpage", "0001_fronts")]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
