"""Security checks of the newsroom (SECURITY.md X3, S4, S5, U1)."""

import pytest
from django.test import Client

from akhbar.news.models import Article
from tests.factories import image_upload, make_article, make_section, make_user
from tests.newsroom.test_admin import ADD_URL, form_data

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_payload_stored_by_reporter_is_inert_for_a_superuser(client):
    reporter = make_user(role="reporter")
    make_article(title=PAYLOAD, summary=PAYLOAD, created_by=reporter, published=False)
    client.force_login(make_user(is_superuser=True, is_staff=True))
    changelist = client.get("/ar/newsroom/news/article/").content.decode()
    article = Article.objects.get()
    change = client.get(f"/ar/newsroom/news/article/{article.pk}/change/")
    history = client.get(f"/ar/newsroom/news/article/{article.pk}/history/")
    for html in (changelist, change.content.decode(), history.content.decode()):
        assert "<script>alert" not in html
        assert "<img src=x onerror" not in html


def test_publishing_without_csrf_token_is_refused():
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(make_user(role="editor"))
    response = csrf_client.post(ADD_URL, form_data(make_section(), _publish="1"))
    assert response.status_code == 403
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    "target", ["//evil.test/", "https://evil.test/", "/\\evil.test/"]
)
def test_newsroom_login_never_redirects_off_site(client, target):
    user = make_user(role="editor", password="a-long-test-password")
    response = client.post(
        f"/ar/newsroom/login/?next={target}",
        {"username": user.username, "password": "a-long-test-password", "next": target},
    )
    assert response.status_code == 302
    assert "evil.test" not in response["Location"]


def test_image_with_too_many_pixels_is_refused_with_reason(client, settings):
    settings.AKHBAR_IMAGE_MAX_PIXELS = 100 * 100
    client.force_login(make_user(role="editor"))
    upload = image_upload(size=(200, 200), fmt="PNG", name="big.png")
    response = client.post(ADD_URL, form_data(make_section(), lead_image=upload))
    errors = response.context["adminform"].form.errors["lead_image"]
    assert any("بكسل" in error or "pixels" in error for error in errors)
    assert not Article.objects.exists()


def test_svg_with_script_is_refused(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(make_user(role="editor"))
    svg = SimpleUploadedFile(
        "x.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
        content_type="image/svg+xml",
    )
    response = client.post(ADD_URL, form_data(make_section(), lead_image=svg))
    assert response.context["adminform"].form.errors["lead_image"]
    assert not Article.objects.exists()


def test_payload_is_inert_in_the_dashboard_diff_audit_and_source_panel(client):
    from akhbar.newsroom import revisions, translations, workflow

    reporter = make_user(role="reporter")
    editor = make_user(role="editor")
    article = make_article(
        title="عنوان", summary=PAYLOAD, created_by=reporter, published=False
    )
    revisions.record_revision(article=article, by=reporter)
    article.title = PAYLOAD
    article.save()
    revisions.record_revision(article=article, by=reporter)
    workflow.submit(article=article, by=reporter, comment=PAYLOAD)
    workflow.publish(article=article, by=editor)
    draft = translations.translate_into(source=article, language="en", by=editor)
    client.force_login(make_user(is_superuser=True, is_staff=True))
    pages = [
        "/ar/newsroom/",
        f"/ar/newsroom/news/article/{article.pk}/revisions/?from=1&to=2",
        f"/ar/newsroom/news/article/{article.pk}/change/",
        f"/ar/newsroom/news/article/{draft.article.pk}/change/",
        "/ar/newsroom/newsroom/auditentry/",
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        assert "<script>alert" not in html, page
        assert "<img src=x onerror" not in html, page


def test_truncated_lead_image_is_refused_with_reason_not_a_500(client):
    """Pillow's verify() passes a cut-off JPEG; its renditions would fail on
    save. The upload check decodes it and says what is wrong instead."""
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.effect_noise((800, 600), 50).convert("RGB").save(buffer, "JPEG")
    cut = SimpleUploadedFile("cut.jpg", buffer.getvalue()[:20000], "image/jpeg")
    client.force_login(make_user(role="editor"))
    response = client.post(ADD_URL, form_data(make_section(), lead_image=cut))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["lead_image"]
    assert any("تالفة" in error or "damaged" in error for error in errors)
    assert not Article.objects.exists()
