"""The newsroom (Django admin). Rules live in services and permissions."""

from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from akhbar.news import services
from akhbar.news.models import Article, ArticleStatus, Person, Section, Tag

from .forms import ArticleAdminForm, TranslatedNamesField
from .permissions import can_edit, can_publish, visible_articles

admin.site.site_header = _("akhbar newsroom")
admin.site.site_title = _("akhbar newsroom")
admin.site.index_title = _("Newsroom")
admin.site.site_url = "/"


class TranslatedNamesAdmin(admin.ModelAdmin):
    formfield_overrides = {models.JSONField: {"form_class": TranslatedNamesField}}

    @admin.display(description=_("name"))
    def display_name(self, obj):
        return obj.name


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


class ScheduledFilter(admin.SimpleListFilter):
    title = _("visibility")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [("live", _("Live")), ("scheduled", _("Scheduled"))]

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.filter(
                status=ArticleStatus.PUBLISHED, published_at__gt=timezone.now()
            )
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    change_form_template = "newsroom/article_change_form.html"
    list_display = ["title", "language", "section", "status_display", "published_at"]
    list_filter = ["status", ScheduledFilter, "section", "language", "authors"]
    list_select_related = ["section"]
    search_fields = ["title", "summary"]
    date_hierarchy = "published_at"
    filter_horizontal = ["tags", "authors"]
    readonly_fields = ["status", "updated_at", "preview_link"]
    actions = ["publish_selected", "unpublish_selected"]

    class Media:
        css = {"all": ["newsroom/admin.css"]}

    fieldsets = [
        (None, {"fields": ["title", "summary", "body"]}),
        (
            _("Publishing"),
            {"fields": ["status", "published_at", "preview_link", "updated_at"]},
        ),
        (
            _("Placement"),
            {"fields": ["language", "section", "tags", "slug", "translation_group"]},
        ),
        (_("People"), {"fields": ["authors", "editor"]}),
        (
            _("Lead image"),
            {"fields": ["lead_image", "lead_image_caption", "lead_image_credit"]},
        ),
    ]

    @admin.display(description=_("status"), ordering="status")
    def status_display(self, obj):
        if obj.status == ArticleStatus.PUBLISHED and obj.published_at > timezone.now():
            return _("Scheduled")
        return obj.get_status_display()

    @admin.display(description=_("preview"))
    def preview_link(self, obj):
        if not obj.pk:
            return "—"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("web:article-preview", kwargs={"pk": obj.pk}),
            _("Open the reader page"),
        )

    def get_queryset(self, request):
        return visible_articles(request.user, super().get_queryset(request))

    def has_change_permission(self, request, obj=None):
        return can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and can_edit(
            request.user, obj
        )

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        if not can_publish(request.user):
            actions.pop("publish_selected", None)
            actions.pop("unpublish_selected", None)
        return actions

    def render_change_form(self, request, context, *args, **kwargs):
        context["can_publish"] = can_publish(request.user)
        return super().render_change_form(request, context, *args, **kwargs)

    def save_model(self, request, obj, form, change):
        services.save_article(
            article=obj,
            by=request.user,
            image_changed="lead_image" in form.changed_data,
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if not can_publish(request.user):
            return
        if "_publish" in request.POST:
            services.publish_article(article=article, by=request.user)
            if article.published_at > timezone.now():
                self.message_user(request, _("The article is scheduled."))
            else:
                self.message_user(request, _("The article is published."))
        elif "_unpublish" in request.POST:
            services.unpublish_article(article=article, by=request.user)
            self.message_user(request, _("The article is no longer published."))

    @admin.action(description=_("Publish the selected articles"))
    def publish_selected(self, request, queryset):
        published, refused = 0, []
        for article in queryset:
            try:
                services.publish_article(article=article, by=request.user)
                published += 1
            except ValidationError:
                refused.append(article.title or str(article.pk))
        if published:
            self.message_user(
                request,
                ngettext(
                    "%(count)d article published.",
                    "%(count)d articles published.",
                    published,
                )
                % {"count": published},
            )
        if refused:
            self.message_user(
                request,
                _("Not published (a title and a body are needed): %(titles)s")
                % {"titles": "، ".join(refused)},
                level=messages.ERROR,
            )

    @admin.action(description=_("Unpublish the selected articles"))
    def unpublish_selected(self, request, queryset):
        count = 0
        for article in queryset:
            services.unpublish_article(article=article, by=request.user)
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d article unpublished.",
                "%(count)d articles unpublished.",
                count,
            )
            % {"count": count},
        )
