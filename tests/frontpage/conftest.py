import pytest

from tests.factories import image_upload, make_article, make_user


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def editor(db):
    return make_user(role="editor")


@pytest.fixture
def reporter(db):
    return make_user(role="reporter")


def pictured(**fields):
    """Make a published article with a lead image (and its renditions)."""
    return make_article(lead_image=image_upload(size=(640, 360)), **fields)
