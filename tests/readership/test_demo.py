import pytest
from django.utils import timezone

from akhbar.demo.readership import load_reads
from akhbar.readership.models import ReadTally
from akhbar.readership.queries import most_read
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_demo_reads_fill_most_read_in_each_language_and_load_once():
    arabic = [make_article() for _ in range(3)]
    english = [make_article(language="en", title=f"Story {n}") for n in range(2)]
    draft = make_article(published=False)
    now = timezone.now()
    load_reads(now=now)
    first = sorted(ReadTally.objects.values_list("article_id", "hour", "count"))
    assert set(most_read("ar")) == set(arabic)
    assert set(most_read("en")) == set(english)
    assert not ReadTally.objects.filter(article=draft).exists()
    load_reads(now=now)
    assert sorted(ReadTally.objects.values_list("article_id", "hour", "count")) == first
