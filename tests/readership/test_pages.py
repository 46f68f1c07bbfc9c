import re

import pytest
from django.test import Client
from django.utils import timezone

from akhbar.readership.models import ReadTally
from tests.factories import desk_editor, make_article

pytestmark = pytest.mark.django_db


def tally(article, count):
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    ReadTally.objects.create(article=article, hour=hour, count=count)


def test_an_article_page_shows_most_read_in_its_language(client):
    article = make_article()
    popular = make_article(title="الخبر الأكثر قراءة اليوم")
    english = make_article(language="en", title="Most read in English")
    tally(popular, 40)
    tally(english, 90)
    html = client.get(article.get_absolute_url()).content.decode()
    block = html[html.index('class="most-read"') :]
    assert "الأكثر قراءة" in block
    assert "الخبر الأكثر قراءة اليوم" in block
    assert popular.get_absolute_url() in block
    assert "Most read in English" not in html
    # Numbers drawn by the template (in the language's digits), then the title.
    assert '<span class="most-read__rank" aria-hidden="true">1</span>' in block


def test_no_block_without_reads(client):
    html = client.get(make_article().get_absolute_url()).content.decode()
    assert "most-read" not in html


def test_the_page_loads_the_beacon_script_with_no_inline_code(client):
    article = make_article()
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    beacon = re.search(r'<script src="([^"]*reads\.js)"([^>]*)>', html)
    assert beacon, "the article page does not load the read beacon"
    assert "defer" in beacon.group(2)
    assert 'data-reads-url="/reads/"' in beacon.group(2)
    assert f'data-article="{article.pk}"' in beacon.group(2)
    inline = r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))[^>]*>\s*\S"
    assert not re.search(inline, html), "inline script"
    assert "connect-src 'self'" in response["Content-Security-Policy"]


def test_the_cached_page_still_carries_the_beacon(client):
    article = make_article()
    client.get(article.get_absolute_url())
    again = client.get(article.get_absolute_url())
    assert again["X-Cache"] == "hit"
    assert b"readership/reads" in again.content


def test_the_newsrooms_own_views_are_not_counted():
    staff = Client()
    staff.force_login(desk_editor())
    html = staff.get(make_article().get_absolute_url()).content.decode()
    assert "reads.js" not in html


def test_the_static_script_exists_and_uses_send_beacon():
    from django.contrib.staticfiles import finders

    path = finders.find("readership/reads.js")
    assert path
    with open(path, encoding="utf-8") as script:
        source = script.read()
    assert "navigator.sendBeacon" in source
    assert "prerendering" in source  # a prerendered page waits to be shown


def test_ranks_follow_the_arabic_numerals_setting(client, settings):
    settings.AKHBAR_NUMERALS = {"ar": "arab", "en": "latn"}
    article = make_article()
    tally(make_article(), 3)
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<span class="most-read__rank" aria-hidden="true">١</span>' in html
