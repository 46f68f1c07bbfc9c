"""Story labels on reader pages: cards, the article page, JSON-LD and feeds."""

import re

import pytest

from tests.factories import make_article, make_section
from tests.web.test_seo import read_page

pytestmark = pytest.mark.django_db


def label_then_title(html: str, label: str, word: str, title: str) -> bool:
    """Tell whether the page shows the label's tag right before the title."""
    pattern = (
        rf'class="story-label story-label--{label}">{re.escape(word)}</bdi>'
        rf"[^<]*<span[^>]*>:</span>\s*(?:<a [^>]*>)?{re.escape(title)}<"
    )
    return re.search(pattern, html) is not None


@pytest.mark.parametrize(
    "language, label, word, title",
    [
        ("ar", "analysis", "تحليل", "الصين وروسيا في قلب أوراسيا"),
        ("ar", "opinion", "رأي", "مقال رأي عن المدن"),
        ("ar", "", "", "خبر بلا تصنيف"),
        ("en", "interview", "Interview", "A talk with a poet"),
        ("en", "video", "Video", "Freight on the Middle Corridor"),
    ],
)
def test_label_shows_before_the_title_on_cards_and_the_page(
    client, language, label, word, title
):
    article = make_article(title=title, label=label, language=language)
    if not label:
        page = client.get(article.get_absolute_url()).content.decode()
        assert "story-label" not in page and title in page
        return

    home = client.get(f"/{language}/").content.decode()
    page = client.get(article.get_absolute_url()).content.decode()

    assert label_then_title(home, label, word, title)
    assert label_then_title(page, label, word, title)


@pytest.mark.parametrize(
    "label, schema_type",
    [
        ("opinion", "OpinionNewsArticle"),
        ("analysis", "AnalysisNewsArticle"),
        ("report", "ReportageNewsArticle"),
        ("interview", "NewsArticle"),
        ("video", "NewsArticle"),
        ("", "NewsArticle"),
    ],
)
def test_json_ld_type_follows_the_label(client, label, schema_type):
    article = make_article(label=label)

    assert read_page(client, article).json_ld()["@type"] == schema_type


def test_feeds_carry_the_label_as_a_category(client):
    section = make_section(slug="world")
    make_article(label="analysis", section=section, language="en")

    rss = client.get("/en/feed/rss/").content.decode()
    atom = client.get("/en/feed/atom/").content.decode()

    assert "<category>Analysis</category>" in rss
    assert 'term="Analysis"' in atom
