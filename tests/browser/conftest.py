"""Playwright fixtures: one Debian chromium per run, the demo content, a live server."""

import itertools
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="package")
def browser():
    """Start Debian's chromium once for all browser tests (Playwright's can't run)."""
    if not CHROMIUM.exists():
        message = (
            f"{CHROMIUM} is missing: run `apt-get install -y chromium` "
            "(and fonts-noto-core for Arabic screenshots)"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, so Django
    # would refuse the tests' own database calls; allow them while chromium runs.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@dataclass
class Site:
    """The live server with the demo content loaded, and where its pages are."""

    url: str
    lead: object  # the Arabic home page's lead story (the editors' front)
    arabic: object  # an Arabic story that has an English version
    english: object  # that English version

    def __call__(self, path: str) -> str:
        return self.url + path

    def pages(self, language: str) -> dict[str, str]:
        """Return the home, section and article URLs of a language."""
        article = self.arabic if language == "ar" else self.english
        return {
            "home": self(f"/{language}/"),
            "section": self(f"/{language}/section/{article.section.slug}/"),
            "article": self(article.get_absolute_url()),
        }


@dataclass(frozen=True)
class DemoSnapshot:
    rows: str  # the demo content's rows, serialized
    media: Path  # its lead images and renditions


def _demo_models():
    from django.apps import apps

    return [
        model
        for config in apps.get_app_configs()
        if config.name.startswith("akhbar.")
        for model in config.get_models()
    ]


@pytest.fixture(scope="package")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo content once and keep its rows and images.

    Drawing and resizing the lead images takes seconds; every live-server test
    gets an emptied database, so each replays these rows instead.
    """
    from django.contrib.auth import get_user_model
    from django.core import serializers
    from django.core.management import call_command
    from django.test import override_settings

    from akhbar.demo.loader import load_content
    from tests.factories import role_group

    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        # An earlier transactional test may have emptied the database, roles
        # and all; the demo's editor publishes, so the roles come back first.
        role_group("editor")
        load_content()
        # The desk account that published the stories goes along (their status
        # names who changed it), without its role: tests make the roles they use.
        desk = get_user_model().objects.all()
        for user in desk:
            user.groups.clear()
        rows = serializers.serialize(
            "json",
            itertools.chain(
                desk,
                (obj for model in _demo_models() for obj in model._base_manager.all()),
            ),
        )
        call_command("flush", interactive=False, verbosity=0)
    return DemoSnapshot(rows, media)


@pytest.fixture
def site(browser, live_server, settings, demo_snapshot):
    from django.core import serializers
    from django.core.management.color import no_style
    from django.db import connection

    from akhbar.news.models import Article

    # Absolute links (hreflang, the language switch) must stay on the live server.
    settings.AKHBAR_SITE_URL = live_server.url
    settings.MEDIA_ROOT = demo_snapshot.media
    replayed = set()
    with connection.constraint_checks_disabled():
        for obj in serializers.deserialize("json", demo_snapshot.rows):
            obj.save()
            replayed.add(type(obj.object))
    # Rows came back with their ids: on PostgreSQL, move the id sequences past
    # them, or the next row a test makes takes a replayed id.
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), replayed):
            cursor.execute(statement)

    published = Article.objects.published().select_related("section", "editor")
    # The longest Arabic story that has an English version: the analysis piece.
    translated = published.filter(language="en").values("translation_group")
    arabic = (
        published.filter(language="ar", translation_group__in=translated)
        .order_by("-word_count", "-published_at")
        .first()
    )
    assert arabic, "the demo content has no story in both Arabic and English"
    english = published.translations_of(arabic).get(language="en")
    from akhbar.frontpage.queries import front_page

    # The editors' choice (akhbar.frontpage), not necessarily the newest story.
    lead = front_page(language="ar").lead
    return Site(live_server.url, lead=lead, arabic=arabic, english=english)


@dataclass
class Requests:
    """Every URL the browser asked for, to check that none left the site."""

    origin: str
    urls: list

    def foreign(self) -> list[str]:
        own = urlsplit(self.origin).netloc
        return [
            url
            for url in self.urls
            if not url.startswith("data:") and urlsplit(url).netloc != own
        ]


@pytest.fixture
def new_page(browser, site):
    """Return a function making a page in a fresh context; record its requests."""
    contexts = []
    requests = Requests(site.url, [])

    def make(*, viewport=DESKTOP, **options):
        context = browser.new_context(viewport=viewport, **options)
        contexts.append(context)
        page = context.new_page()
        page.on("request", lambda request: requests.urls.append(request.url))
        return page

    make.requests = requests
    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
