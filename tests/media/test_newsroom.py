"""Pictures in the article editor: upload, checks, markers and who may do it."""

from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from akhbar.media import services
from akhbar.media.models import Picture
from tests.factories import image_upload, make_article, make_user
from tests.newsroom.conftest import change_url, edit_data

from .conftest import make_picture

pytestmark = pytest.mark.django_db


def picture_rows(article, *new, existing=()) -> dict:
    """Return the pictures inline's rows: the given saved ones, then new uploads."""
    data = {
        "pictures-TOTAL_FORMS": len(existing) + len(new),
        "pictures-INITIAL_FORMS": len(existing),
        "pictures-MIN_NUM_FORMS": 0,
        "pictures-MAX_NUM_FORMS": 1000,
    }
    rows = [({"id": p.pk, "alt_text": p.alt_text}, None) for p in existing]
    rows += [({"id": "", "alt_text": "مشهد من السوق"}, upload) for upload in new]
    for n, (fields, upload) in enumerate(rows):
        data[f"pictures-{n}-article"] = article.pk
        data[f"pictures-{n}-position"] = n
        for name, value in fields.items():
            data[f"pictures-{n}-{name}"] = value
        if upload is not None:
            data[f"pictures-{n}-image"] = upload
    return data


def picture_errors(response) -> list[str]:
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.prefix == "pictures":
            return [
                str(e)
                for form in inline.formset.forms
                for e in form.errors.get("image", [])
            ]
    raise AssertionError("the pictures inline is not on the page")


def png(size, mode="RGB") -> SimpleUploadedFile:
    buffer = BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return SimpleUploadedFile("big.png", buffer.getvalue(), "image/png")


def truncated_jpeg() -> SimpleUploadedFile:
    buffer = BytesIO()
    Image.effect_noise((800, 600), 50).convert("RGB").save(buffer, "JPEG")
    return SimpleUploadedFile("cut.jpg", buffer.getvalue()[:20000], "image/jpeg")


@pytest.fixture
def editor_client(client):
    client.force_login(make_user(role="editor"))
    return client


def test_editor_uploads_a_picture_and_gets_renditions_and_a_marker(
    editor_client, settings
):
    article = make_article(published=False)
    data = edit_data(article, **picture_rows(article, image_upload()))
    data["pictures-0-caption"] = "السوق القديم"
    data["pictures-0-in_gallery"] = "on"

    response = editor_client.post(change_url(article), data)

    assert response.status_code == 302, picture_errors(response)
    picture = Picture.objects.get(article=article)
    assert picture.caption == "السوق القديم" and picture.in_gallery
    assert sorted(map(int, picture.renditions)) == sorted(settings.AKHBAR_IMAGE_WIDTHS)
    page = editor_client.get(change_url(article)).content.decode()
    assert f"[صورة {picture.pk}]" in page


@pytest.mark.parametrize(
    "upload, message",
    [
        (lambda: SimpleUploadedFile("x.jpg", b"<html><script>1</script>", "image/jpeg"),
         "not an image"),
        (lambda: SimpleUploadedFile("x.jpg", b"", "image/jpeg"), "empty"),
        (lambda: png((8000, 6000), mode="1"), "too many pixels"),
        (lambda: truncated_jpeg(), "damaged or incomplete"),
    ],
    ids=["html-named-jpg", "empty", "pixel-bomb", "truncated"],
)  # fmt: skip
def test_bad_uploads_get_a_clear_message(editor_client, english, upload, message):
    article = make_article(published=False)
    data = edit_data(article, **picture_rows(article, upload()))

    response = editor_client.post(change_url(article).replace("/ar/", "/en/"), data)

    assert response.status_code == 200
    assert any(message in error for error in picture_errors(response))
    assert not Picture.objects.exists()


def test_upload_over_the_size_limit_is_refused(editor_client, english, settings):
    settings.AKHBAR_IMAGE_MAX_BYTES = 1000
    article = make_article(published=False)
    data = edit_data(article, **picture_rows(article, image_upload()))
    response = editor_client.post(change_url(article).replace("/ar/", "/en/"), data)
    assert any("too large" in error for error in picture_errors(response))
    assert not Picture.objects.exists()


def test_saving_the_text_alone_leaves_the_pictures_alone(editor_client):
    article = make_article(published=False)
    picture = make_picture(article)
    # A form sent without the picture rows (the text's own save) removes nothing.
    response = editor_client.post(change_url(article), edit_data(article, title="جديد"))
    assert response.status_code == 302
    assert Picture.objects.filter(pk=picture.pk).exists()


def test_editor_removes_a_picture(editor_client):
    article = make_article(published=False)
    picture = make_picture(article)
    data = edit_data(article, **picture_rows(article, existing=[picture]))
    data["pictures-0-DELETE"] = "on"
    assert editor_client.post(change_url(article), data).status_code == 302
    assert not Picture.objects.exists()


def test_reporter_cannot_reach_pictures_of_articles_they_cannot_open(client):
    reporter = make_user(role="reporter")
    someone_elses = make_article(published=False)
    picture = make_picture(someone_elses)
    client.force_login(reporter)

    data = edit_data(someone_elses, **picture_rows(someone_elses, existing=[picture]))
    data["pictures-0-DELETE"] = "on"
    response = client.post(change_url(someone_elses), data)

    assert response.status_code in (302, 403, 404)
    assert Picture.objects.filter(pk=picture.pk).exists()
    with pytest.raises(PermissionDenied):
        services.delete_picture(picture=picture, by=reporter)
    picture.caption = "changed"
    with pytest.raises(PermissionDenied):
        services.save_picture(picture=picture, by=reporter, image_changed=False)


def test_reporter_adds_pictures_to_their_own_draft(client):
    reporter = make_user(role="reporter")
    client.force_login(reporter)
    article = make_article(published=False, created_by=reporter)
    data = edit_data(article, **picture_rows(article, image_upload()))
    assert client.post(change_url(article), data).status_code == 302
    assert Picture.objects.filter(article=article).count() == 1


def test_reporter_cannot_change_pictures_once_published(client):
    reporter = make_user(role="reporter")
    article = make_article(created_by=reporter)  # published
    picture = make_picture(article)
    picture.caption = "changed"
    with pytest.raises(PermissionDenied):
        services.save_picture(picture=picture, by=reporter, image_changed=False)


def test_bidi_controls_are_dropped_from_captions():
    article = make_article()
    picture = make_picture(
        article, caption="نص\u202e مقلوب", credit="\u2066وكالة\u2069"
    )
    picture.refresh_from_db()
    assert "\u202e" not in picture.caption and "\u2066" not in picture.credit


def test_preview_shows_the_pictures_of_a_draft(editor_client):
    article = make_article(published=False)
    placed = make_picture(article, caption="في المعاينة")
    make_picture(article, in_gallery=True)
    article.body = f"<p>[picture {placed.pk}]</p>"
    article.save()

    page = editor_client.get(f"/ar/newsroom/news/article/{article.pk}/preview/")

    html = page.content.decode()
    assert page.status_code == 200
    assert 'class="story-figure"' in html and "في المعاينة" in html
    assert 'class="gallery"' in html


def test_a_new_picture_reaches_the_cached_reader_page(
    client, django_capture_on_commit_callbacks
):
    article = make_article()  # published
    url = article.get_absolute_url()
    assert 'class="gallery"' not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        make_picture(article, in_gallery=True)
    assert 'class="gallery"' in client.get(url).content.decode()
