"""Full-page screenshots to look at: var/screenshots/<lang>-<page>-<size>.png"""

import pytest

from .conftest import DESKTOP, PHONE
from .helpers import open_page, settle

pytestmark = pytest.mark.browser


def test_screenshots_of_reader_pages(site, new_page, screenshots):
    saved = []
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page = new_page(viewport=viewport)
        for language in ("ar", "en"):
            for name, url in site.pages(language).items():
                open_page(page, url)
                settle(page)
                path = screenshots / f"{language}-{name}-{size}.png"
                page.screenshot(path=path, full_page=True)
                saved.append(path)

    dark = new_page(viewport=PHONE, color_scheme="dark")
    open_page(dark, site.pages("ar")["article"])
    settle(dark)
    path = screenshots / "ar-article-phone-dark.png"
    dark.screenshot(path=path, full_page=True)
    saved.append(path)

    missing = new_page(viewport=PHONE)
    missing.goto(site("/ar/no-such-page/"))
    settle(missing)
    path = screenshots / "ar-404-phone.png"
    missing.screenshot(path=path, full_page=True)
    saved.append(path)

    # A full-page screenshot is as wide as the page: wider than the window means
    # something overflows sideways (on a 375 px phone, a reader would scroll).
    for path in saved:
        width = png_width(path)
        expected = PHONE["width"] if "-phone" in path.name else DESKTOP["width"]
        assert width == expected, f"{path.name} is {width} px wide"


def png_width(path) -> int:
    """Return a PNG's width from its header (IHDR follows the 8-byte signature)."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR"
    return int.from_bytes(header[16:20], "big")
