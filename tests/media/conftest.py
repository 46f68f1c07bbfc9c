import pytest
from django.core.files.base import ContentFile

from akhbar.media import services
from akhbar.media.models import Picture
from tests.factories import desk_editor, image_upload


def make_picture(article, *, size=(1600, 900), **fields) -> Picture:
    """Attach a picture to an article through the service, as an editor would."""
    fields.setdefault("alt_text", "وصف الصورة")
    picture = Picture(article=article, **fields)
    upload = image_upload(size=size)
    picture.image.save("photo.jpg", ContentFile(upload.read()), save=False)
    return services.save_picture(picture=picture, by=desk_editor(), image_changed=True)


@pytest.fixture
def english():
    from django.utils import translation

    with translation.override("en"):
        yield
