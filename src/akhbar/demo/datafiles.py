"""Read the demo content from its data files, checking them before any write.

    content/taxonomy.toml                sections, tags and people
    content/stories/<key>/story.toml     a story's section, tags, credits, image
    content/stories/<key>/<language>.md  its text in one language

A language file holds a "# " title line, then paragraphs separated by blank
lines: the first is the summary, the others the body. The text is plain (no
emphasis, links or lists); docs/commands.md describes the format.
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from akhbar.news.models import StoryLabel

from .images import PALETTES

CONTENT_DIR = Path(__file__).parent / "content"
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAXONOMY_FIELDS = {
    "sections": {"slug", "names", "position"},
    "tags": {"slug", "names"},
    "people": {"slug", "names", "role"},
}
STORY_FIELDS = {
    "section", "tags", "authors", "editor", "hours_ago", "palette", "image", "label",
}  # fmt: skip


class DemoContentError(ValueError):
    """A demo data file is malformed; the message names the file."""

    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path


@dataclass(frozen=True)
class Version:
    language: str
    title: str
    summary: str
    body: tuple[str, ...]
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True)
class Story:
    key: str
    section: str
    tags: tuple[str, ...]
    authors: tuple[str, ...]
    editor: str | None
    hours_ago: float
    palette: str
    versions: tuple[Version, ...]
    label: str = ""


@dataclass(frozen=True)
class Taxonomy:
    sections: list[dict]
    tags: list[dict]
    people: list[dict]


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DemoContentError(path, str(error)) from None


def read_taxonomy(content_dir: Path = CONTENT_DIR) -> Taxonomy:
    """Return the sections, tags and people of taxonomy.toml."""
    path = content_dir / "taxonomy.toml"
    data = _read_toml(path)
    taxonomy = Taxonomy(
        data.get("sections", []), data.get("tags", []), data.get("people", [])
    )
    for kind, required in TAXONOMY_FIELDS.items():
        for entry in getattr(taxonomy, kind):
            missing = required - set(entry)
            if missing:
                slug = entry.get("slug", "?")
                raise DemoContentError(path, f"{kind} {slug} lacks {sorted(missing)}")
    return taxonomy


def read_text(path: Path) -> tuple[str, str, tuple[str, ...]]:
    """Return the title, summary and body paragraphs of a language file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise DemoContentError(path, str(error)) from None
    blocks, lines = [], []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            lines.append(line.strip())
        elif lines:
            blocks.append(lines)
            lines = []
    if not blocks or len(blocks[0]) != 1 or not blocks[0][0].startswith("# "):
        raise DemoContentError(
            path, 'the first line must be the title, as "# Title", then a blank line'
        )
    paragraphs = [" ".join(block) for block in blocks]
    if any(paragraph.startswith("#") for paragraph in paragraphs[1:]):
        raise DemoContentError(path, "only the first line may be a '#' title")
    if len(paragraphs) < 3:
        raise DemoContentError(
            path, "a summary paragraph and at least one body paragraph must follow"
        )
    title = paragraphs[0].removeprefix("# ").strip()
    return title, paragraphs[1], tuple(paragraphs[2:])


def _slugs(path: Path, data: dict, field: str, known: set[str]) -> tuple[str, ...]:
    slugs = data.get(field, [])
    if not isinstance(slugs, list) or not all(isinstance(s, str) for s in slugs):
        raise DemoContentError(path, f"{field} must be a list of slugs")
    unknown = [slug for slug in slugs if slug not in known]
    if unknown:
        raise DemoContentError(
            path, f"unknown {field} {unknown} (not in taxonomy.toml)"
        )
    return tuple(slugs)


def read_story(folder: Path, taxonomy: Taxonomy) -> Story:
    """Return one story, checked against the taxonomy; its folder name is its key."""
    path = folder / "story.toml"
    if not KEY.match(folder.name):
        raise DemoContentError(folder, "a story folder's name is a slug (a-z, 0-9, -)")
    data = _read_toml(path)
    unknown = set(data) - STORY_FIELDS
    if unknown:
        raise DemoContentError(path, f"unknown fields {sorted(unknown)}")
    sections = {entry["slug"] for entry in taxonomy.sections}
    people = {entry["slug"] for entry in taxonomy.people}
    if data.get("section") not in sections:
        raise DemoContentError(
            path, f"unknown section {data.get('section')!r} (not in taxonomy.toml)"
        )
    editor = data.get("editor")
    if editor is not None and editor not in people:
        raise DemoContentError(
            path, f"unknown editor {editor!r} (not in taxonomy.toml)"
        )
    palette = data.get("palette", "desert")
    if palette not in PALETTES:
        raise DemoContentError(path, f"unknown palette {palette!r}: {sorted(PALETTES)}")
    label = data.get("label", "")
    if label not in StoryLabel.values:
        labels = [value for value in StoryLabel.values if value]
        raise DemoContentError(path, f"unknown label {label!r}: one of {labels}")
    hours_ago = data.get("hours_ago", 1)
    if not isinstance(hours_ago, int | float) or hours_ago < 0:
        raise DemoContentError(path, "hours_ago must be a number, 0 or more")
    return Story(
        key=folder.name,
        section=data["section"],
        tags=_slugs(path, data, "tags", {entry["slug"] for entry in taxonomy.tags}),
        authors=_slugs(path, data, "authors", people),
        editor=editor,
        hours_ago=hours_ago,
        palette=palette,
        versions=_read_versions(folder, data.get("image", {})),
        label=label,
    )


def _read_versions(folder: Path, images: dict) -> tuple[Version, ...]:
    languages = [code for code, _name in settings.LANGUAGES]
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name == "story.toml":
            continue
        if path.suffix != ".md" or path.stem not in languages:
            raise DemoContentError(
                path, f"expected story.toml or <language>.md, one of {languages}"
            )
    for language, image in images.items():
        if not (folder / f"{language}.md").is_file():
            raise DemoContentError(
                folder / "story.toml", f"[image.{language}] has no {language}.md"
            )
        fields_ok = isinstance(image, dict) and set(image) <= {"caption", "credit"}
        if not fields_ok or not all(isinstance(v, str) for v in image.values()):
            raise DemoContentError(
                folder / "story.toml",
                f"[image.{language}] holds a caption and a credit, as text",
            )
    versions = []
    for language in languages:
        path = folder / f"{language}.md"
        if not path.is_file():
            continue
        title, summary, body = read_text(path)
        image = images.get(language, {})
        versions.append(
            Version(
                language,
                title,
                summary,
                body,
                caption=image.get("caption", ""),
                credit=image.get("credit", ""),
            )
        )
    if not versions:
        raise DemoContentError(folder, "a story needs at least one <language>.md")
    return tuple(versions)


def read_content(content_dir: Path = CONTENT_DIR) -> tuple[Taxonomy, list[Story]]:
    """Return the taxonomy and every story under stories/, in the order of keys."""
    taxonomy = read_taxonomy(content_dir)
    folders = sorted((content_dir / "stories").iterdir())
    stories = [
        read_story(folder, taxonomy)
        for folder in folders
        if folder.is_dir() and not folder.name.startswith(".")
    ]
    return taxonomy, stories
