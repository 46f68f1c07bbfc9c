"""`akhbar demo`: migrate, collect static files, load demo content and logins."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from akhbar.demo.datafiles import DemoContentError
from akhbar.demo.loader import load_accounts, load_content


class Command(BaseCommand):
    help = "Prepare the demo: database, static files, content and staff logins."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Database ready.")
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write("Static files collected.")
        try:
            loaded = load_content()
        except DemoContentError as error:
            raise CommandError(error) from error
        self.stdout.write(
            f"Demo content: {loaded.created} new articles, {loaded.updated} updated."
        )
        credentials_file = settings.VAR_DIR / "demo-credentials.txt"
        accounts = load_accounts(credentials_file)
        site = settings.AKHBAR_SITE_URL
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("akhbar demo is ready"))
        self.stdout.write(f"  Reader site (Arabic):  {site}/ar/")
        self.stdout.write(f"  Reader site (English): {site}/en/")
        self.stdout.write(f"  Newsroom:              {site}/ar/newsroom/")
        self.stdout.write(f"  Content API:           {site}/api/v1/docs")
        for role, login, password in accounts:
            self.stdout.write(f"  {role:<10} login: {login:<10} password: {password}")
        self.stdout.write(f"  (also written to {credentials_file})")
