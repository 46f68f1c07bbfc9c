from datetime import timedelta

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from akhbar.readership.models import ReadTally
from akhbar.readership.queries import most_read
from tests.factories import make_article, unpublish

pytestmark = pytest.mark.django_db


def hour_now():
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def tally(article, count, *, hours_ago=0):
    return ReadTally.objects.create(
        article=article, hour=hour_now() - timedelta(hours=hours_ago), count=count
    )


def test_most_read_orders_by_reads_then_newest():
    older = make_article()
    newer = make_article()
    top = make_article()
    newest = max([older, newer], key=lambda a: a.published_at)
    tally(top, 9)
    tally(older, 3)
    tally(newer, 3)
    assert most_read("ar") == [top, newest, older if newest is newer else newer]
    assert most_read("ar")[0].reads == 9


def test_most_read_sums_the_hours_of_the_window_only():
    steady = make_article()
    old_hit = make_article()
    tally(steady, 2, hours_ago=0)
    tally(steady, 2, hours_ago=23)
    tally(old_hit, 100, hours_ago=24)
    assert most_read("ar") == [steady]
    assert most_read("ar")[0].reads == 4


def test_most_read_is_per_language():
    arabic = make_article()
    english = make_article(language="en", title="A story in English")
    tally(arabic, 1)
    tally(english, 5)
    assert most_read("ar") == [arabic]
    assert most_read("en") == [english]


def test_unpublished_and_unread_articles_are_never_listed():
    gone = make_article()
    draft = make_article(published=False)
    make_article()  # published, never read
    tally(gone, 50)
    tally(draft, 50)
    unpublish(gone)
    assert most_read("ar") == []


def test_limit_bounds_the_list():
    for count in range(1, 8):
        tally(make_article(), count)
    assert [a.reads for a in most_read("ar", limit=3)] == [7, 6, 5]


def test_window_moves_with_the_clock(clock):
    article = make_article()
    tally(article, 4)
    assert most_read("ar") == [article]
    clock.advance(25 * 3600)
    assert most_read("ar") == []


def test_partial_renders_a_numbered_list():
    article = make_article(title="أكثر خبر قرئ")
    tally(article, 3)
    html = render_to_string(
        "readership/_most_read.html", {"most_read": most_read("ar")}
    )
    assert "<ol" in html and "أكثر خبر قرئ" in html
    assert article.get_absolute_url() in html
    assert not render_to_string("readership/_most_read.html", {"most_read": []}).strip()
