"""The audit log refuses updates in the database itself, and the roles get the
permissions of the models added since 0001 (the translator role is new)."""

from django.db import migrations

TRIGGERS = {
    "sqlite": (
        [
            "CREATE TRIGGER newsroom_auditentry_append_only "
            "BEFORE UPDATE ON newsroom_auditentry "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
        ],
        ["DROP TRIGGER IF EXISTS newsroom_auditentry_append_only;"],
    ),
    "postgresql": (
        [
            "CREATE OR REPLACE FUNCTION newsroom_auditentry_append_only() "
            "RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'the audit log is append-only'; END; $$;",
            "CREATE TRIGGER newsroom_auditentry_append_only "
            "BEFORE UPDATE ON newsroom_auditentry "
            "FOR EACH ROW EXECUTE FUNCTION newsroom_auditentry_append_only();",
        ],
        [
            "DROP TRIGGER IF EXISTS newsroom_auditentry_append_only "
            "ON newsroom_auditentry;",
            "DROP FUNCTION IF EXISTS newsroom_auditentry_append_only();",
        ],
    ),
}


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def add_trigger(apps, schema_editor):
    create, _drop = TRIGGERS.get(schema_editor.connection.vendor, ([], []))
    _run(schema_editor, create)


def drop_trigger(apps, schema_editor):
    _create, drop = TRIGGERS.get(schema_editor.connection.vendor, ([], []))
    _run(schema_editor, drop)


def apply_roles(apps, schema_editor):
    from akhbar.newsroom.roles import apply_roles

    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0002_records"),
        ("news", "0002_workflow"),
    ]

    operations = [
        migrations.RunPython(add_trigger, drop_trigger),
        migrations.RunPython(apply_roles, migrations.RunPython.noop),
    ]
