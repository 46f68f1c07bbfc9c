import re
import shutil

import pytest

from akhbar.demo.datafiles import CONTENT_DIR, DemoContentError, read_text
from akhbar.demo.loader import load_content
from akhbar.news.models import Article, Section

pytestmark = pytest.mark.django_db

STORY = "brics-cairo-forum"


@pytest.fixture
def content(tmp_path):
    copy = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, copy)
    return copy


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_language_file_gives_title_summary_and_paragraphs(tmp_path):
    path = tmp_path / "en.md"
    path.write_text(
        "# A title\n\nThe summary,\nwrapped.\n\nFirst < second & third.\n\n\nLast.\n",
        encoding="utf-8",
    )
    assert read_text(path) == (
        "A title",
        "The summary, wrapped.",
        ("First < second & third.", "Last."),
    )


@pytest.mark.parametrize(
    "name, old, new, problem",
    [
        ("ar.md", "# ", "", "title"),
        ("en.md", "\n\n", "\n", "title"),
        ("ar.md", "\n\n", "\n\n## ", "only the first line"),
        ("story.toml", 'section = "world"', 'section = "politics"', "section"),
        ("story.toml", '"egypt"', '"egyptt"', "tags ['egyptt']"),
        ("story.toml", 'authors = ["hana-bakr"]', 'authors = ["hana"]', "authors"),
        ("story.toml", 'editor = "xing-wentao"', 'editor = "xing"', "editor"),
        ("story.toml", 'palette = "steel"', 'palette = "gold"', "palette"),
        ("story.toml", "palette = ", 'label = "gossip"\npalette = ', "label 'gossip'"),
        ("story.toml", "tags = ", "tag = ", "unknown fields ['tag']"),
        ("story.toml", "[image.en]", "[image.fr]", "fr.md"),
        ("story.toml", "credit = ", "credits = ", "[image.ar] holds"),
        ("story.toml", "section = ", "section == ", "line 1"),
    ],
)
def test_a_malformed_story_fails_naming_its_file(content, name, old, new, problem):
    path = content / "stories" / STORY / name
    edit(path, old, new)
    with pytest.raises(DemoContentError, match=re.escape(problem)) as error:
        load_content(content_dir=content)
    assert str(error.value).startswith(f"{path}: ")
    assert not Section.objects.exists()  # checked before anything is written
    assert not Article.objects.exists()


def test_a_file_in_an_unknown_language_fails(content):
    path = content / "stories" / STORY / "fr.md"
    shutil.copy(path.with_name("en.md"), path)
    with pytest.raises(DemoContentError, match=f"^{re.escape(str(path))}: "):
        load_content(content_dir=content)


def test_a_taxonomy_entry_without_a_name_fails(content):
    path = content / "taxonomy.toml"
    edit(path, 'names.ar = "الصين"\nnames.en = "China"\n', "")
    with pytest.raises(DemoContentError, match="tags china lacks \\['names'\\]"):
        load_content(content_dir=content)
