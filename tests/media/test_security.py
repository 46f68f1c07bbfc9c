"""The page stays strict: frames only from the providers, the sanitizer unchanged."""

import re

import pytest
from django.core.exceptions import ValidationError

from akhbar.media.embeds import FRAME_HOSTS
from akhbar.news.sanitize import MAX_NESTING, sanitize_body
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    found = {}
    for part in header.split(";"):
        name, *values = part.split()
        found[name] = values
    return found


def test_frames_may_come_only_from_the_embed_providers(client):
    article = make_article()
    policy = directives(client.get(article.get_absolute_url()))
    assert policy["frame-src"] == ["'self'", *FRAME_HOSTS]
    assert "https://www.youtube.com" not in policy["frame-src"]


def test_scripts_stay_our_own(client):
    article = make_article()
    policy = directives(client.get(article.get_absolute_url()))
    # 'self', and a nonce when the page used one: no provider, nothing inline.
    assert policy["script-src"][0] == "'self'"
    assert all(re.fullmatch(r"'nonce-[^']+'", v) for v in policy["script-src"][1:])
    assert policy["object-src"] == ["'none'"]


def test_markers_and_post_links_survive_the_sanitizer_unchanged():
    body = '<p>[picture 12]</p><p><a href="https://youtu.be/dQw4w9WgXcQ">v</a></p>'
    cleaned = sanitize_body(body)
    assert "<p>[picture 12]</p>" in cleaned
    assert 'href="https://youtu.be/dQw4w9WgXcQ"' in cleaned


@pytest.mark.parametrize(
    "body",
    [
        '<figure><img src="https://evil.example/x.gif"><figcaption>x</figcaption></figure>',
        '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>',
        '<p data-embed-src="https://evil.example/">x</p>',
        '<img srcset="https://evil.example/x.gif 1w" loading="lazy">',
    ],
)
def test_body_still_refuses_images_frames_and_data_attributes(body):
    cleaned = sanitize_body(body)
    for word in ("<img", "<iframe", "<figure", "evil.example", "data-embed"):
        assert word not in cleaned


def test_sanitizer_still_refuses_deep_nesting_before_cleaning():
    with pytest.raises(ValidationError) as error:
        sanitize_body("<blockquote>" * (MAX_NESTING + 1) + "[picture 1]")
    assert error.value.code == "too_deep"
