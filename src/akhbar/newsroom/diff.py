"""Readable differences between two versions of an article's text.

The comparison is of the plain text, paragraph by paragraph and then word by
word, so markup noise never shows as a change. Output is escaped text inside
<ins> and <del>, one `<p dir="auto">` per paragraph: each paragraph takes its
direction from its own first strong letter, so Arabic reads right to left and
English left to right in the same view.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from akhbar.news.sanitize import plain_text

# Where a block of text ends in the editor's HTML.
BLOCK_END = re.compile(
    r"</(?:p|h[1-6]|li|blockquote|pre|figcaption|div)\s*>|<br\s*/?>|<hr\s*/?>",
    re.IGNORECASE,
)
# Past this many words on either side, two paragraphs are shown as replaced
# whole: the word matcher is quadratic and the result would be unreadable anyway.
WORD_LIMIT = 3000

EQUAL, INSERT, DELETE = "equal", "insert", "delete"


@dataclass(frozen=True)
class Segment:
    kind: str
    text: str


def paragraphs(html_text: str) -> list[str]:
    """Return the plain text of each block of an HTML body, empty ones left out."""
    return [
        text
        for chunk in BLOCK_END.split(html_text or "")
        if (text := plain_text(chunk))
    ]


def diff_words(old: str, new: str) -> list[Segment]:
    old_words, new_words = old.split(), new.split()
    if len(old_words) > WORD_LIMIT or len(new_words) > WORD_LIMIT:
        return [Segment(DELETE, old), Segment(INSERT, new)]
    segments = []
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(Segment(EQUAL, " ".join(old_words[i1:i2])))
            continue
        if i2 > i1:
            segments.append(Segment(DELETE, " ".join(old_words[i1:i2])))
        if j2 > j1:
            segments.append(Segment(INSERT, " ".join(new_words[j1:j2])))
    return segments


def diff_paragraphs(old: list[str], new: list[str]) -> list[list[Segment]]:
    """Return the paragraphs of the comparison, each a list of segments."""
    result: list[list[Segment]] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result += [[Segment(EQUAL, text)] for text in old[i1:i2]]
        elif tag == "delete":
            result += [[Segment(DELETE, text)] for text in old[i1:i2]]
        elif tag == "insert":
            result += [[Segment(INSERT, text)] for text in new[j1:j2]]
        else:
            removed, added = old[i1:i2], new[j1:j2]
            for before, after in zip(removed, added, strict=False):
                result.append(diff_words(before, after))
            result += [[Segment(DELETE, text)] for text in removed[len(added) :]]
            result += [[Segment(INSERT, text)] for text in added[len(removed) :]]
    return result


def render(diffed: list[list[Segment]]) -> SafeString:
    """Return the comparison as HTML: escaped text, <ins> and <del>."""
    tags = {INSERT: "ins", DELETE: "del"}
    html = []
    for paragraph in diffed:
        parts = []
        for segment in paragraph:
            text = escape(segment.text)
            tag = tags.get(segment.kind)
            parts.append(f"<{tag}>{text}</{tag}>" if tag else text)
        html.append(f'<p dir="auto">{" ".join(parts)}</p>')
    return mark_safe("\n".join(html))  # noqa: S308 - every text part is escaped


def has_changes(diffed: list[list[Segment]]) -> bool:
    return any(segment.kind != EQUAL for paragraph in diffed for segment in paragraph)


@dataclass(frozen=True)
class FieldDiff:
    name: str
    label: str
    html: SafeString
    changed: bool


def compare_text(old: str, new: str, *, html: bool = False) -> list[list[Segment]]:
    if html:
        return diff_paragraphs(paragraphs(old), paragraphs(new))
    # Titles and summaries are plain text already: "<" in them is a character.
    before, after = " ".join((old or "").split()), " ".join((new or "").split())
    return diff_paragraphs([before] if before else [], [after] if after else [])


def compare_content(old: dict, new: dict, labels: dict[str, str]) -> list[FieldDiff]:
    """Compare two revisions' content (title, summary, body) field by field."""
    fields = []
    for name, label in labels.items():
        diffed = compare_text(old.get(name, ""), new.get(name, ""), html=name == "body")
        fields.append(FieldDiff(name, label, render(diffed), has_changes(diffed)))
    return fields


def changed_data_fields(old: dict, new: dict) -> list[str]:
    """Return the names of the other fields (section, tags…) that differ."""
    keys = sorted(set(old) | set(new))
    return [key for key in keys if old.get(key) != new.get(key)]
