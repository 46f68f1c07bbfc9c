import shutil

import pytest
from django.utils import timezone

from akhbar.demo.datafiles import CONTENT_DIR
from akhbar.demo.loader import Loaded, load_accounts, load_content, story_group
from akhbar.news.models import Article, ArticleStatus, Person
from akhbar.newsroom.models import Revision
from tests.factories import make_article

pytestmark = pytest.mark.django_db

LEAD = "china-russia-eurasia"
OTHER = "brics-cairo-forum"


@pytest.fixture
def content(tmp_path):
    """A copy of the demo content with two stories (both in Arabic and English)."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, copy)
    for folder in (copy / "stories").iterdir():
        if folder.name not in {LEAD, OTHER}:
            shutil.rmtree(folder)
    return copy


def rows() -> dict:
    """Everything the loader may write about each article."""
    return {
        article.pk: (
            article.title,
            article.label,
            article.summary,
            article.body,
            article.section_id,
            article.editor_id,
            sorted(article.tags.values_list("slug", flat=True)),
            [person.slug for person in article.byline],
            article.lead_image.name,
            article.lead_image_caption,
            article.lead_image_credit,
            article.status,
            article.published_at,
            article.updated_at,
        )
        for article in Article.objects.all()
    }


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def version(key: str, language: str) -> Article:
    return Article.objects.get(translation_group=story_group(key), language=language)


def test_demo_content_meets_the_brief():
    loaded = load_content()
    assert loaded == Loaded(created=25, updated=0)
    published = Article.objects.published()
    assert published.count() == 25
    assert published.values("translation_group").distinct().count() == 17
    arabic = published.in_language("ar")
    assert arabic.count() == 17
    assert arabic.values("section").distinct().count() == 6
    assert published.in_language("en").count() == 8
    assert all(article.lead_image_renditions for article in Article.objects.all())


def test_the_lead_is_the_china_russia_analysis_credited_to_its_editor():
    load_content()
    lead = Article.objects.published().in_language("ar").newest_first().first()
    assert lead.translation_group == story_group(LEAD)
    assert lead.title.startswith("الصين وروسيا في قلب أوراسيا")
    assert lead.editor == Person.objects.get(slug="xing-wentao")
    assert lead.editor.names["en"] == "XingWentao"
    assert "Editor/" not in lead.body and "XingWentao" not in lead.body
    assert "AUKUS" in lead.body and "BRICS +" in lead.body
    assert lead.body.count("<p>") == 9
    assert list(lead.authors.values_list("slug", flat=True)) == ["layla-haddad"]
    assert lead.label == "analysis"
    assert version(LEAD, "en").label == "analysis"


def test_a_label_added_to_or_dropped_from_a_story_updates_its_versions(content):
    load_content(content_dir=content)
    edit(
        content / "stories" / OTHER / "story.toml",
        "palette = ",
        'label = "report"\npalette = ',
    )
    edit(content / "stories" / LEAD / "story.toml", 'label = "analysis"\n', "")

    assert load_content(content_dir=content) == Loaded(updated=4)

    for language in ("ar", "en"):
        assert version(OTHER, language).label == "report"
        assert version(LEAD, language).label == ""


def test_loading_twice_changes_nothing(django_capture_on_commit_callbacks):
    load_content()
    before, revisions = rows(), Revision.objects.count()
    with django_capture_on_commit_callbacks() as callbacks:
        assert load_content() == Loaded()
    assert rows() == before
    assert Revision.objects.count() == revisions
    assert callbacks == []  # no cache purge or reindexing queued


def test_editing_a_language_file_updates_that_version_only(content):
    load_content(content_dir=content)
    before, old = rows(), version(LEAD, "ar")
    edit(content / "stories" / LEAD / "ar.md", "AUKUS", "«أوكوس»")

    assert load_content(content_dir=content) == Loaded(updated=1)

    lead = version(LEAD, "ar")
    assert "«أوكوس»" in lead.body and "AUKUS" not in lead.body
    assert lead.updated_at > old.updated_at
    assert lead.status == ArticleStatus.PUBLISHED
    assert lead.published_at == old.published_at
    after = rows()
    assert {pk for pk in before if after[pk] != before[pk]} == {lead.pk}
    assert load_content(content_dir=content) == Loaded()


def test_changing_a_story_file_updates_the_versions_it_concerns(content):
    load_content(content_dir=content)
    story = content / "stories" / OTHER / "story.toml"
    edit(story, '"egypt", ', "")
    assert load_content(content_dir=content) == Loaded(updated=2)
    for language in ("ar", "en"):
        tags = version(OTHER, language).tags.values_list("slug", flat=True)
        assert set(tags) == {"brics", "china", "russia"}

    edit(story, 'credit = "رسم توضيحي من أخبار"', 'credit = "رسم: أخبار"')
    assert load_content(content_dir=content) == Loaded(updated=1)
    assert version(OTHER, "ar").lead_image_credit == "رسم: أخبار"
    assert version(OTHER, "en").lead_image_credit == "Illustration by akhbar"


def test_loading_leaves_other_articles_alone(content):
    own = make_article(title="خبر من غرفة الأخبار")
    before = rows()[own.pk]
    load_content(content_dir=content)
    for story in (content / "stories").iterdir():
        text = story / "ar.md"
        text.write_text(text.read_text(encoding="utf-8") + "\nفقرة.\n")
    assert load_content(content_dir=content) == Loaded(updated=2)
    assert rows()[own.pk] == before


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


def test_demo_shows_a_breaking_alert_in_each_language_until_it_ends():
    from akhbar.news.breaking import BreakingAlert

    load_content()
    for language in ("ar", "en"):
        assert BreakingAlert.objects.showing(language).count() == 1
    load_content()
    assert BreakingAlert.objects.count() == 2
    tomorrow = timezone.now() + timezone.timedelta(days=1)
    load_content(now=tomorrow)
    assert BreakingAlert.objects.count() == 4
    assert BreakingAlert.objects.showing("ar", now=tomorrow).count() == 1


def test_the_opinion_section_has_a_columnist_with_a_photo_and_signed_columns():
    load_content()
    columnist = Person.objects.get(role="columnist")
    assert columnist.photo_renditions and columnist.bios["ar"] and columnist.bios["en"]
    opinion = Article.objects.published().filter(section__slug="opinion")
    for language in ("ar", "en"):
        columns = opinion.in_language(language)
        assert columns.count() >= 2
        assert all(a.label == "opinion" for a in columns)
        assert all(a.byline == [columnist] for a in columns)
