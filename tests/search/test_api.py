"""GET /api/v1/search: the same article objects as /api/v1/articles/, best first.

It reads through the search page's own function, so the last tests hold both
to the same articles, the same window asked of the index and one page cap.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

SEARCH = "/api/v1/search"
SITE = "https://akhbar.example"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.AKHBAR_SITE_URL = SITE


def ids(response):
    return [item["id"] for item in response.json()["results"]]


def test_results_are_article_objects_best_first(client, published):
    body_only = published(title="خبر", body="<p>عن الصين والهند.</p>")
    in_title = published(title="الصينية تتقدم")
    response = client.get(SEARCH, {"q": "الصين", "lang": "ar"})
    assert response.status_code == 200
    assert ids(response) == [in_title.pk, body_only.pk]
    data = response.json()
    assert data["count"] == 2 and data["match"] == "all"
    listed = client.get("/api/v1/articles/", {"lang": "ar"}).json()["results"]
    same = {item["id"]: item for item in listed}
    assert data["results"][0] == same[in_title.pk]


def test_language_and_section_filters(client, published):
    arabic = published(title="النفط")
    english = published(title="Oil النفط", language="en")
    assert ids(client.get(SEARCH, {"q": "النفط", "lang": "en"})) == [english.pk]
    section = arabic.section.slug
    assert ids(client.get(SEARCH, {"q": "النفط", "section": section})) == [arabic.pk]
    assert client.get(SEARCH, {"q": "النفط", "section": "nowhere"}).json()["count"] == 0


def test_newest_first_and_pages(client, published):
    now = timezone.now()
    made = [
        published(title=f"الذهب {n}", published_at=now - timedelta(hours=n))
        for n in range(3)
    ]
    response = client.get(SEARCH, {"q": "الذهب", "sort": "newest", "page_size": 2})
    assert ids(response) == [made[0].pk, made[1].pk]
    following = response.json()["next"]
    assert following.startswith(SITE + SEARCH + "?")
    assert ids(client.get(following.removeprefix(SITE))) == [made[2].pk]


def test_drafts_and_scheduled_articles_never_appear(client, published):
    published(title="مسودة الزلزال", published=False)
    published(title="الزلزال المجدول", published_at=timezone.now() + timedelta(hours=1))
    assert client.get(SEARCH, {"q": "الزلزال"}).json()["count"] == 0


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, None),
        ({"q": ""}, "Enter something to search for."),
        ({"q": "   "}, "Enter something to search for."),
        ({"q": "ا" * 10_000}, "Enter at most 200 characters."),
        ({"q": "x", "lang": "xx"}, "Unknown language. Use one of: ar, en."),
        ({"q": "x", "sort": "best"}, None),
        ({"q": "x", "page": "9" * 30}, "Enter a number of at most 250."),
        ({"q": "x", "page": "0"}, "Enter a number of at least 1."),
    ],
)
def test_bad_parameters_get_a_clear_422(client, params, message):
    response = client.get(SEARCH, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 422
    if message:
        assert message in [error["msg"] for error in response.json()["detail"]]


@pytest.mark.parametrize(
    "q",
    ["' OR 1=1--", "٪", "\\", "a\x00b", "َُِّ", "!!!", "\u202eالصين", '"unclosed', "*"],
)
def test_any_query_is_answered(client, published, q):
    published(title="الصين")
    response = client.get(SEARCH, {"q": q})
    assert response.status_code == 200
    assert response.json()["count"] >= 0


# The API and the search page read through one function.

PAGE = "/en/search/"


@pytest.fixture
def index_calls(monkeypatch):
    """Record every call made to the search backend (name, keyword arguments)."""
    from akhbar.search.backends import backends

    backend, calls = backends["default"], []
    for name in ("search", "matches", "suggest", "known_words"):
        method = getattr(backend, name)

        def spy(*args, _name=name, _method=method, **kwargs):
            calls.append((_name, kwargs))
            return _method(*args, **kwargs)

        monkeypatch.setattr(backend, name, spy)
    return calls


def windows(calls):
    return [(kw["offset"], kw["limit"]) for name, kw in calls if name == "search"]


def page_articles(client, settings, **params):
    """Return the article links the search page lists, in order."""
    settings.AKHBAR_SEARCH_PAGE_SIZE = params.pop("page_size")
    html = client.get(PAGE, params).content.decode()
    return re.findall(r'class="search-result__title"[^>]*><a href="([^"]+)"', html)


def api_articles(client, **params):
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    return [item["url"].removeprefix(SITE) for item in response.json()["results"]]


@pytest.fixture
def gold(published):
    """Five articles about gold, ranked otherwise than by date, and a draft."""
    now = timezone.now()
    published(title="مسودة الذهب", published=False)
    return [
        published(title=title, body=body, published_at=now - timedelta(hours=n))
        for n, (title, body) in enumerate(
            [
                ("خبر", "<p>الذهب يرتفع.</p>"),
                ("الذهب والفضة", "<p>أسعار.</p>"),
                ("أسواق", "<p>الذهب والذهب والذهب.</p>"),
                ("الذهب", "<p>الذهب اليوم.</p>"),
                ("بورصة", "<p>عن الذهب أيضا.</p>"),
            ]
        )
    ]


@pytest.mark.parametrize("sort", ["relevance", "newest"])
@pytest.mark.parametrize("page", [1, 2, 3])
def test_api_and_search_page_give_the_same_articles_in_order(
    client, settings, gold, index_calls, sort, page
):
    params = {"q": "الذهب", "lang": "ar", "sort": sort, "page": page, "page_size": 2}
    from_api = api_articles(client, **params)
    from_page = page_articles(client, settings, **params)
    assert from_api == from_page
    assert len(from_api) == (2, 2, 1)[page - 1]
    api_window, page_window = windows(index_calls)
    assert api_window == page_window == ((page - 1) * 2, 2)


def test_the_index_is_asked_for_the_same_window_at_the_cap(
    client, settings, published, index_calls
):
    settings.AKHBAR_SEARCH_MAX_RESULTS = 5
    for n in range(7):
        published(title=f"القمح {n}")
    params = {"q": "القمح", "lang": "ar", "page": 3, "page_size": 2}
    from_api = api_articles(client, **params)
    assert page_articles(client, settings, **params) == from_api
    assert len(from_api) == 1  # the fifth result is the last one given
    assert windows(index_calls) == [(4, 1), (4, 1)]


def test_a_page_past_the_cap_is_refused_without_asking_the_index(
    client, settings, published, index_calls
):
    settings.AKHBAR_SEARCH_MAX_RESULTS = 4
    published(title="القمح")
    params = {"q": "القمح", "lang": "ar", "page": 3, "page_size": 2}

    response = client.get(SEARCH, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {
            "loc": ["query", "page"],
            "type": "less_than_equal",
            "msg": "Enter a number of at most 2.",
        }
    ]
    response = client.get(SEARCH, params | {"section": "nowhere"})
    assert response.status_code == 422
    assert page_articles(client, settings, **params) == []
    assert index_calls == []


def test_a_page_past_the_cap_gets_a_normal_search_page_that_says_so(
    client, settings, published, index_calls
):
    settings.AKHBAR_SEARCH_MAX_RESULTS = 4
    settings.AKHBAR_SEARCH_PAGE_SIZE = 2
    published(title="القمح")
    response = client.get(PAGE, {"q": "القمح", "lang": "ar", "page": 3})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Results stop at page 2; use the filters to narrow your search." in html
    assert 'value="القمح"' in html
    assert 'class="search-result"' not in html
    assert index_calls == []


def test_api_pages_past_a_capped_count_go_on_until_the_cap(
    client, settings, published, monkeypatch
):
    from akhbar.search.backends import backends

    settings.AKHBAR_SEARCH_MAX_RESULTS = 6
    monkeypatch.setattr(backends["default"], "count_limit", 2)
    for n in range(8):
        published(title=f"القطن {n}")
    seen, url = [], SEARCH + "?q=القطن&page_size=2"
    while url:
        data = client.get(url).json()
        assert data["count"] == 2 and data["count_capped"]
        seen += [item["id"] for item in data["results"]]
        url = data["next"] and data["next"].removeprefix(SITE)
    assert len(set(seen)) == 6  # three full pages, then the cap
    last = client.get(SEARCH, {"q": "القطن", "page_size": 2, "page": 3}).json()
    assert last["next"] is None
    assert last["previous"].endswith("&page_size=2&page=2")
