"""Pictures and embeds as readers and machines get them."""

import re
from html.parser import HTMLParser

import pytest
from django.utils import translation

from akhbar.media.rendering import render_body, render_body_for_machines
from akhbar.news import services
from tests.factories import make_article

from .conftest import make_picture

pytestmark = pytest.mark.django_db

VIDEO = "dQw4w9WgXcQ"


class Elements(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.found = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def with_body(article, body):
    article.body = body
    return services.save_article(article=article)


def test_marker_becomes_a_figure_from_the_renditions(settings):
    article = make_article()
    picture = make_picture(article, caption="السوق القديم", credit="وكالة الأنباء")
    with_body(article, f"<p>قبل</p><p>[picture {picture.pk}]</p><p>بعد</p>")

    html = render_body(article)

    assert "[picture" not in html
    img = re.search(r"<figure class=\"story-figure\"><img [^>]+>", html)[0]
    widths = sorted(int(w) for w in re.findall(r" (\d+)w", img))
    assert widths == sorted(settings.AKHBAR_IMAGE_WIDTHS)
    for attribute in ('loading="lazy"', 'decoding="async"', 'width="800"',
                      'height="450"', 'alt="وصف الصورة"', 'sizes="'):  # fmt: skip
        assert attribute in img
    for rendition in picture.renditions.values():
        assert rendition["url"] in img
    assert "السوق القديم" in html and "<bdi>وكالة الأنباء</bdi>" in html


def test_arabic_marker_and_digits_work_too():
    article = make_article()
    picture = make_picture(article)
    arabic_digits = str(picture.pk).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    with_body(article, f"<p>[صورة {arabic_digits}]</p>")
    assert "<figure" in render_body(article)


def test_marker_cannot_show_another_articles_picture():
    mine, theirs = make_article(), make_article()
    foreign = make_picture(theirs, caption="صورة لخبر آخر")
    with_body(mine, f"<p>[picture {foreign.pk}]</p><p>نص</p>")

    html = render_body(mine)

    assert "<figure" not in html and "<img" not in html
    assert foreign.renditions["480"]["url"] not in html
    assert "صورة لخبر آخر" not in html


def test_marker_inside_text_or_with_markup_stays_text():
    article = make_article()
    picture = make_picture(article)
    with_body(
        article,
        f"<p>انظر [picture {picture.pk}] هنا</p>"
        f"<p><strong>[picture {picture.pk}]</strong></p>",
    )
    assert "<figure" not in render_body(article)


@pytest.mark.parametrize(
    "body",
    [
        '<p>[picture {pk}]" onerror="alert(1)</p>',
        '<p onclick="alert(1)">[picture {pk}]</p>',
        '<figure><img src="https://evil.example/t.gif" data-file="{pk}"></figure>',
        '<p><img src="x" onerror="alert(1)">[picture {pk}]</p>',
    ],
)
def test_body_cannot_inject_attributes_or_images(body):
    article = make_article()
    picture = make_picture(article)
    article = with_body(article, body.format(pk=picture.pk))

    html = render_body(article)

    elements = Elements(html).found
    assert not [a for _, attrs in elements for a in attrs if a.startswith("on")]
    assert "evil.example" not in html
    # Only our own renditions are ever an image source.
    sources = [attrs["src"] for tag, attrs in elements if tag == "img"]
    assert all(src.startswith("/media/renditions/") for src in sources)


def test_removed_picture_leaves_nothing_behind():
    article = make_article()
    picture = make_picture(article)
    with_body(article, f"<p>[picture {picture.pk}]</p><p>نص</p>")
    picture.delete()
    html = render_body(article)
    assert "[picture" not in html and "<figure" not in html


def test_gallery_lists_the_gallery_pictures_in_order():
    article = make_article()
    second = make_picture(article, caption="الثانية", in_gallery=True, position=2)
    make_picture(article, caption="ليست في المعرض", in_gallery=False)
    first = make_picture(article, caption="الأولى", in_gallery=True, position=1)

    html = render_body(article)

    gallery = html[html.index('<section class="gallery"') :]
    assert gallery.index("الأولى") < gallery.index("الثانية")
    assert "ليست في المعرض" not in gallery
    assert 'dir="rtl"' in gallery and 'tabindex="0"' in gallery
    assert gallery.count('loading="lazy"') == 2
    assert first.renditions["480"]["url"] in gallery
    assert second.renditions["480"]["url"] in gallery


def test_english_story_gallery_runs_left_to_right():
    article = make_article(language="en", title="Pictures", body="<p>Text</p>")
    make_picture(article, in_gallery=True)
    assert '<section class="gallery" dir="ltr"' in render_body(article)


def test_plain_body_gets_no_stylesheet_or_script():
    article = make_article(
        body='<p>نص</p><p><a href="https://example.org/">رابط</a></p>'
    )
    html = render_body(article)
    assert "<link" not in html and "<script" not in html
    assert 'href="https://example.org/"' in html


def test_link_paragraph_to_a_post_becomes_a_placeholder(english):
    article = make_article()
    url = f"https://www.youtube.com/watch?v={VIDEO}&amp;t=1"
    with_body(article, f'<p>قبل</p><p><a href="{url}">فيديو</a></p>')

    html = render_body(article)

    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert "Show content from YouTube" in html
    assert "may set cookies" in html
    # The link stays, for readers without script; nothing is framed yet.
    assert f'href="https://www.youtube.com/watch?v={VIDEO}"' in html
    assert "<iframe" not in html
    assert re.search(r'<script src="/static/media/embeds\.js" defer></script>', html)
    assert "<script>" not in html  # no inline script


def test_placeholder_speaks_the_page_language():
    article = make_article()
    with_body(
        article,
        f'<p><a href="https://youtu.be/{VIDEO}">https://youtu.be/{VIDEO}</a></p>',
    )
    with translation.override("ar"):
        html = render_body(article)
    assert 'lang="ar" dir="rtl"' in html


def test_x_post_opens_on_x_without_a_frame(english):
    article = make_article()
    with_body(article, '<p><a href="https://twitter.com/user/status/1790">post</a></p>')
    html = render_body(article)
    assert "data-embed-src" not in html
    assert 'href="https://x.com/user/status/1790"' in html
    assert "Open the post on X" in html


@pytest.mark.parametrize(
    "href",
    [
        f"https://youtube.com.evil.example/watch?v={VIDEO}",
        f"https://www.youtube.com/watch?v={VIDEO}&quot;",
    ],
)
def test_look_alike_links_stay_links(href):
    article = make_article()
    with_body(article, f'<p><a href="{href}">فيديو</a></p>')
    html = render_body(article)
    assert "embed" not in html and "<a href=" in html


def test_link_inside_a_sentence_is_not_embedded():
    article = make_article()
    with_body(
        article, f'<p>شاهد <a href="https://youtu.be/{VIDEO}">الفيديو</a> هنا</p>'
    )
    assert "embed" not in render_body(article)


def test_machines_get_absolute_pictures_and_plain_links(settings):
    settings.AKHBAR_SITE_URL = "https://news.example"
    article = make_article()
    picture = make_picture(article, caption="تعليق", credit="مصور")
    with_body(
        article,
        f'<p>[picture {picture.pk}]</p><p><a href="https://youtu.be/{VIDEO}">v</a></p>',
    )

    html = render_body_for_machines(article)

    assert f'src="https://news.example{picture.renditions["800"]["url"]}"' in html
    assert "https://news.example/media/renditions/" in html
    assert "[picture" not in html
    assert f'<a href="https://youtu.be/{VIDEO}"' in html
    assert "data-embed" not in html and "<script" not in html and "<link" not in html


def test_api_body_carries_the_pictures(client, settings):
    from tests.factories import publish

    settings.AKHBAR_SITE_URL = "https://news.example"
    article = make_article()
    picture = make_picture(article)
    with_body(article, f"<p>[picture {picture.pk}]</p>")
    publish(article)

    data = client.get(f"/api/v1/articles/{article.pk}").json()

    assert "https://news.example/media/renditions/" in data["body_html"]
    assert "[picture" not in data["body_html"]


def test_feeds_carry_the_summary_not_markers(client):
    from tests.factories import publish

    article = make_article(summary="ملخص الخبر")
    picture = make_picture(article)
    with_body(article, f"<p>[picture {picture.pk}]</p>")
    publish(article)

    feed = client.get("/ar/feed/rss/")
    assert feed.status_code == 200
    text = feed.content.decode()
    assert "ملخص الخبر" in text and "[picture" not in text


def test_an_address_typed_alone_on_a_line_is_embedded_too():
    article = make_article()
    with_body(article, f"<p>https://www.youtube.com/watch?v={VIDEO}&amp;t=3</p>")
    html = render_body(article)
    assert f"youtube-nocookie.com/embed/{VIDEO}" in html


def test_an_unknown_address_typed_alone_stays_text():
    article = make_article()
    with_body(article, "<p>https://example.org/watch?v=dQw4w9WgXcQ</p>")
    assert render_body(article) == "<p>https://example.org/watch?v=dQw4w9WgXcQ</p>"


def test_one_query_for_placed_pictures_and_the_gallery(django_assert_num_queries):
    article = make_article()
    placed = make_picture(article)
    make_picture(article, in_gallery=True)
    with_body(article, f"<p>[picture {placed.pk}]</p><p>[picture {placed.pk}]</p>")
    with django_assert_num_queries(1):
        html = render_body(article)
    assert html.count("<figure") == 3
