"""The demo's gallery story: pictures drawn locally, an embed, loaded once."""

import pytest

from akhbar.demo.loader import load_content, story_group
from akhbar.demo.media import STORY
from akhbar.media.models import Picture
from akhbar.media.rendering import render_body
from akhbar.news.models import Article

pytestmark = pytest.mark.django_db


def test_demo_story_has_a_gallery_and_an_embed_and_loads_once():
    load_content()
    article = Article.objects.published().get(
        translation_group=story_group(STORY), language="ar"
    )
    pictures = list(article.pictures.all())
    assert len(pictures) >= 3
    assert all(p.in_gallery and p.renditions and p.alt_text for p in pictures)
    html = render_body(article)
    assert html.count('class="gallery__item"') == len(pictures)
    assert "youtube-nocookie.com/embed/jNQXAC9IVRw" in html

    load_content()
    assert Picture.objects.count() == len(pictures)
