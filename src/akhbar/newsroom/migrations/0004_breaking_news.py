"""Breaking news: its audit actions, and the editor and admin roles get the
permissions of the new alert model."""

from django.db import migrations, models


def apply_roles(apps, schema_editor):
    from akhbar.newsroom.roles import apply_roles

    apply_roles(apps)


class Migration(migrations.Migration):

    dependencies = [
        ('newsroom', '0003_audit_append_only_and_roles'),
        ('news', '0003_breaking_alerts'),
    ]

    operations = [
        migrations.AlterField(
            model_name='auditentry',
            name='action',
            field=models.CharField(choices=[('submitted', 'Submitted for review'), ('approved', 'Approved'), ('returned', 'Sent back to draft'), ('scheduled', 'Scheduled'), ('unscheduled', 'Schedule cancelled'), ('published', 'Published'), ('unpublished', 'Unpublished'), ('note_added', 'Correction or update note added'), ('revision_restored', 'Revision restored'), ('translation_started', 'Translation started'), ('translation_current', 'Translation brought up to date'), ('trashed', 'Moved to the trash'), ('untrashed', 'Restored from the trash'), ('purged', 'Deleted for good'), ('breaking_added', 'Breaking news alert added'), ('breaking_changed', 'Breaking news alert changed'), ('breaking_removed', 'Breaking news alert removed')], max_length=30, verbose_name='what'),
        ),
        migrations.RunPython(apply_roles, migrations.RunPython.noop),
    ]
