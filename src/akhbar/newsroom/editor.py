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

    return {
        # Toolbar buttons (the library's titles, some lower case).
        "bold": pgettext("prose editor", "Bold"),
        "italic": pgettext("prose editor", "Italic"),
        "strike": pgettext("prose editor", "Strikethrough"),
        "subscript": pgettext("prose editor", "Subscript"),
        "superscript": pgettext("prose editor", "Superscript"),
        "heading 2": pgettext("prose editor", "Heading"),
        "heading 3": pgettext("prose editor", "Subheading"),
        "heading 4": pgettext("prose editor", "Minor heading"),
        "Heading 2": pgettext("prose editor", "Heading"),
        "Heading 3": pgettext("prose editor", "Subheading"),
        "Heading 4": pgettext("prose editor", "Minor heading"),
        "paragraph": pgettext("prose editor", "Paragraph"),
        "Paragraph": pgettext("prose editor", "Paragraph"),
        "unordered list": pgettext("prose editor", "Bulleted list"),
        "ordered list": pgettext("prose editor", "Numbered list"),
        "blockquote": pgettext("prose editor", "Quotation"),
        "horizontal rule": pgettext("prose editor", "Separator line"),
        "insert link": pgettext("prose editor", "Insert link"),
        "remove link": pgettext("prose editor", "Remove link"),
        "undo": pgettext("prose editor", "Undo"),
        "redo": pgettext("prose editor", "Redo"),
        "edit HTML": pgettext("prose editor", "Edit the HTML"),
        "Toggle fullscreen": pgettext("prose editor", "Full screen"),
        "List properties": pgettext("prose editor", "List properties"),
        # Dialogs (the library asks gettext for these).
        "URL": pgettext("prose editor", "Address (URL)"),
        "Title": pgettext("prose editor", "Title shown on hover"),
        "Open in new window": pgettext("prose editor", "Open in a new window"),
        "Edit Link": pgettext("prose editor", "Edit the link"),
        "Update": pgettext("prose editor", "Update"),
        "Insert": pgettext("prose editor", "Insert"),
        "Cancel": pgettext("prose editor", "Cancel"),
        "Edit HTML": pgettext("prose editor", "Edit the HTML"),
        "Prettify": pgettext("prose editor", "Tidy the HTML"),
        "The HTML contents of the editor. Note that the allowed HTML is "
        "restricted by the editor schema.": pgettext(
            "prose editor",
            "The editor's content as HTML. Only the markup the editor allows is kept.",
        ),
        "List type": pgettext("prose editor", "List type"),
        "Start at": pgettext("prose editor", "Start at"),
        "Bullets": pgettext("prose editor", "Bullets"),
        "Decimal numbers": pgettext("prose editor", "Numbers"),
        "Lowercase letters": pgettext("prose editor", "Lowercase letters"),
        "Uppercase letters": pgettext("prose editor", "Uppercase letters"),
        "Lowercase Roman numerals": pgettext(
            "prose editor", "Lowercase Roman numerals"
        ),
        "Uppercase Roman numerals": pgettext(
            "prose editor", "Uppercase Roman numerals"
        ),
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
            # Literal ngettext calls, so that makemessages finds them.
            "words": {
                category: ngettext("%(n)s word", "%(n)s words", n)
                for category, n in PLURAL_SAMPLES.items()
            },
            "minutes": {
                category: ngettext("%(n)s minute read", "%(n)s minutes read", n)
                for category, n in PLURAL_SAMPLES.items()
            },
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
