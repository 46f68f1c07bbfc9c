import itertools
from urllib.parse import urlencode

import pytest
from django.urls import reverse

BROWSER_UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"
)
_addresses = itertools.count(1)


@pytest.fixture
def beacon(client):
    """Send a read beacon as a fresh reader (new address) unless told otherwise."""

    def send(article_id, *, address=None, user_agent=BROWSER_UA, **headers):
        if address is None:
            n = next(_addresses)
            address = f"10.0.{n // 250}.{n % 250 + 1}"
        if user_agent is not None:
            headers["HTTP_USER_AGENT"] = user_agent
        return client.post(
            reverse("readership:count"),
            urlencode({"article": str(article_id)}),
            content_type="application/x-www-form-urlencoded",
            REMOTE_ADDR=address,
            **headers,
        )

    return send


@pytest.fixture
def flush_queued():
    """Take this minute's flush slot, as if a beacon had queued the flush."""
    from akhbar.readership import counting

    assert counting.flush_due()
