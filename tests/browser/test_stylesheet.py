"""The stylesheet and templates keep to the rules one RTL/LTR stylesheet needs."""

import re
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "src" / "akhbar" / "web"
STYLESHEETS = sorted((WEB / "static" / "web" / "css").glob("*.css"))
TEMPLATES = sorted((WEB / "templates").rglob("*.html"))
PHYSICAL = re.compile(r"\b(left|right)\b", re.IGNORECASE)


def test_stylesheets_use_only_logical_directions():
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in STYLESHEETS
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if PHYSICAL.search(line)
    ]
    assert not found, "use logical properties instead:\n" + "\n".join(found)


def test_stylesheet_fonts_exist():
    for path in STYLESHEETS:
        fonts = re.findall(r"url\(\"?\.\./fonts/([^\")]+)\"?\)", path.read_text())
        assert fonts, f"{path.name} loads no font"
        for name in fonts:
            assert (WEB / "static" / "web" / "fonts" / name).exists(), name


def test_templates_have_no_inline_styles_or_scripts():
    for path in TEMPLATES:
        html = path.read_text()
        assert not re.search(r"\sstyle=", html), f"{path.name}: inline style"
        assert not re.search(r"<script(?![^>]*(\bsrc=|application/ld\+json))", html), (
            f"{path.name}: inline script"
        )
