"""A columnist's page and feeds, and opinion cards signed with name and photo."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from akhbar.news import services
from tests.factories import image_upload, make_article, make_person, make_section

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def columnist():
    person = make_person(
        slug="maryam",
        role="columnist",
        names={"ar": "مريم العلي", "en": "Maryam Al-Ali"},
        bios={"ar": "كاتبة عمود أسبوعي.", "en": "Weekly columnist."},
        photo=image_upload(size=(600, 600)),
    )
    return services.save_person(person=person, photo_changed=True)


@pytest.fixture
def columns(columnist):
    opinion = make_section(slug="opinion", names={"ar": "رأي", "en": "Opinion"})
    now = timezone.now()
    return [
        make_article(
            title=title,
            section=opinion,
            label="opinion",
            authors=[columnist],
            published_at=now - timedelta(hours=hours),
        )
        for title, hours in [("الظل حق", 5), ("دعوا لهجاتنا", 1), ("عن المدينة", 9)]
    ]


def test_columnist_page_shows_photo_bio_and_columns_newest_first(client, columns):
    html = client.get("/ar/people/maryam/").content.decode()
    assert 'class="person__photo"' in html
    assert "كاتبة عمود أسبوعي." in html
    assert "كاتب رأي" in html  # the columnist role, in Arabic
    found = [html.index(title) for title in ("دعوا لهجاتنا", "الظل حق", "عن المدينة")]
    assert found == sorted(found)
    assert "/ar/people/maryam/rss/" in html and "/ar/people/maryam/atom/" in html


def test_columnist_feeds_list_their_columns_newest_first(client, columns):
    other = make_article(title="خبر لغيرها", authors=[make_person()])
    rss = ElementTree.fromstring(client.get("/ar/people/maryam/rss/").content)
    titles = [item.findtext("title") for item in rss.iter("item")]
    assert titles == ["دعوا لهجاتنا", "الظل حق", "عن المدينة"]
    assert other.title not in titles
    assert "مريم العلي" in rss.find("channel").findtext("title")

    atom = ElementTree.fromstring(client.get("/ar/people/maryam/atom/").content)
    entries = [entry.findtext(f"{ATOM}title") for entry in atom.iter(f"{ATOM}entry")]
    assert entries == titles
    assert all(
        entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "مريم العلي"
        for entry in atom.iter(f"{ATOM}entry")
    )


@pytest.mark.parametrize("suffix", ["", "rss/", "atom/"])
def test_a_person_no_published_article_credits_has_no_page_or_feed(client, suffix):
    hidden = make_person(slug="hidden", role="columnist", names={"ar": "اسم خفي"})
    make_article(authors=[hidden], published=False)
    response = client.get(f"/ar/people/hidden/{suffix}")
    assert response.status_code == 404
    assert "اسم خفي" not in response.content.decode()
    assert client.get(f"/ar/people/nobody/{suffix}").status_code == 404


def test_opinion_cards_carry_the_columnists_name_and_photo(client, columns):
    html = client.get(columns[0].section.get_absolute_url()).content.decode()
    assert html.count('class="card__columnist"') == 3
    assert html.count('class="card__columnist-photo"') == 3
    assert html.count("<bdi>مريم العلي</bdi>") >= 3


def test_opinion_cards_say_opinion_once_by_their_label_not_again_by_section(
    client, columns
):
    analysis = make_article(label="analysis", section=columns[0].section)
    html = client.get("/ar/latest/").content.decode()
    cards = html.split('<article class="card')[1:]
    opinion = [card for card in cards if "card__columnist" in card]
    assert len(opinion) == 3
    assert all('class="card__section"' not in card for card in opinion)
    other = next(card for card in cards if analysis.title in card)
    assert 'class="card__section"' in other


def test_cards_of_other_labels_carry_no_columnist_line(client, columnist):
    make_article(label="analysis", authors=[columnist])
    assert 'class="card__columnist"' not in client.get("/ar/latest/").content.decode()


def test_the_columnist_line_is_left_out_on_their_own_page(client, columns):
    html = client.get("/ar/people/maryam/").content.decode()
    assert 'class="card__columnist"' not in html


def test_an_opinion_piece_shows_its_columnists_portrait_by_the_byline(client, columns):
    html = client.get(columns[0].get_absolute_url()).content.decode()
    assert 'class="article__columnist-photo"' in html
    report = make_article(label="report", authors=columns[0].byline)
    html = client.get(report.get_absolute_url()).content.decode()
    assert 'class="article__columnist-photo"' not in html


@pytest.mark.parametrize("page", ["/ar/", "/ar/latest/", "/ar/section/opinion/"])
def test_opinion_cards_cost_no_query_each(client, columnist, page):
    """Sixteen signed cards take the queries seven do: their columnists are
    fetched together, however many opinion cards a page has."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    opinion = make_section(slug="opinion", names={"ar": "رأي", "en": "Opinion"})

    def queries_with(count: int) -> int:
        for _ in range(count):
            make_article(
                section=opinion,
                label="opinion",
                authors=[columnist, make_person()],
                lead_image=image_upload(),
            )
        client.cookies.clear()
        with CaptureQueriesContext(connection) as context:
            response = client.get(page, HTTP_CACHE_CONTROL="no-cache")
        assert response.status_code == 200
        assert "card__columnist" in response.content.decode()
        return len(context)

    from django.core.cache import cache

    few = queries_with(7)
    cache.clear()
    assert queries_with(9) == few
