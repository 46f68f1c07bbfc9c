"""Dates read in each language's own order, in the newsroom and in mails."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from akhbar.news.rules import format_moment
from tests.factories import make_article, make_user

MOMENT = datetime(2026, 12, 3, 18, 39, tzinfo=ZoneInfo("Asia/Riyadh"))


def test_arabic_dates_put_the_day_first_and_the_time_after_an_arabic_comma():
    with translation.override("ar"):
        assert format_moment(MOMENT) == "3 ديسمبر 2026، 18:39"


def test_english_dates_keep_the_english_order():
    with translation.override("en"):
        assert format_moment(MOMENT).startswith("Dec. 3, 2026")


@pytest.mark.django_db
def test_the_arabic_newsroom_shows_dates_in_arabic_order(client):
    article = make_article()
    client.force_login(make_user(role="editor"))
    html = client.get("/ar/newsroom/").content.decode()
    with translation.override("ar"):
        shown = format_moment(article.published_at)
    assert shown in html
    assert "ديسمبر 3," not in html and "نوفمبر 3," not in html
