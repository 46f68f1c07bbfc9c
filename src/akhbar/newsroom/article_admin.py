"""The article editor of the newsroom: the admin calls the services, which decide."""

import uuid

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from akhbar.news.models import Article, NoteKind, WorkflowState
from akhbar.news.rules import format_moment

from . import audit, autosave, editor, revisions, translations, trash, views, workflow
from .byline_admin import BylineInline
from .diff import compare_content
from .errors import WorkflowError
from .forms import ArticleAdminForm
from .media_admin import PictureInline
from .permissions import (
    can_add_note,
    can_edit,
    can_publish,
    can_see_trash,
    can_translate,
    can_trash,
    openable_articles,
)
from .tags import can_propose_tags, propose_tags

# The fieldset of the writing itself; every other one goes to the side panel.
MAIN = "editor-main"
# Inlines shown in the side panel (the byline); others go under the body.
SIDE_INLINES = {"BylineInline"}


class TemporaryRedirect(HttpResponseRedirect):
    status_code = 307


class ScheduledFilter(admin.SimpleListFilter):
    title = _("visibility")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [("live", _("Live")), ("scheduled", _("Scheduled"))]

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.scheduled()
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    change_form_template = "newsroom/article_change_form.html"
    delete_confirmation_template = "newsroom/article_delete_confirmation.html"
    list_display = ["title", "language", "section", "status_display", "published_at"]
    list_filter = ["status", ScheduledFilter, "section", "language", "authors"]
    list_select_related = ["section"]
    search_fields = ["title", "summary"]
    date_hierarchy = "published_at"
    # Tags and people by type-ahead search (the tag and people admins' search).
    autocomplete_fields = ["tags", "editor"]
    inlines = [BylineInline, PictureInline]
    readonly_fields = ["status_display", "updated_at", "preview_link"]
    actions = ["publish_selected", "unpublish_selected", "trash_selected"]
    # The editor's own sticky bar of buttons takes the place of the top row.
    save_on_top = True

    class Media:
        css = {"all": ["newsroom/admin.css", "newsroom/editor.css"]}

    def get_fieldsets(self, request, obj=None):
        """Return the writing first (title and body), then the side panel's boxes."""
        placement = ["section", "tags", "label"]
        editable = obj is None or self.has_change_permission(request, obj)
        if editable and can_propose_tags(request.user):
            placement.insert(2, "new_tags")
        return [
            (
                None,
                {"fields": ["title", "summary", "body", "version"], "classes": [MAIN]},
            ),
            (
                _("Status"),
                {
                    "fields": [
                        "status_display",
                        "published_at",
                        "embargo_until",
                        "preview_link",
                        "updated_at",
                    ]
                },
            ),
            (_("Placement"), {"fields": placement}),
            (_("People"), {"fields": ["editor"]}),
            (
                _("Lead image"),
                {"fields": ["lead_image", "lead_image_caption", "lead_image_credit"]},
            ),
            (
                _("Language and address"),
                {
                    "fields": ["language", "slug", "translation_group"],
                    "classes": ["collapse"],
                },
            ),
        ]

    @admin.display(description=_("status"), ordering="status")
    def status_display(self, obj):
        if obj is None or obj.pk is None:
            return WorkflowState.DRAFT.label
        state = obj.workflow_state()
        if state == WorkflowState.SCHEDULED:
            return format_html(
                "{} · <time>{}</time>",
                state.label,
                format_moment(obj.published_at),
            )
        return state.label

    @admin.display(description=_("preview"))
    def preview_link(self, obj):
        if not obj.pk:
            return "—"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("admin:news_article_preview", args=[obj.pk]),
            _("Open the reader page"),
        )

    # Who sees and changes what: permissions.py decides.

    def get_queryset(self, request):
        # Trashed articles are opened from the trash, not edited.
        return openable_articles(
            request.user, super().get_queryset(request).not_trashed()
        )

    def get_object(self, request, object_id, from_field=None):
        if request.method == "POST" and from_field is None:
            # Hold the row while this request saves it: a second editor's save
            # waits, then sees the new version and gets the conflict message.
            try:
                pk = int(object_id)
            except (TypeError, ValueError):
                return None
            return self.get_queryset(request).select_for_update().filter(pk=pk).first()
        return super().get_object(request, object_id, from_field)

    def has_change_permission(self, request, obj=None):
        return can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        return can_trash(request.user) and can_edit(request.user, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and not can_publish(request.user):
            # Which story a version belongs to is the desk's decision. (A new
            # article keeps the field: its fresh value makes a double-posted
            # "add" recognisable.)
            fields.append("translation_group")
            if translations.link_of(obj) is not None:
                fields.append("language")
        return fields

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        actions.pop("delete_selected", None)  # deleting is moving to the trash
        if not can_publish(request.user):
            actions.pop("publish_selected", None)
            actions.pop("unpublish_selected", None)
        if not can_trash(request.user):
            actions.pop("trash_selected", None)
        return actions

    def get_urls(self):
        def wrap(view):
            return self.admin_site.admin_view(view)

        article = "<path:object_id>/"
        return [
            path(
                f"{article}preview/", wrap(views.preview), name="news_article_preview"
            ),
            path(
                f"{article}revisions/",
                wrap(views.revisions),
                name="news_article_revisions",
            ),
            path(
                f"{article}revisions/<int:number>/restore/",
                wrap(views.restore),
                name="news_article_restore",
            ),
            path(
                f"{article}translate/",
                wrap(views.translate),
                name="news_article_translate",
            ),
            path(f"{article}notes/", wrap(views.add_note), name="news_article_notes"),
            path("autosave/", wrap(self.autosave_view), name="news_article_autosave"),
            path(f"{article}step/", wrap(views.take_step), name="news_article_step"),
            path(
                f"{article}untrash/", wrap(views.untrash), name="news_article_untrash"
            ),
            *super().get_urls(),
        ]

    # The editor page: workflow buttons, history, notes, translations.

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id is None:
            added = self._already_added(request)
            if added is not None:
                self.message_user(
                    request,
                    _("This article was already saved (a second click?); here it is."),
                    messages.WARNING,
                )
                return HttpResponseRedirect(
                    reverse("admin:news_article_change", args=[added.pk])
                )
        if request.method == "POST" and object_id is not None:
            article = super().get_object(request, object_id)
            if (
                article is not None
                and not self.has_change_permission(request, article)
                and self.has_view_permission(request, article)
            ):
                # Typically the second click of "Save and submit": the first
                # one moved the article out of this user's hands.
                self.message_user(
                    request,
                    _(
                        "You can no longer edit this article (it is: %(state)s); "
                        "nothing was saved."
                    )
                    % {"state": article.get_workflow_state_display()},
                    messages.WARNING,
                )
                return HttpResponseRedirect(request.get_full_path())
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except WorkflowError as error:
            # Raised inside the admin's transaction: the save is rolled back
            # with the step, so nothing is half-applied.
            self.message_user(request, error.message, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def _already_added(self, request):
        """Return the article a repeated "add" post already created, if any."""
        try:
            group = uuid.UUID(request.POST.get("translation_group", ""))
        except ValueError:
            return None
        return Article.objects.filter(
            translation_group=group,
            language=request.POST.get("language", ""),
            created_by=request.user,
        ).first()

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        user = request.user
        form = context["adminform"].form
        steps = workflow.available_steps(user, obj)
        copy = autosave.newer_copy(user=user, article=obj)
        inlines = context.get("inline_admin_formsets", [])
        context.update(
            can_publish=can_publish(user),
            steps=steps,
            conflict=self._conflict_context(form),
            side_inlines=[i for i in inlines if type(i.opts).__name__ in SIDE_INLINES],
            main_inlines=[
                i for i in inlines if type(i.opts).__name__ not in SIDE_INLINES
            ],
            autosaved=copy,
            editor_config=editor.config(
                article=obj, autosaved=copy, can_publish_now="publish" in steps
            ),
        )
        if obj is not None and obj.pk:
            context.update(self._article_context(request, obj))
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)

    def autosave_view(self, request):
        """Keep (or discard) the writer's autosaved copy; answers JSON."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        length = request.META.get("CONTENT_LENGTH") or "0"
        if not length.isdigit() or int(length) > autosave.MAX_REQUEST_BYTES:
            return JsonResponse({"error": _("Too much text to autosave.")}, status=413)
        try:
            article_id = int(request.POST["article"] or 0) or None
        except (KeyError, ValueError):
            return JsonResponse({"error": _("Which article?")}, status=400)
        try:
            if "discard" in request.POST:
                autosave.discard(user=request.user, article_id=article_id)
                return JsonResponse({"discarded": True})
            copy = autosave.save_autosave(
                user=request.user,
                article_id=article_id,
                **{f: request.POST.get(f, "") for f in ("title", "summary", "body")},
            )
        except Article.DoesNotExist:
            return JsonResponse({"error": _("No such article.")}, status=404)
        except PermissionDenied:
            return JsonResponse(
                {"error": _("You cannot edit this article.")}, status=403
            )
        except ValidationError as error:
            return JsonResponse({"error": " ".join(error.messages)}, status=400)
        return JsonResponse(
            {"saved_at": copy.saved_at.isoformat(), "message": editor.saved(copy)}
        )

    def _conflict_context(self, form):
        conflict = getattr(form, "conflict", None)
        if conflict is None:
            return None
        article = conflict.article
        old = revisions.revision_at(article, conflict.since)
        new = revisions.latest_revision(article)
        return {
            "error": conflict,
            "fields": compare_content(
                old.content() if old else {},
                new.content() if new else {},
                revisions.TEXT_FIELDS,
            ),
            "compare_url": reverse("admin:news_article_revisions", args=[article.pk])
            + f"?from={conflict.since}&to={new.number if new else ''}",
        }

    def _article_context(self, request, obj):
        user = request.user
        versions = list(
            Article.objects.filter(translation_group=obj.translation_group)
            .exclude(pk=obj.pk)
            .only("pk", "title", "language", "status", "published_at", "deleted_at")
        )
        existing = {obj.language} | {v.language for v in versions}
        link = translations.link_of(obj)
        source = link.source if link else None
        return {
            "history": list(audit.history_of(obj)[:20]),
            "notes": list(obj.notes.select_related("created_by")),
            "note_kinds": NoteKind.choices,
            "can_add_note": can_add_note(user)
            and obj.workflow_state() == WorkflowState.PUBLISHED,
            "versions": versions,
            "translate_into": [
                (code, name)
                for code, name in settings.LANGUAGES
                if code not in existing and can_translate(user)
            ],
            "source": source,
            "staleness": translations.staleness(obj) if link else None,
            "revision_count": obj.revisions.count(),
        }

    # Saving goes through the services; the step of the pressed button follows.

    def save_model(self, request, obj, form, change):
        revisions.save_edit(
            article=obj,
            by=request.user,
            expected_version=form.cleaned_data.get("version"),
            image_changed="lead_image" in form.changed_data,
        )

    def save_related(self, request, form, formsets, change):
        """Save tags and authors and keep the revision; the step comes after."""
        super().save_related(request, form, formsets, change)
        names = form.cleaned_data.get("new_tags")
        if names:
            form.instance.tags.add(
                *propose_tags(
                    names=names, language=form.instance.language, by=request.user
                )
            )
        revisions.record_revision(article=form.instance, by=request.user)
        # The saved text replaces the autosaved copies (of a new article too).
        autosave.discard(user=request.user, article_id=form.instance.pk)
        if not change:
            autosave.discard(user=request.user, article_id=None)
        if form.forbidden_step:
            self.message_user(
                request,
                _("The article is saved, but your role does not allow that step."),
                messages.ERROR,
            )
        elif change and form.publish_time_chosen and form.requested_step is None:
            self.message_user(
                request,
                _(
                    "The publish time is not changed by “Save”: use “Save and "
                    "publish” to publish or schedule at the time you chose."
                ),
                messages.WARNING,
            )

    def response_add(self, request, obj, post_url_continue=None):
        return self._then_step(request, obj) or super().response_add(
            request, obj, post_url_continue
        )

    def response_change(self, request, obj):
        return self._then_step(request, obj) or super().response_change(request, obj)

    def _then_step(self, request, obj):
        """Once the form saved, send a step button's post on to the step view.

        The save is committed by then: a step refused there leaves the edit
        saved and says why. 307 keeps the method and the body (and its token).
        """
        step = workflow.step_for_button(request.POST)
        if step is None or not workflow.is_permitted(request.user, step, obj):
            return None
        self.message_user(request, _("The article is saved."), messages.SUCCESS)
        return TemporaryRedirect(reverse("admin:news_article_step", args=[obj.pk]))

    # Deleting moves to the trash.

    def delete_view(self, request, object_id, extra_context=None):
        extra_context = {**(extra_context or {}), "trash_days": trash.TRASH_DAYS}
        return super().delete_view(request, object_id, extra_context)

    def delete_model(self, request, obj):
        workflow.take("trash", article=obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            workflow.take("trash", article=article, by=request.user)

    def response_delete(self, request, obj_display, obj_id):
        self.message_user(
            request,
            _("“%(title)s” is in the trash; an admin can restore it for %(days)d days.")
            % {"title": obj_display, "days": trash.TRASH_DAYS},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:news_article_changelist"))

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_see_trash": can_see_trash(request.user),
        }
        return super().changelist_view(request, extra_context)

    def _each(self, request, queryset, step, done_message, **kwargs):
        done, refused = 0, []
        for article in queryset:
            try:
                outcome = step(article=article, by=request.user, **kwargs)
            except WorkflowError as error:
                refused.append(f"{article.title or article.pk}: {error.message}")
                continue
            done += outcome.changed
        if done:
            self.message_user(request, done_message(done))
        for reason in refused:
            self.message_user(request, reason, level=messages.ERROR)

    @admin.action(description=_("Publish the selected articles"))
    def publish_selected(self, request, queryset):
        self._each(
            request,
            queryset,
            workflow.STEPS["publish"].run,
            lambda count: (
                ngettext(
                    "%(count)d article published.",
                    "%(count)d articles published.",
                    count,
                )
                % {"count": count}
            ),
        )

    @admin.action(description=_("Unpublish the selected articles"))
    def unpublish_selected(self, request, queryset):
        self._each(
            request,
            queryset,
            workflow.STEPS["unpublish"].run,
            lambda count: (
                ngettext(
                    "%(count)d article unpublished.",
                    "%(count)d articles unpublished.",
                    count,
                )
                % {"count": count}
            ),
        )

    @admin.action(description=_("Move the selected articles to the trash"))
    def trash_selected(self, request, queryset):
        self._each(
            request,
            queryset,
            workflow.STEPS["trash"].run,
            lambda count: (
                ngettext(
                    "%(count)d article moved to the trash.",
                    "%(count)d articles moved to the trash.",
                    count,
                )
                % {"count": count}
            ),
        )
