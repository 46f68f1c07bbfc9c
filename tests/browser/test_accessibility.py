"""axe-core on the reader pages, in both languages and both colour schemes."""

import pytest

from .conftest import PHONE
from .helpers import (
    blocking_violations,
    describe,
    open_page,
    settle,
)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["ar", "en"])
def test_reader_pages_have_no_serious_accessibility_violations(
    site, new_page, language
):
    page = new_page()
    failures = []
    for url in site.pages(language).values():
        open_page(page, url)
        if violations := blocking_violations(page):
            failures.append(describe(url, violations))
    assert not failures, "\n".join(failures)


def test_dark_mode_text_has_enough_contrast(site, new_page):
    page = new_page(viewport=PHONE, color_scheme="dark")
    failures = []
    for language in ("ar", "en"):
        for url in site.pages(language).values():
            open_page(page, url)
            settle(page)
            assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
            if violations := blocking_violations(page, rules=["color-contrast"]):
                failures.append(describe(url, violations))
    assert not failures, "\n".join(failures)
