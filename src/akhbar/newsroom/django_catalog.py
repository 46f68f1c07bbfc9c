"""Django's own strings that its Arabic catalog lacks or gets wrong.

The newsroom is Django's admin; its words come from Django's catalogs. Listed
here, they enter the project's catalog (`makemessages` reads this file), which
takes precedence over Django's (LOCALE_PATHS), so the newsroom reads wholly in
Arabic without any change to Django. Strings of the admin's scripts (calendar,
time shortcuts) are in JS_STRINGS: the newsroom's script catalog
(`NewsroomScriptCatalog`) adds their project translations to Django's.
"""

from django.utils.translation import gettext_noop, ngettext
from django.views.i18n import JavaScriptCatalog

# Missing from Django's Arabic catalog (admin and core, Django 6.1).
MISSING = [
    gettext_noop("Run"),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop("Pagination %(name)s"),
    gettext_noop("Pagination %(name)s entries"),
    gettext_noop("Search %(name)s"),
    gettext_noop("Logout"),
    gettext_noop("- Select an option -"),
    gettext_noop("No %s matches the given query."),
    gettext_noop(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? "
        "All of the following related items will be deleted:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting "
        "the following protected related objects:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting "
        "related objects, but your account doesn't have permission to delete the "
        "following types of objects:"
    ),
]

# Wrong in Django's Arabic catalog: a change said "added" (نجحت إضافة).
CORRECTED = [
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The {name} “{obj}” was added successfully."),
]

# The admin's scripts; served by NewsroomScriptCatalog from the project catalog.
JS_STRINGS = [
    gettext_noop("Today (%(date)s)"),
    gettext_noop("Yesterday (%(date)s)"),
    gettext_noop("Tomorrow (%(date)s)"),
    gettext_noop("Previous (%(month)s %(year)s)"),
    gettext_noop("Next (%(month)s %(year)s)"),
    gettext_noop("%(month)s %(day)s, %(year)s"),
    gettext_noop("%s (today, current selection)"),
    gettext_noop("%s (today)"),
    gettext_noop("%s (current selection)"),
    gettext_noop(
        "You have selected an action, and you haven’t made any changes on "
        "individual fields. You’re probably looking for the Run button rather "
        "than the Save button."
    ),
]


def _plurals(count: int) -> list[str]:
    """Never called: makemessages reads the plural strings from here."""
    return [
        ngettext("…and %(count)d more object.", "…and %(count)d more objects.", count),
    ]


class NewsroomScriptCatalog(JavaScriptCatalog):
    """Django's admin script catalog, with the project's words for JS_STRINGS."""

    def get_catalog(self):
        catalog = super().get_catalog()
        from django.utils.translation import gettext

        for msgid in JS_STRINGS:
            text = gettext(msgid)
            if text != msgid:
                catalog[msgid] = text
        return catalog
