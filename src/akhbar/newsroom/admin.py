"""The newsroom (Django admin). Rules live in services and permissions."""

from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from akhbar.news import services
from akhbar.news.models import Person, Section, Tag

# The article editor and the people admin have modules of their own;
# importing them registers them.
from . import (  # noqa: F401
    article_admin,
    breaking_admin,
    front_admin,
    live_admin,
    user_admin,
)
from .forms import TranslatedNamesField
from .models import AuditAction, AuditEntry
from .permissions import can_view_audit


class TranslatedNamesAdmin(admin.ModelAdmin):
    formfield_overrides = {models.JSONField: {"form_class": TranslatedNamesField}}

    @admin.display(description=_("name"))
    def display_name(self, obj):
        return obj.name

    def save_model(self, request, obj, form, change):
        services.save_names(obj)

    def delete_model(self, request, obj):
        services.delete_names([obj])

    def delete_queryset(self, request, queryset):
        services.delete_names(queryset)


@admin.register(Section)
class SectionAdmin(TranslatedNamesAdmin):
    list_display = ["display_name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["slug", "names"]
    prepopulated_fields = {}


@admin.register(Tag)
class TagAdmin(TranslatedNamesAdmin):
    list_display = ["display_name", "slug"]
    search_fields = ["slug", "names"]


@admin.register(Person)
class PersonAdmin(TranslatedNamesAdmin):
    list_display = ["display_name", "slug", "role", "user"]
    list_filter = ["role"]
    search_fields = ["slug", "names"]
    raw_id_fields = ["user"]

    def save_model(self, request, obj, form, change):
        services.save_person(person=obj, photo_changed="photo" in form.changed_data)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "bios":
            return TranslatedNamesField(
                label=db_field.verbose_name,
                max_length=1000,
                require_default=False,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The audit log: read-only, for admins."""

    list_display = [
        "at",
        "actor_name",
        "action",
        "article_link",
        "transition",
        "comment_text",
    ]
    list_filter = ["action", ("at", admin.DateFieldListFilter)]
    search_fields = ["article_title", "actor_name", "comment"]
    date_hierarchy = "at"
    list_per_page = 50

    @admin.display(description=_("article"))
    def article_link(self, entry):
        if entry.article_id is None:
            return "—"
        label = entry.article_title or f"#{entry.article_id}"
        if entry.action != AuditAction.PURGED:
            return format_html(
                '<a href="{}" dir="auto" lang="">{}</a>',
                reverse("admin:news_article_change", args=[entry.article_id]),
                label,
            )
        return format_html('<span dir="auto" lang="">{}</span>', label)

    @admin.display(description=_("comment"), ordering="comment")
    def comment_text(self, entry):
        # What staff wrote, in whichever language they wrote it (lang="":
        # unknown), not in the newsroom's.
        return format_html('<span dir="auto" lang="">{}</span>', entry.comment)

    @admin.display(description=_("from → to"))
    def transition(self, entry):
        if not (entry.from_status or entry.to_status):
            return ""
        before = entry.get_from_status_display() or "—"
        after = entry.get_to_status_display() or "—"
        return f"{before} → {after}"

    def has_module_permission(self, request):
        return can_view_audit(request.user)

    def has_view_permission(self, request, obj=None):
        return can_view_audit(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
