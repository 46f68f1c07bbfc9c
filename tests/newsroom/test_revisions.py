"""Revisions, the readable diff, restoring, and two editors on one article."""

from difflib import SequenceMatcher

import pytest

from akhbar.news.models import Article
from akhbar.newsroom import diff, revisions
from akhbar.newsroom.diff import compare_content, paragraphs
from akhbar.newsroom.errors import EditConflict
from akhbar.newsroom.models import AuditAction, AuditEntry, Revision, RevisionReason
from tests.factories import byline_form_data, make_article, make_section
from tests.newsroom.conftest import change_url, edit_data

pytestmark = pytest.mark.django_db

ADD_URL = "/ar/newsroom/news/article/add/"


def test_every_save_in_the_newsroom_keeps_a_revision(client, editor, section):
    client.force_login(editor)
    data = {
        "title": "العنوان الأول",
        "summary": "",
        "body": "<p>نص أول</p>",
        "language": "ar",
        "section": section.pk,
        "slug": "",
        "translation_group": "8c2ee2c2-1f3b-4d5e-9f0a-0c1d2e3f4a5b",
        **byline_form_data(),
    }
    assert client.post(ADD_URL, data).status_code == 302
    article = Article.objects.get()
    response = client.post(
        change_url(article), edit_data(article, body="<p>نص ثان</p>")
    )
    assert response.status_code == 302
    numbers = list(
        article.revisions.order_by("number").values_list("number", "reason", "body")
    )
    assert numbers == [
        (1, RevisionReason.CREATED, "<p>نص أول</p>"),
        (2, RevisionReason.EDITED, "<p>نص ثان</p>"),
    ]
    article.refresh_from_db()
    assert article.version == 2
    # Saving without a change keeps no empty revision.
    client.post(change_url(article), edit_data(article))
    assert article.revisions.count() == 2


def test_first_edit_of_an_imported_article_keeps_its_original_text(client, editor):
    article = make_article(published=False, body="<p>النص الأصلي</p>")
    client.force_login(editor)
    client.post(change_url(article), edit_data(article, body="<p>نص محرر</p>"))
    first, second = article.revisions.order_by("number")
    assert (first.reason, first.body) == (RevisionReason.ORIGINAL, "<p>النص الأصلي</p>")
    assert (second.reason, second.body) == (RevisionReason.EDITED, "<p>نص محرر</p>")


def test_diff_marks_words_and_reads_right_to_left():
    old = {
        "title": "الصين وروسيا",
        "body": "<p>نص أول عن الطاقة.</p><p>فقرة ثابتة.</p>",
    }
    new = {
        "title": "الصين وروسيا وكازاخستان",
        "body": "<p>نص ثان عن الطاقة.</p><p>فقرة ثابتة.</p><p>English line.</p>",
    }
    fields = {f.name: f for f in compare_content(old, new, revisions.TEXT_FIELDS)}
    assert (
        fields["title"].html == '<p dir="auto">الصين وروسيا <ins>وكازاخستان</ins></p>'
    )
    body = fields["body"].html
    assert '<p dir="auto">نص <del>أول</del> <ins>ثان</ins> عن الطاقة.</p>' in body
    assert '<p dir="auto">فقرة ثابتة.</p>' in body
    assert '<p dir="auto"><ins>English line.</ins></p>' in body
    assert not fields["summary"].changed


def test_diff_escapes_what_it_shows():
    old = {"title": "عنوان"}
    new = {"title": "<img src=x onerror=alert(1)> عنوان"}
    html = compare_content(old, new, {"title": "t"})[0].html
    assert "<img" not in html and "&lt;img" in html


@pytest.fixture
def matched(monkeypatch):
    """Record the lengths of the sequences each SequenceMatcher compares."""
    sizes = []

    class CountingMatcher(SequenceMatcher):
        def set_seqs(self, a, b):
            sizes.append((len(a), len(b)))
            super().set_seqs(a, b)

    monkeypatch.setattr(diff, "SequenceMatcher", CountingMatcher)
    return sizes


def test_diff_of_a_huge_paragraph_never_runs_the_quadratic_word_matcher(matched):
    words = " ".join(f"كلمة{n}" for n in range(40_000))
    fields = compare_content(
        {"body": f"<p>{words}</p>"}, {"body": f"<p>{words} أخرى</p>"}, {"body": "b"}
    )
    assert fields[0].changed
    assert "<del>كلمة0 " in fields[0].html and "أخرى</ins>" in fields[0].html
    # One paragraph against one: the 40,000 words are never matched word by word.
    assert matched == [(1, 1)]


def test_the_word_matcher_compares_at_most_the_word_limit(matched):
    words = " ".join(f"كلمة{n}" for n in range(diff.WORD_LIMIT - 1))
    fields = compare_content(
        {"body": f"<p>{words}</p>"}, {"body": f"<p>{words} أخرى</p>"}, {"body": "b"}
    )
    assert fields[0].html.endswith(" <ins>أخرى</ins></p>")
    assert matched == [(1, 1), (diff.WORD_LIMIT - 1, diff.WORD_LIMIT)]


