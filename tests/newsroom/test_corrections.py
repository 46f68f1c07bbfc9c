"""Corrections and update notes, as editors add them and readers see them."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from akhbar.news.models import Article
from akhbar.newsroom import corrections
from akhbar.newsroom.errors import IllegalTransition, WorkflowError
from akhbar.newsroom.models import AuditAction, AuditEntry
from tests.factories import make_article

pytestmark = pytest.mark.django_db

NOTE = "صُحّح عدد الدول المشاركة من خمس إلى ست."


def corrected(editor, **fields):
    article = make_article(published_at=timezone.now() - timedelta(days=1), **fields)
    corrections.add_note(article=article, by=editor, kind="correction", text=NOTE)
    return Article.objects.get(pk=article.pk)


def test_reader_sees_the_note_and_the_time_of_the_update(client, editor):
    article = corrected(editor)
    html = client.get(article.get_absolute_url()).content.decode()
    assert NOTE in html
    assert "article__updated" in html  # "Updated …"
    note = article.notes.get()
    stamp = timezone.localtime(note.created_at).isoformat()
    assert f'<time datetime="{stamp}">' in html
    assert article.updated_at >= note.created_at


def test_json_ld_date_modified_and_correction(client, editor):
    article = corrected(editor)
    html = client.get(article.get_absolute_url()).content.decode()
    payload = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    ).group(1)
    data = json.loads(payload)
    assert datetime.fromisoformat(data["dateModified"]) == article.updated_at
    assert datetime.fromisoformat(data["dateModified"]) > datetime.fromisoformat(
        data["datePublished"]
    )
    assert data["correction"][0]["@type"] == "CorrectionComment"
    assert data["correction"][0]["text"] == NOTE


def test_feeds_carry_the_update_time_and_the_note(client, editor):
    article = corrected(editor)
    rss = ET.fromstring(client.get("/ar/feed/rss/").content)
    item = rss.find("channel/item")
    assert NOTE in item.findtext("description")
    atom = ET.fromstring(client.get("/ar/feed/atom/").content)
    ns = "{http://www.w3.org/2005/Atom}"
    updated = atom.find(f"{ns}entry/{ns}updated").text
    assert datetime.fromisoformat(updated) == article.updated_at


def test_editor_adds_a_note_from_the_article_page(client, editor):
    article = make_article()
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/notes/"
    response = client.post(url, {"kind": "update", "text": "أضيفت تصريحات الوزير."})
    assert response.status_code == 302
    assert article.notes.get().kind == "update"
    client.post(url, {"kind": "update", "text": "أضيفت تصريحات الوزير."})
    assert article.notes.count() == 1  # a double click adds it once
    assert AuditEntry.objects.filter(action=AuditAction.NOTE_ADDED).count() == 1
    page = client.get(f"/ar/newsroom/news/article/{article.pk}/change/")
    assert "أضيفت تصريحات الوزير." in page.content.decode()


@pytest.mark.parametrize(
    "kind, text", [("correction", "   "), ("nonsense", "نص"), ("update", "ن" * 2001)]
)
def test_bad_notes_are_refused_with_a_message(client, editor, kind, text):
    article = make_article()
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/notes/"
    response = client.post(url, {"kind": kind, "text": text}, follow=True)
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert not article.notes.exists()


def test_notes_are_for_published_articles(editor):
    with pytest.raises(IllegalTransition):
        corrections.add_note(
            article=make_article(published=False),
            by=editor,
            kind="correction",
            text=NOTE,
        )
    with pytest.raises(IllegalTransition):
        corrections.add_note(
            article=make_article(published_at=timezone.now() + timedelta(hours=1)),
            by=editor,
            kind="correction",
            text=NOTE,
        )


def test_a_note_never_runs_as_markup(client, editor):
    article = make_article()
    corrections.add_note(
        article=article, by=editor, kind="correction", text="<script>alert(1)</script>"
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def test_note_text_is_limited(editor):
    with pytest.raises(WorkflowError):
        corrections.add_note(
            article=make_article(), by=editor, kind="update", text="x" * 5000
        )
