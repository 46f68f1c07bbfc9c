"""The OpenAPI schema, and a docs page that loads nothing from a third party."""

import re

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_openapi_schema_lists_only_get_operations(client):
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    paths = response.json()["paths"]
    assert set(paths) == {
        "/api/v1/articles/",
        "/api/v1/articles/{article_id}",
        "/api/v1/sections/",
        "/api/v1/tags/",
        "/api/v1/people/",
        "/api/v1/people/{slug}",
        "/api/v1/search",
    }
    assert {method for path in paths.values() for method in path} == {"get"}


def test_docs_page_is_404_rather_than_loading_swagger_from_a_cdn(client, settings):
    settings.INSTALLED_APPS = [a for a in settings.INSTALLED_APPS if a != "ninja"]

    response = client.get("/api/v1/docs")

    assert response.status_code == 404
    assert b"cdn" not in response.content.lower()


def test_docs_page_serves_ninjas_bundled_swagger_from_our_origin(client, settings):
    if "ninja" not in settings.INSTALLED_APPS:
        settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "ninja"]

    response = client.get("/api/v1/docs")

    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets
    for asset in assets:
        assert asset.startswith("/static/ninja/"), asset
        assert finders.find(asset.removeprefix("/static/")), asset
    assert "//" not in "".join(assets)
    assert '"validatorUrl": null' in html
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_openapi_schema_lists_the_labels_an_article_may_carry(client):
    schema = client.get("/api/v1/openapi.json").json()

    article = schema["components"]["schemas"]["ArticleOut"]
    assert "label" in article["required"]
    label = article["properties"]["label"]
    ref = label.get("$ref") or label["allOf"][0]["$ref"]
    choices = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]["enum"]
    assert choices == ["", "opinion", "analysis", "interview", "report", "video"]
