"""Bidi controls (Trojan Source, CVE-2021-42574) reach no reader surface.

Titles, summaries, captions, credits, names, bios and notes are saved without
them, whichever way they are written (the newsroom's forms or the models), so
pages, share cards, JSON-LD, feeds, sitemaps and the API have none to show.
"""

import re

import pytest
from django.test import Client
from django.utils import timezone

from akhbar.news import services
from akhbar.news.models import Article, ArticleNote, NoteKind, Person, Section, Tag
from akhbar.text.controls import BIDI_CONTROLS
from tests.factories import (
    byline_form_data,
    image_upload,
    make_article,
    make_person,
    make_section,
    make_tag,
    make_user,
)

pytestmark = pytest.mark.django_db

CONTROLS = "".join(sorted(BIDI_CONTROLS))
# Every form a control could take on the way out: itself, a JSON escape, a
# character reference in HTML or XML, or percent-encoded in a URL.
LEAK = re.compile(
    "[\u202a-\u202e\u2066-\u2069]"
    r"|\\u(?:202[a-e]|206[6-9])"
    r"|&#(?:x0*(?:202[a-e]|206[6-9])|0*(?:823[4-8]|829[4-7]));"
    r"|%E2%80%A[A-E]|%E2%81%A[6-9]",
    re.IGNORECASE,
)


def hostile(mark: str) -> str:
    """Return text with every control around a visible mark (a "gnp.exe" trick)."""
    return f"\u202e{mark}\u2066exe.gnp\u2069{CONTROLS}"


MARKS = {
    "title": "عنوان-TitleMark",
    "summary": "ملخص-SummaryMark",
    "caption": "تعليق-CaptionMark",
    "credit": "تصوير-CreditMark",
    "section": "قسم-SectionMark",
    "tag": "وسم-TagMark",
    "person": "كاتب-PersonMark",
    "bio": "نبذة-BioMark",
    "note": "تصحيح-NoteMark",
}


def via_models() -> Article:
    section = make_section(slug="world", names={"ar": hostile(MARKS["section"])})
    tag = make_tag(slug="oil", names={"ar": hostile(MARKS["tag"])})
    person = make_person(
        slug="layla",
        names={"ar": hostile(MARKS["person"]), "en": hostile("Layla")},
        bios={"ar": hostile(MARKS["bio"])},
    )
    article = make_article(
        title=hostile(MARKS["title"]),
        summary=hostile(MARKS["summary"]),
        body=f"<p>{hostile('BodyMark')} &#x202E;&#8297;</p>",
        section=section,
        tags=[tag],
        authors=[person],
        editor=person,
        lead_image=image_upload(),
        lead_image_caption=hostile(MARKS["caption"]),
        lead_image_credit=hostile(MARKS["credit"]),
    )
    services.add_note(
        article=article, kind=NoteKind.CORRECTION, text=hostile(MARKS["note"])
    )
    return article


def via_newsroom() -> Article:
    client = Client()
    client.force_login(make_user(role="admin"))

    def post(url, data):
        # A step button's save goes on to the step view with a 307.
        response = client.post(f"/ar/newsroom/news/{url}", data, follow=True)
        assert response.status_code == 200, response.content.decode()[:3000]
        assert response.redirect_chain, response.content.decode()[:3000]

    section = {"names_ar": hostile(MARKS["section"]), "names_en": ""}
    post("section/add/", section | {"slug": "world", "position": 1})
    post("tag/add/", {"names_ar": hostile(MARKS["tag"]), "names_en": "", "slug": "oil"})
    post(
        "person/add/",
        {
            "slug": "layla",
            "names_ar": hostile(MARKS["person"]),
            "names_en": hostile("Layla"),
            "role": "reporter",
            "bios_ar": hostile(MARKS["bio"]),
            "bios_en": "",
        },
    )
    person = Person.objects.get()
    post(
        "article/add/",
        {
            "title": hostile(MARKS["title"]),
            "summary": hostile(MARKS["summary"]),
            "body": f"<p>{hostile('BodyMark')} &#x202E;&#8297;</p>",
            "language": "ar",
            "section": Section.objects.get().pk,
            "tags": [Tag.objects.get().pk],
            **byline_form_data([person]),
            "editor": person.pk,
            "slug": "",
            "translation_group": "8c2ee2c2-1f3b-4d5e-9f0a-0c1d2e3f4a5b",
            "published_at_0": "",
            "published_at_1": "",
            "lead_image": image_upload(),
            "lead_image_caption": hostile(MARKS["caption"]),
            "lead_image_credit": hostile(MARKS["credit"]),
            "_publish": "1",
        },
    )
    article = Article.objects.get()
    assert article.published_at <= timezone.now()
    note = {"kind": "correction", "text": hostile(MARKS["note"])}
    post(f"article/{article.pk}/notes/", note)
    return article


