import pytest

from akhbar.demo import content
from akhbar.demo.loader import load_accounts, load_content
from akhbar.news.models import Article

pytestmark = pytest.mark.django_db


def test_demo_content_meets_the_brief_and_loads_once():
    created = load_content()
    assert created == Article.objects.count()
    assert load_content() == 0  # a second `make demo` adds nothing
    arabic = Article.objects.published().in_language("ar")
    assert arabic.count() >= 12
    assert arabic.values("section").distinct().count() >= 4
    translated = Article.objects.published().in_language("en").count()
    assert translated >= 4
    assert all(article.lead_image_renditions for article in Article.objects.all())
    lead = arabic.newest_first().first()
    assert lead.editor.names["en"] == "XingWentao"
    assert "AUKUS" in lead.body and "BRICS +" in lead.body


def test_demo_stories_reference_known_slugs():
    sections = {s["slug"] for s in content.SECTIONS}
    tags = {t["slug"] for t in content.TAGS}
    people = {p["slug"] for p in content.PEOPLE}
    for story in content.STORIES:
        assert story["section"] in sections
        assert set(story["tags"]) <= tags
        assert set(story["authors"]) <= people and story["editor"] in people
        assert "ar" in story["versions"]


def test_demo_accounts_keep_their_passwords_between_runs(tmp_path):
    credentials = tmp_path / "demo-credentials.txt"
    first = load_accounts(credentials)
    second = load_accounts(credentials)
    assert first == second
    lines = credentials.read_text().splitlines()
    roles = [line.split()[0] for line in lines]
    assert roles[:4] == ["admin", "editor", "reporter", "translator"]
    assert all(len(line.split()) == 3 for line in lines)
    assert oct(credentials.stat().st_mode & 0o777) == "0o600"


def test_demo_editor_can_log_into_the_newsroom(client, tmp_path):
    credentials = tmp_path / "demo-credentials.txt"
    accounts = {
        role: (login, password) for role, login, password in load_accounts(credentials)
    }
    login, password = accounts["editor"]
    assert client.login(username=login, password=password)
    assert client.get("/ar/newsroom/").status_code == 200