def test_paragraphs_split_on_blocks_and_drop_markup():
    assert paragraphs("<h2>عنوان</h2><p>أ <b>ب</b></p><p> </p><li>ج</li>") == [
        "عنوان",
        "أ ب",
        "ج",
    ]


def test_revisions_page_shows_the_diff_between_any_two(client, editor):
    article = make_article(published=False, title="أ", body="<p>واحد</p>")
    revisions.record_revision(article=article, by=editor)
    for body in ["<p>اثنان</p>", "<p>ثلاثة</p>"]:
        article.body = body
        article.save()
        revisions.record_revision(article=article, by=editor)
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/revisions/"
    page = client.get(url, {"from": 1, "to": 2}).content.decode()
    assert "<del>واحد</del> <ins>اثنان</ins>" in page
    assert 'dir="auto"' in page and 'lang="ar" dir="rtl"' in page
    assert client.get(url, {"from": "x", "to": "999"}).status_code == 200


def test_restoring_a_revision_makes_a_new_one_and_is_logged(editor):
    article = make_article(published=False, title="الأول")
    revisions.record_revision(article=article, by=editor)
    article.title = "الثاني"
    article.save()
    revisions.record_revision(article=article, by=editor)

    outcome = revisions.restore_revision(
        article=article, number=1, by=editor, expected_version=2
    )

    article.refresh_from_db()
    assert outcome.changed and article.title == "الأول"
    latest = revisions.latest_revision(article)
    assert (latest.number, latest.reason, latest.restored_from) == (3, "restored", 1)
    assert (
        AuditEntry.objects.get(action=AuditAction.REVISION_RESTORED).details["restored"]
        == 1
    )
    again = revisions.restore_revision(
        article=article, number=1, by=editor, expected_version=2
    )
    assert not again.changed  # a double-posted restore
    assert article.revisions.count() == 3


def test_concurrent_save_is_refused_and_shows_what_changed(client, editor):
    from tests.factories import make_user

    other = make_user(role="editor")
    article = make_article(published=False, body="<p>نص مشترك</p>")
    client.force_login(editor)
    page = client.get(change_url(article))
    started_from = page.context["adminform"].form["version"].value()
    # The other editor saves first.
    client.force_login(other)
    client.post(
        change_url(article),
        edit_data(article, version=started_from, body="<p>نص الزميل</p>"),
    )
    # The first editor saves their own change, made from the older version.
    client.force_login(editor)
    response = client.post(
        change_url(article),
        edit_data(article, version=started_from, body="<p>نصي أنا</p>"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert other.username in html
    assert "<del>مشترك</del> <ins>الزميل</ins>" in html
    article.refresh_from_db()
    assert article.body == "<p>نص الزميل</p>"  # nothing overwritten
    # Saving again, having seen the change, replaces it deliberately.
    form_version = response.context["adminform"].form.data["version"]
    client.post(
        change_url(article),
        edit_data(article, version=form_version, body="<p>نصي أنا</p>"),
    )
    article.refresh_from_db()
    assert article.body == "<p>نصي أنا</p>"


def test_editing_from_a_version_restored_meanwhile_is_a_conflict(editor):
    article = make_article(published=False, title="الأول")
    revisions.record_revision(article=article, by=editor)
    article.title = "الثاني"
    article.save()
    revisions.record_revision(article=article, by=editor)
    stale = Article.objects.get(pk=article.pk)
    revisions.restore_revision(article=article, number=1, by=editor)
    stale.title = "تعديلي"
    with pytest.raises(EditConflict) as conflict:
        revisions.save_edit(article=stale, by=editor, expected_version=2)
    assert [r.number for r in conflict.value.revisions] == [3]
    assert Article.objects.get(pk=article.pk).title == "الأول"


def test_double_posted_edit_is_saved_once_without_a_conflict(client, editor):
    article = make_article(published=False)
    client.force_login(editor)
    data = edit_data(article, title="عنوان جديد", version=0)
    assert client.post(change_url(article), data).status_code == 302
    second = client.post(change_url(article), data)
    assert second.status_code == 302  # the same content again: no conflict page
    assert Revision.objects.filter(article=article, title="عنوان جديد").count() == 1


def test_restore_of_an_unknown_revision_says_so(client, editor):
    article = make_article(published=False)
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/revisions/99/restore/"
    response = client.post(url, follow=True)
    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert any("99" in message for message in messages)


def test_restore_needs_a_post(client, editor):
    article = make_article(published=False, section=make_section())
    client.force_login(editor)
    url = f"/ar/newsroom/news/article/{article.pk}/revisions/1/restore/"
    assert client.get(url).status_code == 405
