"""Every model change has its migration: a model and its table never drift."""

from io import StringIO

from django.core.management import call_command


def test_no_model_change_lacks_a_migration(db):
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
    except SystemExit as missing:
        raise AssertionError(f"migrations are missing:\n{out.getvalue()}") from missing
