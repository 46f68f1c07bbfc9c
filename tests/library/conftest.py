import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.factories import make_user


def url(name, *args, language="ar"):
    with translation.override(language):
        return reverse(name, args=args or None)


@pytest.fixture
def reader(db):
    return make_user()


@pytest.fixture
def reader_client(reader):
    client = Client()
    client.force_login(reader)
    return client


JSON = {"HTTP_ACCEPT": "application/json"}
