"""The search page and the type-ahead endpoint, through the test client."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

PAGE = "/ar/search/"


def get(client, page=PAGE, **params):
    response = client.get(page, params)
    assert response.status_code == 200
    return response.content.decode()


def test_every_page_has_a_search_box_that_works_without_javascript(client):
    html = client.get("/ar/").content.decode()
    form = re.search(r'<form class="site-search"[^>]*>.*?</form>', html, re.S).group()
    assert 'role="search"' in form
    assert 'method="get"' in form and 'action="/ar/search/"' in form
    assert re.search(r'<label[^>]*for="site-search-q"', form)
    assert 'name="q"' in form
    assert re.search(r'<script src="[^"]*search/suggest\.js" defer>', html)


def test_results_show_count_highlights_and_keep_the_query(client, published):
    published(title="الصينية تتقدم", summary="تقرير عن الاقتصاد.")
    published(title="خبر آخر", body="<p>تعمل والصين على مشروع.</p>")
    html = get(client, "/en/search/", q="الصين", lang="ar")
    assert "2 articles found" in html
    assert html.count('class="search-result"') == 2
    assert "<mark>الصينية</mark>" in html
    assert "<mark>والصين</mark>" in html
    assert 'value="الصين"' in html


def test_english_page(client, published):
    published(title="Solar power in Morocco", language="en")
    html = client.get("/en/search/", {"q": "solar"}).content.decode()
    assert "1 article found" in html
    assert "<mark>Solar</mark>" in html


def test_filters_section_language_and_dates(client, published):
    now = timezone.now()
    old = published(title="النفط قديما", published_at=now - timedelta(days=40))
    new = published(title="النفط حديثا")
    english = published(title="Oil النفط", language="en")
    assert "حديثا" in get(client, q="النفط", section=new.section.slug)
    assert "قديما" not in get(client, q="النفط", section=new.section.slug)
    assert "Oil" not in get(client, q="النفط")
    assert "Oil" in get(client, q="النفط", lang="all")
    since = (now - timedelta(days=5)).date().isoformat()
    recent = get(client, q="النفط", since=since)
    assert "حديثا" in recent and "قديما" not in recent
    until = (now - timedelta(days=30)).date().isoformat()
    older = get(client, q="النفط", until=until)
    assert "قديما" in older and "حديثا" not in older
    assert english.pk and old.pk


def test_dates_accept_arabic_indic_digits(client, published):
    published(title="النفط اليوم")
    html = get(client, "/en/search/", q="النفط", lang="ar", since="٢٠٠٠-٠١-٠١")
    assert "1 article found" in html and "اليوم" in html
    assert 'value="2000-01-01"' in html


def test_bad_filters_are_explained_and_ignored(client, published):
    published(title="النفط")
    html = client.get(
        PAGE, {"q": "النفط", "section": "nowhere", "since": "yesterday"},
        HTTP_ACCEPT_LANGUAGE="en",
    ).content.decode()  # fmt: skip
    assert "النفط" in html
    html = client.get(
        "/en/search/", {"q": "x", "section": "nowhere", "since": "soon", "lang": "xx"}
    ).content.decode()
    assert "There is no such section." in html
    assert "Enter a date such as 2026-01-31." in html
    assert "There is no such language." in html
    html = client.get(
        "/en/search/", {"q": "x", "since": "2026-02-01", "until": "2026-01-01"}
    ).content.decode()
    assert "The end date is before the start date." in html


def test_newest_first_and_pagination_keep_the_query(client, published, settings):
    settings.AKHBAR_SEARCH_PAGE_SIZE = 2
    now = timezone.now()
    for n in range(3):
        published(title=f"الذهب رقم {n}", published_at=now - timedelta(hours=n))
    html = client.get(
        "/en/search/", {"q": "الذهب", "sort": "newest", "lang": "ar"}
    ).content.decode()
    titles = re.findall(r"الذهب</mark> رقم (\d)", html)
    assert titles == ["0", "1"]
    assert "Result page 1 of 2" in html
    link = re.search(r'rel="next" href="([^"]+)"', html).group(1)
    assert "q=%D8%A7%D9%84%D8%B0%D9%87%D8%A8" in link and "sort=newest" in link
    html = client.get("/en/search/" + link.replace("&amp;", "&")).content.decode()
    assert re.findall(r"الذهب</mark> رقم (\d)", html) == ["2"]


def test_any_words_when_no_article_has_them_all(client, published):
    published(title="الصين")
    html = client.get(
        "/en/search/", {"q": "الصين الهند", "lang": "ar"}
    ).content.decode()
    assert "No article has all of these words" in html
    assert "<mark>الصين</mark>" in html


def test_empty_state_suggests_a_spelling_from_the_index(client, published):
    published(title="الاقتصاد الصيني يتباطأ")
    html = client.get("/en/search/", {"q": "الاقتصد", "lang": "ar"}).content.decode()
    assert "No article matches" in html
    assert "Did you mean:" in html
    assert ">الاقتصاد</a>" in html


def test_no_suggestion_when_nothing_is_close(client, published):
    published(title="الاقتصاد")
    html = client.get("/en/search/", {"q": "zzzzqqq", "lang": "ar"}).content.decode()
    assert "No article matches" in html
    assert "Did you mean" not in html


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("", "Type a word, a name or a phrase"),
        ("   ", "Type a word, a name or a phrase"),
        ("َُِّ", "no letters or digits"),
        ("!!! ??? ...", "no letters or digits"),
        ("\u202e\u202c", "Type a word"),
        ("ا" * 10_000, "Searches are limited to 200 characters"),
        (" ".join(["كلمة" + c for c in "ابتثجحخدذرزسشص"]), "Only the first 12 words"),
    ],
)
def test_bad_input_gets_a_normal_page_and_a_message(client, q, message):
    response = client.get("/en/search/", {"q": q})
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "raw",
    [
        "q=%00",
        "q=a%00b",
        "q=%ED%A0%80",  # a lone surrogate, UTF-8 encoded
        "q=%FF%FE",
        "q=%E2%80%AEevil",
        "q=' OR 1=1--",
        "q=%D9%AA+%5C",
        "q=NEAR(a+b)+*+%22x",
        "page=abc&q=x",
        "page=99999999999999999999&q=x",
        "q=x&section=%00",
        "q=x&lang=%00&sort=%00",
        "q=x&since=%00&until=9999-12-31",
        "q=x&since=0001-01-01",
    ],
)
def test_hostile_queries_never_fail(client, published, raw):
    published(title="الصين")
    response = client.get(f"/en/search/?{raw}")
    assert response.status_code == 200
    assert "\u202e" not in response.content.decode()


def test_queries_are_escaped(client, published):
    published(title="الصين")
    payload = '<img src=x onerror="alert(1)">'
    html = client.get("/en/search/", {"q": payload}).content.decode()
    assert payload not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_titles_are_escaped_around_the_marks(client, published):
    published(title="<b>الصين</b> & روسيا")
    html = get(client, q="الصين")
    assert "&lt;b&gt;<mark>الصين</mark>&lt;/b&gt; &amp; روسيا" in html


def test_search_page_is_not_indexed_by_robots(client):
    assert '<meta name="robots" content="noindex">' in get(client, q="x")


def test_suggest_returns_titles_and_links(client, published):
    article = published(title="الصين تطلق مسبارا")
    published(title="خبر", body="<p>الصين في النص فقط</p>")
    response = client.get("/ar/search/suggest/", {"q": "الصي"})
    assert response.status_code == 200
    assert response.json() == {
        "results": [{"title": article.title, "url": article.get_absolute_url()}]
    }
    assert client.get("/ar/search/suggest/", {"q": "ا"}).json() == {"results": []}
    assert client.get("/ar/search/suggest/?q=%00%ED%A0%80").status_code == 200


def test_suggest_never_offers_drafts(client, published):
    published(title="الصين مسودة", published=False)
    assert client.get("/ar/search/suggest/", {"q": "الصين"}).json() == {"results": []}


def test_a_capped_count_says_more_than(client, published, monkeypatch, settings):
    from akhbar.search.backends import backends

    settings.AKHBAR_SEARCH_PAGE_SIZE = 2
    for n in range(3):
        published(title=f"القمح {n}")
    monkeypatch.setattr(backends["default"], "count_limit", 2)
    params = {"q": "القمح", "lang": "ar"}
    html = client.get("/en/search/", params).content.decode()
    assert "More than 2 articles found" in html
    assert 'rel="next"' in html
    html = client.get("/en/search/", params | {"page": 2}).content.decode()
    assert html.count('class="search-result"') == 1
    assert 'rel="next"' not in html


@hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    q=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300).map(
        lambda text: text + " ' OR 1=1-- ٪ \\ \x00 الصين"
    )
)
def test_any_text_gets_a_page_never_an_error(client, published, q):
    response = client.get("/ar/search/", {"q": q})
    assert response.status_code == 200
    assert client.get("/ar/search/suggest/", {"q": q}).status_code == 200


def test_pages_past_a_capped_count_stop_at_the_cap(
    client, published, monkeypatch, settings
):
    from akhbar.search.backends import backends

    settings.AKHBAR_SEARCH_PAGE_SIZE = 2
    settings.AKHBAR_SEARCH_MAX_RESULTS = 4
    for n in range(6):
        published(title=f"الشعير {n}")
    monkeypatch.setattr(backends["default"], "count_limit", 2)
    params = {"q": "الشعير", "lang": "ar"}
    html = client.get("/en/search/", params | {"page": 2}).content.decode()
    assert html.count('class="search-result"') == 2
    assert 'rel="prev"' in html and 'rel="next"' not in html
    assert "Result page 2 of 2" in html
    html = client.get("/en/search/", params | {"page": 3}).content.decode()
    assert "Results stop at page 2" in html
