"""The authors of an article in the newsroom form, in the order editors give.

`BylineInline` is placed by the article screen (`article_admin.py`). Each row
picks a person by autocomplete (the people admin's search) and carries its
place in the byline: the ↑ and ↓ buttons (bylines.js) move a row and renumber
the places before the form is sent; without script the numbers are typed.
Saving numbers the places 0, 1, 2… again (`tidy_byline`).
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from akhbar.news import services
from akhbar.news.models import Byline

from .permissions import can_edit


class BylinePositionWidget(forms.NumberInput):
    """The place number with buttons that move the row up and down."""

    template_name = "newsroom/widgets/byline_position.html"

    def __init__(self, attrs=None):
        super().__init__({"min": 0, "class": "byline-position", **(attrs or {})})


class BylineFormSet(forms.BaseInlineFormSet):
    def save(self, commit=True):
        saved = super().save(commit)
        if commit and self.instance.pk:
            services.tidy_byline(article=self.instance)
        return saved


class BylineInline(admin.TabularInline):
    model = Byline
    formset = BylineFormSet
    fields = ["person", "position"]
    autocomplete_fields = ["person"]
    extra = 1
    verbose_name = _("author")
    verbose_name_plural = _("authors, in byline order")

    class Media:
        js = ["newsroom/bylines.js"]
        css = {"all": ["newsroom/bylines.css"]}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "position":
            kwargs["widget"] = BylinePositionWidget
            kwargs["label"] = _("order")
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    # Whoever may edit the article may edit its byline: the article decides.

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("news.view_article")

    def has_add_permission(self, request, obj=None):
        if obj is None:
            return request.user.has_perm("news.add_article")
        return can_edit(request.user, obj)

    def has_change_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)