@pytest.fixture(params=[via_models, via_newsroom], ids=["models", "newsroom"])
def article(request, settings):
    settings.AKHBAR_SITE_URL = "https://akhbar.example"
    return request.param()


def test_nothing_is_stored_with_a_control(article):
    rows = [
        *Article.objects.values_list(
            "title", "summary", "body", "lead_image_caption", "lead_image_credit"
        ),
        *Section.objects.values_list("names"),
        *Tag.objects.values_list("names"),
        *Person.objects.values_list("names", "bios"),
        *ArticleNote.objects.values_list("text"),
        *article.revisions.values_list("title", "summary", "body", "data"),
    ]
    assert rows and not LEAK.search(str(rows))
    assert article.title == "عنوان-TitleMarkexe.gnp"
    assert Person.objects.get().names == {
        "ar": "كاتب-PersonMarkexe.gnp",
        "en": "Laylaexe.gnp",
    }


# Each reader surface, and the marks it must show (so it was tested with them).
SURFACES = {
    "article page": ("{article}", [m for m in MARKS if m != "bio"]),
    "home": ("/ar/", ["title", "section"]),
    "latest": ("/ar/latest/", ["title"]),
    "section page": ("/ar/section/world/", ["title", "section"]),
    "tag page": ("/ar/tag/oil/", ["title", "tag"]),
    "person page": ("/ar/people/layla/", ["title", "person", "bio"]),
    "rss": ("/ar/feed/rss/", ["title", "summary"]),
    "atom": ("/ar/feed/atom/", ["title", "summary"]),
    "section rss": ("/ar/section/world/rss/", ["title", "section"]),
    "section atom": ("/ar/section/world/atom/", ["title", "section"]),
    "tag rss": ("/ar/tag/oil/rss/", ["title", "tag"]),
    "tag atom": ("/ar/tag/oil/atom/", ["title", "tag"]),
    "sitemap index": ("/sitemap.xml", []),
    "article sitemap": ("/sitemap-articles.xml", []),
    "section sitemap": ("/sitemap-sections.xml", []),
    "news sitemap": ("/news-sitemap.xml", ["title"]),
    "api articles": ("/api/v1/articles/", ["title", "summary", "caption", "credit"]),
    "api article": ("/api/v1/articles/{pk}", ["title", "section", "tag", "person"]),
    "api sections": ("/api/v1/sections/", ["section"]),
    "api tags": ("/api/v1/tags/", ["tag"]),
    "api people": ("/api/v1/people/", ["person"]),
    "api person": ("/api/v1/people/layla", ["person", "bio"]),
}


@pytest.mark.parametrize("surface", SURFACES)
def test_no_reader_surface_shows_a_control(client, article, surface):
    url, shown = SURFACES[surface]
    response = client.get(url.format(article=article.get_absolute_url(), pk=article.pk))
    assert response.status_code == 200
    text = response.content.decode()
    assert [MARKS[name] for name in shown if MARKS[name] not in text] == []
    assert LEAK.findall(text) == []


def test_share_card_and_json_ld_carry_the_text_without_controls(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    for pattern in (
        r'<meta property="og:title" content="([^"]*)"',
        r'<meta property="og:description" content="([^"]*)"',
        r'<script type="application/ld\+json"[^>]*>(.*?)</script>',
    ):
        found = re.search(pattern, html, re.DOTALL)
        assert found, pattern
        assert "Mark" in found.group(1) and not LEAK.search(found.group(1))


def test_isolating_markup_is_how_a_body_keeps_a_direction(article):
    services.save_article(
        article=Article(
            title="x",
            section=article.section,
            language="en",
            body='<p>Hello <bdi dir="rtl">\u202eمرحبا</bdi></p>',
        )
    )
    body = Article.objects.get(language="en").body
    assert body == '<p>Hello <bdi dir="rtl">مرحبا</bdi></p>'


def test_a_name_of_controls_alone_is_no_name(client):
    client.force_login(make_user(role="editor"))
    response = client.post(
        "/en/newsroom/news/tag/add/",
        {"names_ar": CONTROLS, "names_en": "Oil", "slug": "oil"},
    )
    assert response.status_code == 200
    assert "Give the name in العربية." in response.content.decode()
    assert not Tag.objects.exists()
