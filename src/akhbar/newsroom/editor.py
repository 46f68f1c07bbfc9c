"""What the article editor's script needs: its texts, in the newsroom's language.

The script (static/newsroom/editor.js) holds no words of its own: the prose
editor's toolbar and dialogs, the word count and the autosave messages are
translated here, with the project's catalogs.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language, get_language_info, ngettext, pgettext
from django.utils.translation import gettext as _

from akhbar.news.models import Article

from .autosave import Autosave

# The seconds between two autosaves of a changed form.
AUTOSAVE_SECONDS = 20

# One number of each plural category (CLDR): the script picks the form with
# Intl.PluralRules, the catalog gives the words.
PLURAL_SAMPLES = {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100}


def toolbar_labels() -> dict[str, str]:
    """Return the prose editor's own English labels with the newsroom's words."""

    def label(text: str) -> str:
        return pgettext("prose editor", text)

    return {
        # Toolbar buttons (the library's titles, some lower case).
        "bold": label("Bold"),
        "italic": label("Italic"),
        "strike": label("Strikethrough"),
        "subscript": label("Subscript"),
        "superscript": label("Superscript"),
        "heading 2": label("Heading"),
        "heading 3": label("Subheading"),
        "heading 4": label("Minor heading"),
        "Heading 2": label("Heading"),
        "Heading 3": label("Subheading"),
        "Heading 4": label("Minor heading"),
        "paragraph": label("Paragraph"),
        "Paragraph": label("Paragraph"),
        "unordered list": label("Bulleted list"),
        "ordered list": label("Numbered list"),
        "blockquote": label("Quotation"),
        "horizontal rule": label("Separator line"),
        "insert link": label("Insert link"),
        "remove link": label("Remove link"),
        "undo": label("Undo"),
        "redo": label("Redo"),
        "edit HTML": label("Edit the HTML"),
        "Toggle fullscreen": label("Full screen"),
        "List properties": label("List properties"),
        # Dialogs (the library asks gettext for these).
        "URL": label("Address (URL)"),
        "Title": label("Title shown on hover"),
        "Open in new window": label("Open in a new window"),
        "Edit Link": label("Edit the link"),
        "Update": label("Update"),
        "Insert": label("Insert"),
        "Cancel": label("Cancel"),
        "Edit HTML": label("Edit the HTML"),
        "Prettify": label("Tidy the HTML"),
        "The HTML contents of the editor. Note that the allowed HTML is "
        "restricted by the editor schema.": label(
            "The editor's content as HTML. Only the markup the editor allows is kept."
        ),
        "List type": label("List type"),
        "Start at": label("Start at"),
        "Bullets": label("Bullets"),
        "Decimal numbers": label("Numbers"),
        "Lowercase letters": label("Lowercase letters"),
        "Uppercase letters": label("Uppercase letters"),
        "Lowercase Roman numerals": label("Lowercase Roman numerals"),
        "Uppercase Roman numerals": label("Uppercase Roman numerals"),
    }


def plural(singular: str, plural_: str) -> dict[str, str]:
    return {
        category: ngettext(singular, plural_, n)
        for category, n in PLURAL_SAMPLES.items()
    }


def config(
    *, article: Article | None, autosaved: Autosave | None, can_publish_now: bool
) -> dict:
    """Return the script's settings and texts for one editor page."""
    saved = article is not None and article.pk
    directions = {
        code: "rtl" if get_language_info(code)["bidi"] else "ltr"
        for code, _name in settings.LANGUAGES
    }
    return {
        "article": article.pk if saved else None,
        "autosaveUrl": reverse("admin:news_article_autosave"),
        "autosaveSeconds": AUTOSAVE_SECONDS,
        "language": get_language(),
        "numerals": settings.AKHBAR_NUMERALS.get(get_language(), "latn"),
        "directions": directions,
        "canPublish": can_publish_now,
        "autosaved": {
            "title": autosaved.title,
            "summary": autosaved.summary,
            "body": autosaved.body,
        }
        if autosaved
        else None,
        "labels": toolbar_labels(),
        "texts": {
            "words": plural("%(n)s word", "%(n)s words"),
            "minutes": plural("%(n)s minute read", "%(n)s minutes read"),
            "autosaving": _("Autosaving…"),
            "autosaveFailed": _(
                "Autosave failed; your text is still here. Save to keep it."
            ),
            "unsaved": _("Unsaved changes"),
            "noFile": _("No image chosen"),
            "chooseImage": _("Choose an image"),
        },
    }


def saved(copy: Autosave) -> str:
    """Return the message shown once a copy is autosaved."""
    at = formats.time_format(timezone.localtime(copy.saved_at), "TIME_FORMAT")
    return _("Autosaved at %(time)s") % {"time": at}
