"""The reader's search form: every field optional, every mistake explained."""

from datetime import date, datetime, time, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from akhbar.news.languages import language_choices
from akhbar.news.models import Section
from akhbar.text.arabic import LETTER_FOLDS
from akhbar.text.controls import strip_bidi_controls

from . import conf
from .backends.base import Sort

ALL_LANGUAGES = "all"


def displayable(text: str) -> str:
    """Return the query as it may be shown again: no controls, no surrogates."""
    # Echoed back, bidi embeddings and overrides could reorder the page.
    text = strip_bidi_controls(text)
    return "".join(
        " " if c < " " or "\x7f" <= c <= "\x9f" else c
        for c in text
        if not "\ud800" <= c <= "\udfff"
    )


class SearchForm(forms.Form):
    # Arabic-Indic digits (٢٠٢٦-٠١-٣١) are accepted in dates, as everywhere.
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    lang = forms.ChoiceField(
        label=_("Language"),
        required=False,
        error_messages={"invalid_choice": _("There is no such language.")},
    )
    section = forms.ModelChoiceField(
        label=_("Section"),
        queryset=Section.objects.ordered(),
        to_field_name="slug",
        required=False,
        empty_label=_("All sections"),
        error_messages={"invalid_choice": _("There is no such section.")},
    )
    since = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a date such as 2026-01-31.")},
    )
    until = forms.DateField(
        label=_("To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a date such as 2026-01-31.")},
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(Sort.RELEVANCE, _("Relevance")), (Sort.NEWEST, _("Newest"))],
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, data=None, *, language: str, **kwargs):
        if data is not None:
            data = data.copy()
            # The language filter shows what is searched, even when not asked.
            data.setdefault("lang", language)
            for name in ("since", "until"):
                if data.get(name):
                    data[name] = data[name].translate(LETTER_FOLDS)
        super().__init__(data, **kwargs)
        self.language = language
        self.fields["lang"].choices = [
            *language_choices(),
            (ALL_LANGUAGES, _("All languages")),
        ]
        self.fields["lang"].initial = language

    def clean_q(self):
        return displayable(self.cleaned_data.get("q") or "")

    def clean_lang(self):
        return self.cleaned_data.get("lang") or self.language

    def clean_sort(self):
        return Sort(self.cleaned_data.get("sort") or Sort.RELEVANCE)

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end date is before the start date."))
        return data

    @property
    def too_long(self) -> bool:
        return len(self.cleaned_data.get("q", "")) > conf.max_query_length()

    def search_options(self) -> dict:
        """Return the filters that passed validation; broken ones are left out."""
        data = self.cleaned_data
        zone = timezone.get_current_timezone()
        since, until = data.get("since"), data.get("until")
        section = data.get("section")
        language = data.get("lang") or self.language
        return {
            "language": None if language == ALL_LANGUAGES else language,
            "section_id": section.pk if section else None,
            "published_from": (
                datetime.combine(since, time.min, zone) if since else None
            ),
            "published_until": _day_after(until, zone)
            if until and not self.has_error("until")
            else None,
        }


def _day_after(day: date, zone) -> datetime | None:
    if day == date.max:
        return None
    return datetime.combine(day + timedelta(days=1), time.min, zone)
